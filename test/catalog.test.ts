import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { renderCatalog } from '../scripts/catalog.mjs';

describe('action-catalog.md', () => {
  it('matches what the action.yml files declare (run `npm run catalog` to update)', () => {
    expect(readFileSync(new URL('../action-catalog.md', import.meta.url), 'utf8')).toBe(renderCatalog());
  });

  it('lists every input with its default and every output of coverage-gate', () => {
    const catalog = renderCatalog() as string;
    expect(catalog).toContain('| `min-coverage` | no | `80` |');
    expect(catalog).toContain(['| `token` | no | `$', '{{ github.token }}` |'].join(''));
    expect(catalog).toMatch(/\| `report` \| Path of the JSON report/);
  });
});
