// POST /v1/applications: Idempotency-Key rules (retries, conflicts, concurrent duplicates), validation of
// values / materials / 容缺 with core's form engine, the 43-character case number.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApplicationReceiptSchema, type ApplicationInput } from '@zwfw/core';
import { createPartnerKey } from '../src/index.js';
import { BUNDLE, MATTER, PERSON_FORM, PERSON_MATTER, legalApplication, personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, DEMO_ORIGIN, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

/** Tuesday 2026-03-10, 10:00 in Shanghai. March 2026 has no public holiday or 调休 day. */
const NOW = '2026-03-10T02:00:00Z';

describe(`applications (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    // A fixed server clock: case numbers and projected deadlines cannot straddle midnight in Shanghai.
    s = await startTestServer({ catalogue: testCatalogue(), config: { now: () => new Date(NOW) } });
  });
  after(() => s.close());

  const submit = (body: unknown, key: string | null = idemKey(), extra: Record<string, string> = {}) =>
    call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ ...(key === null ? {} : { 'idempotency-key': key }), ...extra }), body,
    });
  const paths = (r: { body: { errors?: { path: string; code: string }[] } }) =>
    (r.body.errors ?? []).map((e) => `${e.path} ${e.code}`);

  it('requires an Idempotency-Key and names the header', async () => {
    const r = await submit(personApplication(), null);
    assert.equal(r.status, 400);
    assert.equal(r.body.code, 'idempotency_key_required');
    assert.match(r.body.detail, /Idempotency-Key/);
    const short = await submit(personApplication(), 'abc');
    assert.equal(short.status, 400);
    assert.equal(short.body.code, 'idempotency_key_required');
  });

  it('creates a case: 43-character number, access token, masked applicant, Location', async () => {
    const r = await submit(personApplication());
    assert.equal(r.status, 201, r.text);
    const receipt = ApplicationReceiptSchema.parse(r.body);
    const day = '20260310';
    assert.equal(receipt.case.caseNumber.length, 43);
    assert.match(receipt.case.caseNumber, new RegExp(`^${PERSON_MATTER.taskCode}${day}\\d{4}$`));
    assert.equal(receipt.case.status, 'submitted');
    // The clock starts at 受理; until then the receipt projects the promised limit from today.
    assert.equal(receipt.case.deadline?.projected, true);
    assert.deepEqual(receipt.case.deadline?.limit, PERSON_MATTER.promisedTimeLimit);
    assert.deepEqual(PERSON_MATTER.promisedTimeLimit, { value: 10, unit: 'working_day' });
    // Counted by hand: 03-11 12 13, 16 17 18 19 20, 23 24. The receipt and progress both follow the server's clock.
    assert.equal(receipt.case.deadline?.dueDate, '2026-03-24', 'the receipt projects from the server clock');
    const progress = await call(s.url, `/v1/applications/${receipt.case.caseNumber}/progress?verifier=${encodeURIComponent(receipt.accessToken)}`, { headers: keyHeaders() });
    assert.equal(progress.status, 200, progress.text);
    assert.equal(progress.body.case.deadline?.projected, true);
    assert.equal(progress.body.case.deadline?.dueDate, '2026-03-24', 'due date = 10 working days after today');
    assert.deepEqual(receipt.case.applicant, { type: 'person', name: '张*', idType: 'id_card', idNumber: '110101********1233', mobile: '139****5678' });
    assert.doesNotMatch(r.text, /13912345678|110101199003071233/);
    assert.equal(r.headers.get('location'), `/v1/applications/${receipt.case.caseNumber}/progress`);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal(r.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
  });

  it('allocates serials per task code and day', async () => {
    const a = await submit(personApplication());
    const b = await submit(personApplication());
    const serial = (r: typeof a) => Number(r.body.case.caseNumber.slice(-4));
    assert.equal(serial(b), serial(a) + 1);
  });

  it('replays a retry with the same key and body, even with keys reordered', async () => {
    const key = idemKey();
    const first = await submit(personApplication(), key);
    assert.equal(first.status, 201);
    const retry = await submit(personApplication(), key);
    assert.equal(retry.status, 201);
    assert.deepEqual(retry.body, first.body);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    const reordered = Object.fromEntries(Object.entries(personApplication()).reverse());
    const again = await submit(reordered, key);
    assert.deepEqual(again.body, first.body);
  });

  it('answers the same key with a different body with 409', async () => {
    const key = idemKey();
    assert.equal((await submit(personApplication(), key)).status, 201);
    const other = await submit(personApplication({ channel: 'app' }), key);
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  it('replays a genuine retry even after the form got a new version', async () => {
    const key = idemKey();
    const first = await submit(personApplication(), key);
    assert.equal(first.status, 201, first.text);
    // The form is republished between the first attempt and the retry (its answer was lost on the way).
    const bump = (version: string) => s.db.query(
      "update forms set version = $2, doc = jsonb_set(doc, '{version}', to_jsonb($2::text)) where id = $1", [PERSON_FORM.id, version]);
    await bump('2');
    try {
      const retry = await submit(personApplication(), key);
      assert.equal(retry.status, 201, retry.text);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(retry.body, first.body);
      assert.equal(retry.headers.get('location'), first.headers.get('location'));
      // A new submission with the old version is refused as before.
      assert.deepEqual(paths(await submit(personApplication())), ['/formVersion form_version_outdated']);
    } finally {
      await bump(PERSON_FORM.version);
    }
  });

  it('answers the same key with a different invalid body with 409, not 422', async () => {
    const key = idemKey();
    assert.equal((await submit(personApplication(), key)).status, 201);
    const byForm = await submit(personApplication({ formVersion: '0' }), key);
    assert.equal(byForm.status, 409, byForm.text);
    assert.equal(byForm.body.code, 'idempotency_key_reused');
    const bySchema = await submit({ nonsense: true }, key);
    assert.equal(bySchema.status, 409, bySchema.text);
    assert.equal(bySchema.body.code, 'idempotency_key_reused');
    // An unknown key with an invalid body is still a 422.
    assert.equal((await submit({ nonsense: true })).status, 422);
  });

  it('creates exactly one case for concurrent duplicates', async () => {
    const key = idemKey();
    const results = await Promise.all(Array.from({ length: 12 }, () => submit(personApplication(), key)));
    assert.ok(results.every((r) => r.status === 201), results.map((r) => r.status).join());
    const numbers = new Set(results.map((r) => r.body.case.caseNumber));
    assert.equal(numbers.size, 1);
    const tokens = new Set(results.map((r) => r.body.accessToken));
    assert.equal(tokens.size, 1);
    const [caseNumber] = [...numbers];
    const rows = await s.db.query<{ n: number }>('select count(*)::int as n from applications where case_number = $1', [caseNumber]);
    assert.equal(rows[0]?.n, 1);
  });

  it('gives concurrent distinct submissions distinct serials', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(personApplication())));
    assert.ok(results.every((r) => r.status === 201));
    assert.equal(new Set(results.map((r) => r.body.case.caseNumber)).size, 10);
  });

  it('scopes idempotency keys per partner key', async () => {
    const other = await createPartnerKey(s.db, { name: 'bank', origins: ['https://bank.example'] });
    const key = idemKey();
    const a = await submit(personApplication(), key);
    const b = await call(s.url, '/v1/applications', {
      method: 'POST', headers: { origin: 'https://bank.example', 'x-zwfw-key': other.key, 'idempotency-key': key }, body: personApplication(),
    });
    assert.equal(b.status, 201);
    assert.notEqual(a.body.case.caseNumber, b.body.case.caseNumber);
  });

  it('does not burn the key on a rejected submission', async () => {
    const key = idemKey();
    const bad = await submit(personApplication({ values: { name: '张三' } }), key);
    assert.equal(bad.status, 422);
    const good = await submit(personApplication(), key);
    assert.equal(good.status, 201);
  });

  it('validates form values with the core validators, per field', async () => {
    const r = await submit(personApplication({ values: { name: '', idNumber: '110101199003071234', mobile: '12345', reason: 'lost', extra: 1 } }));
    assert.equal(r.status, 422);
    assert.equal(r.body.code, 'validation_failed');
    const got = paths(r);
    assert.ok(got.includes('/values/name required'), got.join('; '));
    assert.ok(got.some((p) => p.startsWith('/values/idNumber idCard_')), got.join('; '));
    assert.ok(got.some((p) => p.startsWith('/values/mobile mobile_')), got.join('; '));
    assert.ok(got.includes('/values/reason option'), got.join('; '));
    assert.ok(got.includes('/values/extra unrecognized_key'), got.join('; '));
    assert.ok(r.body.errors.every((e: { message: string }) => e.message.length > 0));
  });

  it('validates the applicant identifiers (checksums)', async () => {
    const app = personApplication();
    const r = await submit({ ...app, applicant: { ...app.applicant, idNumber: '110101199003071234' } });
    assert.equal(r.status, 422);
    assert.ok(paths(r).some((p) => p.startsWith('/applicant/idNumber')), paths(r).join());
  });

  it('checks materials: required, e-licence only where the catalogue allows, 容缺 only where allowed', async () => {
    const missing = await submit(personApplication({ materials: [{ materialId: 'photo', status: 'provided' }] }));
    assert.deepEqual(paths(missing), ['/materials material_missing']);
    const eLicense = await submit(personApplication({
      materials: [{ materialId: 'photo', status: 'eLicense' }, { materialId: 'old-card', status: 'eLicense' }],
    }));
    assert.deepEqual(paths(eLicense), ['/materials/0/status e_license_not_allowed']);
    const tolerance = await submit(personApplication({
      materials: [{ materialId: 'photo', status: 'tolerance' }, { materialId: 'old-card', status: 'provided' }],
      commitment: { signed: true, signerName: '张三', signedAt: '2025-03-03T10:15:00+08:00', textVersion: 'v1' },
    }));
    assert.ok(paths(tolerance).includes('/materials/0/status tolerance_not_allowed'), paths(tolerance).join());
    const unknown = await submit(personApplication({ materials: [...personApplication().materials, { materialId: 'nope', status: 'provided' }] }));
    assert.deepEqual(paths(unknown), ['/materials/2/materialId material_unknown']);
  });

  it('accepts 容缺 with a signed commitment on the current text, and refuses it otherwise', async () => {
    const ok = await submit(legalApplication());
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.case.tolerance, true);
    assert.equal(ok.body.case.applicant.name, '示例市示例区好味道餐饮有限公司', 'a company name is public register data');
    const noCommitment = legalApplication();
    delete noCommitment.commitment;
    const r1 = await submit(noCommitment);
    assert.equal(r1.status, 422);
    assert.ok(paths(r1).some((p) => p.startsWith('/commitment')), paths(r1).join());
    const oldText = legalApplication();
    oldText.commitment = { ...oldText.commitment!, textVersion: 'tolerance-2020' };
    const r2 = await submit(oldText);
    assert.deepEqual(paths(r2), ['/commitment/textVersion commitment_version']);
  });

  it('checks the target, form id and form version', async () => {
    const unknown = await submit(personApplication({ matterCode: 'NOPE' }));
    assert.deepEqual(paths(unknown), ['/matterCode unknown_matter']);
    const wrongForm = await submit(personApplication({ formId: 'food-business-license' }));
    assert.deepEqual(paths(wrongForm), ['/formId form_mismatch']);
    const oldVersion = await submit(personApplication({ formVersion: '0' }));
    assert.deepEqual(paths(oldVersion), ['/formVersion form_version_outdated']);
    const both: ApplicationInput = { ...personApplication(), bundleId: BUNDLE.id };
    assert.equal((await submit(both)).status, 422);
  });

  it('submits a bundle (一件事) with its merged form', async () => {
    const app = personApplication();
    delete app.matterCode;
    const r = await submit({
      ...app,
      bundleId: BUNDLE.id,
      formId: 'food-shop',
      materials: [
        { materialId: 'photo', status: 'provided', matterCode: PERSON_MATTER.code },
        { materialId: 'business-license', status: 'eLicense', matterCode: MATTER.code },
      ],
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.case.bundleId, BUNDLE.id);
    assert.equal(r.body.case.name, BUNDLE.name);
    assert.equal(r.body.case.caseNumber.slice(0, 31), PERSON_MATTER.taskCode, 'first step matter gives the task code');
  });

  it('keeps personal data out of logs-facing places: the token is stored hashed', async () => {
    const r = await submit(personApplication());
    const rows = await s.db.query<{ token_hash: string }>('select token_hash from applications where case_number = $1', [r.body.case.caseNumber]);
    assert.notEqual(rows[0]?.token_hash, r.body.accessToken);
    assert.equal(rows[0]?.token_hash.length, 64);
  });
});
