// Runs an action bundle and, when the process ends, writes its peak resident memory (kB) to the
// file SHIPSHAPE_TEST_MAXRSS_FILE names: how a runner test asserts that hostile input stayed cheap.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const out = process.env.SHIPSHAPE_TEST_MAXRSS_FILE;
process.on('exit', () => {
  if (out) writeFileSync(out, String(process.resourceUsage().maxRSS));
});
await import(pathToFileURL(process.env.SHIPSHAPE_TEST_ENTRY).href);
