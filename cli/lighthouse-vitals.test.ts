import { afterEach, describe, expect, it, vi } from 'vitest';
import { runLighthouseVitalsCli } from './lighthouse-vitals.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  return { out: () => out, err: () => err };
}

describe('shipshape lighthouse-vitals', () => {
  it('--help prints the flags and exits 0', async () => {
    const io = capture();
    expect(await runLighthouseVitalsCli(['--help'])).toBe(0);
    expect(io.out()).toContain('--static-dir <dir>');
  });

  it('bad flags and values exit 2 with the flag named', async () => {
    const io = capture();
    expect(await runLighthouseVitalsCli(['--nope'])).toBe(2);
    expect(io.err()).toContain("input 'nope': is not a flag of 'shipshape lighthouse-vitals'");
    expect(await runLighthouseVitalsCli(['https://a.test/', '--budgets', 'lcp=quick'])).toBe(2);
    expect(io.err()).toContain(
      "shipshape lighthouse-vitals: input 'budgets' line 1: lcp budget 'quick' is not a number",
    );
    expect(await runLighthouseVitalsCli(['https://a.test/', '--chrome-path', '/nonexistent/chrome'])).toBe(2);
    expect(io.err()).toContain(
      "input 'chrome-path': '/nonexistent/chrome' (from input 'chrome-path') does not exist",
    );
  });
});
