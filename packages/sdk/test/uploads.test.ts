// client.uploads over real HTTP against the reference server: a file uploaded for a material of a real form,
// then cited by a submission; progress reports; a retry through an injected failure that returns the first
// receipt (same Idempotency-Key, one stored file); typed errors from the server and from the pre-send check.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FormSpec } from '@zwfw/core';
import { checkUpload, createClient, ZwfwAbortError, ZwfwApiError, ZwfwTimeoutError, type UploadProgress, type ZwfwClient } from '../src/index.js';
import { validSubmission } from './helpers/journey.js';
import { startReferenceServer, type ReferenceServer } from './helpers/reference-server.js';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let server: ReferenceServer;
let client: ZwfwClient;
let form: FormSpec;

before(async () => {
  server = await startReferenceServer();
  client = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin });
  const submission = await validSubmission(client);
  form = await client.forms.get({ matterCode: submission.matterCode! });
});
after(() => server.close());

describe('uploads.create', () => {
  test('uploads a file for a material, reports progress, and the fileRef is accepted by a submission', async () => {
    const material = form.materials[0]!;
    const events: UploadProgress[] = [];
    const receipt = await client.uploads.create(new Blob([PDF], { type: 'application/pdf' }), {
      formId: form.id, materialId: material.materialId, material, onProgress: (p) => events.push(p),
    });
    assert.match(receipt.fileRef, /^upl_/);
    assert.equal(receipt.contentType, 'application/pdf');
    assert.equal(receipt.size, PDF.length);
    assert.deepEqual(events, [{ loaded: 0, total: PDF.length, fraction: 0 }, { loaded: PDF.length, total: PDF.length, fraction: 1 }]);

    const submission = await validSubmission(client);
    submission.materials = submission.materials.map((m) =>
      (m.materialId === material.materialId ? { ...m, status: 'provided', fileRefs: [receipt.fileRef] } : m));
    if (!submission.materials.some((m) => m.materialId === material.materialId)) {
      submission.materials.push({ materialId: material.materialId, status: 'provided', fileRefs: [receipt.fileRef] });
    }
    const applied = await client.applications.submit(submission);
    assert.equal(applied.case.status, 'submitted');
  });

  test('retries a failed attempt with the same Idempotency-Key and returns the first receipt', async () => {
    const seen: { key: string | null; status: number; body: string }[] = [];
    // The first attempt reaches the server (which stores the file), but the client sees a 500: the retry must
    // get that same upload back, not a second one.
    const flaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      const body = await response.text();
      seen.push({ key: request.headers.get('idempotency-key'), status: response.status, body });
      if (seen.length === 1) return new Response('{"code":"internal","title":"x","status":500}', { status: 500, headers: { 'content-type': 'application/problem+json' } });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const c = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin, fetch: flaky, retry: { baseDelay: 1 } });
    const receipt = await c.uploads.create(new Blob([PDF]), { formId: form.id, materialId: form.materials[0]!.materialId });
    assert.equal(seen.length, 2);
    assert.ok(seen[0]!.key !== null && seen[0]!.key === seen[1]!.key, 'same Idempotency-Key on both attempts');
    assert.equal(JSON.parse(seen[0]!.body).fileRef, receipt.fileRef);
  });

  test("gives a file more time than the client's JSON timeout (unless the call sets one)", async () => {
    // Every attempt takes 300 ms here, six times the client's timeout: a 1 MB file still goes through.
    const slow: typeof fetch = async (input, init) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return fetch(input, init);
    };
    const c = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin, fetch: slow, timeout: 50, retry: false });
    const file = new Blob([PDF, new Uint8Array(1024 * 1024)]);
    const receipt = await c.uploads.create(file, { formId: form.id, materialId: form.materials[0]!.materialId });
    assert.equal(receipt.size, file.size);
    const err = await c.uploads.create(file, { formId: form.id, materialId: form.materials[0]!.materialId, timeout: 50 }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwTimeoutError, String(err));
  });

  test('a wrong real type is a typed API error with the problem code (the name does not matter)', async () => {
    const program = new File([new TextEncoder().encode('MZ\x90\x00 not a pdf')], 'scan.pdf', { type: 'application/pdf' });
    const err = await client.uploads.create(program, { formId: form.id, materialId: form.materials[0]!.materialId }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError, String(err));
    assert.equal(err.status, 415);
    assert.equal(err.code, 'upload_type_not_allowed');
    assert.equal(err.attempts, 1, 'a 415 is not retried');
  });

  test('checks size and type against the material before sending when given it', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const c = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin, fetch: counting });
    const big = new Blob([new Uint8Array(2 * 1024 * 1024)], { type: 'application/pdf' });
    const err = await c.uploads.create(big, { formId: form.id, materialId: 'x', material: { maxSizeMb: 1 } }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError);
    assert.equal(err.code, 'upload_too_large');
    assert.equal(err.status, 413);
    assert.equal(calls, 0);
  });

  test('an aborted upload rejects with ZwfwAbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await client.uploads.create(new Blob([PDF]), { formId: form.id, materialId: form.materials[0]!.materialId, signal: controller.signal }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwAbortError, String(err));
  });
});

describe('checkUpload', () => {
  test('judges size and declared type against the material, defaults included', () => {
    assert.deepEqual(checkUpload(new Blob([PDF], { type: 'application/pdf' })), { ok: true });
    const word = checkUpload(new File(['x'], 'a.docx'), { accept: ['application/pdf'] });
    assert.equal(word.ok, false);
    assert.equal(!word.ok && word.code, 'upload_type_not_allowed');
    assert.equal(checkUpload(new File(['x'], 'a.docx'), { accept: ['.docx'] }).ok, true);
    assert.equal(checkUpload(new Blob(['x'], { type: 'image/png' }), { accept: ['image/*'] }).ok, true);
    // A file whose type cannot be told passes: the server sniffs it.
    assert.equal(checkUpload(new Blob(['x'])).ok, true);
    const big = checkUpload(new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]));
    assert.equal(!big.ok && big.code, 'upload_too_large');
    assert.match(!big.ok ? big.message.en : '', /10 MB/);
  });
});
