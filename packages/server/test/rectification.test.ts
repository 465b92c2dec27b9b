// 好差评 beyond the rating: a 差评 opens a 整改 record due in working days, the back office completes it and
// records a 回访, the channel must fit the caller, a stage takes ratings for a limited time, a case's ratings
// are listed for its verifier, and departments' figures are public. The server's clock is driven by the test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CaseEvaluationsSchema, EvaluationSchema, EvaluationSummarySchema, ProgressSchema, addWorkingDays, exampleEvaluationInput,
  type EvaluationInput,
} from '@zwfw/core';
import { createPartner, createPartnerKey } from '../src/auth/keys.js';
import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { rectificationDueDate, rectifiedOnTime } from '../src/domain/evaluation-followup.js';
import { BUNDLE, MATTER, PERSON_MATTER, personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, DEMO_ORIGIN, call, idemKey, keyHeaders, openTestDb, startTestServer, type Res, type TestServer } from './helpers/server.js';

/** An instant in China time. */
const cst = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const bad: Partial<EvaluationInput> = { level: 2, reasons: ['online-slow'], channel: 'web' };
const good: Partial<EvaluationInput> = { level: 5, reasons: ['fast'], channel: 'web' };

describe(`整改, 回访, channels, rating window, lists and summary (${DB_KIND})`, () => {
  let s: TestServer;
  let clock = new Date();
  let counterKey = '';
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue(), config: { now: () => clock } });
    await createPartner(s.db, { id: 'test-bank', name: '测试银行', branches: [] });
    counterKey = (await createPartnerKey(s.db, { name: 'counter', origins: [DEMO_ORIGIN], kind: 'counter', partnerId: 'test-bank' })).key;
  });
  after(() => s.close());

  const setClock = (at: string) => { clock = new Date(at); };
  /** A case submitted and accepted on `day` (clock left at acceptance). */
  const acceptedCase = async (day: string, bundle = false): Promise<{ caseNumber: string; token: string; department: string | undefined }> => {
    setClock(cst(day, '09:00'));
    const app = personApplication();
    const body = bundle
      ? (() => {
          delete app.matterCode;
          return {
            ...app, bundleId: BUNDLE.id, formId: 'food-shop',
            materials: [
              { materialId: 'photo', status: 'provided', matterCode: PERSON_MATTER.code },
              { materialId: 'business-license', status: 'eLicense', matterCode: MATTER.code },
            ],
          };
        })()
      : app;
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body });
    assert.equal(r.status, 201, r.text);
    // A bundle is accepted when its first step is (the parent follows its steps).
    const accepted = await act(r.body.case.caseNumber, { action: 'accept', at: cst(day, '09:30'), ...(bundle ? { matterCode: PERSON_MATTER.code } : {}) });
    assert.equal(accepted.status, 200, accepted.text);
    setClock(cst(day, '09:30'));
    tokens.set(r.body.case.caseNumber, r.body.accessToken);
    return { caseNumber: r.body.case.caseNumber, token: r.body.accessToken, department: r.body.case.department };
  };
  // Rating takes the receipt's access token (a mobile tail only shows progress).
  const tokens = new Map<string, string>();
  const act = (cn: string, body: Record<string, unknown>) =>
    call(s.url, `/v1/admin/cases/${cn}/actions`, { method: 'POST', headers: admin, body });
  const rate = (cn: string, body: Partial<EvaluationInput>, headers: Record<string, string> = keyHeaders()) =>
    call(s.url, `/v1/applications/${cn}/evaluations?verifier=${tokens.get(cn)}`, { method: 'POST', headers, body: { ...exampleEvaluationInput, stage: 'acceptance', ...body } });
  const record = (cn: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    call(s.url, `/v1/admin/cases/${cn}/evaluations`, { method: 'POST', headers: { ...admin, ...headers }, body: { ...exampleEvaluationInput, stage: 'acceptance', ...body } });
  const step = (id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    call(s.url, `/v1/admin/evaluations/${id}/rectification`, { method: 'POST', headers: { ...admin, ...headers }, body });
  const list = (cn: string, verifier = '5678') => call(s.url, `/v1/applications/${cn}/evaluations?verifier=${verifier}`, { headers: keyHeaders() });
  const listed = async (cn: string) => CaseEvaluationsSchema.parse((await list(cn)).body).evaluations;
  const problem = (r: Res, status: number, code: string) => {
    assert.equal(r.status, status, r.text);
    assert.equal(r.body.code, code, r.text);
  };

  it('a 差评 on 2026-09-30 opens a 整改 due 5 working days later, after National Day (2026-10-13)', async () => {
    const c = await acceptedCase('2026-09-29');
    setClock(cst('2026-09-30', '15:00'));
    const r = await rate(c.caseNumber, bad);
    assert.equal(r.status, 201, r.text);
    const ev = EvaluationSchema.parse(r.body);
    // By hand: 10-01…10-07 are the holiday, Saturday 10-10 is a 调休 working day: 10-08, 10-09, 10-10, 10-12, 10-13.
    assert.equal(ev.rectification?.dueDate, '2026-10-13');
    assert.equal(ev.rectification?.dueDate, addWorkingDays('2026-09-30', 5));
    assert.equal(ev.rectification?.status, 'open');
    assert.equal(ev.rectification?.department, c.department);
    assert.ok(c.department !== undefined && c.department !== '');
    assert.equal(ev.rectification?.openedAt, ev.createdAt);
    assert.equal(ev.createdAt, '2026-09-30T15:00:00+08:00');
    // The case's list and its progress show the record too.
    assert.deepEqual((await listed(c.caseNumber))[0]?.rectification, ev.rectification);
    const progress = ProgressSchema.parse((await call(s.url, `/v1/applications/${c.caseNumber}/progress?verifier=${c.token}`, { headers: keyHeaders() })).body);
    assert.deepEqual(progress.evaluations?.[0]?.rectification, ev.rectification);
  });

  it('the due date and the window come from configuration', () => {
    const config = loadConfig({ ZWFW_RECTIFICATION_DAYS: '15', ZWFW_EVALUATION_WINDOW_DAYS: '7' });
    assert.equal(config.rectificationDays, 15);
    assert.equal(config.evaluationWindowDays, 7);
    assert.deepEqual([loadConfig({}).rectificationDays, loadConfig({}).evaluationWindowDays], [5, 30]);
    // 15 working days after 2026-09-30: the 5 above, then 10-14…10-16, 10-19…10-23, 10-26, 10-27.
    assert.equal(rectificationDueDate(new Date(cst('2026-09-30')), 15), '2026-10-27');
    // On time is judged by the China day: 23:30 on the due date is on time, 00:30 the day after is not.
    assert.equal(rectifiedOnTime(new Date(cst('2026-10-13', '23:30')), '2026-10-13'), true);
    assert.equal(rectifiedOnTime(new Date(cst('2026-10-14', '00:30')), '2026-10-13'), false);
  });

  it('a 好评 opens no 整改, and the simulator says so', async () => {
    const c = await acceptedCase('2026-11-02');
    const r = await rate(c.caseNumber, { level: 3, reasons: [] });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.rectification, undefined);
    const rows = await s.db.query('select 1 from rectifications where evaluation_id = $1', [r.body.id.slice(2)]);
    assert.equal(rows.length, 0);
    const none = await step(r.body.id, { action: 'complete', measures: '已改进' });
    problem(none, 404, 'not_found');
    assert.match(none.body.detail, /not a 差评/);
    problem(await step('ev999999999', { action: 'complete', measures: '已改进' }), 404, 'not_found');
    problem(await step('nonsense', { action: 'complete', measures: '已改进' }), 404, 'not_found');
  });

  it('整改 done then 回访; a second 整改 and a 回访 before 整改 are refused and change nothing', async () => {
    const c = await acceptedCase('2026-09-29');
    setClock(cst('2026-09-30', '11:00'));
    const id: string = (await rate(c.caseNumber, bad)).body.id;
    const early = await step(id, { action: 'return_visit', satisfaction: 4 });
    problem(early, 409, 'invalid_transition');
    assert.match(early.body.detail, /record it done first/);
    const backwards = await step(id, { action: 'complete', measures: '优化流程', at: cst('2026-09-29') });
    problem(backwards, 422, 'validation_failed');
    assert.equal(backwards.body.errors[0].path, '/at');
    problem(await step(id, { action: 'complete' }), 422, 'validation_failed');
    problem(await step(id, { action: 'escalate', measures: 'x' }), 422, 'validation_failed');

    const done = await step(id, { action: 'complete', measures: '优化取号流程，窗口增设引导员', handler: '李四', at: cst('2026-10-13', '17:00') });
    assert.equal(done.status, 200, done.text);
    const rect = EvaluationSchema.parse(done.body).rectification;
    assert.deepEqual(
      [rect?.status, rect?.doneAt, rect?.onTime, rect?.measures, rect?.handler],
      ['done', '2026-10-13T17:00:00+08:00', true, '优化取号流程，窗口增设引导员', '李四'],
    );
    const again = await step(id, { action: 'complete', measures: '另一次整改', at: cst('2026-10-14') });
    problem(again, 409, 'rectification_exists');
    assert.deepEqual((await listed(c.caseNumber))[0]?.rectification, rect, 'a refused completion changes nothing');

    problem(await step(id, { action: 'return_visit', satisfaction: 4, at: cst('2026-10-12') }), 422, 'validation_failed');
    const visit = await step(id, { action: 'return_visit', satisfaction: 4, note: '群众表示认可', handler: '王五', at: cst('2026-10-15') });
    assert.equal(visit.status, 200, visit.text);
    assert.deepEqual(visit.body.rectification.returnVisit, { at: '2026-10-15T10:00:00+08:00', satisfaction: 4, note: '群众表示认可', handler: '王五' });
    problem(await step(id, { action: 'return_visit', satisfaction: 1, at: cst('2026-10-16') }), 409, 'invalid_transition');
    assert.equal((await listed(c.caseNumber))[0]?.rectification?.returnVisit?.satisfaction, 4);
  });

  it('a keyed completion retried is replayed, not refused', async () => {
    const c = await acceptedCase('2026-11-03');
    const id: string = (await rate(c.caseNumber, bad)).body.id;
    const key = { 'idempotency-key': idemKey() };
    const body = { action: 'complete', measures: '已整改', at: cst('2026-11-20') };
    const a = await step(id, body, key);
    const b = await step(id, body, key);
    assert.equal(a.status, 200, a.text);
    assert.equal(b.status, 200, b.text);
    assert.deepEqual(b.body, a.body);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal(a.body.rectification.onTime, false, '2026-11-20 is after the due date 2026-11-10');
  });

  it('the channel must fit the caller: website, counter, back office', async () => {
    const c = await acceptedCase('2026-11-04');
    for (const channel of ['window_device', 'terminal', 'hotline', 'sms', 'paper'] as const) {
      const r = await rate(c.caseNumber, { ...good, channel, reasons: [] });
      problem(r, 403, 'channel_not_allowed');
      assert.match(r.body.detail, /web, app, mini_program/);
      assert.equal(r.body.errors[0].path, '/channel');
    }
    const counter = { origin: DEMO_ORIGIN, 'x-zwfw-key': counterKey };
    problem(await rate(c.caseNumber, { ...good, channel: 'hotline', reasons: [] }, counter), 403, 'channel_not_allowed');
    problem(await record(c.caseNumber, { ...good, channel: 'web', reasons: [] }), 403, 'channel_not_allowed');
    assert.deepEqual(await listed(c.caseNumber), [], 'nothing stored by a refused rating');
    const device = await rate(c.caseNumber, { level: 1, reasons: ['offline-attitude'], channel: 'window_device' }, counter);
    assert.equal(device.status, 201, device.text);
    assert.equal(device.body.channel, 'window_device');
    // A counter may also take online ratings (a citizen rating on their phone at the desk).
    const c2 = await acceptedCase('2026-11-04');
    assert.equal((await rate(c2.caseNumber, { ...good, channel: 'app' }, counter)).status, 201);
  });

  it('the back office records hotline, SMS and paper ratings, dated when the citizen gave them', async () => {
    const c = await acceptedCase('2026-11-05');
    setClock(cst('2026-11-12'));
    problem(await record(c.caseNumber, { level: 2, reasons: ['offline-attitude'], channel: 'paper', at: cst('2026-11-13') }), 422, 'validation_failed');
    const before = await record(c.caseNumber, { level: 2, reasons: ['offline-attitude'], channel: 'paper', at: cst('2026-11-05', '09:00') });
    problem(before, 422, 'validation_failed');
    assert.equal(before.body.errors[0].code, 'before_stage_opened');
    problem(await record(`${c.caseNumber.slice(0, -4)}0000`, { level: 5, reasons: [], channel: 'paper' }), 404, 'not_found');
    const key = { 'idempotency-key': idemKey() };
    const body = { level: 2, reasons: ['offline-attitude'], channel: 'paper', at: cst('2026-11-06') };
    const r = await record(c.caseNumber, body, key);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.createdAt, '2026-11-06T10:00:00+08:00');
    assert.equal(r.body.rectification.dueDate, addWorkingDays('2026-11-06', 5));
    const replay = await record(c.caseNumber, body, key);
    assert.deepEqual([replay.status, replay.headers.get('idempotent-replayed')], [201, 'true']);
    assert.deepEqual(replay.body, r.body);
    problem(await record(c.caseNumber, { ...body, channel: 'hotline' }), 409, 'evaluation_exists');
    assert.equal((await listed(c.caseNumber)).length, 1);
  });

  it('a stage takes ratings for the configured days after it opened, then closes', async () => {
    const c = await acceptedCase('2026-11-09');
    const progress = async () => ProgressSchema.parse((await call(s.url, `/v1/applications/${c.caseNumber}/progress?verifier=5678`, { headers: keyHeaders() })).body);
    setClock(cst('2026-12-09', '09:29'));
    let p = await progress();
    assert.deepEqual(p.evaluableStages, ['acceptance']);
    assert.equal(p.evaluableUntil?.acceptance, '2026-12-09T09:30:00+08:00', '30 days after 受理 at 09:30');
    setClock(cst('2026-12-09', '09:31'));
    p = await progress();
    assert.deepEqual(p.evaluableStages, []);
    assert.equal(p.evaluableUntil, undefined);
    const late = await rate(c.caseNumber, good);
    problem(late, 409, 'evaluation_closed');
    assert.match(late.body.detail, /2026-12-09T09:30:00\+08:00/);
    assert.deepEqual(await listed(c.caseNumber), []);
    // A paper form filled in within the window may still be entered afterwards; one dated after it may not.
    problem(await record(c.caseNumber, { level: 4, reasons: [], channel: 'paper', at: cst('2026-12-09', '09:31') }), 409, 'evaluation_closed');
    assert.equal((await record(c.caseNumber, { level: 4, reasons: [], channel: 'paper', at: cst('2026-12-08') })).status, 201);
  });

  it('lists a case\'s ratings for its verifier only', async () => {
    const c = await acceptedCase('2026-11-10');
    assert.equal((await rate(c.caseNumber, bad)).status, 201);
    await act(c.caseNumber, { action: 'conclude', outcome: 'approved', at: cst('2026-11-11') });
    setClock(cst('2026-11-12'));
    assert.equal((await rate(c.caseNumber, { ...good, stage: 'conclusion' })).status, 201);
    const r = await list(c.caseNumber, c.token);
    assert.equal(r.status, 200, r.text);
    const evaluations = CaseEvaluationsSchema.parse(r.body).evaluations;
    assert.deepEqual(evaluations.map((e) => [e.stage, e.level, e.rectification?.status]), [['acceptance', 2, 'open'], ['conclusion', 5, undefined]]);
    problem(await list(c.caseNumber, '0000'), 404, 'not_found');
    problem(await call(s.url, `/v1/applications/${c.caseNumber}/evaluations`, { headers: keyHeaders() }), 422, 'validation_failed');
    problem(await call(s.url, `/v1/applications/${c.caseNumber}/evaluations?verifier=5678`, { headers: { origin: DEMO_ORIGIN } }), 401, 'unauthorized');
  });

  it('publishes counts per department: levels, share of 差评, 整改 done, on time and overdue', async () => {
    // March 2025: nothing else in this file is rated then.
    const a = await acceptedCase('2025-03-03');
    const b = await acceptedCase('2025-03-03');
    const c = await acceptedCase('2025-03-03');
    const d = await acceptedCase('2025-03-03', true);
    setClock(cst('2025-03-04'));
    const late: string = (await rate(a.caseNumber, bad)).body.id;
    const onTime: string = (await rate(b.caseNumber, { level: 1, reasons: ['online-slow'] })).body.id;
    assert.equal((await rate(c.caseNumber, good)).status, 201);
    const open = await rate(d.caseNumber, bad);
    assert.equal(open.body.rectification.department, '综合窗口', 'a bundle case falls back to the 综合窗口');
    assert.equal(open.body.rectification.dueDate, '2025-03-11');
    assert.equal((await step(onTime, { action: 'complete', measures: '已整改', at: cst('2025-03-10') })).status, 200);
    assert.equal((await step(late, { action: 'complete', measures: '已整改', at: cst('2025-03-20') })).status, 200);
    setClock(cst('2025-03-12'));

    const summary = async (q: string) => call(s.url, `/v1/evaluation-summary?${q}`);
    const r = await summary('from=2025-03-01&to=2025-03-31');
    const body = EvaluationSummarySchema.parse(r.body);
    assert.deepEqual(body.departments, [
      { department: a.department, total: 3, byLevel: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1 }, negativeShare: 0.6667, rectifications: { total: 2, done: 2, onTime: 1, overdueOpen: 0 } },
      { department: '综合窗口', total: 1, byLevel: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, negativeShare: 1, rectifications: { total: 1, done: 0, onTime: 0, overdueOpen: 1 } },
    ].sort((x, y) => (String(x.department) < String(y.department) ? -1 : 1)));
    assert.doesNotMatch(r.text, /张|5678|1391234/, 'no personal data');
    const one = EvaluationSummarySchema.parse((await summary(`department=${encodeURIComponent('综合窗口')}&from=2025-03-01&to=2025-03-31`)).body);
    assert.deepEqual(one.departments.map((x) => x.department), ['综合窗口']);
    const empty = EvaluationSummarySchema.parse((await summary('from=2025-03-05&to=2025-03-31')).body);
    assert.deepEqual([empty.from, empty.to, empty.departments], ['2025-03-05', '2025-03-31', []]);
    // Default: the 365 days up to today.
    const year = EvaluationSummarySchema.parse((await summary('')).body);
    assert.deepEqual([year.from, year.to], ['2024-03-13', '2025-03-12']);
    const etag = r.headers.get('etag');
    assert.ok(etag);
    assert.equal((await call(s.url, '/v1/evaluation-summary?from=2025-03-01&to=2025-03-31', { headers: { 'if-none-match': etag } })).status, 304);

    const reversed = await summary('from=2025-03-31&to=2025-03-01');
    problem(reversed, 422, 'validation_failed');
    assert.deepEqual(reversed.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['/query/from', 'range_reversed']]);
    const badDate = await summary('from=2025-02-30');
    problem(badDate, 422, 'validation_failed');
    assert.equal(badDate.body.errors[0].path, '/query/from');
    problem(await summary('since=2025-01-01'), 422, 'validation_failed');
  });
});

