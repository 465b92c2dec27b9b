// POST /v1/uploads and the fileRefs of a submission: content sniffing (a lying name or Content-Type never
// decides), size and daily limits, part rules, the receipt, idempotent retries; then what a submission may
// cite (its own key's, unexpired, unclaimed uploads for that material) and the housekeeping of expired files.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UploadReceiptSchema, exampleMatter, type ApplicationInput } from '@zwfw/core';
import { buildMatterForm } from '../src/catalogue/forms/build-form.js';
import { FORM_TEMPLATES } from '../src/catalogue/forms/matter-forms.js';
import { createPartnerKey } from '../src/index.js';
import { sniffTypes } from '../src/domain/sniff.js';
import { removeExpiredUploads } from '../src/domain/uploads.js';
import { createFsStorage } from '../src/storage/file-storage.js';
import { PERSON_FORM, personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, DEMO_ORIGIN, DEMO_KEY, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new TextEncoder().encode('MZ\x90\x00 this program cannot be run in DOS mode');

/** A zip whose first local header names `entry` (enough for sniffing). */
function zipWith(entry: string): Uint8Array {
  const name = new TextEncoder().encode(entry);
  const header = new Uint8Array(30 + name.length);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = name.length;
  header.set(name, 30);
  return header;
}

type Part = [name: string, value: string | { bytes: Uint8Array<ArrayBuffer>; filename?: string; type?: string }];

describe(`uploads (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue() });
    s.config.uploads.maxMb = 1;
    s.config.uploads.dailyMb = 2;
    s.config.uploads.maxFiles = 3;
  });
  after(() => s.close());

  const send = async (parts: Part[], headers: Record<string, string> = keyHeaders()) => {
    const form = new FormData();
    for (const [name, value] of parts) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, new Blob([value.bytes], { type: value.type ?? 'application/octet-stream' }), value.filename ?? 'file.bin');
    }
    const r = await fetch(`${s.url}/v1/uploads`, { method: 'POST', headers, body: form });
    const text = await r.text();
    return { status: r.status, headers: r.headers, body: text ? JSON.parse(text) : undefined, text };
  };
  const fileFor = (materialId: string, bytes: Uint8Array<ArrayBuffer> = PDF, filename = 'scan.pdf', type = 'application/pdf'): Part[] =>
    [['formId', PERSON_FORM.id], ['materialId', materialId], ['file', { bytes, filename, type }]];
  const uploadRef = async (materialId = 'photo', headers?: Record<string, string>): Promise<string> => {
    const r = await send(fileFor(materialId), headers);
    assert.equal(r.status, 201, r.text);
    return r.body.fileRef;
  };
  const submit = (body: ApplicationInput, headers: Record<string, string> = keyHeaders(), key = idemKey()) =>
    call(s.url, '/v1/applications', { method: 'POST', headers: { ...headers, 'idempotency-key': key }, body });
  const withRefs = (refs: string[], materialId = 'photo'): ApplicationInput => {
    const input = personApplication();
    input.materials = input.materials.map((m) => (m.materialId === materialId ? { ...m, status: 'provided', fileRefs: refs } : m));
    return input;
  };
  const codes = (r: { body: { errors?: { path: string; code: string }[] } }) => (r.body.errors ?? []).map((e) => `${e.path} ${e.code}`);
  const storedFiles = async (): Promise<string[]> =>
    (await readdir(s.config.uploads.dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);

  it('sniffs PDF, JPEG, PNG, OFD and office zips from bytes, and nothing else', () => {
    assert.deepEqual(sniffTypes(PDF), ['application/pdf']);
    assert.deepEqual(sniffTypes(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), ['image/jpeg']);
    assert.deepEqual(sniffTypes(PNG), ['image/png']);
    assert.deepEqual(sniffTypes(zipWith('OFD.xml')), ['application/ofd', 'application/zip']);
    assert.equal(sniffTypes(zipWith('word/document.xml'))[0], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.deepEqual(sniffTypes(zipWith('notes.txt')), ['application/zip']);
    assert.deepEqual(sniffTypes(EXE), []);
    assert.deepEqual(sniffTypes(new Uint8Array()), []);
  });

  it('catalogue forms state the accepted types and size of every material', () => {
    const form = buildMatterForm(exampleMatter, Object.keys(FORM_TEMPLATES)[0]!);
    assert.ok(form.materials.length > 0);
    for (const m of form.materials) {
      assert.deepEqual(m.accept, ['application/pdf', 'image/jpeg', 'image/png'], m.materialId);
      assert.equal(m.maxSizeMb, 10);
    }
  });

  it('stores a file for a material and answers a receipt bound to it', async () => {
    const r = await send(fileFor('photo', PDF, '../../etc/身份证\u0001.pdf'));
    assert.equal(r.status, 201, r.text);
    const receipt = UploadReceiptSchema.parse(r.body);
    assert.match(receipt.fileRef, /^upl_[A-Za-z0-9_-]{32}$/);
    assert.equal(receipt.formId, PERSON_FORM.id);
    assert.equal(receipt.materialId, 'photo');
    assert.equal(receipt.name, '身份证.pdf');
    assert.equal(receipt.contentType, 'application/pdf');
    assert.equal(receipt.size, PDF.length);
    assert.equal(receipt.sha256, createHash('sha256').update(PDF).digest('hex'));
    const hours = (Date.parse(receipt.expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 23.9 && hours <= 24, `expires in ${hours} h`);
    assert.equal(r.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  it('judges the type by the bytes: a PNG named .pdf is a PNG, a program named .pdf is refused (415)', async () => {
    const png = await send(fileFor('photo', PNG, 'photo.pdf', 'application/pdf'));
    assert.equal(png.status, 201, png.text);
    assert.equal(png.body.contentType, 'image/png');
    const before = (await storedFiles()).length;
    const exe = await send(fileFor('photo', EXE, 'scan.pdf', 'application/pdf'));
    assert.equal(exe.status, 415, exe.text);
    assert.equal(exe.body.code, 'upload_type_not_allowed');
    assert.match(exe.body.detail, /application\/pdf, image\/jpeg, image\/png/);
    assert.deepEqual(codes(exe), ['/file type_not_allowed']);
    assert.equal((await storedFiles()).length, before, 'nothing stored');
  });

  it('refuses a file over the limit (413) naming it, and stores nothing', async () => {
    const before = (await storedFiles()).length;
    const big = new Uint8Array(1024 * 1024 + 10);
    big.set(PDF);
    const r = await send(fileFor('photo', big));
    assert.equal(r.status, 413, r.text);
    assert.equal(r.body.code, 'upload_too_large');
    assert.match(r.body.detail, /1 MB/);
    assert.deepEqual(codes(r), ['/file too_large']);
    assert.equal((await storedFiles()).length, before);
  });

  it('answers bad parts with 422 and field paths', async () => {
    const noFile = await send([['formId', PERSON_FORM.id], ['materialId', 'photo']]);
    assert.equal(noFile.status, 422);
    assert.deepEqual(codes(noFile), ['/file required']);
    const nothing = await send([]);
    assert.deepEqual(codes(nothing).sort(), ['/file required', '/formId invalid_type', '/materialId invalid_type']);
    const two = await send([...fileFor('photo'), ['file', { bytes: PDF, filename: 'b.pdf' }]]);
    assert.equal(two.status, 422);
    assert.deepEqual(codes(two), ['/file too_many_files']);
    const empty = await send(fileFor('photo', new Uint8Array(), 'empty.pdf'));
    assert.deepEqual(codes(empty), ['/file empty_file']);
    const late = await send([['formId', PERSON_FORM.id], ['file', { bytes: PDF }], ['materialId', 'photo']]);
    assert.equal(late.status, 422);
    assert.deepEqual(codes(late), ['/materialId invalid_type']);
    const extra = await send([['formId', PERSON_FORM.id], ['materialId', 'photo'], ['note', 'x'], ['file', { bytes: PDF }]]);
    assert.equal(extra.status, 422);
    assert.deepEqual(codes(extra), ['/note unrecognized_key']);
    const textFile = await send([['formId', PERSON_FORM.id], ['materialId', 'photo'], ['file', 'not a file']]);
    assert.deepEqual(codes(textFile), ['/file not_a_file']);
    const cut = await fetch(`${s.url}/v1/uploads`, {
      method: 'POST', headers: keyHeaders({ 'content-type': 'multipart/form-data; boundary=xx' }),
      body: '--xx\r\nContent-Disposition: form-data; name="formId"\r\n\r\nabc',
    });
    assert.equal(cut.status, 400);
    assert.equal((await cut.json()).code, 'bad_request');
  });

  it('refuses an unknown form or material with its path', async () => {
    const form = await send([['formId', 'no-such-form'], ['materialId', 'photo'], ['file', { bytes: PDF }]]);
    assert.equal(form.status, 422);
    assert.deepEqual(codes(form), ['/formId unknown_form']);
    const material = await send(fileFor('no-such-material'));
    assert.deepEqual(codes(material), ['/materialId material_unknown']);
  });

  it('refuses a body that is not multipart (415) and needs the key', async () => {
    const json = await call(s.url, '/v1/uploads', { method: 'POST', headers: keyHeaders(), body: { formId: PERSON_FORM.id } });
    assert.equal(json.status, 415);
    assert.equal(json.body.code, 'unsupported_media_type');
    const noKey = await send(fileFor('photo'), { origin: DEMO_ORIGIN });
    assert.equal(noKey.status, 401);
    // And a multipart body sent to a JSON operation is still a 415 there.
    const form = new FormData();
    form.append('a', 'b');
    const r = await fetch(`${s.url}/v1/applications`, { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body: form });
    assert.equal(r.status, 415);
  });

  it('answers the CORS preflight of an upload from an allowed origin with POST and the key headers', async () => {
    const r = await fetch(`${s.url}/v1/uploads`, {
      method: 'OPTIONS',
      headers: { origin: DEMO_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-zwfw-key, idempotency-key' },
    });
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
    assert.match(r.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const evil = await fetch(`${s.url}/v1/uploads`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(evil.status, 403);
  });

  it('answers a retried upload with the same Idempotency-Key with the same receipt, and 409 for other bytes', async () => {
    const key = idemKey();
    const a = await send(fileFor('photo'), keyHeaders({ 'idempotency-key': key }));
    const files = (await storedFiles()).length;
    const b = await send(fileFor('photo'), keyHeaders({ 'idempotency-key': key }));
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.deepEqual(b.body, a.body);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal((await storedFiles()).length, files, 'the retry stored no second file');
    const rows = await s.db.query('select ref from uploads where sha256 = $1 and ref = $2', [a.body.sha256, a.body.fileRef]);
    assert.equal(rows.length, 1);
    const other = await send(fileFor('photo', PNG, 'p.png'), keyHeaders({ 'idempotency-key': key }));
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  it('refuses uploads over the daily allowance of the key (429, Retry-After to China midnight)', async () => {
    const origin = 'https://quota.example';
    const k = await createPartnerKey(s.db, { name: 'quota', origins: [origin] });
    const headers = { origin, 'x-zwfw-key': k.key };
    const chunk = new Uint8Array(900 * 1024);
    chunk.set(PDF);
    const firstKey = idemKey();
    const first = await send(fileFor('photo', chunk), { ...headers, 'idempotency-key': firstKey });
    assert.equal(first.status, 201);
    assert.equal((await send(fileFor('photo', chunk), headers)).status, 201);
    const files = (await storedFiles()).length;
    const r = await send(fileFor('photo', chunk), headers);
    assert.equal(r.status, 429, r.text);
    assert.equal(r.body.code, 'upload_quota_exceeded');
    const retryAfter = Number(r.headers.get('retry-after'));
    const nowChina = new Date(Date.now() + 8 * 3_600_000);
    const toMidnight = 86_400 - (nowChina.getUTCHours() * 3600 + nowChina.getUTCMinutes() * 60 + nowChina.getUTCSeconds());
    assert.ok(Math.abs(retryAfter - toMidnight) <= 2, `Retry-After ${retryAfter}, expected about ${toMidnight}`);
    assert.equal((await storedFiles()).length, files);
    // Filled to the byte: allowed; then even a retry of an upload already counted is replayed, not refused.
    const rest = new Uint8Array(2 * 1024 * 1024 - 2 * chunk.length);
    rest.set(PDF);
    assert.equal((await send(fileFor('photo', rest), headers)).status, 201);
    assert.equal((await send(fileFor('photo'), headers)).status, 429);
    const retry = await send(fileFor('photo', chunk), { ...headers, 'idempotency-key': firstKey });
    assert.equal(retry.status, 201, retry.text);
    assert.equal(retry.body.fileRef, first.body.fileRef);
    assert.equal((await storedFiles()).length, files + 1);
    // Another key is not affected.
    assert.equal((await send(fileFor('photo'))).status, 201);
  });

  it('lets a submission cite its uploads, and claims them for the case', async () => {
    const ref = await uploadRef();
    const key = idemKey();
    const r = await submit(withRefs([ref]), keyHeaders(), key);
    assert.equal(r.status, 201, r.text);
    const rows = await s.db.query<{ case_number: string }>('select case_number from uploads where ref = $1', [ref]);
    assert.equal(rows[0]?.case_number, r.body.case.caseNumber);
    // An idempotent retry of the same submission still succeeds…
    const retry = await submit(withRefs([ref]), keyHeaders(), key);
    assert.equal(retry.status, 201);
    assert.equal(retry.body.case.caseNumber, r.body.case.caseNumber);
    // …but another submission cannot reuse the file.
    const again = await submit(withRefs([ref]));
    assert.equal(again.status, 422);
    assert.equal(again.body.code, 'file_ref_invalid');
    assert.deepEqual(codes(again), ['/materials/0/fileRefs/0 file_ref_claimed']);
  });

  it('refuses unknown, other-material and expired refs, each with its code and path', async () => {
    const forOldCard = await uploadRef('old-card');
    const expired = await uploadRef();
    await s.db.query("update uploads set expires_at = now() - interval '1 minute' where ref = $1", [expired]);
    const ok = await uploadRef();
    const r = await submit(withRefs(['upl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', forOldCard, expired]));
    assert.equal(r.status, 422, r.text);
    assert.equal(r.body.code, 'file_ref_invalid');
    assert.deepEqual(codes(r), [
      '/materials/0/fileRefs/0 file_ref_unknown',
      '/materials/0/fileRefs/1 file_ref_other_material',
      '/materials/0/fileRefs/2 file_ref_expired',
    ]);
    // Nothing was claimed by the refused submission.
    const rows = await s.db.query<{ n: number }>('select count(*)::int as n from uploads where ref = any($1::text[]) and case_number is not null', [[forOldCard, ok]]);
    assert.equal(Number(rows[0]?.n), 0);
  });

  it("treats another key's ref exactly like an unknown one", async () => {
    const origin = 'https://other.example';
    const k = await createPartnerKey(s.db, { name: 'other', origins: [origin] });
    const theirs = await uploadRef('photo', { origin, 'x-zwfw-key': k.key });
    const mine = await submit(withRefs([theirs]));
    const unknown = await submit(withRefs(['upl_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB']));
    assert.equal(mine.status, 422);
    assert.deepEqual(mine.body.errors, unknown.body.errors);
    assert.equal(mine.body.detail, unknown.body.detail);
    // The owner can still use it.
    const own = await submit(withRefs([theirs]), { origin, 'x-zwfw-key': k.key });
    assert.equal(own.status, 201, own.text);
    assert.notEqual(k.key, DEMO_KEY);
  });

  it('refuses more files than an application may cite', async () => {
    const refs = [await uploadRef(), await uploadRef(), await uploadRef(), await uploadRef()];
    const r = await submit(withRefs(refs));
    assert.equal(r.status, 422);
    assert.deepEqual(codes(r), ['/materials too_many_files']);
  });

  it('removes expired, never-cited uploads (row and file) in housekeeping, and keeps claimed ones', async () => {
    const stale = await uploadRef();
    const cited = await uploadRef();
    assert.equal((await submit(withRefs([cited]))).status, 201);
    await s.db.query("update uploads set expires_at = now() - interval '1 minute' where ref = any($1::text[])", [[stale, cited]]);
    const keys = await s.db.query<{ ref: string; storage_key: string }>('select ref, storage_key from uploads where ref = any($1::text[])', [[stale, cited]]);
    const pathOf = (ref: string) => join(s.config.uploads.dir, keys.find((k) => k.ref === ref)!.storage_key);
    assert.ok(existsSync(pathOf(stale)) && existsSync(pathOf(cited)));
    const removed = await removeExpiredUploads(s.db, createFsStorage(s.config.uploads.dir));
    assert.ok(removed >= 1);
    assert.equal(existsSync(pathOf(stale)), false);
    assert.equal(existsSync(pathOf(cited)), true);
    assert.equal((await s.db.query('select 1 from uploads where ref = $1', [stale])).length, 0);
  });

  it('limits uploads per key and client address per minute (429 rate_limited with Retry-After)', async () => {
    const origin = 'https://busy.example';
    const k = await createPartnerKey(s.db, { name: 'busy', origins: [origin] });
    const saved = s.config.uploads.rate;
    s.config.uploads.rate = { max: 1, windowSeconds: 60 };
    try {
      assert.equal((await send(fileFor('photo'), { origin, 'x-zwfw-key': k.key })).status, 201);
      const r = await send(fileFor('photo'), { origin, 'x-zwfw-key': k.key });
      assert.equal(r.status, 429);
      assert.equal(r.body.code, 'rate_limited');
      assert.ok(Number(r.headers.get('retry-after')) >= 1);
    } finally {
      s.config.uploads.rate = saved;
    }
  });

  it('keeps exactly one stored file per upload row (refusals leave nothing behind)', async () => {
    const rows = await s.db.query<{ n: number }>('select count(*)::int as n from uploads');
    assert.equal((await storedFiles()).length, Number(rows[0]?.n));
  });
});
