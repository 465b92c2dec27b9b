// The admin case simulator: the full lifecycle, illegal transitions (409 naming status and allowed actions),
// admin auth, and the working-day deadline pausing during 补正 and 特别程序.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ProgressSchema, addCalendarDays, addWorkingDays, chinaToday, nextWorkingDayOnOrAfter, type Progress,
} from '@zwfw/core';
import { legalApplication, personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

/** China wall time on a date as an ISO timestamp. */
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;
/** The n-th working day after `day`. */
const wd = (day: string, n: number) => addWorkingDays(day, n);

describe(`case simulator (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
  });
  after(() => s.close());

  const newCase = async (): Promise<string> => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    assert.equal(r.status, 201, r.text);
    return r.body.case.caseNumber as string;
  };
  const newToleranceCase = async (): Promise<string> => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: legalApplication() });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.case.tolerance, true);
    return r.body.case.caseNumber as string;
  };
  const act = (caseNumber: string, body: Record<string, unknown>, token = ADMIN_TOKEN, headers: Record<string, string> = {}) =>
    call(s.url, `/v1/admin/cases/${caseNumber}/actions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body });
  const progress = async (caseNumber: string): Promise<Progress> => {
    const r = await call(s.url, `/v1/applications/${caseNumber}/progress?verifier=5678`, { headers: keyHeaders() });
    assert.equal(r.status, 200, r.text);
    return ProgressSchema.parse(r.body);
  };

  it('needs the admin token', async () => {
    const cn = await newCase();
    const none = await call(s.url, `/v1/admin/cases/${cn}/actions`, { method: 'POST', body: { action: 'accept' } });
    assert.equal(none.status, 401);
    assert.equal(none.body.code, 'unauthorized');
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal((await act(cn, { action: 'accept' }, 'wrong')).status, 401);
    const preflight = await fetch(`${s.url}/v1/admin/cases/${cn}/actions`, {
      method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:8080', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  it('404 for an unknown case, 422 for a malformed action', async () => {
    assert.equal((await act('11440106MB2C12345E4000117007000202501019999', { action: 'accept' })).status, 404);
    const bad = await act(await newCase(), { action: 'conclude' });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].path, '/outcome');
    assert.equal((await act(await newCase(), { action: 'teleport' })).status, 422);
  });

  it('runs the full lifecycle with pauses moving the due date', async () => {
    const cn = await newCase();
    // A working day comfortably after today, so simulated times never precede the submission.
    const d0 = nextWorkingDayOnOrAfter(addCalendarDays(chinaToday(), 14));
    const accepted = await act(cn, { action: 'accept', at: at(d0), handler: '窗口 05 号', note: '材料齐全，予以受理。' });
    assert.equal(accepted.status, 200, accepted.text);
    const afterAccept = ProgressSchema.parse(accepted.body);
    assert.equal(afterAccept.case.status, 'accepted');
    assert.equal(afterAccept.case.deadline?.dueDate, wd(d0, 10), 'promised 10 working days from 受理 (day itself not counted)');
    assert.deepEqual(afterAccept.evaluableStages, ['acceptance']);

    // 补正 from d1 to d3: d1 and d2 do not count, d3 (the resubmission day) counts again.
    const d1 = wd(d0, 1);
    const d3 = wd(d0, 3);
    assert.equal((await act(cn, { action: 'request_correction', at: at(d1), items: ['相片不清晰'] })).body.case.status, 'correction_requested');
    const resumed = await act(cn, { action: 'resubmit', at: at(d3) });
    assert.equal(resumed.body.case.status, 'processing');

    // 特别程序 (现场核查) on d5, ended d6: one more working day off the clock.
    const d5 = wd(d0, 5);
    const d6 = wd(d0, 6);
    const special = await act(cn, { action: 'start_special_procedure', at: at(d5), procedureName: '现场核查' });
    assert.equal(special.body.case.status, 'special_procedure');
    assert.equal(special.body.events.at(-1).name, '现场核查');
    await act(cn, { action: 'end_special_procedure', at: at(d6) });

    const d7 = wd(d0, 7);
    const concluded = ProgressSchema.parse((await act(cn, { action: 'conclude', outcome: 'approved', at: at(d7) })).body);
    assert.equal(concluded.case.status, 'concluded_approved');
    const pauses = [{ from: d1, to: wd(d0, 2) }, { from: d5, to: d5 }];
    const due = addWorkingDays(d0, 10, { pauses });
    assert.equal(concluded.case.deadline?.dueDate, due);
    assert.equal(due, wd(d0, 13), '10 days + 3 paused working days');
    assert.equal(concluded.case.deadline?.pausedWorkingDays, 3);
    assert.equal(concluded.case.deadline?.paused, false);
    // Read as of the conclusion day: worked d0+1..d7 minus 3 paused = 4, so 6 remain.
    assert.equal(concluded.case.deadline?.remainingWorkingDays, 6);
    assert.deepEqual(concluded.evaluableStages, ['acceptance', 'conclusion']);
    assert.ok(concluded.case.concludedAt);

    const delivered = ProgressSchema.parse((await act(cn, { action: 'deliver', at: at(wd(d0, 8)) })).body);
    assert.equal(delivered.case.status, 'delivered');
    assert.deepEqual(delivered.events.map((e) => e.code), [
      'submit', 'accept', 'request_correction', 'resubmit', 'start_special_procedure', 'end_special_procedure', 'conclude', 'deliver',
    ]);
    assert.equal(delivered.events[1]?.handler, '窗口 05 号');
    assert.match(delivered.events[2]?.opinion ?? '', /相片不清晰/);
    assert.ok(delivered.events.every((e) => e.endAt !== null), 'a finished case has no open step');
    const citizen = await progress(cn);
    assert.equal(citizen.case.status, 'delivered');
    assert.equal(citizen.case.deadline?.dueDate, due);
  });

  it('shows the clock paused while a correction is open', async () => {
    const cn = await newCase();
    await act(cn, { action: 'accept' });
    const paused = ProgressSchema.parse((await act(cn, { action: 'request_correction', items: ['补充材料'] })).body);
    assert.equal(paused.case.status, 'correction_requested');
    assert.equal(paused.case.deadline?.paused, true);
    const p = await progress(cn);
    assert.equal(p.case.deadline?.paused, true);
  });

  it('refuses illegal transitions with 409 naming the status and the allowed actions', async () => {
    const cn = await newCase();
    const r = await act(cn, { action: 'deliver' });
    assert.equal(r.status, 409);
    assert.equal(r.body.code, 'invalid_transition');
    assert.match(r.body.detail, /submitted/);
    assert.match(r.body.detail, /accept/);
    assert.match(r.body.detail, /withdraw/);
    await act(cn, { action: 'accept' });
    assert.equal((await act(cn, { action: 'accept' })).status, 409);
    assert.equal((await act(cn, { action: 'end_special_procedure' })).status, 409);
  });

  it('supports approved with tolerance (a 容缺 case), refused, and withdrawal; a withdrawn case is final', async () => {
    const a = await newToleranceCase();
    await act(a, { action: 'accept' });
    const tolerated = await act(a, { action: 'conclude', outcome: 'approved_tolerance' });
    assert.equal(tolerated.status, 200, tolerated.text);
    assert.equal(tolerated.body.case.status, 'concluded_approved_tolerance');
    assert.equal(tolerated.body.case.tolerance, true);
    const b = await newCase();
    await act(b, { action: 'accept' });
    assert.equal((await act(b, { action: 'conclude', outcome: 'refused' })).body.case.status, 'concluded_refused');
    const c = await newCase();
    const w = await act(c, { action: 'withdraw' });
    assert.equal(w.body.case.status, 'withdrawn');
    assert.deepEqual(w.body.evaluableStages, []);
    const again = await act(c, { action: 'accept' });
    assert.equal(again.status, 409);
    assert.match(again.body.detail, /none/);
  });

  it('refuses approved_tolerance with a 409 for a case without 容缺 materials', async () => {
    const cn = await newCase();
    await act(cn, { action: 'accept' });
    const r = await act(cn, { action: 'conclude', outcome: 'approved_tolerance' });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.code, 'invalid_transition');
    assert.match(r.body.detail, /容缺/);
    assert.match(r.body.detail, /approved or refused/);
    // The case is untouched and can still be concluded properly.
    assert.equal((await progress(cn)).case.status, 'accepted');
    assert.equal((await act(cn, { action: 'conclude', outcome: 'approved' })).body.case.status, 'concluded_approved');
  });

  it('rejects actions dated before the previous event', async () => {
    const cn = await newCase();
    const r = await act(cn, { action: 'accept', at: '2020-01-01T10:00:00+08:00' });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].path, '/at');
  });

  it('replays an action sent again with the same Idempotency-Key', async () => {
    const cn = await newCase();
    const key = idemKey();
    const first = await act(cn, { action: 'accept' }, ADMIN_TOKEN, { 'idempotency-key': key });
    const second = await act(cn, { action: 'accept' }, ADMIN_TOKEN, { 'idempotency-key': key });
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(second.body, first.body);
    // The same key with another body is a 409, even when that body is not a valid action at all.
    const other = await act(cn, { action: 'teleport' }, ADMIN_TOKEN, { 'idempotency-key': key });
    assert.equal(other.status, 409, other.text);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });
});
