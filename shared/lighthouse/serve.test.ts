import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveFolder, startApp } from './serve.js';

const root = mkdtempSync(join(tmpdir(), 'shipshape-serve-test-'));
mkdirSync(join(root, 'site', 'about'), { recursive: true });
writeFileSync(join(root, 'site', 'index.html'), '<p>home</p>');
writeFileSync(join(root, 'site', 'about', 'index.html'), '<p>about</p>');
writeFileSync(join(root, 'secret.txt'), 'outside');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A raw request, so `..` reaches the server unnormalised. */
function get(origin: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { path }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveFolder', () => {
  it('serves files and folder indexes on 127.0.0.1, never anything outside the folder', async () => {
    const served = await serveFolder(join(root, 'site'), 'static-dir');
    try {
      expect(served.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await get(served.origin, '/')).toMatchObject({
        status: 200,
        type: 'text/html; charset=utf-8',
        body: '<p>home</p>',
      });
      expect((await get(served.origin, '/about/')).body).toBe('<p>about</p>');
      expect((await get(served.origin, '/nope.html')).status).toBe(404);
      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/about/%2e%2e%2f%2e%2e%2fsecret.txt',
      ]) {
        const res = await get(served.origin, path);
        expect([403, 404], path).toContain(res.status);
        expect(res.body).not.toContain('outside');
      }
    } finally {
      await served.close();
    }
  });

  it('names the input when the folder is missing', async () => {
    await expect(serveFolder(join(root, 'missing'), 'static-dir')).rejects.toThrow(
      /^input 'static-dir': .*missing is not a folder$/,
    );
  });
});

describe('startApp', () => {
  it('waits for the URL, then stops the whole process group', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const script = `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')`;
    const app = await startApp({
      command: `"${process.execPath}" -e "${script}"`,
      url: `http://127.0.0.1:${port}/`,
      timeoutMs: 20_000,
      cwd: root,
      env: process.env,
    });
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    await app.close();
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('says when the command exits before the URL answers, with its stderr', async () => {
    await expect(
      startApp({
        command: 'echo "port in use" >&2; exit 3',
        url: 'http://127.0.0.1:9/',
        timeoutMs: 10_000,
        cwd: root,
        env: process.env,
      }),
    ).rejects.toThrow(
      /^input 'start-command': 'echo "port in use" >&2; exit 3' exited with code 3 before http:\/\/127\.0\.0\.1:9\/ answered: port in use$/,
    );
  });

  it('gives up after the timeout, naming the URL', async () => {
    await expect(
      startApp({
        command: 'sleep 30',
        url: 'http://127.0.0.1:9/',
        timeoutMs: 1000,
        cwd: root,
        env: process.env,
      }),
    ).rejects.toThrow(
      "input 'start-command': http://127.0.0.1:9/ did not answer within 1 s of starting 'sleep 30'",
    );
  });
});
