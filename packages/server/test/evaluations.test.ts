// 好差评: five levels, reasons for 差评 (levels 1–2) from the current reason list version, one per case per
// stage, stages open only after 受理 / 办结.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EvaluationSchema, ProgressSchema, exampleEvaluationInput, exampleEvaluationReasonList, type EvaluationInput } from '@zwfw/core';
import { saveReasonList } from '../src/repo/catalogue-write.js';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

describe(`evaluations (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
  });
  after(() => s.close());

  const newCase = async (): Promise<{ caseNumber: string; token: string }> => {
    const r = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: personApplication() });
    return { caseNumber: r.body.case.caseNumber, token: r.body.accessToken };
  };
  const act = (cn: string, body: Record<string, unknown>) =>
    call(s.url, `/v1/admin/cases/${cn}/actions`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body });
  const rate = (cn: string, verifier: string, body: Partial<EvaluationInput>, headers: Record<string, string> = {}) =>
    call(s.url, `/v1/applications/${cn}/evaluations?verifier=${verifier}`, {
      method: 'POST', headers: keyHeaders(headers), body: { ...exampleEvaluationInput, ...body },
    });
  const good: Partial<EvaluationInput> = { level: 5, reasons: ['fast'], channel: 'web' };

  it('opens the acceptance stage only after 受理 and the conclusion stage only after 办结', async () => {
    const { caseNumber, token } = await newCase();
    const early = await rate(caseNumber, token, { ...good, stage: 'acceptance' });
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'evaluation_not_open');
    await act(caseNumber, { action: 'accept' });
    assert.equal((await rate(caseNumber, token, { ...good, stage: 'conclusion' })).body.code, 'evaluation_not_open');
    const accepted = await rate(caseNumber, token, { ...good, stage: 'acceptance' });
    assert.equal(accepted.status, 201, accepted.text);
    const ev = EvaluationSchema.parse(accepted.body);
    assert.equal(ev.isNegative, false);
    assert.equal(ev.caseNumber, caseNumber);
    await act(caseNumber, { action: 'conclude', outcome: 'approved' });
    assert.equal((await rate(caseNumber, token, { ...good, stage: 'conclusion', level: 4 })).status, 201);
  });

  it('allows one evaluation per case per stage (409 on a second)', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    assert.equal((await rate(caseNumber, token, { ...good, stage: 'acceptance' })).status, 201);
    const dup = await rate(caseNumber, token, { ...good, stage: 'acceptance', level: 3, reasons: [] });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.code, 'evaluation_exists');
    const p = await call(s.url, `/v1/applications/${caseNumber}/progress?verifier=5678`, { headers: keyHeaders() });
    assert.deepEqual(p.body.evaluableStages, []);
    // The rating made is shown back (on any device), so a page shows it instead of a second form.
    const progress = ProgressSchema.parse(p.body);
    assert.equal(progress.evaluations?.length, 1);
    assert.deepEqual([progress.evaluations?.[0]?.stage, progress.evaluations?.[0]?.level, progress.evaluations?.[0]?.reasons], ['acceptance', 5, ['fast']]);
  });

  it('requires reasons for 差评 and checks them against the current list, level and channel', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    const none = await rate(caseNumber, token, { stage: 'acceptance', level: 2, reasons: [] });
    assert.equal(none.status, 422);
    assert.equal(none.body.errors[0].path, '/reasons');
    assert.equal(none.body.errors[0].code, 'reasons_required');
    const unknown = await rate(caseNumber, token, { stage: 'acceptance', level: 1, reasons: ['made-up'] });
    assert.deepEqual(unknown.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/reasons/0 unknown_reason']);
    const wrongLevel = await rate(caseNumber, token, { stage: 'acceptance', level: 2, reasons: ['fast'] });
    assert.equal(wrongLevel.body.errors[0].code, 'reason_level_mismatch');
    const wrongChannel = await rate(caseNumber, token, { stage: 'acceptance', level: 2, reasons: ['offline-attitude'], channel: 'web' });
    assert.equal(wrongChannel.body.errors[0].code, 'reason_channel_mismatch');
    const oldList = await rate(caseNumber, token, { stage: 'acceptance', level: 2, reasons: ['online-slow'], reasonListVersion: '2019.1' });
    assert.equal(oldList.body.errors[0].path, '/reasonListVersion');
    const bad = await rate(caseNumber, token, { stage: 'acceptance', level: 2, reasons: ['online-slow'], comment: '等了很久' });
    assert.equal(bad.status, 201, bad.text);
    assert.equal(bad.body.isNegative, true);
    assert.equal(bad.body.comment, '等了很久');
  });

  it('validates levels 1–5 and unknown fields', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    assert.equal((await rate(caseNumber, token, { ...good, stage: 'acceptance', level: 6 as never })).status, 422);
    const extra = await call(s.url, `/v1/applications/${caseNumber}/evaluations?verifier=${token}`, {
      method: 'POST', headers: keyHeaders(), body: { ...exampleEvaluationInput, stars: 5 },
    });
    assert.equal(extra.status, 422);
    assert.ok(extra.body.errors.some((e: { path: string }) => e.path === '/stars'));
  });

  it('needs the verifier, and hides whether the case exists', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    const r = await rate(caseNumber, 'tok_thisIsNotTheRightToken', { ...good, stage: 'acceptance' });
    assert.equal(r.status, 404);
    assert.equal((await rate(`${caseNumber.slice(0, -4)}9999`, token, { ...good, stage: 'acceptance' })).status, 404);
  });

  it('takes only the access token: a right mobile tail, leaked or guessed, cannot rate (422 on the verifier, nothing stored)', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    for (const verifier of ['5678', '0000']) {
      const r = await rate(caseNumber, verifier, { ...good, stage: 'acceptance' });
      assert.equal(r.status, 422, r.text);
      assert.deepEqual(r.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['/query/verifier', 'access_token_required']]);
    }
    const listed = await call(s.url, `/v1/applications/${caseNumber}/evaluations?verifier=5678`, { headers: keyHeaders() });
    assert.deepEqual(listed.body.evaluations, [], 'the tail still reads the case');
    assert.equal((await rate(caseNumber, token, { ...good, stage: 'acceptance' })).status, 201);
  });

  it('replays a keyed retry instead of answering 409', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    const key = idemKey();
    const a = await rate(caseNumber, token, { ...good, stage: 'acceptance' }, { 'idempotency-key': key });
    const b = await rate(caseNumber, token, { ...good, stage: 'acceptance' }, { 'idempotency-key': key });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.deepEqual(b.body, a.body);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
  });

  it('replays a keyed retry after the reason list got a new version, and checks the verifier first', async () => {
    const { caseNumber, token } = await newCase();
    await act(caseNumber, { action: 'accept' });
    const key = idemKey();
    const a = await rate(caseNumber, token, { ...good, stage: 'acceptance' }, { 'idempotency-key': key });
    assert.equal(a.status, 201, a.text);
    const current = exampleEvaluationReasonList;
    await s.db.transaction((tx) => saveReasonList(tx, { ...current, version: `${current.version}-next` }));
    try {
      const b = await rate(caseNumber, token, { ...good, stage: 'acceptance' }, { 'idempotency-key': key });
      assert.equal(b.status, 201, b.text);
      assert.deepEqual(b.body, a.body);
      assert.equal(b.headers.get('idempotent-replayed'), 'true');
      assert.equal((await rate(caseNumber, 'tok_thisIsNotTheRightToken', { ...good, stage: 'acceptance' }, { 'idempotency-key': key })).status, 404);
    } finally {
      await s.db.transaction((tx) => saveReasonList(tx, current));
    }
  });
});
