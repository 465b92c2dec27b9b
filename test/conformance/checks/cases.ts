// Conformance checks for real applications: bundle cases per department (一窗受理, 并联审批), 容缺 follow-up and
// trusted bank agents (帮办代办). They run against any backend through the toolkit the suite hands them.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  ApplicationReceiptSchema, BundlePageSchema, CasePageSchema, FormSpecSchema, ProgressSchema,
  type ApplicationInput, type Bundle, type FormSpec, type Matter,
} from '@zwfw/core';
import { sampleApplication } from '../sample-application.js';
import type { SuiteTools } from './toolkit.js';

/** What the suite lends this module. */
export interface Toolkit extends SuiteTools {
  check(name: string, fn: () => Promise<void>, needs?: 'key' | 'admin' | 'case' | 'counter'): Promise<void>;
  adminToken: string | undefined;
  /** A counter key of a partner (帮办代办), its partner id and one of its branches; checks needing it skip without. */
  counter?: { key: string; partnerId: string; branch: string } | undefined;
  origin: string;
  baseUrl: string;
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A complete application for a bundle's merged form, deferring `defer` (容缺) on a signed commitment. */
export function bundleApplication(bundle: Bundle, form: FormSpec, defer?: string): ApplicationInput {
  const person = bundle.audience.includes('natural_person');
  const app = sampleApplication({ code: bundle.steps[0]!.matterCode, audience: person ? ['natural_person'] : ['enterprise'] } as unknown as Matter, form);
  delete app.matterCode;
  app.bundleId = bundle.id;
  app.materials = form.materials.filter((m) => m.necessity !== 'optional' || m.materialId === defer).map((m) => ({
    materialId: m.materialId,
    status: m.materialId === defer ? 'tolerance' as const : 'provided' as const,
    ...(m.matterCode ? { matterCode: m.matterCode } : {}),
  }));
  if (defer !== undefined && form.commitmentText) {
    app.commitment = { signed: true, signerName: '一致性测试', signedAt: new Date().toISOString(), textVersion: form.commitmentText.version };
  }
  return app;
}

/** A bundle of at least two steps with a merged form the backend serves; none → bundle checks pass vacuously. */
export async function findBundle(t: Pick<SuiteTools, 'request' | 'conforms'>): Promise<{ bundle: Bundle; form: FormSpec } | undefined> {
  for (const bundle of t.conforms(BundlePageSchema, await t.request('/v1/bundles?limit=50')).items) {
    const r = await t.request(`/v1/bundles/${encodeURIComponent(bundle.id)}/form`);
    if (r.status !== 200) continue;
    const form = FormSpecSchema.parse(r.body);
    if (bundle.steps.length >= 2) return { bundle, form };
  }
  return undefined;
}

export async function caseChecks(t: Toolkit): Promise<void> {
  const { request, check, conforms, isProblem, keyed } = t;
  const admin = { authorization: `Bearer ${t.adminToken ?? ''}` };
  const act = (caseNumber: string, body: unknown) => request(`/v1/admin/cases/${caseNumber}/actions`, { method: 'POST', headers: admin, body });

  let target: Promise<{ bundle: Bundle; form: FormSpec } | undefined> | undefined;
  const findBundleOnce = () => (target ??= findBundle(t));
  const submit = async (body: unknown, headers = keyed()) =>
    request('/v1/applications', { method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body });

  await check('bundle: one parent case and one case per step, each with its department, number and deadline', async () => {
    const found = await findBundleOnce();
    if (!found) return;
    const receipt = conforms(ApplicationReceiptSchema, await submit(bundleApplication(found.bundle, found.form)), 201);
    const r = await request(`/v1/applications/${receipt.case.caseNumber}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyed() });
    const p = conforms(ProgressSchema, r);
    assert.equal(p.steps?.length, found.bundle.steps.length, 'one case per step');
    const numbers = new Set(p.steps!.map((s) => s.caseNumber));
    assert.equal(numbers.size, p.steps!.length, 'each step its own case number');
    assert.ok(!numbers.has(receipt.case.caseNumber));
    for (const step of p.steps!) {
      assert.ok(step.department, `step ${step.matterCode} names its department`);
      assert.equal(step.status, 'submitted');
    }
  }, 'key');

  await check('bundle: steps run in their order, parallel steps together; the parent follows its steps', async () => {
    const found = await findBundleOnce();
    if (!found) return;
    const receipt = conforms(ApplicationReceiptSchema, await submit(bundleApplication(found.bundle, found.form)), 201);
    const parent = receipt.case.caseNumber;
    const p = ProgressSchema.parse((await request(`/v1/applications/${parent}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyed() })).body);
    const orders = [...new Set(p.steps!.map((s) => s.order))].sort((a, b) => a - b);
    isProblem(await act(parent, { action: 'accept' }), 409, 'invalid_transition');
    if (orders.length > 1) {
      const later = p.steps!.find((s) => s.order === orders[1])!;
      isProblem(await act(later.caseNumber, { action: 'accept' }), 409, 'invalid_transition');
    }
    let last = p;
    for (const order of orders) {
      for (const step of p.steps!.filter((s) => s.order === order)) {
        conforms(ProgressSchema, await act(parent, { action: 'accept', matterCode: step.matterCode }));
        last = conforms(ProgressSchema, await act(step.caseNumber, { action: 'conclude', outcome: 'approved' }));
      }
    }
    const done = conforms(ProgressSchema, await request(`/v1/applications/${parent}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyed() }));
    assert.equal(done.case.status, 'concluded_approved', `the parent is done when every step is (${last.case.status})`);
    assert.ok(done.events.some((e) => e.matterCode !== undefined && e.department !== undefined), 'step events carry matter and department');
  }, 'admin');

  await check('容缺: owed materials are due from 受理, block a plain approval, stay after 容缺通过 until the applicant supplies them', async () => {
    const found = await findBundleOnce();
    const deferrable = found?.form.materials.find((m) => m.toleranceAllowed);
    if (!found || !deferrable) return;
    const receipt = conforms(ApplicationReceiptSchema, await submit(bundleApplication(found.bundle, found.form, deferrable.materialId)), 201);
    const parent = receipt.case.caseNumber;
    const p = ProgressSchema.parse((await request(`/v1/applications/${parent}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyed() })).body);
    assert.deepEqual(p.pendingMaterials?.map((m) => m.materialId), [deferrable.materialId]);
    const owners = new Set((deferrable.usedBy ?? []).map((u) => u.matterCode).concat(deferrable.matterCode ?? []));
    const owner = p.steps!.find((s) => owners.has(s.matterCode))!;
    for (const step of p.steps!.filter((s) => s.order < owner.order)) {
      await act(step.caseNumber, { action: 'accept' });
      await act(step.caseNumber, { action: 'conclude', outcome: 'approved' });
    }
    const accepted = conforms(ProgressSchema, await act(owner.caseNumber, { action: 'accept' }));
    assert.ok(accepted.pendingMaterials?.[0]?.dueDate, 'a due date once accepted');
    isProblem(await act(owner.caseNumber, { action: 'conclude', outcome: 'approved' }), 409, 'materials_owed');
    conforms(ProgressSchema, await act(owner.caseNumber, { action: 'conclude', outcome: 'approved_tolerance' }));
    const kept = ProgressSchema.parse((await request(`/v1/applications/${parent}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyed() })).body);
    assert.equal(kept.pendingMaterials?.length, 1, 'still owed after 容缺通过');
    // The applicant supplies it late as a file uploaded for that material (容缺补齐).
    const form = new FormData();
    form.append('formId', found.form.id);
    form.append('materialId', deferrable.materialId);
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'supply.pdf');
    const uploaded = await fetch(`${t.baseUrl}/v1/uploads`, { method: 'POST', headers: keyed(), body: form });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    const { fileRef } = await uploaded.json() as { fileRef: string };
    const supplyUrl = `/v1/applications/${parent}/materials?verifier=${encodeURIComponent(receipt.accessToken)}`;
    // A file uploaded for the owed material cannot supply another one.
    isProblem(await request(supplyUrl, { method: 'POST', headers: keyed(), body: { materialId: 'not-owed-material', fileRefs: [fileRef] } }), 422, 'file_ref_invalid');
    const after = conforms(ProgressSchema, await request(supplyUrl, { method: 'POST', headers: keyed(), body: { materialId: deferrable.materialId, fileRefs: [fileRef] } }));
    assert.equal(after.pendingMaterials, undefined, 'supplied');
    assert.ok(after.events.some((e) => e.code === 'supply'), 'on the timeline');
  }, 'admin');

  await check('partners: a website key claims no counter channel and has no partner cases', async () => {
    const found = await findBundleOnce();
    if (found) {
      const app = { ...bundleApplication(found.bundle, found.form), channel: 'partner_counter', agent: { staffId: 'C001', branch: 'x', partner: 'someone', consentRef: 'c-1' } };
      isProblem(await submit(app), 403, 'channel_not_allowed');
    }
    isProblem(await request('/v1/partner/cases', { headers: keyed() }), 403, 'forbidden');
  }, 'key');

  await check('partners: a counter key submits for its own partner only and lists its own cases with the agent', async () => {
    const counter = t.counter!;
    const found = await findBundleOnce();
    if (!found) return;
    const headers = { origin: t.origin, 'x-zwfw-key': counter.key };
    const agent = { staffId: 'C001', branch: counter.branch, partner: counter.partnerId, consentRef: 'consent-conformance-1' };
    const app = { ...bundleApplication(found.bundle, found.form), channel: 'partner_counter' as const, agent };
    isProblem(await submit({ ...app, agent: { ...agent, partner: `${counter.partnerId}-other` } }, headers), 403, 'agent_not_allowed');
    const receipt = conforms(ApplicationReceiptSchema, await submit(app, headers), 201);
    assert.deepEqual(receipt.case.agent, agent, 'the partner sees its agent');
    const list = conforms(CasePageSchema, await request('/v1/partner/cases?limit=100', { headers }));
    assert.ok(list.items.some((c) => c.caseNumber === receipt.case.caseNumber), 'listed');
    const plain = conforms(ProgressSchema, await request(`/v1/applications/${receipt.case.caseNumber}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyed() }));
    assert.equal(plain.case.agent, undefined, 'another key does not see the agent');
  }, 'counter');
}
