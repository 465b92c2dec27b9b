// Markup in plain-text input (applicant names, evaluation comments, back-office notes) is refused with a field
// error, and nothing is stored; the elements render these as text, another consumer might not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exampleEvaluationInput } from '@zwfw/core';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

describe(`plain-text input refuses markup (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
  });
  after(() => s.close());

  const submit = (body: unknown) => call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body });
  const fieldErrors = (r: { body: { errors?: { path: string; code: string }[] } }) => (r.body.errors ?? []).map((e) => [e.path, e.code]);
  const count = async () => (await s.db.query<{ n: number }>('select count(*)::int as n from applications'))[0]?.n ?? 0;

  it('refuses an applicant name with a tag (422 markup_not_allowed), stores nothing', async () => {
    const before = await count();
    const app = personApplication();
    const r = await submit({ ...app, applicant: { ...app.applicant, name: '<img src=x onerror=alert(1)>张三' } });
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(fieldErrors(r), [['/applicant/name', 'markup_not_allowed']]);
    assert.equal(await count(), before);
  });

  it('refuses an evaluation comment and back-office notes with tags', async () => {
    const created = await submit(personApplication());
    const cn = created.body.case.caseNumber as string;
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const note = await call(s.url, `/v1/admin/cases/${cn}/actions`, { method: 'POST', headers: admin, body: { action: 'accept', note: '<a href="javascript:x()">受理</a>' } });
    assert.equal(note.status, 422, note.text);
    assert.deepEqual(fieldErrors(note), [['/note', 'markup_not_allowed']]);
    assert.equal((await call(s.url, `/v1/admin/cases/${cn}/actions`, { method: 'POST', headers: admin, body: { action: 'accept', note: '材料齐全 & 符合要求 (a < b)' } })).status, 200);
    const rating = await call(s.url, `/v1/applications/${cn}/evaluations?verifier=${created.body.accessToken}`, {
      method: 'POST', headers: keyHeaders(), body: { ...exampleEvaluationInput, stage: 'acceptance', level: 5, reasons: [], channel: 'web', comment: '<script>alert(1)</script>好' },
    });
    assert.equal(rating.status, 422, rating.text);
    assert.deepEqual(fieldErrors(rating), [['/comment', 'markup_not_allowed']]);
    assert.equal((await s.db.query('select 1 from evaluations where case_number = $1', [cn])).length, 0);
  });
});
