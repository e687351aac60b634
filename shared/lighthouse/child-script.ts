// The script each Lighthouse run executes in its own Node process, so that memory Lighthouse
// keeps between runs never adds up and a run that hangs can be killed without killing us. It is
// written to a temp file at run time: the bundled action has no separate file to ship.
export const CHILD_SCRIPT = `
import { readFileSync, writeFileSync } from 'node:fs';
const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fail = (error) => {
  const message = (error && (error.friendlyMessage || error.message)) || String(error);
  writeFileSync(job.errorPath, JSON.stringify({ code: (error && error.code) || 'ERROR', message }));
  process.exit(1);
};
try {
  const { default: lighthouse } = await import(job.lighthouseModule);
  const config = job.configModule ? (await import(job.configModule)).default : undefined;
  const flags = {
    port: job.port,
    hostname: '127.0.0.1',
    output: ['json', 'html'],
    logLevel: 'error',
    maxWaitForLoad: job.maxWaitForLoad,
    maxWaitForFcp: job.maxWaitForFcp,
    extraHeaders: job.extraHeaders,
    throttlingMethod: job.throttlingMethod,
  };
  const result = await lighthouse(job.url, flags, config);
  if (!result) throw new Error('Lighthouse returned no result');
  writeFileSync(job.lhrPath, result.report[0]);
  writeFileSync(job.htmlPath, result.report[1]);
  process.exit(0);
} catch (error) {
  fail(error);
}
`;
