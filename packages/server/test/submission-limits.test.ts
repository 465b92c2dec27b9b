// Case numbers cannot be used up: the daily serial widens past 9999 within the 43-character number,
// submissions are limited per address and per key (429 with Retry-After), and a day whose serials are all
// used is a typed 429 until China midnight, never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CaseNumberSchema, toChinaDate } from '@zwfw/core';
import { allocateCaseNumber, caseTaskCode, formatSerial, MAX_DAILY_SERIAL } from '../src/domain/case-number.js';
import { migrate } from '../src/index.js';
import { PERSON_MATTER, personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, idemKey, keyHeaders, openTestDb, startTestServer, type TestServer } from './helpers/server.js';

// 10:00 in Shanghai: the China day is 2025-03-03, and midnight is 14 h away.
const NOW = new Date('2025-03-03T02:00:00Z');
const DAY = '20250303';

describe('case serials', () => {
  it('keep 0001–9999 and continue with A000…ZZZZ, in order, four characters each', () => {
    assert.equal(formatSerial(1), '0001');
    assert.equal(formatSerial(9999), '9999');
    assert.equal(formatSerial(10_000), 'A000');
    assert.equal(formatSerial(10_001), 'A001');
    assert.equal(formatSerial(10_036), 'A010');
    assert.equal(formatSerial(MAX_DAILY_SERIAL), 'ZZZZ');
    assert.equal(formatSerial(MAX_DAILY_SERIAL + 1), undefined);
    assert.equal(formatSerial(0), undefined);
    assert.ok(MAX_DAILY_SERIAL > 1_000_000, `${MAX_DAILY_SERIAL} serials a day`);
    const sample = [1, 9998, 9999, 10_000, 10_035, 10_036, 46_655, 500_000, MAX_DAILY_SERIAL - 1, MAX_DAILY_SERIAL].map((n) => formatSerial(n)!);
    assert.deepEqual([...sample].sort(), sample, 'serials sort in issue order');
    assert.ok(sample.every((s) => /^[0-9A-Z]{4}$/.test(s)));
  });

  it(`go past 9999 in one day as valid 43-character case numbers (${DB_KIND})`, async () => {
    const db = await openTestDb();
    try {
      await migrate(db);
      const code = caseTaskCode(PERSON_MATTER.taskCode);
      await db.query('insert into case_serials (task_code, day, last_serial) values ($1, $2, 9998)', [code, DAY]);
      const numbers = [];
      for (let i = 0; i < 3; i++) numbers.push(await db.transaction((tx) => allocateCaseNumber(tx, code, NOW)));
      assert.deepEqual(numbers, [`${code}${DAY}9999`, `${code}${DAY}A000`, `${code}${DAY}A001`]);
      for (const n of numbers) {
        assert.equal(n.length, 43);
        assert.ok(CaseNumberSchema.safeParse(n).success, n);
      }
    } finally {
      await db.close();
    }
  });
});

describe(`submission limits (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      catalogue: testCatalogue(),
      config: { now: () => NOW, submissionLimit: { perIp: 3, perKey: 1000, windowSeconds: 600 } },
    });
  });
  after(() => s.close());

  const submit = (key = idemKey()) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': key }), body: personApplication() });
  const caseCount = async () => Number((await s.db.query<{ n: number }>('select count(*)::int as n from applications'))[0]?.n);

  it('refuses an address over its allowance with a 429 rate_limited and Retry-After; replays still answer', async () => {
    const first = idemKey();
    const accepted = [await submit(first), await submit(), await submit()];
    assert.deepEqual(accepted.map((r) => r.status), [201, 201, 201]);
    const before = await caseCount();
    const refused = await submit();
    assert.equal(refused.status, 429, refused.text);
    assert.equal(refused.body.code, 'rate_limited');
    assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    assert.match(refused.body.detail, /your address/);
    assert.equal(await caseCount(), before, 'a refused submission stores nothing');
    // A client that lost its receipt gets it back with the same key, whatever the limit says.
    const replay = await submit(first);
    assert.equal(replay.status, 201);
    assert.equal(replay.body.case.caseNumber, accepted[0]!.body.case.caseNumber);
  });

  it('refuses a key over its allowance from any address', async () => {
    const t = await startTestServer({
      catalogue: testCatalogue(),
      config: { now: () => NOW, submissionLimit: { perIp: 1000, perKey: 2, windowSeconds: 600 } },
    });
    try {
      const go = () => call(t.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
      assert.deepEqual([(await go()).status, (await go()).status], [201, 201]);
      const refused = await go();
      assert.equal(refused.status, 429);
      assert.equal(refused.body.code, 'rate_limited');
      assert.match(refused.body.detail, /this key/);
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    } finally {
      await t.close();
    }
  });

  it('counts invalid submissions too, so a flood of bad bodies is limited', async () => {
    const t = await startTestServer({
      catalogue: testCatalogue(),
      config: { now: () => NOW, submissionLimit: { perIp: 2, perKey: 1000, windowSeconds: 600 } },
    });
    try {
      const go = (body: unknown) => call(t.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body });
      assert.deepEqual([(await go({ nonsense: 1 })).status, (await go({ nonsense: 2 })).status], [422, 422]);
      const refused = await go(personApplication());
      assert.equal(refused.status, 429);
      assert.equal(refused.body.code, 'rate_limited');
    } finally {
      await t.close();
    }
  });

  it('answers a day whose serials are all used with a 429 until China midnight, not a 500, storing nothing', async () => {
    const t = await startTestServer({ catalogue: testCatalogue(), config: { now: () => NOW } });
    try {
      await t.db.query('insert into case_serials (task_code, day, last_serial) values ($1, $2, $3)', [caseTaskCode(PERSON_MATTER.taskCode), DAY, MAX_DAILY_SERIAL]);
      const r = await call(t.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
      assert.equal(r.status, 429, r.text);
      assert.equal(r.body.code, 'rate_limited');
      assert.equal(r.headers.get('retry-after'), String(14 * 3600), 'until 00:00 in Shanghai');
      assert.equal(Number((await t.db.query<{ n: number }>('select count(*)::int as n from applications'))[0]?.n), 0);
      const serial = await t.db.query<{ last_serial: number }>('select last_serial from case_serials where day = $1', [DAY]);
      assert.equal(Number(serial[0]?.last_serial), MAX_DAILY_SERIAL, 'the refused attempt used no serial');
      assert.equal(toChinaDate(NOW).replaceAll('-', ''), DAY);
    } finally {
      await t.close();
    }
  });
});
