// Partner keys: case operations need a publishable key bound to the request's origin; CORS answers name only
// allowed origins; the catalogue stays public.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MATTER, personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, DEMO_KEY, DEMO_ORIGIN, call, idemKey, startTestServer, type TestServer } from './helpers/server.js';
import { createPartnerKey } from '../src/index.js';

describe(`partner keys and CORS (${DB_KIND})`, () => {
  let s: TestServer;
  let bankKey: string;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
    bankKey = (await createPartnerKey(s.db, { name: 'Example Bank', origins: ['https://bank.example', 'https://www.bank.example:8443'] })).key;
  });
  after(() => s.close());

  const submit = (headers: Record<string, string>) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: { 'idempotency-key': idemKey(), ...headers }, body: personApplication() });

  it('accepts a key from one of its origins and echoes only that origin', async () => {
    const r = await submit({ origin: 'https://bank.example', 'x-zwfw-key': bankKey });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.headers.get('access-control-allow-origin'), 'https://bank.example');
    assert.match(r.headers.get('vary') ?? '', /Origin/);
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /Idempotent-Replayed/);
    assert.equal(r.headers.get('access-control-allow-credentials'), null);
    const port = await submit({ origin: 'https://www.bank.example:8443', 'x-zwfw-key': bankKey });
    assert.equal(port.status, 201);
  });

  it('also takes the key as Authorization: Bearer', async () => {
    const r = await submit({ origin: 'https://bank.example', authorization: `Bearer ${bankKey}` });
    assert.equal(r.status, 201, r.text);
  });

  it('401 without a key or with an unknown or revoked key', async () => {
    const none = await submit({ origin: 'https://bank.example' });
    assert.equal(none.status, 401);
    assert.equal(none.body.code, 'unauthorized');
    assert.match(none.body.detail, /X-Zwfw-Key/);
    assert.equal((await submit({ origin: 'https://bank.example', 'x-zwfw-key': 'pk_unknown' })).status, 401);
    const revoked = await createPartnerKey(s.db, { name: 'old', origins: ['https://old.example'] });
    await s.db.query('update partner_keys set revoked_at = now() where key = $1', [revoked.key]);
    assert.equal((await submit({ origin: 'https://old.example', 'x-zwfw-key': revoked.key })).status, 401);
  });

  it('403 problem for an origin the key does not allow, with no CORS grant', async () => {
    for (const origin of ['https://evil.example', 'http://bank.example', 'https://bank.example.evil.example', DEMO_ORIGIN]) {
      const r = await submit({ origin, 'x-zwfw-key': bankKey });
      assert.equal(r.status, 403, origin);
      assert.equal(r.body.code, 'origin_not_allowed');
      assert.equal(r.headers.get('access-control-allow-origin'), null);
    }
    const progress = await call(s.url, '/v1/applications/X/progress?verifier=1234', { headers: { origin: 'https://evil.example', 'x-zwfw-key': DEMO_KEY } });
    assert.equal(progress.status, 403);
  });

  it('refuses a keyed request with no origin at all, but accepts a same-origin browser GET', async () => {
    const r = await submit({ 'x-zwfw-key': bankKey });
    assert.equal(r.status, 403);
    assert.match(r.body.detail, /Origin/);
    const own = await createPartnerKey(s.db, { name: 'self', origins: [s.url] });
    const created = await submit({ origin: s.url, 'x-zwfw-key': own.key });
    const cn = created.body.case.caseNumber;
    const sameOrigin = await call(s.url, `/v1/applications/${cn}/progress?verifier=5678`, {
      headers: { 'x-zwfw-key': own.key, 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(sameOrigin.status, 200, sameOrigin.text);
  });

  it('answers preflights of case operations only for origins some key allows', async () => {
    const ok = await fetch(`${s.url}/v1/applications`, {
      method: 'OPTIONS',
      headers: { origin: 'https://bank.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-zwfw-key,idempotency-key' },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://bank.example');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /X-Zwfw-Key/);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
    const demo = await fetch(`${s.url}/v1/applications/ABC/progress?verifier=1234`, {
      method: 'OPTIONS', headers: { origin: DEMO_ORIGIN, 'access-control-request-method': 'GET' },
    });
    assert.equal(demo.status, 204);
    const evil = await fetch(`${s.url}/v1/applications`, {
      method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    assert.equal(evil.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal((await evil.json()).code, 'origin_not_allowed');
  });

  it('allows the key as Authorization: Bearer in preflights, as the contract offers it', async () => {
    const pre = await fetch(`${s.url}/v1/applications`, {
      method: 'OPTIONS',
      headers: { origin: 'https://bank.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
    });
    assert.equal(pre.status, 204);
    const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const h of ['authorization', 'content-type', 'idempotency-key']) assert.ok(allowed.includes(h), `${h} in ${allowed.join()}`);
    const progress = await fetch(`${s.url}/v1/applications/X/progress?verifier=1234`, {
      method: 'OPTIONS', headers: { origin: 'https://bank.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.match(progress.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    // A client that sends its key on every request may send it to the public catalogue too.
    const pub = await fetch(`${s.url}/v1/matters`, {
      method: 'OPTIONS', headers: { origin: 'https://any.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(pub.headers.get('access-control-allow-origin'), '*');
    assert.match(pub.headers.get('access-control-allow-headers') ?? '', /Authorization/);
  });

  it('keeps the catalogue public: no key needed, any origin, a wrong key ignored', async () => {
    const r = await call(s.url, `/v1/matters/${MATTER.code}`, { headers: { origin: 'https://evil.example', 'x-zwfw-key': 'pk_wrong' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    for (const path of ['/v1/bundles', '/v1/regions', '/v1/evaluation-reasons', '/v1/openapi.json', '/v1/search?q=x', '/v1/search-index']) {
      const res = await call(s.url, path, { headers: { origin: 'https://any.example' } });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
    }
  });

  it('seeds the documented demo key for the demo origins', async () => {
    const rows = await s.db.query<{ origins: string[] }>('select origins from partner_keys where key = $1', [DEMO_KEY]);
    assert.deepEqual(rows[0]?.origins, ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://127.0.0.1:6006', 'http://localhost:6006']);
  });
});
