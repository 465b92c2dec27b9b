// Case enumeration from the outside (a script, not a test): one address walks case numbers with tail guesses,
// then the owners look their cases up from home, then someone who knows one applicant's mobile tail walks the
// serials from a fresh address.
//   node --import tsx packages/server/bench/enumeration.ts [caseNumbers=100] [guessesEach=20] [--no-budget]
// --no-budget sets the cross-case budgets out of reach: the behaviour before they existed.
import { idemKey, keyHeaders, startTestServer, call } from '../test/helpers/server.js';
import { personApplication, testCatalogue } from '../test/helpers/fixtures.js';

const numbers = Number(process.argv[2] ?? 100);
const each = Number(process.argv[3] ?? 20);
const noBudget = process.argv.includes('--no-budget');
const off = { max: 1_000_000_000, windowSeconds: 86400 };
const s = await startTestServer({
  catalogue: testCatalogue(),
  config: { trustProxy: true, ...(noBudget ? { caseGuessBudget: off, caseKeyBudget: off } : {}) },
});
try {
  const owners: { cn: string; token: string }[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    owners.push({ cn: r.body.case.caseNumber, token: r.body.accessToken });
  }
  const prefix = owners[0]!.cn.slice(0, -4);
  const first = Number(owners[0]!.cn.slice(-4));
  const serial = (n: number) => `${prefix}${String(first + n).padStart(4, '0')}`;
  const get = (cn: string, verifier: string, ip: string) =>
    call(s.url, `/v1/applications/${cn}/progress?verifier=${verifier}`, { headers: keyHeaders({ 'x-forwarded-for': ip }) });

  // 1. One address: `numbers` case numbers (the ten real ones first) × `each` wrong tails.
  let evaluated = 0;
  let leaked = 0;
  for (let n = 0; n < numbers; n++) {
    for (let g = 0; g < each; g++) {
      const r = await get(serial(n), String(g * 499 % 10000).padStart(4, '0'), '203.0.113.7');
      if (r.status === 404) evaluated++;
      if (r.status === 200) leaked++;
    }
  }
  console.log(`one address, ${numbers} case numbers x ${each} tail guesses: ${evaluated + leaked} of ${numbers * each} guesses evaluated, ${leaked} hits`);

  // 2. The owners, from their own addresses: by the right tail, and by the receipt's token.
  let tailLocked = 0;
  let tokenLocked = 0;
  for (const [i, o] of owners.entries()) {
    if ((await get(o.cn, '5678', `198.51.100.${i}`)).status !== 200) tailLocked++;
    if ((await get(o.cn, o.token, `198.51.100.${i}`)).status !== 200) tokenLocked++;
  }
  console.log(`owners locked out afterwards: ${tailLocked} of ${owners.length} by mobile tail, ${tokenLocked} of ${owners.length} by access token`);

  // 3. A fresh address that knows the applicants' mobile tail walks 1,000 serials past the real ones.
  const start = performance.now();
  let answered = 0;
  for (let n = 0; n < 1000; n++) if ((await get(serial(numbers + n), '5678', '203.0.113.8')).status !== 429) answered++;
  const seconds = (performance.now() - start) / 1000;
  console.log(`walking 1,000 serials with a known tail: ${answered} answered, ${(answered / seconds).toFixed(0)} answered/s over ${seconds.toFixed(1)} s`);
} finally {
  await s.close();
}
