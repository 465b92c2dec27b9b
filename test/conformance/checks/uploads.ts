// Conformance of material uploads (POST /v1/uploads) and of the fileRefs a submission cites: a tiny PDF for a
// material of the sample form is stored and can be cited once; the bytes, not the name, decide the type; bad
// parts are 422 with paths; another key's fileRef reads exactly like an unknown one.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  ApplicationReceiptSchema, ProblemSchema, UploadReceiptSchema, acceptsType, materialFileRules, type ApplicationInput,
  type FormSpec, type Matter,
} from '@zwfw/core';
import { sampleApplication } from '../sample-application.js';
import type { CheckResult } from '../suite.js';

export interface UploadCheckOptions {
  baseUrl: string;
  key?: string | undefined;
  origin: string;
  /** A second publishable key allowed from `origin` (omitted: the isolation check is skipped). */
  otherKey?: string | undefined;
  /** A matter with a form and that form (found by the suite's catalogue checks). */
  matter?: Matter | undefined;
  form?: FormSpec | undefined;
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PROGRAM = new TextEncoder().encode('MZ\x90\x00 conformance: not a document');

export async function uploadChecks(o: UploadCheckOptions): Promise<CheckResult[]> {
  const base = o.baseUrl.replace(/\/$/, '');
  const results: CheckResult[] = [];
  const headersOf = (key = o.key ?? '') => ({ origin: o.origin, 'x-zwfw-key': key });
  const material = o.form?.materials.find((m) => acceptsType(materialFileRules(m, o.form).accept, 'application/pdf'));

  const run = async (name: string, fn: () => Promise<void>, skip?: string) => {
    const start = performance.now();
    const reason = skip ?? (!o.key ? 'no --key given' : !o.matter || !o.form || !material ? 'no form material accepting PDF' : undefined);
    if (reason) return void results.push({ name, status: 'skip', detail: reason, ms: 0 });
    try {
      await fn();
      results.push({ name, status: 'pass', ms: Math.round(performance.now() - start) });
    } catch (err) {
      results.push({ name, status: 'fail', detail: err instanceof Error ? err.message : String(err), ms: Math.round(performance.now() - start) });
    }
  };
  const read = async (r: Response) => {
    const text = await r.text();
    return { status: r.status, type: r.headers.get('content-type') ?? '', text, body: text && /json/.test(r.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined };
  };
  const upload = async (parts: [string, string | Blob, string?][], key?: string) => {
    const form = new FormData();
    for (const [name, value, filename] of parts) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, filename);
    }
    return read(await fetch(`${base}/v1/uploads`, { method: 'POST', headers: headersOf(key), body: form }));
  };
  const pdfFor = (file: Blob = new Blob([PDF], { type: 'application/pdf' }), filename = 'conformance.pdf'): [string, string | Blob, string?][] =>
    [['formId', o.form!.id], ['materialId', material!.materialId], ...(material!.matterCode ? [['matterCode', material!.matterCode] as [string, string]] : []), ['file', file, filename]];
  const submit = async (refs: string[], key?: string) => {
    const input: ApplicationInput = sampleApplication(o.matter!, o.form!);
    const cited = { materialId: material!.materialId, status: 'provided' as const, fileRefs: refs, ...(material!.matterCode ? { matterCode: material!.matterCode } : {}) };
    const at = input.materials.findIndex((m) => m.materialId === material!.materialId && m.matterCode === material!.matterCode);
    if (at >= 0) input.materials[at] = cited;
    else input.materials.push(cited);
    const r = await fetch(`${base}/v1/applications`, {
      method: 'POST', headers: { ...headersOf(key), 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: JSON.stringify(input),
    });
    return { ...(await read(r)), path: `/materials/${at >= 0 ? at : input.materials.length - 1}/fileRefs/0` };
  };
  const problem = (r: { status: number; type: string; body: unknown; text: string }, status: number, code: string) => {
    assert.equal(r.status, status, `expected a ${status} problem, got ${r.status}: ${r.text.slice(0, 300)}`);
    assert.ok(r.type.startsWith('application/problem+json'), `content-type ${r.type}`);
    const p = ProblemSchema.parse(r.body);
    assert.equal(p.code, code);
    return p;
  };

  await run('uploads: a PDF for a form material is stored, cited by one submission, refused to a second', async () => {
    const r = await upload(pdfFor());
    assert.equal(r.status, 201, r.text.slice(0, 300));
    const receipt = UploadReceiptSchema.parse(r.body);
    assert.equal(receipt.contentType, 'application/pdf');
    assert.equal(receipt.size, PDF.length);
    const first = await submit([receipt.fileRef]);
    assert.equal(first.status, 201, first.text.slice(0, 300));
    ApplicationReceiptSchema.parse(first.body);
    const again = await submit([receipt.fileRef]);
    const p = problem(again, 422, 'file_ref_invalid');
    assert.deepEqual(p.errors?.map((e) => `${e.path} ${e.code}`), [`${again.path} file_ref_claimed`]);
  });
  await run('uploads: the bytes decide the type (415), a missing file is 422 at /file, JSON is 415', async () => {
    problem(await upload(pdfFor(new Blob([PROGRAM], { type: 'application/pdf' }))), 415, 'upload_type_not_allowed');
    const missing = problem(await upload(pdfFor().slice(0, -1)), 422, 'validation_failed');
    assert.ok(missing.errors?.some((e) => e.path === '/file'), JSON.stringify(missing.errors));
    const json = await fetch(`${base}/v1/uploads`, { method: 'POST', headers: { ...headersOf(), 'content-type': 'application/json' }, body: '{}' });
    problem(await read(json), 415, 'unsupported_media_type');
  });
  await run("uploads: another key's fileRef is refused exactly like an unknown one", async () => {
    const theirs = UploadReceiptSchema.parse((await upload(pdfFor(), o.otherKey)).body).fileRef;
    const mine = await submit([theirs]);
    const unknown = await submit([`upl_${'A'.repeat(32)}`]);
    const p = problem(mine, 422, 'file_ref_invalid');
    assert.deepEqual(p.errors, problem(unknown, 422, 'file_ref_invalid').errors);
  }, o.otherKey ? undefined : 'no second key given');
  return results;
}
