// Latency of the public 好差评 summary (a script, not a test): N cases rated at both stages over 300 days in
// 20 departments, 差评 with 整改 records (a third still open), then GET /v1/evaluation-summary seven times.
//   node --import tsx packages/server/bench/evaluation-summary.ts [cases=10000]
import { DB_KIND, startTestServer } from '../test/helpers/server.js';

const cases = Number(process.argv[2] ?? 10_000);
const s = await startTestServer();
try {
  await s.db.query(
    `insert into applications (case_number, task_code, name, department, status, channel, tolerance, verifier_tail, token_hash, input, time_limit, submitted_at)
     select 'B' || g, 'T', '事项', '部门' || (g % 20), 'concluded_approved', 'web', false, '0000', 'h', '{}'::jsonb, '{}'::jsonb, now()
     from generate_series(1, $1) g`,
    [cases],
  );
  await s.db.query(
    `insert into evaluations (case_number, stage, level, doc, department, created_at)
     select 'B' || g, st, 1 + (g % 5), '{}'::jsonb, '部门' || (g % 20), now() - (g % 300) * interval '1 day'
     from generate_series(1, $1) g cross join (values ('acceptance'), ('conclusion')) v(st)`,
    [cases],
  );
  await s.db.query(
    `insert into rectifications (evaluation_id, department, due_date, opened_at, done_at, on_time)
     select id, department, to_char(created_at + interval '7 day', 'YYYY-MM-DD'), created_at,
       case when id % 3 = 0 then null else created_at + interval '3 day' end, case when id % 3 = 0 then null else true end
     from evaluations where level <= 2`,
  );
  const [counts] = await s.db.query<{ e: number; r: number }>('select (select count(*)::int from evaluations) e, (select count(*)::int from rectifications) r');
  const ms: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await (await fetch(`${s.url}/v1/evaluation-summary`)).json();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${counts?.e} ratings, ${counts?.r} 整改: GET /v1/evaluation-summary median ${ms[3]!.toFixed(1)} ms, max ${ms[6]!.toFixed(1)} ms (${DB_KIND}, 7 runs)`);
} finally {
  await s.close();
}
