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

  it('lists at most 50 field errors and counts the rest, for a 539 kB body of unknown keys', async () => {
    const body = withUnknownKeys(33_700);
    const size = JSON.stringify(body).length;
    assert.ok(size > 530_000 && size < 560_000, `${size} bytes sent`);
    const r = await submit(body);
    assert.equal(r.status, 422, r.text.slice(0, 300));
    const p = ProblemSchema.parse(r.body);
    assert.equal(p.code, 'validation_failed');
    assert.equal(p.errors?.length, MAX_PROBLEM_ERRORS);
    assert.equal(p.errorsOmitted, 33_700 - MAX_PROBLEM_ERRORS);
    assert.equal(p.errors?.[0]?.path, '/junk_000000');
    assert.ok(r.text.length < 10_000, `a ${r.text.length}-byte answer`);
  });

  it('sends no errorsOmitted when everything fits', async () => {
    const r = await submit(withUnknownKeys(3));
    assert.equal(r.status, 422);
    assert.equal(r.body.errors.length, 3);
    assert.equal('errorsOmitted' in r.body, false);
  });

  it('caps unknown query parameters too', async () => {
    const query = Array.from({ length: 400 }, (_, i) => `q${i}=1`).join('&');
    const r = await call(s.url, `/v1/matters?${query}`);
    assert.equal(r.status, 422, r.text.slice(0, 300));
    assert.equal(r.body.errors.length, MAX_PROBLEM_ERRORS);
    assert.equal(r.body.errorsOmitted, 400 - MAX_PROBLEM_ERRORS);
  });
});
