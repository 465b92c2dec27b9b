// An Idempotency-Key is remembered for ZWFW_IDEMPOTENCY_DAYS (30 by default), not 24 h: a draft that kept its
// key and is submitted again the next day gets the same case, not a second one. Driven by the server's clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expireIdempotencyRecords } from '../src/http/idempotency.js';
import { housekeeping } from '../src/http/rate-limit.js';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

const HOUR = 3_600_000;

describe(`idempotency window (${DB_KIND})`, () => {
  let s: TestServer;
  let offset = 0;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue(), config: { now: () => new Date(Date.now() + offset) } });
  });
  after(() => s.close());

  const submit = (key: string) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': key }), body: personApplication() });
  const cases = async () => Number((await s.db.query<{ n: number }>('select count(*)::int as n from applications'))[0]?.n);
  const sweep = async () => {
    await housekeeping(s.db);
    await expireIdempotencyRecords(s.db, s.config.now(), s.config.idempotencyDays);
  };

  it('defaults to 30 days', () => {
    assert.equal(s.config.idempotencyDays, 30);
  });

  it('returns the same case for the same key and body 25 hours later, after housekeeping ran', async () => {
    offset = 0;
    const key = idemKey();
    const first = await submit(key);
    assert.equal(first.status, 201, first.text.slice(0, 300));
    offset = 25 * HOUR;
    await sweep();
    const later = await submit(key);
    assert.equal(later.status, 201);
    assert.equal(later.headers.get('idempotent-replayed'), 'true');
    assert.equal(later.body.case.caseNumber, first.body.case.caseNumber);
    assert.equal(await cases(), 1);
    offset = 29 * 24 * HOUR;
    await sweep();
    assert.equal((await submit(key)).body.case.caseNumber, first.body.case.caseNumber, 'still within 30 days');
  });

  it('forgets a key only after the window', async () => {
    offset = 0;
    const key = idemKey();
    assert.equal((await submit(key)).status, 201);
    offset = 31 * 24 * HOUR;
    await sweep();
    const left = await s.db.query('select 1 from idempotency_keys where key = $1', [key]);
    assert.equal(left.length, 0);
  });

  it('leaves idempotency records alone in the rate-limit housekeeping', async () => {
    const key = idemKey();
    await s.db.query(
      "insert into idempotency_keys (scope, key, request_hash, status_code, response, created_at) values ('applications:x', $1, 'h', 201, '{}', now() - interval '2 days')",
      [key],
    );
    await housekeeping(s.db);
    assert.equal((await s.db.query('select 1 from idempotency_keys where key = $1', [key])).length, 1);
  });
});
