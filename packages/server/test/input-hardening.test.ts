// Odd input gets small, typed answers: a body of thousands of unknown keys gets a capped 422 (50 errors and a
// count of the rest); NUL and unpaired surrogates are field errors wherever text reaches the database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_PROBLEM_ERRORS, ProblemSchema } from '@zwfw/core';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

/** A valid application plus `n` unknown top-level keys (about 16 bytes each). */
function withUnknownKeys(n: number): Record<string, unknown> {
  const body: Record<string, unknown> = { ...personApplication() };
  for (let i = 0; i < n; i++) body[`junk_${String(i).padStart(6, '0')}`] = 1;
  return body;
}

describe(`input hardening (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
  });
  after(() => s.close());

  const submit = (body: unknown) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body });

  it('refuses a 539 kB body of unknown keys by counting them, with one small error', async () => {
    const body = withUnknownKeys(33_700);
    const size = JSON.stringify(body).length;
    assert.ok(size > 530_000 && size < 560_000, `${size} bytes sent`);
    const r = await submit(body);
    assert.equal(r.status, 422, r.text.slice(0, 300));
    const p = ProblemSchema.parse(r.body);
    assert.equal(p.code, 'validation_failed');
    assert.deepEqual(p.errors?.map((e) => `${e.path} ${e.code}`), [' too_many_entries']);
    assert.ok(r.text.length < 2_000, `a ${r.text.length}-byte answer`);
  });

  it('refuses over-wide containers anywhere in the body at their path', async () => {
    const values: Record<string, unknown> = { ...personApplication().values };
    for (let i = 0; i < 1000; i++) values[`v${i}`] = 'x';
    const wideValues = await submit(personApplication({ values }));
    assert.deepEqual(wideValues.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/values too_many_entries']);
    const longArray = await submit({ ...personApplication(), materials: Array.from({ length: 5000 }, () => 1) });
    assert.deepEqual(longArray.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/materials too_many_entries']);
  });

  it('lists at most 50 field errors and counts the rest', async () => {
    const r = await submit(withUnknownKeys(900));
    assert.equal(r.status, 422, r.text.slice(0, 300));
    const p = ProblemSchema.parse(r.body);
    assert.equal(p.errors?.length, MAX_PROBLEM_ERRORS);
    assert.equal(p.errorsOmitted, 900 - MAX_PROBLEM_ERRORS);
    assert.equal(p.errors?.[0]?.path, '/junk_000000');
    assert.ok(r.text.length < 10_000, `a ${r.text.length}-byte answer`);
  });

  it('sends no errorsOmitted when everything fits', async () => {
    const r = await submit(withUnknownKeys(3));
    assert.equal(r.status, 422);
    assert.equal(r.body.errors.length, 3);
    assert.equal('errorsOmitted' in r.body, false);
  });

  const invalidAt = (r: { status: number; text: string; body: any }, path: string) => {
    assert.equal(r.status, 422, r.text.slice(0, 300));
    assert.equal(r.body.code, 'validation_failed');
    const entry = r.body.errors.find((e: { path: string }) => e.path === path);
    assert.ok(entry, `no error at ${path}: ${r.text.slice(0, 300)}`);
    assert.equal(entry.code, 'invalid_characters');
  };

  it('refuses NUL and unpaired surrogates in submitted text, values and their keys with invalid_characters (422)', async () => {
    const nulName = personApplication();
    nulName.applicant.name = '张\u0000三';
    invalidAt(await submit(nulName), '/applicant/name');
    const loneHigh = personApplication({ values: { ...personApplication().values, name: 'ab\ud800' } });
    invalidAt(await submit(loneHigh), '/values/name');
    const loneLow = personApplication({ values: { ...personApplication().values, name: '\udc00' } });
    invalidAt(await submit(loneLow), '/values/name');
    const badKey = personApplication({ values: { ...personApplication().values, 'x\u0000': 'y' } });
    invalidAt(await submit(badKey), '/values/x\u0000');
    const idNumber = personApplication();
    idNumber.applicant.idNumber = '\u0000';
    invalidAt(await submit(idNumber), '/applicant/idNumber');
    // A pair is a character like any other.
    const paired = personApplication();
    paired.applicant.name = '张𠀀';
    const ok = await submit({ ...paired, values: { ...paired.values, name: '张𠀀' } });
    assert.equal(ok.status, 201, ok.text.slice(0, 300));
    assert.equal(Number((await s.db.query<{ n: number }>('select count(*)::int as n from applications'))[0]?.n), 1, 'only the valid one was stored');
  });

  it('answers in the request language', async () => {
    const body = personApplication();
    body.applicant.name = '\u0000';
    const en = await call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'accept-language': 'en' }), body });
    assert.match(en.body.errors[0].message, /NUL/);
    const zh = await submit(body);
    assert.match(zh.body.errors[0].message, /无法保存/);
  });

  it('refuses NUL in read filters and cursors', async () => {
    invalidAt(await call(s.url, '/v1/search?q=%00'), '/query/q');
    invalidAt(await call(s.url, '/v1/matters?cursor=abc%00'), '/query/cursor');
    invalidAt(await call(s.url, '/v1/matters?theme=%00'), '/query/theme');
    invalidAt(await call(s.url, '/v1/bundles?cursor=%00'), '/query/cursor');
  });

  it('caps unknown query parameters too', async () => {
    const query = Array.from({ length: 400 }, (_, i) => `q${i}=1`).join('&');
    const r = await call(s.url, `/v1/matters?${query}`);
    assert.equal(r.status, 422, r.text.slice(0, 300));
    assert.equal(r.body.errors.length, MAX_PROBLEM_ERRORS);
    assert.equal(r.body.errorsOmitted, 400 - MAX_PROBLEM_ERRORS);
  });
});
