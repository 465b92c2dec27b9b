// GET progress: verifier (mobile tail or access token), a 404 that does not reveal existence, masking of
// personal data, and the per-IP-and-case rate limit kept in the database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProgressSchema } from '@zwfw/core';
import { legalApplication, personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

describe(`progress (${DB_KIND})`, () => {
  let s: TestServer;
  let caseNumber: string;
  let token: string;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue(), config: { caseLookupLimit: { max: 5, windowSeconds: 60 } } });
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    caseNumber = r.body.case.caseNumber;
    token = r.body.accessToken;
  });
  after(() => s.close());

  const get = (cn: string, verifier: string, headers: Record<string, string> = keyHeaders()) =>
    call(s.url, `/v1/applications/${cn}/progress?verifier=${encodeURIComponent(verifier)}`, { headers });

  it('shows progress with the mobile tail or the access token, masked', async () => {
    const byTail = await get(caseNumber, '5678');
    assert.equal(byTail.status, 200, byTail.text);
    const p = ProgressSchema.parse(byTail.body);
    assert.equal(p.case.caseNumber, caseNumber);
    assert.deepEqual(p.case.applicant, { type: 'person', name: '张*', idType: 'id_card', idNumber: '110101********1233', mobile: '139****5678' });
    assert.doesNotMatch(byTail.text, /13912345678|110101199003071233|张三/);
    assert.equal(p.events[0]?.code, 'submit');
    assert.equal(p.events[0]?.endAt, null, 'waiting for 受理');
    assert.deepEqual(p.evaluableStages, []);
    assert.equal(byTail.headers.get('cache-control'), 'no-store');
    const byToken = await get(caseNumber, token);
    assert.equal(byToken.status, 200);
    assert.deepEqual(byToken.body.case, byTail.body.case);
  });

  it('answers a wrong verifier exactly like an unknown case', async () => {
    const wrong = await get(caseNumber, '0000');
    const missing = await get(`${caseNumber.slice(0, -4)}9999`, '5678');
    const wrongToken = await get(caseNumber, 'tok_thisIsNotTheRightToken');
    for (const r of [wrong, missing, wrongToken]) {
      assert.equal(r.status, 404);
      assert.equal(r.body.code, 'not_found');
    }
    assert.deepEqual(wrong.body, missing.body);
    assert.deepEqual(wrongToken.body, missing.body);
  });

  it('requires a well-formed verifier', async () => {
    assert.equal((await call(s.url, `/v1/applications/${caseNumber}/progress`, { headers: keyHeaders() })).status, 422);
    assert.equal((await get(caseNumber, '12')).status, 422);
  });

  it('lists materials still owed under 容缺', async () => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: legalApplication() });
    const p = await get(r.body.case.caseNumber, r.body.accessToken);
    assert.equal(p.status, 200);
    assert.equal(p.body.case.tolerance, true);
    assert.deepEqual(p.body.pendingMaterials.map((m: { materialId: string }) => m.materialId), ['safety-rules']);
    assert.match(p.body.pendingMaterials[0].name, /规章制度/);
  });

  it('rate-limits lookups per client and case with 429 and Retry-After, counted in the database', async () => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    const cn = r.body.case.caseNumber;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(cn, i % 2 ? '5678' : '1111')).status);
    assert.deepEqual(statuses.slice(0, 5), [404, 200, 404, 200, 404]);
    assert.deepEqual(statuses.slice(5), [429, 429]);
    const limited = await get(cn, '5678');
    assert.equal(limited.body.code, 'rate_limited');
    const retry = Number(limited.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 60, String(retry));
    assert.equal(limited.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    const rows = await s.db.query<{ n: number }>('select count(*)::int as n from rate_limits');
    assert.ok((rows[0]?.n ?? 0) > 0, 'counters live in the database, shared by replicas');
    // Another case from the same client is not affected.
    assert.equal((await get(caseNumber, '5678')).status, 200);
  });
});
