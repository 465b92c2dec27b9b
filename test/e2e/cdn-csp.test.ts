// The CDN bundle must work on a CMS page with a strict Content-Security-Policy: no eval, no inline script,
// no inline style attributes injected by us. Serves a page and the built bundle over real HTTP and loads it in
// Chromium, collecting CSP violations and page errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';

const CDN_DIR = 'packages/elements/dist/cdn';
const BUNDLE = `${CDN_DIR}/zwfw-elements.js`;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/zwfw-elements.js"></script></head>
<body><zwfw-provider base-url="/" lang="en"><p id="content">内容</p></zwfw-provider></body></html>`;

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  if (!existsSync(BUNDLE)) {
    const r = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'rollup failed to build the CDN bundle');
  }
  server = createServer((req, res) => {
    // The entry and its chunks, as a webmaster serves the dist/cdn folder.
    const file = normalize(join(CDN_DIR, (req.url ?? '/').split('?')[0]!));
    if (file.startsWith(`${CDN_DIR}/`) && file.endsWith('.js') && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(file));
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(PAGE);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the CDN bundle registers the elements under a strict CSP without violations', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${origin}/`);
  const defined = await page.evaluate(async () => {
    await customElements.whenDefined('zwfw-provider');
    const el = document.querySelector('zwfw-provider') as HTMLElement & { updateComplete: Promise<unknown>; value: { locale: string } };
    await el.updateComplete;
    return { locale: el.value.locale, slotted: !!el.shadowRoot?.querySelector('slot') };
  });
  assert.deepEqual(defined, { locale: 'en', slotted: true });
  assert.equal(await page.locator('#content').isVisible(), true);
  assert.deepEqual(problems, []);
  await page.close();
});
