// "Never submits twice": N submissions through a proxy that drops connections (before and after the server
// commits), delays past the client's timeout, and answers 500 (before and after the server commits), chosen
// at random from a seeded PRNG. Every submission must end with exactly one case on the server: none lost,
// none duplicated. Replay a failure with ZWFW_CHAOS_SEED=<seed>. Then the SDK's default settings with truncated
// bodies too, where a call may give up after the server committed: the key on its error must get that case
// back later (the full 1,000-submission, several-seed run is `npm run bench:faults`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient, isZwfwError, type ApplicationReceipt, type ApplicationSubmission } from '../src/index.js';
import { startChaosProxy, type ChaosProxy, type Fault } from './helpers/chaos-proxy.js';
import { runFaultySubmissions } from './helpers/fault-run.js';
import { validSubmission } from './helpers/journey.js';
import { startReferenceServer, type ReferenceServer } from './helpers/reference-server.js';

const N = 30;
const CONCURRENCY = 5;
const SEED = Number(process.env['ZWFW_CHAOS_SEED'] ?? 20250303);

let server: ReferenceServer;
let proxy: ChaosProxy;
let submission: ApplicationSubmission;

before(async () => {
  server = await startReferenceServer();
  const direct = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin });
  submission = await validSubmission(direct);
  proxy = await startChaosProxy({
    target: server.url,
    seed: SEED,
    rates: { 'drop-before': 0.1, 'drop-after': 0.15, 'error-before': 0.1, 'error-after': 0.15, delay: 0.1 },
    delayMs: [100, 600],
  });
});
after(async () => {
  await proxy.close();
  await server.close();
});

test(`${N} submissions through a faulty network create exactly ${N} cases (seed ${SEED})`, { timeout: 120_000 }, async () => {
  const t0 = Date.now();
  const client = createClient({
    baseUrl: proxy.url,
    publishableKey: server.key,
    origin: server.origin,
    // Shorter than the longest injected delay, so some attempts time out while the original is still on its
    // way to the server: the retry and the original then race with the same Idempotency-Key.
    timeout: 400,
    retry: { limit: 12, baseDelay: 20, maxDelay: 200 },
  });

  const receipts: ApplicationReceipt[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < N) {
      next++;
      receipts.push(await client.applications.submit(submission));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const injected = Object.entries(proxy.counts).filter(([k]) => k !== 'pass').reduce((a, [, v]) => a + v, 0);

  // No lost submission: every call returned a receipt, each for a different case.
  assert.equal(receipts.length, N);
  const numbers = new Set(receipts.map((r) => r.case.caseNumber));
  assert.equal(numbers.size, N, 'every submission got its own case number');

  // No duplicate: the server holds exactly N cases, and they are the ones the client was told about.
  const rows = await server.server.db.query<{ case_number: string }>('select case_number from applications');
  assert.equal(rows.length, N, `server holds ${rows.length} cases for ${N} submissions`);
  assert.deepEqual(new Set(rows.map((r) => r.case_number)), numbers);

  // And each is readable through the public progress endpoint with the receipt's token (bypassing the proxy).
  const direct = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin });
  for (const r of receipts) assert.equal((await direct.applications.progress(r)).case.caseNumber, r.case.caseNumber);

  // The test only proves something if faults actually happened, including after-commit ones.
  assert.ok(injected >= N / 2, `only ${injected} faults injected`);
  assert.ok(proxy.counts['drop-after'] + proxy.counts['error-after'] > 0);
  console.log(`# chaos seed ${SEED}: ${N} cases in ${Date.now() - t0} ms; faults ${JSON.stringify(proxy.counts)}`);
});

test('with the default settings and truncated bodies, no case is lost or doubled and every give-up is recoverable', { timeout: 120_000 }, async () => {
  const run = await runFaultySubmissions({ server, submission, seed: SEED, submissions: 40 });
  assert.equal(run.lost, 0, JSON.stringify(run));
  assert.equal(run.duplicated, 0, JSON.stringify(run));
  assert.equal(run.keyless, 0, 'every error of a submission names its Idempotency-Key');
  assert.equal(run.recovered, run.gaveUp, JSON.stringify(run));
  assert.equal(run.cases, 40);
  assert.ok(run.faults['truncate-after'] > 0 && run.faults['error-after'] > 0, JSON.stringify(run.faults));
  console.log(`# default settings, seed ${SEED}: ${JSON.stringify(run)}`);
});

for (const fault of ['error-after', 'truncate-after', 'drop-after'] satisfies Fault[]) {
  test(`a call that gave up after the server committed (${fault} on every attempt) gets its case back with the same key`, { timeout: 60_000 }, async () => {
    const always = await startChaosProxy({ target: server.url, seed: SEED, rates: { [fault]: 1 }, applies: (req) => req.method === 'POST' });
    try {
      const client = createClient({ baseUrl: always.url, publishableKey: server.key, origin: server.origin, retry: { baseDelay: 10, maxDelay: 50 } });
      const body = { ...submission, draftId: `gave-up-${fault}` };
      const err = await client.applications.submit(body).then(() => undefined, (e: unknown) => e);
      assert.ok(isZwfwError(err), `expected the call to give up, got ${String(err)}`);
      assert.ok((err.attempts ?? 0) > 1, 'it retried first');
      assert.ok(err.idempotencyKey !== undefined);
      assert.match(err.message, new RegExp(`idempotencyKey "${err.idempotencyKey}"`));
      const stored = await server.server.db.query<{ case_number: string }>("select case_number from applications where input->>'draftId' = $1", [body.draftId]);
      assert.equal(stored.length, 1, 'the first attempt created the case');
      // Later, straight to the server: the same key returns that case instead of creating another.
      const direct = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin });
      const receipt = await direct.applications.submit(body, { idempotencyKey: err.idempotencyKey });
      assert.equal(receipt.case.caseNumber, stored[0]!.case_number);
      const after = await server.server.db.query("select 1 from applications where input->>'draftId' = $1", [body.draftId]);
      assert.equal(after.length, 1);
    } finally {
      await always.close();
    }
  });
}
