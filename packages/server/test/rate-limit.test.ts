// Rate-limit counters stay bounded: one row per bucket (a later window restarts it in place), deleted when
// the window ends by housekeeping, which the server runs on a timer rather than by chance.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { housekeeping, hitRateLimit, peekRateLimit } from '../src/http/rate-limit.js';
import { migrate, type Db } from '../src/index.js';
import { testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, keyHeaders, openTestDb, startTestServer } from './helpers/server.js';

const rows = async (db: Db): Promise<number> => (await db.query<{ n: number }>('select count(*)::int as n from rate_limits'))[0]?.n ?? 0;

describe(`rate-limit counters (${DB_KIND})`, () => {
  let db: Db;
  before(async () => {
    db = await openTestDb();
    await migrate(db);
  });
  after(() => db.close());

  it('keeps one row per bucket however many windows pass, and counts each window afresh', async () => {
    await db.query('delete from rate_limits');
    const limit = { max: 3, windowSeconds: 60 };
    const t0 = Date.UTC(2026, 0, 5, 8, 0, 0);
    for (let w = 0; w < 50; w++) {
      const hits = [];
      for (let i = 0; i < 4; i++) hits.push((await hitRateLimit(db, 'one-client', limit, t0 + w * 60_000 + i)).allowed);
      assert.deepEqual(hits, [true, true, true, false], `window ${w}`);
    }
    assert.equal(await rows(db), 1);
    assert.equal((await peekRateLimit(db, 'one-client', limit, t0 + 49 * 60_000)).allowed, false);
    assert.equal((await peekRateLimit(db, 'one-client', limit, t0 + 50 * 60_000)).allowed, true, 'a new window starts at zero');
  });

  it('refunds never go below zero, and an older window adds to the current one instead of rewinding it', async () => {
    await db.query('delete from rate_limits');
    const limit = { max: 10, windowSeconds: 60 };
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    await hitRateLimit(db, 'b', limit, t0, 5);
    assert.equal((await hitRateLimit(db, 'b', limit, t0, -20)).allowed, true);
    await hitRateLimit(db, 'b', limit, t0 + 60_000, 10);
    assert.equal((await hitRateLimit(db, 'b', limit, t0 + 59_000, 1)).allowed, false, 'the lagging replica counts into the current window');
  });

  it('housekeeping deletes every counter whose window has ended, and only those', async () => {
    await db.query('delete from rate_limits');
    const t0 = Date.UTC(2026, 0, 5, 10, 0, 0);
    for (let i = 0; i < 200; i++) await hitRateLimit(db, `lookup:${i}`, { max: 20, windowSeconds: 60 }, t0);
    for (let i = 0; i < 5; i++) await hitRateLimit(db, `day:${i}`, { max: 20, windowSeconds: 86400 }, t0);
    assert.equal(await rows(db), 205);
    await housekeeping(db, new Date(t0 + 30_000));
    assert.equal(await rows(db), 205, 'nothing is deleted inside its window');
    await housekeeping(db, new Date(t0 + 60_000));
    assert.equal(await rows(db), 5, 'the minute windows are gone, the day windows stay');
  });
});

describe(`rate-limit counters: the server's housekeeping timer (${DB_KIND})`, () => {
  it('deletes expired counters on its interval, with no request needed', async () => {
    const s = await startTestServer({ catalogue: testCatalogue(), config: { housekeepingIntervalSeconds: 1, caseLookupLimit: { max: 20, windowSeconds: 1 } } });
    try {
      for (let i = 0; i < 30; i++) {
        const cn = `11440232MB2D06811W400011705100020201020${String(1000 + i)}`;
        assert.equal((await call(s.url, `/v1/applications/${cn}/progress?verifier=tok_thisIsNotTheRightToken`, { headers: keyHeaders() })).status, 404);
      }
      // 60 counters: per address and case (one-second windows) and failures per case (a day). The timer
      // deletes the first 30 once their windows end; poll rather than guess how long a loaded machine takes.
      let left = await rows(s.db);
      for (let waited = 0; left > 30 && waited < 8000; waited += 250) {
        await new Promise((r) => setTimeout(r, 250));
        left = await rows(s.db);
      }
      assert.equal(left, 30, 'only the day-long counters remain');
    } finally {
      await s.close();
    }
  });
});
