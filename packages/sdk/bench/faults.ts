// "Never submits twice" at scale, with the SDK as an integrator gets it (default timeout and retries): 1,000
// submissions per seed through a proxy that drops connections, answers 500 and truncates bodies, half of the
// faults after the server committed. Prints, per seed, how many calls succeeded, how many gave up (and of those
// how many had created their case), and checks that each give-up gets its case back with the key on its error.
//
//   npm run bench:faults                                   # seeds 1 2 3, 1,000 submissions each
//   ZWFW_FAULT_SEEDS=7,8 ZWFW_FAULT_SUBMISSIONS=200 npm run bench:faults
//
// Exits 1 if any case is lost or doubled, or a give-up cannot be recovered. Kept out of `npm test` (minutes).
import { createClient } from '../src/index.js';
import { runFaultySubmissions } from '../test/helpers/fault-run.js';
import { validSubmission } from '../test/helpers/journey.js';
import { startReferenceServer } from '../test/helpers/reference-server.js';

const seeds = (process.env['ZWFW_FAULT_SEEDS'] ?? '1,2,3').split(',').map(Number).filter(Number.isFinite);
const submissions = Number(process.env['ZWFW_FAULT_SUBMISSIONS'] ?? 1000);

// Every submission comes from 127.0.0.1: the per-address limit is a production guard, not what is measured.
const server = await startReferenceServer({ submissionLimit: { perIp: 1_000_000, perKey: 1_000_000, windowSeconds: 60 } });
let failed = false;
try {
  const submission = await validSubmission(createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin }));
  console.log('seed  submissions  succeeded  gave-up  committed  recovered  lost  doubled  truncated  seconds');
  for (const seed of seeds) {
    const r = await runFaultySubmissions({ server, submission, seed, submissions, concurrency: 20 });
    console.log([
      String(seed).padEnd(4), String(r.submissions).padStart(11), String(r.succeeded).padStart(10), String(r.gaveUp).padStart(8),
      String(r.gaveUpCommitted).padStart(10), String(r.recovered).padStart(10), String(r.lost).padStart(5), String(r.duplicated).padStart(8),
      String(r.faults['truncate-after']).padStart(10), (r.ms / 1000).toFixed(1).padStart(8),
    ].join(' '));
    if (r.lost > 0 || r.duplicated > 0 || r.keyless > 0 || r.recovered !== r.gaveUp) failed = true;
  }
  console.log(failed ? 'FAIL: a case was lost or doubled, or a give-up could not be recovered' : 'ok: 0 lost, 0 doubled, every give-up recovered with its key');
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
