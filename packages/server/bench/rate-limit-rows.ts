// Rate-limit rows after many case look-ups (a script, not a test): N look-ups spread over two simulated days,
// each counted like caseForCitizen counts one (per address and case for a minute; a failure per case for a
// day; a tail guess per address and per key for a day), with the server's housekeeping every 5 simulated
// minutes. Prints the peak and final row counts.
//   node --import tsx packages/server/bench/rate-limit-rows.ts [lookups=50000]
import { housekeeping, hitRateLimit } from '../src/http/rate-limit.js';
import { migrate } from '../src/index.js';
import { DB_KIND, openTestDb } from '../test/helpers/server.js';

const lookups = Number(process.argv[2] ?? 50_000);
const db = await openTestDb();
try {
  await migrate(db);
  const t0 = Date.UTC(2026, 0, 5);
  const span = 2 * 86400_000;
  const minute = { max: 20, windowSeconds: 60 };
  const day = { max: 20, windowSeconds: 86400 };
  let peak = 0;
  let nextSweep = t0 + 300_000;
  const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from rate_limits'))[0]?.n ?? 0;
  for (let i = 0; i < lookups; i++) {
    const now = t0 + Math.floor((i * span) / lookups);
    if (now >= nextSweep) {
      peak = Math.max(peak, await count());
      await housekeeping(db, new Date(now));
      nextSweep += 300_000;
    }
    const ip = `10.0.${(i * 7919) % 250}.${(i * 104729) % 250}`;
    const cn = `CASE-${(i * 2654435761) % 20_000}`;
    await hitRateLimit(db, `case:${ip}:${cn}`, minute, now);
    await hitRateLimit(db, `case-guess-ip:${ip}`, { max: 100, windowSeconds: 86400 }, now, 10);
    await hitRateLimit(db, 'case-guess-key:pk_demo', { max: 20_000, windowSeconds: 86400 }, now, 10);
    if (i % 2 === 0) await hitRateLimit(db, `case-failures:${cn}`, day, now);
  }
  peak = Math.max(peak, await count());
  console.log(`${lookups} look-ups over 2 simulated days (${DB_KIND}): peak ${peak} rate-limit rows, ${await count()} at the end`);
} finally {
  await db.close();
}
