// The full fuzz: 10,000 odd requests over every operation (NUL, unpaired surrogates, huge strings, wrong
// types, deep nesting, unknown keys, odd headers and multipart parts) against the reference server on PGlite.
// Prints the answers by status, the count of 5xx and of errors that are not problem+json (both must be 0),
// and exits 1 otherwise. Not part of `npm test`; the conformance suite runs a bounded version.
//
//   npm run fuzz                                  # 10,000 requests, seed 1
//   ZWFW_FUZZ_REQUESTS=2000 ZWFW_FUZZ_SEED=7 npm run fuzz
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormSpecSchema, MatterSchema, MatterSummaryPageSchema } from '@zwfw/core';
import {
  createServer, exampleCatalogue, loadConfig, migrate, openDb, seed as seedDb, DEMO_ORIGINS, DEMO_PUBLISHABLE_KEY,
} from '../../packages/server/src/index.js';
import { fuzzRequests, runFuzz } from './checks/hardening-input.js';
import { sampleApplication } from './sample-application.js';

const count = Number(process.env['ZWFW_FUZZ_REQUESTS'] ?? 10_000);
const seed = Number(process.env['ZWFW_FUZZ_SEED'] ?? 1);
const admin = 'fuzz-admin-token-0123456789';

const db = await openDb({ dataDir: 'memory://' });
await migrate(db);
await seedDb(db, { catalogue: exampleCatalogue() });
const uploads = { ...loadConfig({}).uploads, dir: await mkdtemp(join(tmpdir(), 'zwfw-fuzz-uploads-')) };
// Limits high enough that the fuzz reaches the handlers instead of measuring the rate limiter.
const config = loadConfig({}, {
  adminToken: admin, adminTokenGenerated: false, logLevel: 'silent', uploads,
  submissionLimit: { perIp: 1_000_000, perKey: 1_000_000, windowSeconds: 60 },
  caseLookupLimit: { max: 1_000_000, windowSeconds: 60 }, caseFailureLimit: { max: 1_000_000, windowSeconds: 60 },
});
config.uploads.rate = { max: 1_000_000, windowSeconds: 60 };
const app = await createServer({ db, config });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
try {
  const page = MatterSummaryPageSchema.parse(await (await fetch(`${url}/v1/matters?limit=100`)).json());
  const code = page.items.find((m) => m.hasForm)?.code;
  const application = code === undefined ? undefined : sampleApplication(
    MatterSchema.parse(await (await fetch(`${url}/v1/matters/${code}`)).json()),
    FormSpecSchema.parse(await (await fetch(`${url}/v1/matters/${code}/form`)).json()),
  );
  // One real case, so case operations get past the look-up to what they store.
  const receipt = application === undefined ? undefined : await (await fetch(`${url}/v1/applications`, {
    method: 'POST',
    headers: { origin: DEMO_ORIGINS[0], 'x-zwfw-key': DEMO_PUBLISHABLE_KEY, 'idempotency-key': `fuzz-case-${seed}`, 'content-type': 'application/json' },
    body: JSON.stringify(application),
  })).json() as { case?: { caseNumber: string }; accessToken?: string } | undefined;
  const t0 = performance.now();
  const report = await runFuzz(url, fuzzRequests(seed, count, {
    key: DEMO_PUBLISHABLE_KEY, origin: DEMO_ORIGINS[0], adminToken: admin, application, caseNumber: receipt?.case?.caseNumber, verifier: receipt?.accessToken,
  }));
  console.log(`fuzz seed ${seed}: ${report.requests} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`by status: ${JSON.stringify(report.byStatus)}`);
  console.log(`5xx: ${report.serverErrors}`);
  console.log(`error bodies that are not problem+json: ${report.nonProblemErrors}`);
  for (const e of report.examples) console.log(`  ${e}`);
  process.exitCode = report.serverErrors === 0 && report.nonProblemErrors === 0 ? 0 : 1;
} finally {
  await app.close();
  await db.close();
}
