// 一件事 end to end on the sample catalogue: a bundle submission becomes one parent case and one case per step in
// its own department (一窗受理, 并联审批); the simulator drives the steps in their order; 容缺 materials are owed
// with due dates from 受理 and block a plain approval; a bank's counter key submits for its own partner only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProgressSchema, addWorkingDays, toChinaDate, type Progress } from '@zwfw/core';
import { bundleApplication as enterpriseApplication } from './helpers/bundle-application.js';
import { bundleMaterialCounts } from '../src/catalogue/forms/material-counts.js';
import { CATALOGUE_NOTICE_LABEL, generateCatalogue } from '../src/catalogue/index.js';
import { DEMO_COUNTER_KEY, createPartner, createPartnerKey } from '../src/index.js';
import { ADMIN_TOKEN, DB_KIND, DEMO_ORIGIN, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

const catalogue = generateCatalogue();
const ENTERPRISE = catalogue.bundles.find((b) => b.id === 'enterprise-establishment')!;
const ENTERPRISE_FORM = catalogue.forms.find((f) => f.id === ENTERPRISE.formId)!;
const counterHeaders = (extra: Record<string, string> = {}) => ({ origin: DEMO_ORIGIN, 'x-zwfw-key': DEMO_COUNTER_KEY, ...extra });
const AGENT = { staffId: 'B0012', staffName: '王柜员', branch: 'demo-bank-001', partner: 'demo-bank', consentRef: 'consent-2026-0001' };

describe(`bundle cases, 容缺 and bank agents (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: { ...catalogue, notice: CATALOGUE_NOTICE_LABEL } });
  });
  after(() => s.close());

  const submit = (body: unknown, headers: Record<string, string> = keyHeaders()) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: { ...headers, 'idempotency-key': idemKey() }, body });
  const act = (caseNumber: string, body: Record<string, unknown>) =>
    call(s.url, `/v1/admin/cases/${caseNumber}/actions`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body });
  const progress = async (caseNumber: string, token: string, headers: Record<string, string> = keyHeaders()): Promise<Progress> => {
    const r = await call(s.url, `/v1/applications/${caseNumber}/progress?verifier=${encodeURIComponent(token)}`, { headers });
    assert.equal(r.status, 200, r.text);
    return ProgressSchema.parse(r.body);
  };
  const countRows = async (table: string) => Number((await s.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n);

  it('the merged 企业开办 form asks each shared document once and not what an earlier step produces', () => {
    const ids = ENTERPRISE_FORM.materials.map((m) => m.materialId);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(!ids.includes('business-license'), '营业执照 comes from 设立登记, not from the applicant');
    const legalRep = ENTERPRISE_FORM.materials.find((m) => m.materialId === 'legal-rep-id-card');
    assert.ok(legalRep, 'the legal representative ID card is one material');
    assert.ok((legalRep.usedBy?.length ?? 0) >= 2, 'used by several steps');
    const before = ENTERPRISE.steps.reduce((n, step) => n + catalogue.matters.find((m) => m.code === step.matterCode)!.materials.length, 0);
    assert.ok(ENTERPRISE_FORM.materials.length < before, `${ENTERPRISE_FORM.materials.length} < ${before}`);
    for (const count of bundleMaterialCounts(catalogue)) {
      assert.ok(count.after < count.before, `${count.bundleId}: ${count.after} < ${count.before}`);
      assert.ok(count.shared > 0, `${count.bundleId} shares documents`);
    }
    for (const bundle of catalogue.bundles) {
      const form = catalogue.forms.find((f) => f.id === bundle.formId)!;
      for (const m of form.materials) {
        assert.ok(m.usedBy && m.usedBy.length > 0 && m.matterCode === undefined, `${bundle.id}/${m.materialId} names its matters`);
        assert.ok(m.usedBy.every((u) => bundle.steps.some((s) => s.matterCode === u.matterCode)));
      }
    }
  });

  it('a bundle becomes a parent case and one case per step, each in its department, run in order', async () => {
    const r = await submit(enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE));
    assert.equal(r.status, 201, r.text);
    const parent = r.body.case.caseNumber as string;
    const token = r.body.accessToken as string;
    let p = await progress(parent, token);
    assert.equal(p.case.status, 'submitted');
    assert.equal(p.case.department, undefined, 'the parent belongs to the one window, not to a department');
    assert.equal(p.steps?.length, ENTERPRISE.steps.length);
    for (const step of p.steps ?? []) {
      const matter = catalogue.matters.find((m) => m.code === step.matterCode)!;
      assert.equal(step.department, matter.agency.name);
      assert.equal(step.caseNumber.length, 43);
      assert.equal(step.caseNumber.slice(0, 31), matter.taskCode);
      assert.deepEqual(step.deadline?.limit, matter.promisedTimeLimit);
    }
    const parallel = p.steps!.filter((st) => st.order === 3);
    assert.ok(parallel.length > 1 && parallel.every((st) => st.parallelGroup === parallel[0]!.parallelGroup && st.parallelGroup !== undefined));

    // 刻章 waits for 设立登记: nothing changes when the back office tries it too early.
    const seal = parallel[0]!;
    const early = await act(seal.caseNumber, { action: 'accept' });
    assert.equal(early.status, 409, early.text);
    assert.equal(early.body.code, 'invalid_transition');
    assert.match(early.body.detail, /waits for/);
    // The parent itself follows its steps.
    const onParent = await act(parent, { action: 'accept' });
    assert.equal(onParent.status, 409);
    assert.match(onParent.body.detail, /matterCode/);

    const [first, second] = p.steps!;
    for (const step of [first!, second!]) {
      assert.equal((await act(parent, { action: 'accept', matterCode: step.matterCode })).status, 200);
      assert.equal((await act(step.caseNumber, { action: 'conclude', outcome: 'approved' })).status, 200);
    }
    p = await progress(parent, token);
    assert.equal(p.case.status, 'processing');
    assert.ok(p.case.acceptedAt, 'the parent is accepted when its first step is');
    for (const step of parallel) {
      const accepted = await act(step.caseNumber, { action: 'accept' });
      assert.equal(accepted.status, 200, accepted.text);
      if (!step.optional) assert.equal((await act(step.caseNumber, { action: 'conclude', outcome: 'approved' })).status, 200);
    }
    p = await progress(parent, token);
    // Every required step is done: the bundle is, though the optional 银行开户预约 is still being handled.
    assert.equal(p.case.status, 'concluded_approved');
    assert.ok(p.steps!.some((st) => st.optional && st.status === 'accepted'));
    const groups = new Set(p.events.map((e) => e.parallelGroup).filter(Boolean));
    assert.ok(groups.size >= 1, 'parallel steps are marked on the timeline');
    assert.ok(p.events.every((e) => e.code === 'submit' || (e.matterCode !== undefined && e.department !== undefined)));
    assert.deepEqual(p.evaluableStages, ['acceptance', 'conclusion']);
  });

  it('skips an optional step on request, never a required one', async () => {
    const optional = ENTERPRISE.steps.find((st) => st.optional)!;
    const required = ENTERPRISE.steps.find((st) => !st.optional)!;
    const ok = await submit({ ...enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE), skipSteps: [optional.matterCode] });
    assert.equal(ok.status, 201, ok.text);
    const p = await progress(ok.body.case.caseNumber, ok.body.accessToken);
    assert.equal(p.steps?.length, ENTERPRISE.steps.length - 1);
    const before = await countRows('applications');
    const bad = await submit({ ...enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE), skipSteps: [required.matterCode] });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/skipSteps/0 step_not_optional']);
    assert.equal(await countRows('applications'), before, 'nothing stored');
  });

  it('容缺: owed materials get a due date at 受理, block a plain approval, and are supplied late', async () => {
    const deferrable = ENTERPRISE_FORM.materials.find((m) => m.toleranceAllowed)!;
    const r = await submit(enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE, { defer: [deferrable.materialId] }));
    assert.equal(r.status, 201, r.text);
    const parent = r.body.case.caseNumber as string;
    const token = r.body.accessToken as string;
    let p = await progress(parent, token);
    assert.deepEqual(p.pendingMaterials?.map((m) => [m.materialId, m.dueDate]), [[deferrable.materialId, undefined]]);
    const owner = p.steps!.find((st) => deferrable.usedBy!.some((u) => u.matterCode === st.matterCode))!;
    for (const step of p.steps!.filter((st) => st.order < owner.order)) {
      await act(step.caseNumber, { action: 'accept' });
      await act(step.caseNumber, { action: 'conclude', outcome: 'approved' });
    }
    assert.equal((await act(owner.caseNumber, { action: 'accept' })).status, 200);
    p = await progress(parent, token);
    const owed = p.pendingMaterials![0]!;
    assert.equal(owed.dueDate, addWorkingDays(toChinaDate(new Date()), ENTERPRISE_FORM.commitmentText!.supplyWithinWorkingDays!));
    assert.equal(owed.overdue, undefined);
    // Time passes (the simulator cannot act in the past): the due day is behind us and the material still owed.
    await s.db.query(`update owed_materials set due_date = '2020-01-03' where case_number = $1`, [owner.caseNumber]);
    assert.equal((await progress(parent, token)).pendingMaterials![0]!.overdue, true);

    const refused = await act(owner.caseNumber, { action: 'conclude', outcome: 'approved' });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'materials_owed');
    assert.equal((await progress(parent, token)).steps!.find((st) => st.caseNumber === owner.caseNumber)!.status, 'accepted', 'unchanged');

    const tolerance = await act(owner.caseNumber, { action: 'conclude', outcome: 'approved_tolerance' });
    assert.equal(tolerance.status, 200, tolerance.text);
    p = await progress(parent, token);
    assert.equal(p.pendingMaterials?.length, 1, 'a 容缺通过 conclusion keeps the list');

    const notOwed = await act(owner.caseNumber, { action: 'supply', materialId: 'nothing-owed' });
    assert.equal(notOwed.status, 422);
    assert.equal(notOwed.body.errors[0].code, 'not_owed');
    const supplied = await act(parent, { action: 'supply', materialId: deferrable.materialId, note: '窗口收到原件' });
    assert.equal(supplied.status, 200, supplied.text);
    p = await progress(parent, token);
    assert.equal(p.pendingMaterials, undefined);
    assert.ok(p.events.some((e) => e.code === 'supply' && e.matterCode === owner.matterCode));
    const again = await act(parent, { action: 'supply', materialId: deferrable.materialId });
    assert.equal(again.status, 409, 'supplied once');
  });

  it('lists the partner bank branches publicly, page by page', async () => {
    await createPartner(s.db, { id: 'zz-bank', name: '测试银行', branches: [{ id: 'zz-1', name: '测试银行一号网点' }, { id: 'zz-2', name: '测试银行二号网点', address: '测试路2号' }] });
    const first = await call(s.url, '/v1/service-points?limit=2');
    assert.equal(first.status, 200, first.text);
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    assert.ok(first.headers.get('etag'));
    const seen = [...first.body.items];
    let cursor = first.body.nextCursor as string | null;
    while (cursor !== null) {
      const next = await call(s.url, `/v1/service-points?limit=2&cursor=${encodeURIComponent(cursor)}`);
      seen.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    assert.deepEqual(seen.map((p: { partner: string; id: string }) => `${p.partner}/${p.id}`), ['demo-bank/demo-bank-001', 'demo-bank/demo-bank-002', 'zz-bank/zz-1', 'zz-bank/zz-2']);
    const one = await call(s.url, '/v1/service-points?partner=zz-bank');
    assert.deepEqual(one.body.items[1], { partner: 'zz-bank', partnerName: '测试银行', id: 'zz-2', name: '测试银行二号网点', address: '测试路2号' });
    assert.equal((await call(s.url, '/v1/service-points?cursor=garbage')).status, 422);
  });

  it('a licence may be picked up at a partner bank branch, named by id or name', async () => {
    const app = enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE);
    const withBranch = (branch: string) => ({ ...app, values: { ...app.values, delivery: { method: 'bank_branch', branch } } });
    const ok = await submit(withBranch('示例银行城西支行（演示）'));
    assert.equal(ok.status, 201, ok.text);
    assert.deepEqual(ok.body.case.delivery, { method: 'bank_branch', branch: { partner: 'demo-bank', id: 'demo-bank-002', name: '示例银行城西支行（演示）' } });
    const missing = await submit({ ...app, values: { ...app.values, delivery: { method: 'bank_branch' } } });
    assert.equal(missing.status, 422);
    assert.ok(missing.body.errors.some((e: { path: string }) => e.path === '/values/delivery/branch'));
    const unknown = await submit(withBranch('不存在的网点'));
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/values/delivery/branch unknown_branch']);
  });

  it('a bank counter submits for its own partner only, and sees its agent and its cases', async () => {
    const app = { ...enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE), channel: 'partner_counter' as const, agent: AGENT };
    const before = await countRows('applications');
    const website = await submit(app);
    assert.equal(website.status, 403);
    assert.equal(website.body.code, 'channel_not_allowed');
    const otherPartner = await submit({ ...app, agent: { ...AGENT, partner: 'other-bank' } }, counterHeaders());
    assert.equal(otherPartner.status, 403);
    assert.equal(otherPartner.body.code, 'agent_not_allowed');
    const badBranch = await submit({ ...app, agent: { ...AGENT, branch: '不存在的支行' } }, counterHeaders());
    assert.equal(badBranch.status, 422);
    assert.equal(badBranch.body.errors[0].path, '/agent/branch');
    const noChannel = await submit({ ...enterpriseApplication(ENTERPRISE_FORM, ENTERPRISE), agent: AGENT }, counterHeaders());
    assert.equal(noChannel.status, 422);
    assert.equal(await countRows('applications'), before, 'no refused request stored anything');

    const ok = await submit(app, counterHeaders());
    assert.equal(ok.status, 201, ok.text);
    assert.deepEqual(ok.body.case.agent, AGENT);
    const caseNumber = ok.body.case.caseNumber as string;
    assert.deepEqual((await progress(caseNumber, ok.body.accessToken, counterHeaders())).case.agent, AGENT);
    assert.equal((await progress(caseNumber, ok.body.accessToken)).case.agent, undefined, 'another key does not see the agent');

    // Another bank's counter sees none of it.
    await createPartner(s.db, { id: 'other-bank', name: '另一家银行（测试）', branches: [] });
    const otherKey = await createPartnerKey(s.db, { name: 'other', origins: [DEMO_ORIGIN], kind: 'counter', partnerId: 'other-bank' });
    const list = await call(s.url, '/v1/partner/cases?limit=50', { headers: counterHeaders() });
    assert.equal(list.status, 200, list.text);
    assert.ok(list.body.items.some((c: { caseNumber: string }) => c.caseNumber === caseNumber));
    assert.ok(list.body.items.every((c: { parentCaseNumber?: string; agent?: unknown }) => c.parentCaseNumber === undefined && c.agent !== undefined));
    const other = await call(s.url, '/v1/partner/cases', { headers: { origin: DEMO_ORIGIN, 'x-zwfw-key': otherKey.key } });
    assert.equal(other.status, 200);
    assert.deepEqual(other.body.items, []);
    const plain = await call(s.url, '/v1/partner/cases', { headers: keyHeaders() });
    assert.equal(plain.status, 403, 'a key without a partner has no partner cases');
  });
});
