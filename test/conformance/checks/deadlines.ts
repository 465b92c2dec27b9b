// Conformance of deadlines counted in working time and of the matter-defined special procedures (issue 12):
// a limit in hours shows dueAt and remainingWorkingMinutes; start_special_procedure must name a procedure the
// matter defines (422 unknown_procedure on /procedureName, nothing stored); a procedure the matter counts
// toward the limit does not pause the clock.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  ApplicationReceiptSchema, BundlePageSchema, FormSpecSchema, ProgressSchema, workingMinutesOfLimit,
  type ApplicationInput, type Deadline, type FormSpec, type Matter, type TimeLimit,
} from '@zwfw/core';
import { sampleApplication } from '../sample-application.js';
import type { CheckResult } from '../suite.js';

interface Res { status: number; body: any; text: string }

/** What the checks need from the suite. */
export interface DeadlineCheckContext {
  request: (path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }) => Promise<Res>;
  /** Headers with the publishable key and its origin. */
  keyed: (extra?: Record<string, string>) => Record<string, string>;
  adminToken: string;
  /** The first matter with a form that fits (first 300 matters), as the suite finds it. */
  findTarget: (fits: (matter: Matter, form: FormSpec) => boolean) => Promise<{ matter: Matter; form: FormSpec } | undefined>;
}

const inWorkingTime = (limit: TimeLimit | undefined) => limit !== undefined && workingMinutesOfLimit(limit) !== undefined;

/** Runs the deadline checks; each returns pass or fail (none needs more than a key and the admin token). */
export async function deadlineChecks(c: DeadlineCheckContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const run = async (name: string, fn: () => Promise<string | void>) => {
    const start = performance.now();
    try {
      const detail = await fn();
      results.push({ name, status: 'pass', ...(detail ? { detail } : {}), ms: Math.round(performance.now() - start) });
    } catch (err) {
      results.push({ name, status: 'fail', detail: err instanceof Error ? err.message : String(err), ms: Math.round(performance.now() - start) });
    }
  };
  const submit = async (app: ApplicationInput) => {
    const r = await c.request('/v1/applications', { method: 'POST', headers: c.keyed({ 'idempotency-key': randomUUID() }), body: app });
    assert.equal(r.status, 201, `submission: ${r.text.slice(0, 300)}`);
    return ApplicationReceiptSchema.parse(r.body);
  };
  const act = (caseNumber: string, body: unknown) =>
    c.request(`/v1/admin/cases/${caseNumber}/actions`, { method: 'POST', headers: { authorization: `Bearer ${c.adminToken}` }, body });
  const progressOf = async (r: Res) => {
    assert.equal(r.status, 200, r.text.slice(0, 300));
    return ProgressSchema.parse(r.body);
  };
  const hasWorkingTimeFields = (d: Deadline | null | undefined) => d?.dueAt !== undefined && Number.isInteger(d.remainingWorkingMinutes);

  let dayDeadline: Deadline | null | undefined;
  await run('deadlines: a special procedure must be one the matter defines (422 unknown_procedure, nothing stored)', async () => {
    const target = await c.findTarget((m) => m.specialProcedures.length > 0) ?? await c.findTarget(() => true);
    assert.ok(target, 'needs a matter with a form in the first 300 matters');
    const receipt = await submit(sampleApplication(target.matter, target.form));
    const caseNumber = receipt.case.caseNumber;
    const read = async () => progressOf(await c.request(`/v1/applications/${caseNumber}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: c.keyed() }));
    const accepted = await progressOf(await act(caseNumber, { action: 'accept' }));
    if (!inWorkingTime(accepted.case.deadline?.limit)) dayDeadline = accepted.case.deadline;
    const before = await read();
    const refused = await act(caseNumber, { action: 'start_special_procedure', procedureName: `一致性测试程序-${randomUUID().slice(0, 8)}` });
    assert.equal(refused.status, 422, refused.text.slice(0, 300));
    assert.equal(refused.body.code, 'validation_failed');
    assert.deepEqual(refused.body.errors?.map((e: { path: string; code: string }) => [e.path, e.code]), [['/procedureName', 'unknown_procedure']]);
    const after = await read();
    assert.equal(after.case.status, 'accepted');
    assert.deepEqual(after.events, before.events, 'the refused action stored no event');
    const procedure = target.matter.specialProcedures[0];
    if (procedure === undefined) return 'the matter defines no special procedure: only the refusal was checked';
    const started = await progressOf(await act(caseNumber, { action: 'start_special_procedure', procedureName: procedure.name }));
    assert.equal(started.case.status, 'special_procedure');
    assert.equal(started.case.deadline?.paused, !procedure.countsTowardLimit, `${procedure.name} countsTowardLimit=${procedure.countsTowardLimit}: the clock ${procedure.countsTowardLimit ? 'runs on' : 'pauses'}`);
  });

  await run('deadlines: a limit in working time shows dueAt (+08:00) and remainingWorkingMinutes', async () => {
    const bundle = BundlePageSchema.parse((await c.request('/v1/bundles?limit=100')).body).items.find((b) => inWorkingTime(b.promisedTimeLimit));
    let app: ApplicationInput | undefined;
    if (bundle !== undefined) {
      const form = FormSpecSchema.parse((await c.request(`/v1/bundles/${encodeURIComponent(bundle.id)}/form`)).body);
      const { matterCode: _unused, ...rest } = sampleApplication({ code: bundle.id, audience: bundle.audience } as Matter, form);
      app = { ...rest, bundleId: bundle.id };
    } else {
      const target = await c.findTarget((m) => inWorkingTime(m.promisedTimeLimit));
      if (target) app = sampleApplication(target.matter, target.form);
    }
    if (app === undefined) {
      // Nothing in working time here: day-counted deadlines must not claim a due instant.
      assert.ok(dayDeadline, 'needs the accepted case of the previous check');
      assert.equal(dayDeadline.dueAt, undefined);
      assert.equal(dayDeadline.remainingWorkingMinutes, undefined);
      return 'no bundle or matter promises a limit in working time: checked that day limits carry no dueAt';
    }
    const receipt = await submit(app);
    assert.ok(hasWorkingTimeFields(receipt.case.deadline), `receipt deadline ${JSON.stringify(receipt.case.deadline)}`);
    assert.match(receipt.case.deadline!.dueAt!, /\+08:00$/);
    // A bundle's parent follows its steps: it is accepted when its first step is.
    const first = bundle === undefined ? undefined : [...bundle.steps].sort((a, b) => a.order - b.order)[0]?.matterCode;
    const accepted = await progressOf(await act(receipt.case.caseNumber, { action: 'accept', ...(first === undefined ? {} : { matterCode: first }) }));
    const d = accepted.case.deadline;
    assert.ok(hasWorkingTimeFields(d), `accepted deadline ${JSON.stringify(d)}`);
    assert.ok(Date.parse(d!.dueAt!) > Date.parse(accepted.case.acceptedAt!), 'due after acceptance');
    assert.ok(d!.remainingWorkingMinutes! <= workingMinutesOfLimit(d!.limit)!, 'no more minutes left than the limit');
    return undefined;
  });
  return results;
}
