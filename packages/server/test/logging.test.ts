// Logs are structured and never carry personal data: a whole case journey at debug level, including failed
// lookups and validation errors, must leave no name, ID number, mobile, verifier or access token in any line.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createServer, loadConfig, migrate, seed, type Db } from '../src/index.js';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, openTestDb } from './helpers/server.js';

describe(`logging (${DB_KIND})`, () => {
  const lines: string[] = [];
  let db: Db;
  let app: FastifyInstance;
  let url: string;

  before(async () => {
    db = await openTestDb();
    await migrate(db);
    await seed(db, { catalogue: testCatalogue() });
    const config = loadConfig({}, { adminToken: ADMIN_TOKEN, adminTokenGenerated: false, logLevel: 'debug' });
    app = await createServer({ db, config, logStream: { write: (line) => void lines.push(line) } });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  it('logs one JSON line per request without personal data, tokens or verifiers', async () => {
    const input = personApplication();
    const submitted = await call(url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: input });
    assert.equal(submitted.status, 201, submitted.text);
    const { caseNumber } = submitted.body.case;
    const token: string = submitted.body.accessToken;
    const tail = input.applicant.mobile.slice(-4);
    await call(url, `/v1/applications/${caseNumber}/progress?verifier=${tail}`, { headers: keyHeaders() });
    await call(url, `/v1/applications/${caseNumber}/progress?verifier=${encodeURIComponent(token)}`, { headers: keyHeaders() });
    await call(url, `/v1/applications/${caseNumber}/progress?verifier=0000`, { headers: keyHeaders() });
    // A rejected submission echoes nothing of what was typed into the logs either.
    const bad = { ...input, applicant: { ...input.applicant, idNumber: '110101199003071234' } };
    assert.equal((await call(url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: bad })).status, 422);

    const requestLines = lines.filter((l) => l.includes('"msg":"request"'));
    assert.ok(requestLines.length >= 5, `expected a line per request, got ${requestLines.length}`);
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `not JSON: ${line}`);
    const secrets = [input.applicant.name, input.applicant.idNumber, '110101199003071234', input.applicant.mobile, token, `verifier=${tail}`, caseNumber, DEMO_KEY_FRAGMENT];
    for (const secret of secrets) {
      const leaks = lines.filter((l) => l.includes(secret));
      assert.deepEqual(leaks, [], `"${secret}" appears in the logs`);
    }
  });
});

// The publishable key is not secret, but logging it would let log readers correlate partners' traffic.
const DEMO_KEY_FRAGMENT = 'pk_demo_zwfw';
