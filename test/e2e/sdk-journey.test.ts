// The SDK in a real browser, as a partner bank uses it: its own site (its own origin, a strict CSP) loads the
// self-contained zwfw-sdk.js and calls the reference server cross-origin with a publishable key bound to that
// origin. Search, guide, form, submit, progress, rate — the README's journey, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createPartnerKey } from '@zwfw/server';
import { generateCatalogue } from '../../packages/server/src/catalogue/index.js';
import { launchBrowser } from './browser.js';
import { startTestServer, ADMIN_TOKEN, type TestServer } from '../../packages/server/test/helpers/server.js';
import { sampleApplication } from '../conformance/sample-application.js';

const CDN_DIR = 'packages/sdk/dist/cdn';
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self' http://127.0.0.1:*; style-src 'self'; require-trusted-types-for 'script'";

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例银行 · 企业开办</title>
<script type="module" src="/journey.js"></script></head><body><main><h1>示例银行</h1><p id="status">…</p></main></body></html>`;

// The partner page's own script: exposes a client for the test to drive step by step.
const JOURNEY = `import { createClient } from '/zwfw-sdk.js';
const config = await (await fetch('/config.json')).json();
window.zwfw = createClient({ baseUrl: config.baseUrl, publishableKey: config.key, locale: 'zh-CN' });
document.getElementById('status').textContent = 'ready';`;

let api: TestServer;
let site: Server;
let browser: Browser;
let page: Page;
const problems: string[] = [];

before(async () => {
  if (!existsSync(join(CDN_DIR, 'zwfw-sdk.js'))) {
    const r = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'rollup failed to build the CDN bundles');
  }
  api = await startTestServer({ catalogue: generateCatalogue() });
  site = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (url.pathname === '/') return send('text/html; charset=utf-8', PAGE, { 'content-security-policy': CSP });
    if (url.pathname === '/journey.js') return send('text/javascript', JOURNEY);
    if (url.pathname === '/config.json') return send('application/json', JSON.stringify(siteConfig));
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(CDN_DIR, url.pathname));
    if (file.startsWith(CDN_DIR) && file.endsWith('.js') && existsSync(file)) return send('text/javascript', readFileSync(file));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  const key = await createPartnerKey(api.db, { name: '示例银行 (test)', origins: [origin] });
  siteConfig = { baseUrl: `${api.url}/`, key: key.key };
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The browser logs every non-2xx response; the one 409 this journey provokes on purpose is expected.
    if (m.type() === 'error' && !/status of 409/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  await page.goto(`${origin}/`);
  await page.locator('#status', { hasText: 'ready' }).waitFor();
});

let siteConfig: { baseUrl: string; key: string } = { baseUrl: '', key: '' };

after(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await api?.close();
});

test('a partner site searches, reads a guide, applies, tracks and rates through the CDN SDK', async (t) => {
  t.after(() => { if (problems.length) console.log('browser problems:', problems); });
  const found = await page.evaluate(async () => {
    const z = (window as any).zwfw;
    const res = await z.search('食品经营许可');
    const withForm = [];
    for (const item of res.items) {
      const m = await z.matters.get(item.code);
      try {
        await z.forms.get({ matterCode: m.code });
        withForm.push(m);
      } catch {}
      if (withForm.length) break;
    }
    return { hits: res.items.length, matter: withForm[0] };
  });
  assert.ok(found.hits > 0, 'search found matters');
  assert.ok(found.matter, 'one of them has a form');

  // The test builds plausible values for the form (the citizen would type them).
  const form = await (await fetch(`${api.url}/v1/matters/${encodeURIComponent(found.matter.code)}/form`)).json();
  const input = sampleApplication(found.matter, form);

  const receipt = await page.evaluate(async (body) => (window as any).zwfw.applications.submit(body), input);
  assert.equal(receipt.case.caseNumber.length, 43);
  assert.equal(receipt.case.deadline.projected, true);

  const progress = await page.evaluate(async (r) => (window as any).zwfw.applications.progress(r), receipt);
  assert.equal(progress.case.status, 'submitted');
  assert.match(progress.case.applicant.mobile, /^\d{3}\*{4}\d{4}$/, 'the browser only ever sees a masked mobile');

  const accepted = await fetch(`${api.url}/v1/admin/cases/${receipt.case.caseNumber}/actions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'accept' }),
  });
  assert.equal(accepted.status, 200);

  const rated = await page.evaluate(async (r) => {
    const z = (window as any).zwfw;
    const p = await z.applications.progress(r);
    const { version, reasons } = await z.evaluations.reasons();
    const evaluation = await z.evaluations.create(r, {
      stage: p.evaluableStages[0], level: 2, reasons: [reasons.find((x: any) => x.appliesToLevels.includes(2)).code],
      channel: 'web', reasonListVersion: version, anonymous: true,
    });
    let again;
    try {
      await z.evaluations.create(r, { stage: p.evaluableStages[0], level: 5, reasons: [], channel: 'web', reasonListVersion: version, anonymous: true });
    } catch (e: any) {
      again = { type: e.type, code: e.code, status: e.status };
    }
    return { status: p.case.status, level: evaluation.level, again };
  }, receipt);
  assert.equal(rated.status, 'accepted');
  assert.equal(rated.level, 2);
  assert.deepEqual(rated.again, { type: 'api_error', code: 'evaluation_exists', status: 409 });
  assert.deepEqual(problems, []);
});
