// GET progress: verifier (mobile tail or access token), a 404 that does not reveal existence, masking of
// personal data, and the per-IP-and-case rate limit kept in the database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProgressSchema } from '@zwfw/core';
import { legalApplication, personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

/** 02:00:30 UTC: half a minute into a rate-limit minute and an hour window. */
const FROZEN = Date.parse('2026-03-10T02:00:30Z');

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

  it('rate-limits lookups per client and case with 429 and Retry-After, counted in the database', async (t) => {
    // Windows are aligned to the minute: a frozen Date keeps all eight lookups in one window, whatever the time.
    t.mock.timers.enable({ apis: ['Date'], now: FROZEN });
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    const cn = r.body.case.caseNumber;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(cn, i % 2 ? '5678' : '1111')).status);
    assert.deepEqual(statuses.slice(0, 5), [404, 200, 404, 200, 404]);
    assert.deepEqual(statuses.slice(5), [429, 429]);
    const limited = await get(cn, '5678');
    assert.equal(limited.body.code, 'rate_limited');
    assert.equal(limited.headers.get('retry-after'), '30', 'the rest of the minute window');
    assert.equal(limited.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    const rows = await s.db.query<{ n: number }>('select count(*)::int as n from rate_limits');
    assert.ok((rows[0]?.n ?? 0) > 0, 'counters live in the database, shared by replicas');
    // Another case from the same client is not affected.
    assert.equal((await get(caseNumber, '5678')).status, 200);
  });
});

