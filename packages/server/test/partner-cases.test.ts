// 帮办代办 partner view: a bank's counter key reads the per-department progress of the cases it submitted, without
// the applicant's verifier, and lists them by the agent's branch; nobody else's case is visible or even hinted at.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CasePageSchema, ProgressSchema, type ApplicationInput, type Matter } from '@zwfw/core';
import { sampleApplication } from '../../../test/conformance/sample-application.js';
import { generateCatalogue } from '../src/catalogue/index.js';
import { DEMO_COUNTER_KEY, createPartner, createPartnerKey } from '../src/index.js';
import { DB_KIND, DEMO_ORIGIN, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

const catalogue = generateCatalogue();
const ENTERPRISE = catalogue.bundles.find((b) => b.id === 'enterprise-establishment')!;
const ENTERPRISE_FORM = catalogue.forms.find((f) => f.id === ENTERPRISE.formId)!;
const EAST = { id: 'demo-bank-001', name: '示例银行城东支行（演示）' };
const WEST = { id: 'demo-bank-002', name: '示例银行城西支行（演示）' };
const counter = (key = DEMO_COUNTER_KEY) => ({ origin: DEMO_ORIGIN, 'x-zwfw-key': key });

/** A complete 企业开办 application taken at a counter of demo-bank, its agent at `branch` (an id or a name). */
function counterApplication(branch: string): ApplicationInput {
  const app = sampleApplication({ code: ENTERPRISE.steps[0]!.matterCode, audience: ['enterprise'] } as unknown as Matter, ENTERPRISE_FORM);
  delete app.matterCode;
  app.bundleId = ENTERPRISE.id;
  app.materials = ENTERPRISE_FORM.materials.filter((m) => m.necessity !== 'optional').map((m) => ({ materialId: m.materialId, status: 'provided' as const }));
  return {
    ...app, channel: 'partner_counter',
    agent: { staffId: 'B0031', staffName: '李柜员', branch, partner: 'demo-bank', consentRef: 'consent-2026-0031' },
  };
}

describe(`partner view of its own cases (${DB_KIND})`, () => {
  let s: TestServer;
  let otherKey: string;
  const own: Record<'east' | 'west', string> = { east: '', west: '' };
  before(async () => {
    s = await startTestServer({ catalogue });
    await createPartner(s.db, { id: 'other-bank', name: '另一家银行（测试）', branches: [{ id: 'ob-1', name: '另一家银行一号网点' }] });
    otherKey = (await createPartnerKey(s.db, { name: 'other counter', origins: [DEMO_ORIGIN], kind: 'counter', partnerId: 'other-bank' })).key;
    for (const [side, branch] of [['east', EAST.id], ['west', WEST.name]] as const) {
      const r = await call(s.url, '/v1/applications', { method: 'POST', headers: { ...counter(), 'idempotency-key': idemKey() }, body: counterApplication(branch) });
      assert.equal(r.status, 201, r.text);
      own[side] = r.body.case.caseNumber;
    }
  });
  after(() => s.close());

  const read = (caseNumber: string, headers: Record<string, string>) => call(s.url, `/v1/partner/cases/${encodeURIComponent(caseNumber)}`, { headers });

  it('the submitting partner reads a case with each department step, masked, without a verifier', async () => {
    const r = await read(own.east, counter());
    assert.equal(r.status, 200, r.text);
    const p = ProgressSchema.parse(r.body);
    assert.equal(p.case.caseNumber, own.east);
    assert.equal(p.case.agent?.branch, EAST.id);
    assert.deepEqual(p.steps?.map((step) => step.matterCode).sort(), ENTERPRISE.steps.map((step) => step.matterCode).sort());
    assert.deepEqual(p.steps?.map((step) => step.order), [...ENTERPRISE.steps].map((step) => step.order).sort((a, b) => a - b), 'in step order');
    assert.ok(p.steps!.every((step) => step.department !== undefined && step.status === 'submitted' && step.caseNumber !== own.east));
    const input = counterApplication(EAST.id);
    assert.notEqual(p.case.applicant.idNumber, input.applicant.idNumber, 'the ID number is masked');
    assert.notEqual(p.case.applicant.mobile, input.applicant.mobile, 'the mobile is masked');
    assert.ok(!r.text.includes(input.applicant.mobile) && !r.text.includes(input.applicant.idNumber));
  });

  it('another partner\'s case, and a case of no partner, answer exactly as an unknown case number does', async () => {
    const other = await read(own.east, counter(otherKey));
    const unknown = await read('ZZ2026000000000', counter(otherKey));
    assert.equal(other.status, 404);
    assert.equal(other.body.code, 'not_found');
    assert.equal(other.text, unknown.text, 'the same bytes');
    assert.equal(other.headers.get('content-type'), unknown.headers.get('content-type'));
    const web = await call(s.url, '/v1/applications', { method: 'POST', headers: { ...keyHeaders(), 'idempotency-key': idemKey() }, body: { ...counterApplication(EAST.id), channel: 'web', agent: undefined } });
    assert.equal(web.status, 201, web.text);
    assert.equal((await read(web.body.case.caseNumber, counter())).text, (await read('ZZ2026000000000', counter())).text, 'a website case is not the bank\'s');
  });

  it('a key of no partner reads nothing, answered as an unknown case; no key and a bad number are refused too', async () => {
    const plain = await read(own.east, keyHeaders());
    assert.equal(plain.status, 404, plain.text);
    assert.equal(plain.text, (await read('ZZ2026000000000', keyHeaders())).text);
    assert.equal(plain.text, (await read('ZZ2026000000000', counter())).text, 'the same answer as to the partner itself');
    assert.equal((await read(own.east, { origin: DEMO_ORIGIN })).status, 401);
    // A malformed path parameter is an unknown resource, as for every case operation, with the field problem.
    const bad = await read('no such/number!', counter());
    assert.equal(bad.status, 404, bad.text);
    assert.equal(bad.body.errors[0].path, '/path/caseNumber');
  });

  it('lists by the agent\'s branch, given by id or by name, whichever the agent recorded', async () => {
    const list = async (query: string, key = DEMO_COUNTER_KEY) => {
      const r = await call(s.url, `/v1/partner/cases?limit=50&${query}`, { headers: counter(key) });
      assert.equal(r.status, 200, r.text);
      return CasePageSchema.parse(r.body).items.map((c) => c.caseNumber);
    };
    assert.deepEqual(await list(`branch=${encodeURIComponent(EAST.id)}`), [own.east]);
    assert.deepEqual(await list(`branch=${encodeURIComponent(EAST.name)}`), [own.east]);
    assert.deepEqual(await list(`branch=${encodeURIComponent(WEST.id)}`), [own.west], 'recorded by name, found by id');
    assert.deepEqual(await list('branch=demo-bank-999'), []);
    assert.deepEqual(await list(''), [own.west, own.east], 'newest first, unfiltered');
    assert.deepEqual(await list(`branch=${encodeURIComponent(EAST.id)}&status=accepted`), []);
    assert.deepEqual(await list(`branch=${encodeURIComponent(EAST.id)}`, otherKey), [], 'the other partner sees none');
    const tooLong = await call(s.url, `/v1/partner/cases?branch=${'x'.repeat(201)}`, { headers: counter() });
    assert.equal(tooLong.status, 422);
    assert.equal(tooLong.body.errors[0].path, '/query/branch');
  });
});

describe(`partner view on the server's clock (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue, config: { now: () => new Date('2026-03-10T02:00:00Z') } });
  });
  after(() => s.close());

  it('the list projects each deadline from the server clock, as the case view does', async () => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: { ...counter(), 'idempotency-key': idemKey() }, body: counterApplication(EAST.id) });
    assert.equal(r.status, 201, r.text);
    const listed = CasePageSchema.parse((await call(s.url, '/v1/partner/cases', { headers: counter() })).body).items;
    const one = ProgressSchema.parse((await call(s.url, `/v1/partner/cases/${r.body.case.caseNumber}`, { headers: counter() })).body);
    const firstStep = one.steps?.[0];
    assert.ok(firstStep?.deadline?.dueDate, 'a step projects its due date');
    assert.ok(firstStep.deadline.dueDate.startsWith('2026-03'), `projected from 2026-03-10, got ${firstStep.deadline.dueDate}`);
    assert.deepEqual(listed[0]?.deadline, one.case.deadline);
    assert.deepEqual(listed[0]?.deadline, r.body.case.deadline, 'list, case view and receipt agree');
  });
});
