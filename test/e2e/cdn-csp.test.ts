// The CDN bundle must work on a CMS page with a strict Content-Security-Policy: no eval, no inline script,
// no inline style attributes injected by us. Serves a page and the built bundle over real HTTP and loads it in
// Chromium, collecting CSP violations and page errors. The self-contained file is loaded as docs/cdn.md says: by
// its versioned name with its integrity hash, alone.
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

const page = (script: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
${script}</head>
<body><zwfw-provider base-url="/" lang="en"><p id="content">内容</p></zwfw-provider></body></html>`;
const PAGES: Record<string, string> = {
  '/': page('<script type="module" src="/zwfw-elements.js"></script>'),
};
/** The self-contained file, pinned by version and integrity hash as docs/cdn.md tells a webmaster to. */
const ALL = 'zwfw-elements.all-0.1.0.js';
const allPage = (integrity: string) => page(`<script type="module" src="/${ALL}" integrity="${integrity}" crossorigin="anonymous"></script>`);

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  if (!existsSync(BUNDLE) || !existsSync(`${CDN_DIR}/${ALL}`)) {
    const r = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'rollup failed to build the CDN bundle');
  }
  server = createServer((req, res) => {
    // The entry and its chunks, as a webmaster serves the dist/cdn folder.
    const file = normalize(join(CDN_DIR, (req.url ?? '/').split('?')[0]!));
    if (file.startsWith(`${CDN_DIR}/`) && file.endsWith('.js') && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(file));
    } else if (req.url !== undefined && PAGES[req.url] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(PAGES[req.url]);
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

async function openPage(path: string) {
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
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${origin}${path}`);
  return { page, problems, requested };
}

const providerState = (p: Awaited<ReturnType<typeof openPage>>['page']) => p.evaluate(async () => {
    await customElements.whenDefined('zwfw-provider');
    const el = document.querySelector('zwfw-provider') as HTMLElement & { updateComplete: Promise<unknown>; value: { locale: string } };
    await el.updateComplete;
    return { locale: el.value.locale, slotted: !!el.shadowRoot?.querySelector('slot') };
});

test('the CDN bundle registers the elements under a strict CSP without violations', { timeout: 60_000 }, async () => {
  const { page, problems } = await openPage('/');
  assert.deepEqual(await providerState(page), { locale: 'en', slotted: true });
  assert.equal(await page.locator('#content').isVisible(), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the self-contained file, pinned by version and integrity, runs alone under the strict CSP and fetches nothing else', { timeout: 60_000 }, async () => {
  const integrity = (JSON.parse(readFileSync(`${CDN_DIR}/sri-bundle.json`, 'utf8')) as Record<string, string>)[ALL]!;
  assert.match(integrity, /^sha384-/);
  PAGES['/all.html'] = allPage(integrity);
  const { page, problems, requested } = await openPage('/all.html');
  assert.deepEqual(await providerState(page), { locale: 'en', slotted: true });
  assert.deepEqual(requested.filter((p) => p.endsWith('.js')), [`/${ALL}`]);
  assert.deepEqual(problems, []);
  await page.close();

  // A file that is not the one the hash names is refused by the browser: nothing is defined.
  PAGES['/tampered.html'] = allPage(integrity.replace(/^sha384-./, (m) => (m.endsWith('A') ? 'sha384-B' : 'sha384-A')));
  const tampered = await openPage('/tampered.html');
  await tampered.page.waitForLoadState('load');
  assert.equal(await tampered.page.evaluate(() => customElements.get('zwfw-provider') === undefined), true);
  assert.ok(tampered.problems.some((p) => /integrity/i.test(p)), tampered.problems.join('\n'));
  await tampered.page.close();
});
