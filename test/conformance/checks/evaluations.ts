// Conformance of 好差评 beyond the rating: a 差评 opens a 整改 record, the back office completes it once and then
// records a 回访, a rating's channel fits the caller, a case's ratings are listed for its verifier only, and
// departments' figures are public. Works on one fresh case of its own.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  ApplicationReceiptSchema, CaseEvaluationsSchema, EvaluationReasonListSchema, EvaluationSchema, EvaluationSummarySchema,
  ProgressSchema, chinaToday, type ApplicationInput,
} from '@zwfw/core';
import type { CheckResult } from '../suite.js';
import type { SuiteTools } from './toolkit.js';

/** What the checks need from the suite: its request helper, key headers and response assertions. */
export interface EvaluationChecksContext extends SuiteTools {
  key: string | undefined;
  adminToken: string | undefined;
  /** A valid application (the suite's, once its submission check ran). */
  application: ApplicationInput | undefined;
}

/** Checks of 整改, 回访, channel fit, a case's ratings and the department summary. */
export async function evaluationFollowupChecks(c: EvaluationChecksContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const admin = { authorization: `Bearer ${c.adminToken}` };
  const state: { caseNumber?: string; token?: string; ratingId?: string; department?: string } = {};
  const check = async (name: string, fn: () => Promise<void>, needsCase = true) => {
    const skip = !c.key || !c.adminToken ? 'no --admin-token (and --key) given'
      : !c.application ? 'no application was accepted by the submission check'
        : needsCase && !state.ratingId ? 'no 差评 was stored by the first check' : undefined;
    const start = performance.now();
    const outcome: Pick<CheckResult, 'status' | 'detail'> = skip !== undefined
      ? { status: 'skip', detail: skip }
      : await fn().then(() => ({ status: 'pass' as const }), (err: unknown) => ({ status: 'fail' as const, detail: err instanceof Error ? err.message : String(err) }));
    results.push({ name, ...outcome, ms: skip !== undefined ? 0 : Math.round(performance.now() - start) });
  };
  const ratings = (verifier: string) => c.request(`/v1/applications/${state.caseNumber}/evaluations?verifier=${encodeURIComponent(verifier)}`, { headers: c.keyed() });
  const step = (body: unknown) => c.request(`/v1/admin/evaluations/${state.ratingId}/rectification`, { method: 'POST', headers: admin, body });
  const reasonList = async () => c.conforms(EvaluationReasonListSchema, await c.request('/v1/evaluation-reasons'));

  await check('evaluations: a 差评 opens a 整改 record due on or after the rating day; a website key cannot claim in-person channels', async () => {
    const receipt = c.conforms(ApplicationReceiptSchema, await c.request('/v1/applications', {
      method: 'POST', headers: c.keyed({ 'idempotency-key': randomUUID() }), body: c.application,
    }), 201);
    state.caseNumber = receipt.case.caseNumber;
    state.token = receipt.accessToken;
    c.conforms(ProgressSchema, await c.request(`/v1/admin/cases/${state.caseNumber}/actions`, { method: 'POST', headers: admin, body: { action: 'accept' } }));
    const list = await reasonList();
    const reason = list.reasons.find((r) => r.appliesToLevels.includes(2) && r.channel !== 'offline');
    assert.ok(reason, 'needs an online reason for level 2 in the reason list');
    const url = `/v1/applications/${state.caseNumber}/evaluations?verifier=${encodeURIComponent(state.token)}`;
    const body = { stage: 'acceptance', level: 2, reasons: [reason.code], reasonListVersion: list.version, anonymous: true };
    for (const channel of ['window_device', 'hotline', 'paper']) {
      const refused = c.isProblem(await c.request(url, { method: 'POST', headers: c.keyed(), body: { ...body, channel } }), 403, 'channel_not_allowed');
      assert.match(refused.detail ?? '', /web/, 'the refusal names the allowed channels');
    }
    const rated = c.conforms(EvaluationSchema, await c.request(url, { method: 'POST', headers: c.keyed(), body: { ...body, channel: 'web' } }), 201);
    assert.ok(rated.rectification, 'a 差评 carries its 整改 record');
    assert.equal(rated.rectification.status, 'open');
    assert.ok(rated.rectification.dueDate >= chinaToday(), `due ${rated.rectification.dueDate}`);
    state.ratingId = rated.id;
    state.department = rated.rectification.department;
  }, false);

  await check('evaluations: a case\'s ratings are listed with their 整改 for its verifier only', async () => {
    const listed = c.conforms(CaseEvaluationsSchema, await ratings(state.token!)).evaluations;
    assert.deepEqual(listed.map((e) => [e.id, e.rectification?.status]), [[state.ratingId, 'open']]);
    const wrong = await ratings('0000');
    assert.ok(wrong.status === 404 || wrong.status === 429, `wrong verifier → ${wrong.status}`);
    c.isProblem(await c.request(`/v1/applications/${state.caseNumber}/evaluations`, { headers: c.keyed() }), 422, 'validation_failed');
  });

  await check('整改: 回访 only after 整改 done; a second 整改 is rectification_exists and changes nothing', async () => {
    c.isProblem(await step({ action: 'return_visit', satisfaction: 4 }), 409, 'invalid_transition');
    const done = c.conforms(EvaluationSchema, await step({ action: 'complete', measures: '优化办理流程（一致性测试）' }));
    assert.equal(done.rectification?.status, 'done');
    assert.equal(done.rectification?.onTime, true, 'completed on the rating day: on time');
    c.isProblem(await step({ action: 'complete', measures: '第二次整改' }), 409, 'rectification_exists');
    const visited = c.conforms(EvaluationSchema, await step({ action: 'return_visit', satisfaction: 5, note: '满意' }));
    assert.equal(visited.rectification?.returnVisit?.satisfaction, 5);
    assert.equal(visited.rectification?.measures, '优化办理流程（一致性测试）', 'the refused completion changed nothing');
  });

  await check('back office: records a paper rating, never an online one', async () => {
    c.conforms(ProgressSchema, await c.request(`/v1/admin/cases/${state.caseNumber}/actions`, { method: 'POST', headers: admin, body: { action: 'conclude', outcome: 'approved' } }));
    const list = await reasonList();
    const url = `/v1/admin/cases/${state.caseNumber}/evaluations`;
    const body = { stage: 'conclusion', level: 5, reasons: [], reasonListVersion: list.version, anonymous: false };
    c.isProblem(await c.request(url, { method: 'POST', headers: admin, body: { ...body, channel: 'web' } }), 403, 'channel_not_allowed');
    c.isProblem(await c.request(url, { method: 'POST', body: { ...body, channel: 'paper' } }), 401);
    const paper = c.conforms(EvaluationSchema, await c.request(url, { method: 'POST', headers: admin, body: { ...body, channel: 'paper' } }), 201);
    assert.equal(paper.channel, 'paper');
  });

  await check('evaluation summary: public counts per department; a reversed range is a 422 naming from', async () => {
    const summary = c.conforms(EvaluationSummarySchema, await c.request(`/v1/evaluation-summary?department=${encodeURIComponent(state.department!)}`));
    const mine = summary.departments.find((d) => d.department === state.department);
    assert.ok(mine, `the department ${state.department} is listed`);
    assert.ok(mine.byLevel[2] >= 1 && mine.rectifications.done >= 1, JSON.stringify(mine));
    const reversed = c.isProblem(await c.request('/v1/evaluation-summary?from=2026-02-01&to=2026-01-01'), 422, 'validation_failed');
    assert.ok(reversed.errors?.some((e) => e.path.endsWith('/from')), JSON.stringify(reversed.errors));
  });
  return results;
}
