// The reference server the browser tests run against: a real server on 127.0.0.1 over an in-memory PGlite,
// seeded with the generated illustrative catalogue, and a partner key bound to the test page's origin.
// The test runner serves two helper routes beside the tests:
//   GET  /__zwfw/fixture.json         { baseUrl, key, counterKey, otherCounterKey } for the elements under test
//   POST /__zwfw/admin/<path>         forwarded to the server's /v1/admin/<path> with the admin token, so a
//                                     test can move a case through the back office without the token in the page
import { createServer as createNetServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ADMIN_TOKEN = `wtr-admin-${randomBytes(12).toString('hex')}`;

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts the server; `pageOrigins` are the origins the partner key accepts (the test runner's). */
export async function startReferenceServer(pageOrigins) {
  const server = await import('../packages/server/dist/index.js');
  const { generateCatalogue } = await import('../packages/server/dist/catalogue/index.js');
  const db = await server.openDb({ dataDir: 'memory://' });
  await server.migrate(db);
  await server.seed(db, { catalogue: generateCatalogue() });
  const config = server.loadConfig({}, {
    adminToken: ADMIN_TOKEN, adminTokenGenerated: false, logLevel: 'silent', port: 0, host: '127.0.0.1',
    // Files uploaded by the tests go to a temporary folder, not the working directory's .data/.
    uploads: { ...server.loadConfig({}).uploads, dir: mkdtempSync(join(tmpdir(), 'zwfw-wtr-uploads-')) },
  });
  const app = await server.createServer({ db, config });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const key = await server.createPartnerKey(db, { name: 'web-test-runner (test)', origins: pageOrigins });
  // Bank counters (帮办代办): the seeded demo partner's, and a second partner's whose cases the first never sees.
  const counterKey = await server.createPartnerKey(db, { name: 'web-test-runner counter (test)', origins: pageOrigins, kind: 'counter', partnerId: server.DEMO_PARTNER.id });
  await server.createPartner(db, { id: 'wtr-other-bank', name: '另一家银行（测试）', branches: [{ id: 'wtr-other-001', name: '另一家银行测试网点' }] });
  const otherCounterKey = await server.createPartnerKey(db, { name: 'web-test-runner other counter (test)', origins: pageOrigins, kind: 'counter', partnerId: 'wtr-other-bank' });
  return {
    baseUrl: `${url}/`,
    key: key.key,
    counterKey: counterKey.key,
    otherCounterKey: otherCounterKey.key,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** The test runner middleware serving the fixture routes. */
export function referenceServerMiddleware(api) {
  return async function zwfwFixture(ctx, next) {
    if (ctx.path === '/__zwfw/fixture.json') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ baseUrl: api.baseUrl, key: api.key, counterKey: api.counterKey, otherCounterKey: api.otherCounterKey });
      return;
    }
    if (ctx.path.startsWith('/__zwfw/admin/') && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const res = await fetch(`${api.baseUrl}v1/admin/${ctx.path.slice('/__zwfw/admin/'.length)}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${ADMIN_TOKEN}`,
          'content-type': 'application/json',
          'idempotency-key': randomBytes(16).toString('hex'),
        },
        body: Buffer.concat(chunks).toString('utf8') || '{}',
      });
      ctx.status = res.status;
      ctx.type = res.headers.get('content-type') ?? 'application/json';
      ctx.body = await res.text();
      return;
    }
    return next();
  };
}
