// The Lighthouse worker: a Node process of its own that imports Lighthouse once and then runs one
// audit per message, each against a fresh Chrome the parent started (a fresh profile per run, as
// Lighthouse recommends). Importing Lighthouse and resolving its config cost 2-3 s per run when
// every run had its own process; Node-side warmth does not touch what is measured (the page's
// timings come from Chrome's trace), and base and head runs share the same worker. A run that hangs
// is ended by killing the worker, which the next run replaces. It is written to a temp file at run
// time: the bundled action has no separate file to ship.
//
// Credentials stay with the audited origin: headers are added through the DevTools protocol's
// Fetch domain to requests matching that origin only (Lighthouse's extraHeaders would send them
// to every host the page loads from), and cookies are set in Chrome for the audited host, so the
// browser's own rules keep them there.
export const CHILD_SCRIPT = `
import { writeFileSync } from 'node:fs';
const [lighthouseModule, puppeteerModule] = process.argv.slice(2);
const imported = Promise.all([import(lighthouseModule), import(puppeteerModule)]);
// Unhandled failures must not leave the parent waiting.
imported.catch(() => {});
async function scopedPage(browser, job) {
  const page = await browser.newPage();
  const origin = new URL(job.url).origin;
  const session = await page.createCDPSession();
  if (job.cookies.length > 0) {
    await session.send('Network.setCookies', {
      cookies: job.cookies.map((c) => ({ name: c.name, value: c.value, url: origin + '/' })),
    });
  }
  const extra = Object.entries(job.headers);
  if (extra.length > 0) {
    const lower = new Set(extra.map(([name]) => name.toLowerCase()));
    session.on('Fetch.requestPaused', (event) => {
      let sameOrigin = false;
      try {
        sameOrigin = new URL(event.request.url).origin === origin;
      } catch {}
      const headers = sameOrigin
        ? [
            ...Object.entries(event.request.headers)
              .filter(([name]) => !lower.has(name.toLowerCase()))
              .map(([name, value]) => ({ name, value })),
            ...extra.map(([name, value]) => ({ name, value })),
          ]
        : undefined;
      session
        .send('Fetch.continueRequest', { requestId: event.requestId, ...(headers ? { headers } : {}) })
        .catch(() => {});
    });
    await session.send('Fetch.enable', { patterns: [{ urlPattern: origin + '/*', requestStage: 'Request' }] });
  }
  return page;
}
async function audit(job) {
  const started = Date.now();
  const [{ default: lighthouse }, { default: puppeteer }] = await imported;
  const config = job.configModule ? (await import(job.configModule)).default : undefined;
  const ready = Date.now();
  const flags = {
    port: job.port,
    hostname: '127.0.0.1',
    output: ['json', 'html'],
    logLevel: 'error',
    maxWaitForLoad: job.maxWaitForLoad,
    maxWaitForFcp: job.maxWaitForFcp,
    throttlingMethod: job.throttlingMethod,
    // Element screenshots for the HTML report only: about a second per run that no metric uses.
    disableFullPageScreenshot: true,
  };
  const browser = await puppeteer.connect({ browserURL: 'http://127.0.0.1:' + job.port, defaultViewport: null });
  try {
    const page = await scopedPage(browser, job);
    const result = await lighthouse(job.url, flags, config, page);
    if (!result) throw new Error('Lighthouse returned no result');
    const audited = Date.now();
    writeFileSync(job.lhrPath, result.report[0]);
    writeFileSync(job.htmlPath, result.report[1]);
    return { importMs: ready - started, lighthouseMs: audited - ready, writeMs: Date.now() - audited };
  } finally {
    await browser.disconnect().catch(() => {});
  }
}
process.on('message', (job) => {
  audit(job).then(
    (timings) => process.send({ ok: true, timings }),
    (error) => {
      const message = (error && (error.friendlyMessage || error.message)) || String(error);
      process.send({ ok: false, code: (error && error.code) || 'ERROR', message });
    },
  );
});
process.on('disconnect', () => process.exit(0));
`;
