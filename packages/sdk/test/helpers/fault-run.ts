// One run of "submissions through a faulty network" with the SDK, for the in-suite fault test and for
// `npm run bench:faults`: every submission either returns its receipt or fails with an error that carries its
// Idempotency-Key; a failed one is then resubmitted with that key straight to the server, which must return
// the case the first call created (if it got that far) and never a second one.
import { createClient, isZwfwError, type ApplicationSubmission, type ClientOptions } from '../../src/index.js';
import { startChaosProxy, type ChaosOptions, type Fault } from './chaos-proxy.js';
import type { ReferenceServer } from './reference-server.js';

/** What one run saw. */
export interface FaultRunResult {
  seed: number;
  submissions: number;
  /** Calls that returned a receipt. */
  succeeded: number;
  /** Calls that gave up (the SDK's retries were exhausted or it refused to resend). */
  gaveUp: number;
  /** Of those, how many had already created their case ("gave up, but the case exists"). */
  gaveUpCommitted: number;
  /** Give-ups whose same-key resubmission returned a receipt (committed ones: the same case). */
  recovered: number;
  /** Cases on the server for this run's submissions, and how many submissions ended with none or two. */
  cases: number;
  lost: number;
  duplicated: number;
  /** Give-ups without an idempotencyKey on the error (could not be recovered by the caller). */
  keyless: number;
  faults: Record<Fault, number>;
  ms: number;
}

/** Standard fault mix: half of them after the server committed, truncated bodies included. */
export const FAULT_RATES: ChaosOptions['rates'] = {
  'drop-before': 0.08, 'drop-after': 0.1, 'error-before': 0.08, 'error-after': 0.1, 'truncate-after': 0.1, delay: 0.04,
};

export async function runFaultySubmissions(options: {
  server: ReferenceServer;
  submission: ApplicationSubmission;
  seed: number;
  submissions: number;
  concurrency?: number;
  rates?: ChaosOptions['rates'];
  /** Client options over the defaults (none: the SDK's defaults, as an integrator gets them). */
  client?: Partial<ClientOptions>;
}): Promise<FaultRunResult> {
  const { server, submission, seed, submissions } = options;
  const proxy = await startChaosProxy({
    target: server.url, seed, rates: options.rates ?? FAULT_RATES, delayMs: [50, 400], applies: (req) => req.method === 'POST',
  });
  const t0 = Date.now();
  const client = createClient({ baseUrl: proxy.url, publishableKey: server.key, origin: server.origin, ...options.client });
  const direct = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin });
  // Each submission differs (its own draftId), so each key belongs to one body and one intended case.
  const bodies = Array.from({ length: submissions }, (_, i) => ({ ...submission, draftId: `fault-${seed}-${i}` }));
  const outcomes: { caseNumber?: string; key?: string; failed: boolean }[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < submissions) {
      const i = next++;
      try {
        outcomes[i] = { caseNumber: (await client.applications.submit(bodies[i]!)).case.caseNumber, failed: false };
      } catch (err) {
        outcomes[i] = { failed: true, ...(isZwfwError(err) && err.idempotencyKey !== undefined ? { key: err.idempotencyKey } : {}) };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 10 }, worker));
  } finally {
    await proxy.close();
  }
  const rows = await server.server.db.query<{ case_number: string; draft: string | null }>(
    "select case_number, input->>'draftId' as draft from applications where input->>'draftId' like $1",
    [`fault-${seed}-%`],
  );
  const byDraft = new Map<string, string[]>();
  for (const r of rows) byDraft.set(r.draft ?? '', [...(byDraft.get(r.draft ?? '') ?? []), r.case_number]);

  let gaveUpCommitted = 0;
  let recovered = 0;
  let keyless = 0;
  for (const [i, o] of outcomes.entries()) {
    if (!o.failed) continue;
    const existing = byDraft.get(`fault-${seed}-${i}`) ?? [];
    if (existing.length > 0) gaveUpCommitted++;
    if (o.key === undefined) {
      keyless++;
      continue;
    }
    // "Later": the caller resubmits the same body with the key the error gave it.
    const receipt = await direct.applications.submit(bodies[i]!, { idempotencyKey: o.key });
    o.caseNumber = receipt.case.caseNumber;
    if (existing.length === 0 || existing.includes(receipt.case.caseNumber)) recovered++;
  }
  const after = await server.server.db.query<{ draft: string | null; n: number }>(
    "select input->>'draftId' as draft, count(*)::int as n from applications where input->>'draftId' like $1 group by 1",
    [`fault-${seed}-%`],
  );
  const counts = new Map(after.map((r) => [r.draft ?? '', Number(r.n)]));
  let lost = 0;
  let duplicated = 0;
  for (let i = 0; i < submissions; i++) {
    const n = counts.get(`fault-${seed}-${i}`) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicated++;
  }
  return {
    seed, submissions, succeeded: outcomes.filter((o) => !o.failed).length, gaveUp: outcomes.filter((o) => o.failed).length,
    gaveUpCommitted, recovered, cases: [...counts.values()].reduce((a, b) => a + b, 0), lost, duplicated, keyless,
    faults: { ...proxy.counts }, ms: Date.now() - t0,
  };
}
