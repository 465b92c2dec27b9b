// startServer as `zwfw serve` / `npm start` run it: the full generated catalogue labelled as illustrative
// (/health and a Zwfw-Catalogue-Notice header), the demo key bound to the port actually listened on, and the
// 好差评 reason list from ZWFW_EVALUATION_REASONS read through loadConfig.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  EvaluationReasonListSchema, FormSpecSchema, HealthSchema, MatterSchema, exampleEvaluationReasonList,
  type MatterSummary,
} from '@zwfw/core';
import { listenOrigins, loadConfig, startServer, type RunningServer } from '../src/index.js';
import { CATALOGUE_NOTICE, CATALOGUE_NOTICE_LABEL } from '../src/catalogue/index.js';
import { sampleApplication } from '../../../test/conformance/sample-application.js';
import { ADMIN_TOKEN, DB_KIND, DEMO_KEY, call, idemKey, openTestDb } from './helpers/server.js';

describe('listenOrigins', () => {
  it('names both loopback spellings for loopback and wildcard addresses, other hosts as given', () => {
    assert.deepEqual(listenOrigins('127.0.0.1', 3000), ['http://127.0.0.1:3000', 'http://localhost:3000']);
    assert.deepEqual(listenOrigins('localhost', 3000), ['http://127.0.0.1:3000', 'http://localhost:3000']);
    assert.deepEqual(listenOrigins('0.0.0.0', 3000), ['http://127.0.0.1:3000', 'http://localhost:3000']);
    assert.deepEqual(listenOrigins('::', 3000), ['http://127.0.0.1:3000', 'http://localhost:3000']);
    assert.deepEqual(listenOrigins('::1', 3000), ['http://[::1]:3000', 'http://localhost:3000']);
    assert.deepEqual(listenOrigins('Demo.Example', 80), ['http://demo.example']);
    assert.deepEqual(listenOrigins('10.0.0.5', 8081), ['http://10.0.0.5:8081']);
  });
});

