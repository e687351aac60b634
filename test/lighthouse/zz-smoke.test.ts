import { createServer } from 'node:http';
import { it } from 'vitest';
import { loadChromeLauncher } from '../../shared/lighthouse/chrome.js';
import { runOnce } from '../../shared/lighthouse/run.js';
it('smoke', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/img.svg') { setTimeout(() => { res.writeHead(200, {'content-type':'image/svg+xml'}); res.end('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="red"/></svg>'); }, 3000); return; }
    if (req.url === '/json') { res.writeHead(200, {'content-type':'application/json'}); res.end('{}'); return; }
    if (req.url === '/404') { res.writeHead(404, {'content-type':'text/html'}); res.end('<h1>no</h1>'); return; }
    if (req.url === '/hang') { return; }
    res.writeHead(200, {'content-type':'text/html'}); res.end('<!doctype html><html lang="en"><title>x</title><p>hi</p><img src="/img.svg" width="800" height="600">');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as any).port;
  const launcher = await loadChromeLauncher('/work/main');
  const log = { info: console.log, warning: console.log, debug() {} };
  for (const [path, thr] of [['/', 'simulate'], ['/', 'provided'], ['/json', 'simulate'], ['/404', 'simulate'], ['/hang', 'simulate']] as const) {
    const t = Date.now();
    try {
      const r = await runOnce(`http://127.0.0.1:${port}${path}`, { preset: 'desktop', throttling: thr, extraHeaders: {}, maxWaitForLoad: 8000, chromePath: '/usr/bin/chromium' }, { installDir: '/work/main', launcher, outDir: '/tmp/lhsmoke/out', log }, 'x');
      console.log(path, thr, Date.now() - t, r.lhr.audits['largest-contentful-paint']?.numericValue, r.lhr.environment.benchmarkIndex, r.lhr.categories.performance?.score, r.lhr.runWarnings);
    } catch (e) { console.log(path, Date.now() - t, (e as Error).message); }
  }
  server.closeAllConnections(); server.close();
}, 300_000);
