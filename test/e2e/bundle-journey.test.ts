// Issue 12's journey, end to end over real HTTP: a bank counter uses the SDK to upload the materials of the
// 企业开办 bundle and submit it for a customer (帮办代办) with one material deferred (容缺); the bundle becomes a
// parent case and one case per department; the back office (simulator) drives every step in order; the
// deferred material is supplied after its due date; the bundle concludes, and the bank lists its case.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient, type ZwfwClient } from '@zwfw/sdk';
import { CATALOGUE_NOTICE_LABEL, generateCatalogue } from '../../packages/server/src/catalogue/index.js';
import { DEMO_COUNTER_KEY, DEMO_PARTNER } from '../../packages/server/src/index.js';
import { ADMIN_TOKEN, DEMO_ORIGIN, call, startTestServer, type TestServer } from '../../packages/server/test/helpers/server.js';
import { bundleApplication } from '../conformance/checks/cases.js';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let server: TestServer;
let bank: ZwfwClient;
before(async () => {
  server = await startTestServer({ catalogue: { ...generateCatalogue(), notice: CATALOGUE_NOTICE_LABEL } });
  bank = createClient({ baseUrl: server.url, publishableKey: DEMO_COUNTER_KEY, origin: DEMO_ORIGIN });
});
after(() => server.close());

const act = async (caseNumber: string, body: Record<string, unknown>) => {
  const r = await call(server.url, `/v1/admin/cases/${caseNumber}/actions`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body });
  return r;
};

test('企业开办 at a bank counter: uploads, per-department cases, a 容缺 material supplied late, concluded', async () => {
  const bundle = await bank.bundles.get('enterprise-establishment');
  const form = await bank.forms.get({ bundleId: bundle.id });
  const deferred = form.materials.find((m) => m.toleranceAllowed)!;
  const app = bundleApplication(bundle, form, deferred.materialId);

  // Every provided material is uploaded once, even the documents several steps need (asked once).
  for (const m of app.materials.filter((x) => x.status === 'provided')) {
    const receipt = await bank.uploads.create(new Blob([PDF], { type: 'application/pdf' }), { formId: form.id, materialId: m.materialId });
    m.fileRefs = [receipt.fileRef];
  }
  const agent = { staffId: 'B0012', branch: DEMO_PARTNER.branches[0]!.id, partner: DEMO_PARTNER.id, consentRef: 'consent-e2e-0001' };
  const receipt = await bank.applications.submit({ ...app, channel: 'partner_counter', agent });
  const parent = receipt.case.caseNumber;

  let p = await bank.applications.progress(receipt);
  assert.equal(p.steps?.length, bundle.steps.length);
  assert.equal(new Set(p.steps!.map((s) => s.department)).size > 2, true, 'the steps run in several departments');
  assert.deepEqual(p.case.agent, agent, 'the bank sees its agent');
  assert.deepEqual(p.pendingMaterials?.map((m) => m.materialId), [deferred.materialId]);

  const owners = new Set((deferred.usedBy ?? []).map((u) => u.matterCode));
  for (const order of [...new Set(p.steps!.map((s) => s.order))].sort((a, b) => a - b)) {
    for (const step of p.steps!.filter((s) => s.order === order)) {
      assert.equal((await act(step.caseNumber, { action: 'accept' })).status, 200);
      if (owners.has(step.matterCode)) {
        const early = await act(step.caseNumber, { action: 'conclude', outcome: 'approved' });
        assert.equal(early.body.code, 'materials_owed', 'not approved while the material is owed');
        // The commitment's working days pass without the material: it is overdue, then supplied late.
        await server.db.query(`update owed_materials set due_date = '2020-01-03' where case_number = $1`, [step.caseNumber]);
        p = await bank.applications.progress(receipt);
        assert.equal(p.pendingMaterials?.[0]?.overdue, true);
        // Supplied by the applicant (through the bank's counter) as a file uploaded for that material.
        const wrongFile = (await bank.uploads.create(new Blob([PDF]), { formId: form.id, materialId: app.materials[0]!.materialId })).fileRef;
        await assert.rejects(bank.applications.supply(receipt, { materialId: deferred.materialId, fileRefs: [wrongFile] }),
          (err: { problem?: { code: string; errors?: { path: string; code: string }[] } }) =>
            err.problem?.code === 'file_ref_invalid' && err.problem.errors?.[0]?.path === '/fileRefs/0');
        const file = await bank.uploads.create(new Blob([PDF], { type: 'application/pdf' }), { formId: form.id, materialId: deferred.materialId });
        const supplied = await bank.applications.supply(receipt, { materialId: deferred.materialId, fileRefs: [file.fileRef] });
        assert.equal(supplied.pendingMaterials, undefined);
        await assert.rejects(bank.applications.supply(receipt, { materialId: deferred.materialId, fileRefs: [file.fileRef] }),
          (err: { problem?: { code: string } }) => err.problem?.code !== undefined, 'supplied once');
      }
      const done = await act(step.caseNumber, { action: 'conclude', outcome: 'approved' });
      assert.equal(done.status, 200, done.text);
    }
  }
  p = await bank.applications.progress(receipt);
  assert.equal(p.case.status, 'concluded_approved');
  assert.equal(p.pendingMaterials, undefined);
  assert.ok(p.events.some((e) => e.code === 'supply' && e.handler === '申请人'));
  const listed = await bank.partner.cases().toArray({ max: 100 });
  assert.ok(listed.some((c) => c.caseNumber === parent && c.agent?.staffId === 'B0012'));
});
