// Conformance of the partner view (帮办代办): a partner's counter key reads the per-department progress of the
// cases it submitted without the applicant's verifier and lists them by the agent's branch; a case it did not
// submit, or any case asked with a key of no partner, answers exactly as an unknown case number.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ApplicationReceiptSchema, CasePageSchema, ProgressSchema } from '@zwfw/core';
import { bundleApplication, findBundle, type Toolkit } from './cases.js';
import type { Res } from './toolkit.js';

/** A case number no backend issues (valid in form, so the answer is the unknown-case one). */
const UNKNOWN_CASE = 'ZZ0000000000000CONFORMANCE';

export async function partnerChecks(t: Toolkit): Promise<void> {
  const { request, check, conforms, isProblem, keyed } = t;
  const submit = (body: unknown, headers: Record<string, string>) =>
    request('/v1/applications', { method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body });
  const partnerCase = (caseNumber: string, headers: Record<string, string>) => request(`/v1/partner/cases/${encodeURIComponent(caseNumber)}`, { headers });
  /** The refusal must be the unknown-case one to the letter that matters: status, code and words. */
  const likeUnknown = async (r: Res, headers: Record<string, string>, what: string) => {
    const got = isProblem(r, 404, 'not_found');
    const unknown = isProblem(await partnerCase(UNKNOWN_CASE, headers), 404, 'not_found');
    assert.deepEqual([got.title, got.detail], [unknown.title, unknown.detail], `${what} answers like an unknown case`);
  };

  /** A bundle case submitted at the counter, its agent at the counter's branch; none without a bundle. */
  const atCounter = async (staffId: string) => {
    const counter = t.counter!;
    const found = await findBundle(t);
    if (!found) return undefined;
    const headers = { origin: t.origin, 'x-zwfw-key': counter.key };
    const agent = { staffId, branch: counter.branch, partner: counter.partnerId, consentRef: `consent-conformance-${staffId}` };
    const input = { ...bundleApplication(found.bundle, found.form), channel: 'partner_counter' as const, agent };
    const receipt = conforms(ApplicationReceiptSchema, await submit(input, headers), 201);
    return { found, headers, input, receipt, counter };
  };

  await check('partner view: a counter key reads its own case\'s department steps without a verifier; nobody else can', async () => {
    const at = await atCounter('C002');
    if (!at) return;
    const { found, headers, input, receipt } = at;
    const p = conforms(ProgressSchema, await partnerCase(receipt.case.caseNumber, headers));
    assert.equal(p.case.caseNumber, receipt.case.caseNumber);
    assert.deepEqual(p.case.agent, input.agent, 'the partner sees its agent');
    assert.equal(p.steps?.length, found.bundle.steps.length, 'one step per department case');
    for (const step of p.steps!) assert.ok(step.department && step.status, `step ${step.matterCode} has its department and status`);
    assert.notEqual(p.case.applicant.mobile, input.applicant.mobile, 'the mobile is masked');
    await likeUnknown(await partnerCase(receipt.case.caseNumber, keyed()), keyed(), 'a key of no partner');
    const web = conforms(ApplicationReceiptSchema, await submit(bundleApplication(found.bundle, found.form), keyed()), 201);
    await likeUnknown(await partnerCase(web.case.caseNumber, headers), headers, 'a case the partner did not submit');
  }, 'counter');

  await check('partner view: the case list filters by the agent\'s branch', async () => {
    const at = await atCounter('C003');
    if (!at) return;
    const listed = async (branch: string) => conforms(CasePageSchema, await request(`/v1/partner/cases?limit=100&branch=${encodeURIComponent(branch)}`, { headers: at.headers }))
      .items.some((c) => c.caseNumber === at.receipt.case.caseNumber);
    assert.ok(await listed(at.counter.branch), 'listed under its branch');
    assert.ok(!(await listed(`${at.counter.branch}-not-a-branch`)), 'not under another branch');
  }, 'counter');
}
