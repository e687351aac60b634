// Reports and alerts link to runbook anchors: every anchor the index lists must exist on its page,
// and every section of a page must be reachable from the index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '..', '..', 'docs', 'runbooks');
const anchorsOf = (page: string) =>
  [...readFileSync(join(DIR, page), 'utf8').matchAll(/<a id="([\w-]+)"><\/a>/g)].map((m) => m[1]);

test('the runbook index links exactly the anchors the pages define', () => {
  const index = readFileSync(join(DIR, 'README.md'), 'utf8');
  const linked = [...index.matchAll(/\]\(([\w-]+\.md)#([\w-]+)\)/g)].map((m) => `${m[1]}#${m[2]}`);
  const defined = readdirSync(DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .flatMap((page) => anchorsOf(page).map((a) => `${page}#${a}`));
  expect(defined.length).toBeGreaterThan(20);
  expect([...new Set(linked)].sort()).toEqual([...new Set(defined)].sort());
  expect(new Set(defined).size).toBe(defined.length);
});
