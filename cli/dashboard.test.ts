import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_HISTORY_DIR } from '../test/fixtures/dashboard/generate.js';
import { runDashboardCli } from './dashboard.js';

const dirs: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => out.push(String(c)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => err.push(String(c)) > 0);
  return { out, err };
}

describe('shipshape dashboard', () => {
  it('writes index.html, status.html, badges, data.json, .nojekyll and the assets', async () => {
    const out = await mkdtemp(join(tmpdir(), 'shipshape-site-'));
    dirs.push(out);
    const io = capture();
    const code = await runDashboardCli(['--history', SAMPLE_HISTORY_DIR, '--out', out, '--title', 'Shop']);
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(io.out.join('')).toMatch(
      /^Dashboard written to .*\/index.html \(status page: status.html\): \d+ record\(s\) from \d+ file\(s\)/,
    );
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<title>Shop</title>');
    const data = JSON.parse(await readFile(join(out, 'data.json'), 'utf8'));
    expect(data.sections.map((s: { kind: string }) => s.kind)).toEqual(['coverage', 'perf', 'vitals']);
    expect(data.checks.map((c: { name: string }) => c.name)).toEqual(['api', 'web']);
    const status = await readFile(join(out, 'status.html'), 'utf8');
    expect(status).toContain('<title>Shop: status</title>');
    for (const c of data.checks) {
      expect(await readFile(join(out, c.badges.uptime), 'utf8')).toMatch(/^<svg /);
    }
    expect(await readFile(join(out, 'assets', 'chart.umd.min.js'), 'utf8')).toContain('Chart.js v4');
    for (const f of ['.nojekyll', 'assets/dashboard.js', 'assets/dashboard.css']) {
      expect((await stat(join(out, f))).isFile()).toBe(true);
    }
  });

  it('exits 2 naming the flag or path that is wrong', async () => {
    const io = capture();
    expect(await runDashboardCli(['--history', '/nonexistent/shipshape-history'])).toBe(2);
    expect(await runDashboardCli(['--max-branches', '0'])).toBe(2);
    expect(await runDashboardCli(['--bogus'])).toBe(2);
    const lines = io.err.join('').split('\n');
    expect(lines[0]).toBe(
      "shipshape dashboard: input 'history': /nonexistent/shipshape-history: no such file or folder",
    );
    expect(lines[1]).toBe("shipshape dashboard: input 'max-branches': expected a whole number ≥ 1, got '0'");
    expect(lines[2]).toBe(
      "shipshape dashboard: input 'bogus': is not a flag of 'shipshape dashboard' (see shipshape dashboard --help)",
    );
  });
});