describe('migration 004 (evaluation follow-up)', () => {
  it('gives ratings made before it their case\'s department, or the 综合窗口', async () => {
    const db = await openTestDb();
    try {
      await migrate(db, MIGRATIONS.filter((m) => m.version !== 4));
      const app = (cn: string, department: string | null) => db.query(
        `insert into applications (case_number, task_code, name, department, status, channel, tolerance, verifier_tail, token_hash, input, time_limit, submitted_at)
         values ($1, 'T', '事项', $2, 'accepted', 'web', false, '5678', 'h', '{}'::jsonb, '{}'::jsonb, now())`,
        [cn, department],
      );
      await app('C1', '某市市场监督管理局');
      await app('C2', null);
      for (const cn of ['C1', 'C2']) {
        await db.query(`insert into evaluations (case_number, stage, level, doc) values ($1, 'acceptance', 1, '{}'::jsonb)`, [cn]);
      }
      assert.deepEqual(await migrate(db), [4]);
      const rows = await db.query<{ case_number: string; department: string }>('select case_number, department from evaluations order by case_number');
      assert.deepEqual(rows.map((r) => [r.case_number, r.department]), [['C1', '某市市场监督管理局'], ['C2', '综合窗口']]);
    } finally {
      await db.close();
    }
  });
});
