// RFC 9457 problems everywhere: unknown routes, wrong methods, media types, body limits, malformed JSON,
// unknown fields; localized titles; no stack traces; malformed input never yields a 5xx.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProblemSchema } from '@zwfw/core';
import { MATTER, personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, startTestServer, type Res, type TestServer } from './helpers/server.js';

const PROBLEM_KEYS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors', 'errorsOmitted']);

function assertProblem(r: Res, status: number, code?: string): void {
  assert.equal(r.status, status, r.text);
  assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const p = ProblemSchema.parse(r.body);
  assert.equal(p.status, status);
  if (code) assert.equal(p.code, code);
  for (const k of Object.keys(r.body)) assert.ok(PROBLEM_KEYS.has(k), `unexpected problem member ${k}`);
  assert.doesNotMatch(r.text, /at \w+ \(|node:internal|\.ts:\d+/, 'no stack traces');
}

describe(`problems (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
  });
  after(() => s.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), ...headers }), body });

  it('404 for unknown routes, in Chinese by default and English on request', async () => {
    const zh = await call(s.url, '/v1/nothing-here');
    assertProblem(zh, 404, 'not_found');
    assert.equal(zh.body.title, '未找到');
    assert.equal(zh.headers.get('access-control-allow-origin'), '*');
    const en = await call(s.url, '/v1/nothing-here', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    assert.equal(en.body.title, 'Not found');
    const tw = await call(s.url, '/nope', { headers: { 'accept-language': 'zh-TW' } });
    assert.equal(tw.body.title, '未找到');
    const weighted = await call(s.url, '/nope', { headers: { 'accept-language': 'fr;q=1, en;q=0.5' } });
    assert.equal(weighted.body.title, 'Not found');
  });

  it('405 with Allow for a wrong method on a known path', async () => {
    const r = await call(s.url, '/v1/matters', { method: 'DELETE' });
    assertProblem(r, 405, 'method_not_allowed');
    assert.match(r.headers.get('allow') ?? '', /GET/);
    const put = await call(s.url, '/v1/applications', { method: 'PUT', body: {} });
    assertProblem(put, 405);
    assert.match(put.headers.get('allow') ?? '', /POST/);
    const get = await call(s.url, '/v1/applications');
    assertProblem(get, 405);
  });

  it('415 for a body that is not JSON', async () => {
    const r = await call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'content-type': 'text/plain' }), raw: 'hello',
    });
    assertProblem(r, 415, 'unsupported_media_type');
    const form = await call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'content-type': 'application/x-www-form-urlencoded' }), raw: 'a=b',
    });
    assertProblem(form, 415);
  });

  it('413 for a body over 1 MiB', async () => {
    const big = { ...personApplication(), values: { name: 'x'.repeat(1024 * 1024 + 10) } };
    assertProblem(await post(big), 413, 'payload_too_large');
  });

  it('400 for malformed or empty JSON and prototype poisoning', async () => {
    for (const raw of ['{"matterCode":', '{bad json}', '', '{"__proto__":{"x":1}}']) {
      const r = await call(s.url, '/v1/applications', {
        method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'content-type': 'application/json' }), raw,
      });
      assertProblem(r, 400, 'bad_request');
    }
  });

  it('422 with one error per unknown field, and per invalid field', async () => {
    const r = await post({ ...personApplication(), colour: 'red', applicant: { ...personApplication().applicant, nickname: 'x' } });
    assertProblem(r, 422, 'validation_failed');
    const paths = r.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['/applicant/nickname', '/colour']);
    assert.ok(r.body.errors.every((e: { code: string }) => e.code === 'unrecognized_key'));
    const wrong = await post({ ...personApplication(), channel: 'carrier-pigeon', materials: 'none' });
    assertProblem(wrong, 422);
    assert.deepEqual(wrong.body.errors.map((e: { path: string }) => e.path).sort(), ['/channel', '/materials']);
  });

  it('field messages follow the request’s language like the title', async () => {
    const body = { ...personApplication(), colour: 'red', channel: 'carrier-pigeon' };
    const zh = await post(body);
    assertProblem(zh, 422, 'validation_failed');
    const zhBy = Object.fromEntries(zh.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]));
    assert.equal(zhBy['/colour'], '不支持的字段“colour”，请删除');
    assert.match(zhBy['/channel'], /^取值无效，可选：/);
    const en = await post(body, { 'accept-language': 'en' });
    const enBy = Object.fromEntries(en.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]));
    assert.equal(enBy['/colour'], 'Unknown field "colour": remove it');
    assert.match(enBy['/channel'], /^Choose one of /);
  });

  it('English titles on validation problems too', async () => {
    const r = await post({ nope: true }, { 'accept-language': 'en' });
    assertProblem(r, 422);
    assert.equal(r.body.title, 'Validation failed');
  });

  it('refuses bodies nested deeper than 32 levels with a 422 naming the limit, however deep', async () => {
    // {"values": {"a": {"a": … 1 }}} with `levels` objects from values down: the body's depth is levels + 1.
    const nested = (levels: number, open = '{"a":', close = '}') => open.repeat(levels) + '1' + close.repeat(levels);
    const withValues = (values: string) => JSON.stringify({ ...personApplication(), values: '@' }).replace('"@"', values);
    const raw = (text: string) => call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'content-type': 'application/json' }), raw: text,
    });
    for (const body of [withValues(nested(10_000)), withValues(nested(8_000)), `{"materials":${nested(10_000, '[', ']')}}`]) {
      const r = await raw(body);
      assertProblem(r, 422, 'validation_failed');
      assert.match(r.body.detail, /32/);
      assert.equal(r.body.errors[0].code, 'too_deep');
      assert.match(r.body.errors[0].message, /32/);
    }
    const en = await call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'content-type': 'application/json', 'accept-language': 'en' }),
      raw: withValues(nested(40)),
    });
    assert.equal(en.body.errors[0].message, 'Nested deeper than 32 levels');
    assert.match(en.body.errors[0].path, /^\/values(\/a){31}$/, 'points at the first level too deep');
    // Exactly 32 levels is fine (the values are then merely unknown fields of the form).
    const limit = await raw(withValues(nested(31)));
    assertProblem(limit, 422, 'validation_failed');
    assert.ok(limit.body.errors.every((e: { code: string }) => e.code !== 'too_deep'), limit.text.slice(0, 300));
    const over = await raw(withValues(nested(32)));
    assert.equal(over.body.errors[0].code, 'too_deep');
    // The simulator's body goes through the same parser.
    const admin = await call(s.url, '/v1/admin/cases/11440106MB2C12345E4000117007000202501019999/actions', {
      method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      raw: `{"action":"accept","items":${nested(10_000, '[', ']')}}`,
    });
    assertProblem(admin, 422, 'validation_failed');
    assert.equal(admin.body.errors[0].code, 'too_deep');
  });

  it('never answers malformed input with a 5xx', async () => {
    const bodies: unknown[] = [null, 0, 'text', [], [1, 2], true, { values: null }, { materials: [null] },
      { applicant: 'me' }, { matterCode: 123, formId: {}, values: [], materials: [{}] },
      JSON.parse('{"a":'.repeat(50) + '1' + '}'.repeat(50)), { values: { a: { b: { c: [1, { d: null }] } } } },
      { ...personApplication(), values: { name: 1e309 } }, { ...personApplication(), values: { reason: { $ne: 1 } } }];
    for (const body of bodies) {
      const r = await post(body);
      assert.ok(r.status >= 400 && r.status < 500, `${JSON.stringify(body)?.slice(0, 80)} → ${r.status} ${r.text.slice(0, 200)}`);
      assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
    const urls = ['/v1/matters/%E0%A4%A', `/v1/matters/${'x'.repeat(300)}`, '/v1/matters?limit=1&limit=2',
      '/v1/applications/%00/progress?verifier=1234', `/v1/matters/${MATTER.code}/form?x=%ZZ`, '/v1/regions?parent[]=1',
      '/v1/search?q=%F0%9F%98%80', '/v1//matters', '/%2e%2e/%2e%2e/etc/passwd'];
    for (const u of urls) {
      const r = await call(s.url, u, { headers: keyHeaders() });
      assert.ok(r.status < 500, `${u} → ${r.status} ${r.text.slice(0, 200)}`);
      if (r.status >= 400) assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8', u);
    }
  });
});