describe(`startServer (${DB_KIND})`, () => {
  let server: RunningServer;
  let port: string;
  const dir = mkdtempSync(join(tmpdir(), 'zwfw-start-'));
  const reasons = { ...exampleEvaluationReasonList, version: 'start-test.2' };
  let seedMs = 0;
  before(async () => {
    const file = join(dir, 'reasons.json');
    writeFileSync(file, JSON.stringify(reasons));
    // Configuration as the environment gives it; port 0 picks a free port (not 8080).
    const config = loadConfig({
      PORT: '0', HOST: '127.0.0.1', ZWFW_LOG_LEVEL: 'silent', ZWFW_ADMIN_TOKEN: ADMIN_TOKEN, ZWFW_EVALUATION_REASONS: file,
    });
    assert.equal(config.evaluationReasonsFile, file);
    const start = performance.now();
    server = await startServer(config, { db: await openTestDb() });
    seedMs = performance.now() - start;
    port = new URL(server.url).port;
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`seeds the full generated catalogue (started in well under 30 s)`, async () => {
    assert.ok(seedMs < 30_000, `${Math.round(seedMs)} ms`);
    const rows = await server.db.query<{ n: number }>('select count(*)::int as n from matters');
    assert.ok((rows[0]?.n ?? 0) >= 1000, String(rows[0]?.n));
  });

  it('labels the data as illustrative: /health body and a header on catalogue reads, readable cross-origin', async () => {
    const health = await call(server.url, '/health');
    assert.equal(HealthSchema.parse(health.body).status, 'ok');
    assert.equal(health.body.catalogueNotice, CATALOGUE_NOTICE);
    const en = await call(server.url, '/health', { headers: { 'accept-language': 'en' } });
    assert.equal(en.body.catalogueNotice, CATALOGUE_NOTICE_LABEL.en);
    const tw = await call(server.url, '/health', { headers: { 'accept-language': 'zh-TW' } });
    assert.match(tw.body.catalogueNotice, /示例資料/);
    const list = await call(server.url, '/v1/matters?limit=1', { headers: { origin: 'https://any.example' } });
    assert.equal(list.headers.get('zwfw-catalogue-notice'), CATALOGUE_NOTICE_LABEL.en);
    assert.match(list.headers.get('access-control-expose-headers') ?? '', /Zwfw-Catalogue-Notice/);
    const code = (list.body.items[0] as MatterSummary).code;
    const one = await call(server.url, `/v1/matters/${code}`);
    MatterSchema.parse(one.body);
    assert.match(one.headers.get('zwfw-catalogue-notice') ?? '', /^Illustrative data/);
    const etag = one.headers.get('etag')!;
    const revalidated = await call(server.url, `/v1/matters/${code}`, { headers: { 'if-none-match': etag } });
    assert.equal(revalidated.status, 304);
    assert.ok(revalidated.headers.get('zwfw-catalogue-notice'));
    for (const path of ['/v1/bundles', '/v1/regions', '/v1/evaluation-reasons', '/v1/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81']) {
      assert.ok((await call(server.url, path)).headers.get('zwfw-catalogue-notice'), path);
    }
    // Not catalogue data: the contract document and the health check itself.
    assert.equal((await call(server.url, '/v1/openapi.json')).headers.get('zwfw-catalogue-notice'), null);
    assert.equal(health.headers.get('zwfw-catalogue-notice'), null);
  });

  it('binds the demo key to the origins it actually listens on, not only :8080', async () => {
    assert.notEqual(port, '8080');
    const pre = await fetch(`${server.url}/v1/applications`, {
      method: 'OPTIONS', headers: { origin: `http://localhost:${port}`, 'access-control-request-method': 'POST' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), `http://localhost:${port}`);
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const r = await call(server.url, '/v1/applications', {
        method: 'POST', headers: { origin, 'x-zwfw-key': DEMO_KEY, 'idempotency-key': idemKey() }, body: {},
      });
      assert.equal(r.status, 422, `${origin}: the key is accepted, the empty body is not (${r.status})`);
      assert.equal(r.headers.get('access-control-allow-origin'), origin);
    }
    const other = await call(server.url, '/v1/applications', {
      method: 'POST', headers: { origin: 'http://127.0.0.1:1', 'x-zwfw-key': DEMO_KEY, 'idempotency-key': idemKey() }, body: {},
    });
    assert.equal(other.status, 403);
    const rows = await server.db.query<{ origins: string[] }>('select origins from partner_keys where key = $1', [DEMO_KEY]);
    assert.deepEqual(rows[0]?.origins.slice(0, 2), ['http://127.0.0.1:8080', 'http://localhost:8080'], 'the documented origins stay');
  });

  it('makes the ZWFW_EVALUATION_REASONS list the current version: served, and required of new evaluations', async () => {
    const served = EvaluationReasonListSchema.parse((await call(server.url, '/v1/evaluation-reasons')).body);
    assert.equal(served.version, reasons.version);
    // A case on a generated matter with a form, accepted, then rated with the old and the new list version.
    const page = await call(server.url, '/v1/matters?limit=100&audience=natural_person');
    const summary = (page.body.items as MatterSummary[]).find((m) => m.hasForm);
    assert.ok(summary, 'a person matter with a form');
    const matter = MatterSchema.parse((await call(server.url, `/v1/matters/${summary.code}`)).body);
    const form = FormSpecSchema.parse((await call(server.url, `/v1/matters/${summary.code}/form`)).body);
    const origin = `http://127.0.0.1:${port}`;
    const keyed = { origin, 'x-zwfw-key': DEMO_KEY };
    const app = sampleApplication(matter, form);
    const submitted = await call(server.url, '/v1/applications', { method: 'POST', headers: { ...keyed, 'idempotency-key': idemKey() }, body: app });
    assert.equal(submitted.status, 201, submitted.text.slice(0, 500));
    const cn = submitted.body.case.caseNumber as string;
    const accepted = await call(server.url, `/v1/admin/cases/${cn}/actions`, {
      method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body: { action: 'accept' },
    });
    assert.equal(accepted.status, 200, accepted.text);
    const rate = (reasonListVersion: string) => call(server.url, `/v1/applications/${cn}/evaluations?verifier=${submitted.body.accessToken as string}`, {
      method: 'POST', headers: keyed, body: { stage: 'acceptance', level: 5, reasons: [], channel: 'web', reasonListVersion, anonymous: true },
    });
    const old = await rate(exampleEvaluationReasonList.version);
    assert.equal(old.status, 422, old.text);
    assert.equal(old.body.errors[0].code, 'reason_list_outdated');
    assert.equal((await rate(reasons.version)).status, 201);
  });
  it('search hits of sub-items name their main item (parentCode), which exists', async () => {
    const r = await call(server.url, `/v1/search?q=${encodeURIComponent('不动产登记')}&limit=50`);
    assert.equal(r.status, 200);
    const subs = (r.body.items as { code: string; parentCode?: string }[]).filter((h) => h.parentCode !== undefined);
    assert.ok(subs.length > 0, 'the sample catalogue has 不动产登记 sub-items');
    for (const h of subs.slice(0, 3)) {
      assert.notEqual(h.parentCode, h.code);
      assert.equal((await call(server.url, `/v1/matters/${h.parentCode}`)).status, 200, h.parentCode);
    }
  });
});
