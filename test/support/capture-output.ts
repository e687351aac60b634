// Runs a CLI command in this process and collects what it writes to stdout and stderr.
import { vi } from 'vitest';

export async function captureOutput(
  run: () => Promise<number>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await run(), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