describe(`progress: per-case limit on failed lookups across addresses (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    // X-Forwarded-For stands in for many clients; each stays under the per-IP limit.
    s = await startTestServer({
      catalogue: testCatalogue(),
      // The server's own clock, not a mocked global Date: every limit must follow config.now.
      config: { trustProxy: true, now: () => new Date(FROZEN), caseLookupLimit: { max: 3, windowSeconds: 60 }, caseFailureLimit: { max: 6, windowSeconds: 3600 } },
    });
  });
  after(() => s.close());

  const from = (ip: number) => keyHeaders({ 'x-forwarded-for': `203.0.113.${ip}` });
  const get = (cn: string, verifier: string, ip: number) =>
    call(s.url, `/v1/applications/${cn}/progress?verifier=${encodeURIComponent(verifier)}`, { headers: from(ip) });
  const newCase = async () => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    return { cn: r.body.case.caseNumber as string, token: r.body.accessToken as string };
  };

  it('locks mobile-tail lookups of a case after too many failures from many IPs; the token still works', async () => {
    const { cn, token } = await newCase();
    const { cn: other } = await newCase();
    // Six wrong tails from three addresses, two each: no address reaches its own limit of 3.
    const wrong = [];
    for (let i = 0; i < 6; i++) wrong.push((await get(cn, String(1000 + i), 1 + (i % 3))).status);
    assert.deepEqual(wrong, [404, 404, 404, 404, 404, 404]);
    // Now even the right tail from a fresh address is refused, with Retry-After up to the window (1 h).
    const locked = await get(cn, '5678', 50);
    assert.equal(locked.status, 429, locked.text);
    assert.equal(locked.body.code, 'case_locked');
    assert.equal(locked.headers.get('retry-after'), '3570', 'the rest of the hour window');
    assert.match(locked.body.detail, /access token/);
    // The owner's access token is not guessable, so it is not locked out.
    assert.equal((await get(cn, token, 51)).status, 200);
    // Another case is unaffected.
    assert.equal((await get(other, '5678', 52)).status, 200);
  });

  it('locks an unknown case number the same way, so the lock tells nothing about existence', async () => {
    const { cn } = await newCase();
    const unknown = `${cn.slice(0, -4)}9998`;
    for (let i = 0; i < 6; i++) assert.equal((await get(unknown, String(2000 + i), 10 + i)).status, 404);
    assert.equal((await get(unknown, '5678', 30)).status, 429);
  });

  it('counts only failures: successful lookups from many addresses never lock a case', async () => {
    const { cn } = await newCase();
    for (let i = 0; i < 10; i++) assert.equal((await get(cn, '5678', 100 + i)).status, 200);
  });
});

describe(`progress: guess budgets across cases, per address and per key (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    // Budgets as shipped (10 misses a day per address), a small key budget so a spread-out attack is cheap to stage.
    s = await startTestServer({
      catalogue: testCatalogue(),
      config: { trustProxy: true, caseKeyBudget: { max: 300, windowSeconds: 86400 } },
    });
  });
  after(() => s.close());

  const from = (ip: string) => keyHeaders({ 'x-forwarded-for': ip });
  const get = (cn: string, verifier: string, ip: string) =>
    call(s.url, `/v1/applications/${cn}/progress?verifier=${encodeURIComponent(verifier)}`, { headers: from(ip) });
  const newCase = async () => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    return { cn: r.body.case.caseNumber as string, token: r.body.accessToken as string };
  };
  /** The case number `n` serials after `cn` (same matter and day): what an enumerator walks. */
  const serial = (cn: string, n: number) => `${cn.slice(0, -4)}${String((Number(cn.slice(-4)) + n) % 10000).padStart(4, '0')}`;

  it('one address walking case numbers with a known mobile tail runs dry after 10 misses, whatever the case', async () => {
    const { cn } = await newCase();
    const statuses: number[] = [];
    for (let i = 1; i <= 14; i++) statuses.push((await get(serial(cn, 100 + i), '5678', '198.51.100.1')).status);
    assert.deepEqual(statuses, [...Array(10).fill(404), 429, 429, 429, 429]);
    const refused = await get(serial(cn, 200), '5678', '198.51.100.1');
    assert.equal(refused.body.code, 'rate_limited');
    const retry = Number(refused.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 86400, String(retry));
    // Another address is not affected.
    assert.equal((await get(cn, '5678', '198.51.100.2')).status, 200);
  });

  it('a right tail costs a tenth of a wrong one: an owner checking often is not refused', async () => {
    const { cn } = await newCase();
    for (let i = 0; i < 3; i++) assert.equal((await get(serial(cn, 300 + i), '5678', '198.51.100.3')).status, 404);
    // 3 misses (30 units) + 20 right look-ups (20 units): nothing refused.
    for (let i = 0; i < 20; i++) assert.equal((await get(cn, '5678', '198.51.100.3')).status, 200);
    // 50 of 100 units left: five more misses fit, the sixth does not.
    const misses: number[] = [];
    for (let i = 0; i < 6; i++) misses.push((await get(serial(cn, 310 + i), '5678', '198.51.100.3')).status);
    assert.deepEqual(misses, [404, 404, 404, 404, 404, 429]);
  });

  it('the owner’s token is never refused by anyone else’s guesses: not by the address budget, the key budget or the case lock', async () => {
    const { cn, token } = await newCase();
    // Exhaust the address's budget and lock the case's tail look-ups from many addresses.
    for (let i = 0; i < 12; i++) await get(cn, String(1000 + i), '198.51.100.4');
    for (let i = 0; i < 20; i++) await get(cn, String(2000 + i), `198.51.101.${i}`);
    assert.equal((await get(cn, '5678', '198.51.102.1')).body.code, 'case_locked');
    assert.equal((await get(cn, '5678', '198.51.100.4')).status, 429);
    assert.equal((await get(cn, token, '198.51.100.4')).status, 200, 'same address, with the token');
  });

  it('misses spread over many addresses spend the key’s budget: tail look-ups through it pause, tokens still work', async () => {
    const { cn, token } = await newCase();
    const { cn: other } = await newCase();
    // The key's 300 units are gone after 30 misses (3 each from 10 addresses, none reaching its own budget).
    for (let i = 0; i < 30; i++) await get(serial(cn, 500 + i), '5678', `198.51.103.${i % 10}`);
    const paused = await get(other, '5678', '198.51.104.1');
    assert.equal(paused.status, 429);
    assert.equal(paused.body.code, 'case_locked');
    assert.match(paused.body.detail, /access token/);
    assert.equal((await get(other, token, '198.51.104.1')).status, 404, 'another case’s token proves nothing');
    assert.equal((await get(cn, token, '198.51.104.1')).status, 200);
  });
});
