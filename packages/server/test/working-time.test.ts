// Limits in hours over real HTTP: the receipt and the progress show dueAt and the remaining working minutes;
// start_special_procedure must name a procedure the matter defines, and one counted toward the limit does
// not pause the clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_OFFICE_DAY, ProgressSchema, addCalendarDays, chinaToday, nextWorkingDayOnOrAfter, type FormSpec, type Matter,
} from '@zwfw/core';
import { loadConfig } from '../src/index.js';
import { BUNDLE, MATTER, PERSON_FORM, PERSON_MATTER, personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

const HOUR_MATTER: Matter = {
  ...PERSON_MATTER,
  code: `${PERSON_MATTER.taskCode}03`,
  handleItemCode: `${PERSON_MATTER.taskCode}03`,
  name: '即时登记（测试）',
  promisedTimeLimit: { value: 4, unit: 'hour' },
  specialProcedures: [
    { name: '现场核查', duration: 2, unit: 'hour', countsTowardLimit: true },
    { name: '专家评审', duration: 5, unit: 'working_day', countsTowardLimit: false },
  ],
  formId: 'hour-form',
};
const NONE_MATTER: Matter = { ...HOUR_MATTER, code: `${PERSON_MATTER.taskCode}04`, handleItemCode: `${PERSON_MATTER.taskCode}04`, specialProcedures: [], formId: 'none-form' };
const formOf = (m: Matter): FormSpec => ({ ...PERSON_FORM, id: m.formId!, matterCode: m.code });

describe(`working-time limits and the matter's special procedures (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    const c = testCatalogue();
    s = await startTestServer({ catalogue: { ...c, matters: [...c.matters, HOUR_MATTER, NONE_MATTER], forms: [...(c.forms ?? []), formOf(HOUR_MATTER), formOf(NONE_MATTER)] } });
  });
  after(() => s.close());

  // A working day comfortably after today, so simulated times never precede the submission.
  const d0 = nextWorkingDayOnOrAfter(addCalendarDays(chinaToday(), 14));
  const at = (time: string) => `${d0}T${time}:00+08:00`;
  const submit = async (matter: Matter) => {
    const r = await call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication({ matterCode: matter.code, formId: matter.formId! }),
    });
    assert.equal(r.status, 201, r.text);
    return r.body;
  };
  const act = async (cn: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    call(s.url, `/v1/admin/cases/${cn}/actions`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...headers }, body });
  const ok = async (cn: string, body: Record<string, unknown>) => {
    const r = await act(cn, body);
    assert.equal(r.status, 200, r.text);
    return ProgressSchema.parse(r.body);
  };
  const progress = async (cn: string) => ProgressSchema.parse((await call(s.url, `/v1/applications/${cn}/progress?verifier=5678`, { headers: keyHeaders() })).body);

  it('shows dueAt and the remaining working minutes of an hour limit', async () => {
    const receipt = await submit(HOUR_MATTER);
    // Projected from the submission instant: the full 4 hours are left, whatever the time now.
    assert.equal(receipt.case.deadline.remainingWorkingMinutes, 240);
    assert.match(receipt.case.deadline.dueAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const cn = receipt.case.caseNumber as string;
    await ok(cn, { action: 'accept', at: at('09:00') });
    // 09:00–12:00 and 13:30–14:30 make the 4 hours; concluded at 11:00, 1 h before lunch + 1 h after remain.
    const concluded = await ok(cn, { action: 'conclude', outcome: 'approved', at: at('11:00') });
    assert.deepEqual(
      { ...concluded.case.deadline, limit: undefined },
      { limit: undefined, dueDate: d0, dueAt: at('14:30'), remainingWorkingDays: 0, remainingWorkingMinutes: 120, paused: false, pausedWorkingDays: 0 },
    );
    assert.deepEqual((await progress(cn)).case.deadline, concluded.case.deadline, 'the applicant reads the same figures');
  });

  it('pauses for a special procedure the matter does not count, from the instant it starts to the instant it ends', async () => {
    const cn = (await submit(HOUR_MATTER)).case.caseNumber as string;
    await ok(cn, { action: 'accept', at: at('09:00') });
    const started = await ok(cn, { action: 'start_special_procedure', procedureName: '专家评审', at: at('10:00') });
    assert.equal(started.case.status, 'special_procedure');
    await ok(cn, { action: 'end_special_procedure', at: at('11:00') });
    const concluded = await ok(cn, { action: 'conclude', outcome: 'approved', at: at('11:30') });
    assert.equal(concluded.case.deadline?.dueAt, at('15:30'), 'one paused hour moves the due time from 14:30');
    assert.equal(concluded.case.deadline?.remainingWorkingMinutes, 150);
  });

  it('keeps the clock running through a special procedure counted toward the limit', async () => {
    const cn = (await submit(HOUR_MATTER)).case.caseNumber as string;
    await ok(cn, { action: 'accept', at: at('09:00') });
    const started = await ok(cn, { action: 'start_special_procedure', procedureName: '现场核查', at: at('10:00') });
    assert.equal(started.case.status, 'special_procedure', 'the status still says 特别程序');
    assert.equal(started.events.at(-1)?.name, '现场核查');
    await ok(cn, { action: 'end_special_procedure', at: at('11:00') });
    const concluded = await ok(cn, { action: 'conclude', outcome: 'approved', at: at('11:30') });
    assert.equal(concluded.case.deadline?.dueAt, at('14:30'));
    assert.equal(concluded.case.deadline?.remainingWorkingMinutes, 90);
  });

  it('refuses a procedure the matter does not define, naming the allowed ones, and stores nothing', async () => {
    const cn = (await submit(HOUR_MATTER)).case.caseNumber as string;
    await ok(cn, { action: 'accept', at: at('09:00') });
    const before = await progress(cn);
    const r = await act(cn, { action: 'start_special_procedure', procedureName: '听证', at: at('10:00') });
    assert.equal(r.status, 422, r.text);
    assert.equal(r.body.code, 'validation_failed');
    assert.deepEqual(r.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['/procedureName', 'unknown_procedure']]);
    assert.match(r.body.errors[0].message, /听证.*现场核查、专家评审/);
    const en = await act(cn, { action: 'start_special_procedure', procedureName: '听证', at: at('10:00') }, { 'accept-language': 'en' });
    assert.match(en.body.errors[0].message, /Allowed: 现场核查, 专家评审/);
    const afterwards = await progress(cn);
    assert.equal(afterwards.case.status, 'accepted');
    assert.deepEqual(afterwards.events, before.events);
  });

  it('refuses any special procedure for a matter that defines none, saying so', async () => {
    const cn = (await submit(NONE_MATTER)).case.caseNumber as string;
    await ok(cn, { action: 'accept', at: at('09:00') });
    const r = await act(cn, { action: 'start_special_procedure', procedureName: '现场核查', at: at('10:00') });
    assert.equal(r.status, 422, r.text);
    assert.equal(r.body.errors[0].code, 'unknown_procedure');
    assert.match(r.body.errors[0].message, /未规定特别程序/);
    assert.equal((await progress(cn)).case.status, 'accepted');
  });

  it('a step of a bundle starts the procedures its matter defines', async () => {
    const app = personApplication();
    delete app.matterCode;
    const r = await call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }),
      body: {
        ...app, bundleId: BUNDLE.id, formId: 'food-shop',
        materials: [
          { materialId: 'photo', status: 'provided', matterCode: PERSON_MATTER.code },
          { materialId: 'business-license', status: 'eLicense', matterCode: MATTER.code },
        ],
      },
    });
    assert.equal(r.status, 201, r.text);
    const cn = r.body.case.caseNumber as string;
    // The bundle's steps are cases of their own matters: the 食品经营许可 step (order 2) starts the procedures
    // its matter defines, once the first step is approved.
    await ok(cn, { action: 'accept', matterCode: PERSON_MATTER.code, at: at('08:00') });
    await ok(cn, { action: 'conclude', outcome: 'approved', matterCode: PERSON_MATTER.code, at: at('08:30') });
    await ok(cn, { action: 'accept', matterCode: MATTER.code, at: at('09:00') });
    const refused = await act(cn, { action: 'start_special_procedure', procedureName: '专家评审', matterCode: MATTER.code, at: at('10:00') });
    assert.equal(refused.status, 422, refused.text);
    assert.match(refused.body.errors[0].message, /可启动：现场核查。/);
    const started = await ok(cn, { action: 'start_special_procedure', procedureName: '现场核查', matterCode: MATTER.code, at: at('10:00') });
    assert.equal(started.steps?.find((st: { matterCode: string }) => st.matterCode === MATTER.code)?.status, 'special_procedure');
    assert.equal(started.case.status, 'special_procedure', 'the only open step is paused: so is the bundle');
  });
});

describe('ZWFW_OFFICE_HOURS', () => {
  it('sets the office day, defaulting to 09:00–12:00 and 13:30–17:30', () => {
    assert.deepEqual(loadConfig({}).officeDay, DEFAULT_OFFICE_DAY);
    assert.deepEqual(loadConfig({ ZWFW_OFFICE_HOURS: '08:30-12:00,14:00-18:00' }).officeDay, {
      periods: [{ start: '08:30', end: '12:00' }, { start: '14:00', end: '18:00' }],
    });
  });
  it('stops the start on a bad value, naming the variable and the expected form', () => {
    for (const bad of ['9-5', '09:00-12:00;13:30-17:30', '17:30-09:00']) {
      assert.throws(() => loadConfig({ ZWFW_OFFICE_HOURS: bad }), (e: Error) => /ZWFW_OFFICE_HOURS/.test(e.message) && /09:00-12:00,13:30-17:30/.test(e.message), bad);
    }
  });
});
