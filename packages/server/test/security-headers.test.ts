// Security headers on every response (API, problems, pages), and the case proof out of the URL: the
// X-Zwfw-Verifier header, with the old ?verifier= still accepted for one version and marked deprecated.
import assert from 'node:assert/strict';
import { request, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ProgressSchema } from '@zwfw/core';
import { API_CSP, DEMO_PAGE_CSP } from '../src/server.js';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, DEMO_ORIGIN, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

describe(`security headers and the verifier header (${DB_KIND})`, () => {
  let s: TestServer;
  let caseNumber: string;
  let token: string;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    caseNumber = r.body.case.caseNumber;
    token = r.body.accessToken;
  });
  after(() => s.close());

  const common = (h: Headers, what: string) => {
    assert.equal(h.get('x-content-type-options'), 'nosniff', what);
    assert.equal(h.get('referrer-policy'), 'no-referrer', what);
    assert.match(h.get('permissions-policy') ?? '', /camera=\(\)/, what);
    assert.equal(h.get('x-frame-options'), 'DENY', what);
  };

  it('API responses, problems and 404s carry nosniff, no-referrer, a Permissions-Policy and frame-ancestors none', async () => {
    const responses = {
      health: await call(s.url, '/health'),
      matters: await call(s.url, '/v1/matters'),
      problem: await call(s.url, '/v1/matters/NOPE'),
      unknownRoute: await call(s.url, '/v1/nothing-here'),
      progress: await call(s.url, `/v1/applications/${caseNumber}/progress`, { headers: keyHeaders({ 'x-zwfw-verifier': token }) }),
    };
    for (const [what, r] of Object.entries(responses)) {
      common(r.headers, what);
      assert.equal(r.headers.get('content-security-policy'), API_CSP, what);
      assert.match(API_CSP, /frame-ancestors 'none'/);
    }
  });

  it('every page the server serves gets the strict page policy', async () => {
    for (const path of ['/', '/index.html', '/demo/guide.html', '/demo/progress.html', '/demo/rating.html', '/demo/search.html']) {
      const r = await fetch(`${s.url}${path}`);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('content-type') ?? '', /^text\/html/, path);
      assert.equal(r.headers.get('content-security-policy'), DEMO_PAGE_CSP, path);
      common(r.headers, path);
    }
  });

  it('a page revalidated on reload (304) keeps the page policy: the browser takes the 304\'s headers for the cached page', async () => {
    // node:http, not fetch: fetch marks a request with its own conditional headers no-cache, so it never sees a 304.
    const get = (path: string, headers: Record<string, string> = {}) => new Promise<IncomingMessage>((resolve, reject) => {
      request(`${s.url}${path}`, { headers }, (res) => { res.resume(); resolve(res); }).on('error', reject).end();
    });
    for (const [path, policy] of [['/demo/apply.html', DEMO_PAGE_CSP], ['/sites/district/index.html', DEMO_PAGE_CSP], ['/v1/matters', API_CSP]] as const) {
      const etag = String((await get(path)).headers.etag ?? '');
      assert.ok(etag, path);
      const again = await get(path, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, path);
      assert.equal(again.headers['content-security-policy'], policy, path);
    }
  });

  it('takes the case proof from X-Zwfw-Verifier, with no Deprecation header', async () => {
    for (const verifier of [token, '5678']) {
      const r = await call(s.url, `/v1/applications/${caseNumber}/progress`, { headers: keyHeaders({ 'x-zwfw-verifier': verifier }) });
      assert.equal(r.status, 200, r.text);
      assert.equal(ProgressSchema.parse(r.body).case.caseNumber, caseNumber);
      assert.equal(r.headers.get('deprecation'), null);
    }
    const wrong = await call(s.url, `/v1/applications/${caseNumber}/progress`, { headers: keyHeaders({ 'x-zwfw-verifier': 'tok_thisIsNotTheRightToken' }) });
    assert.equal(wrong.status, 404);
  });

  it('still accepts ?verifier= for one version, marked with a Deprecation header', async () => {
    const r = await call(s.url, `/v1/applications/${caseNumber}/progress?verifier=${token}`, { headers: keyHeaders() });
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('deprecation') ?? '', /^@\d+$/);
  });

  it('a missing or malformed verifier is a 422 on the header', async () => {
    const missing = await call(s.url, `/v1/applications/${caseNumber}/progress`, { headers: keyHeaders() });
    assert.equal(missing.status, 422, missing.text);
    assert.deepEqual(missing.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['/headers/x-zwfw-verifier', 'required']]);
    const bad = await call(s.url, `/v1/applications/${caseNumber}/progress`, { headers: keyHeaders({ 'x-zwfw-verifier': '12' }) });
    assert.deepEqual(bad.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['/headers/x-zwfw-verifier', 'invalid_format']]);
  });

  it('lets a browser send the header cross-origin (CORS preflight)', async () => {
    const r = await fetch(`${s.url}/v1/applications/${caseNumber}/progress`, {
      method: 'OPTIONS', headers: { origin: DEMO_ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-zwfw-key, x-zwfw-verifier' },
    });
    assert.ok(r.status < 300, String(r.status));
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /X-Zwfw-Verifier/i);
  });
});
