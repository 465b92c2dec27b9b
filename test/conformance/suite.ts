// The zwfw v1 conformance suite: checks any backend against the contract in @zwfw/core. Every response is
// validated with the contract's schemas; problems must be RFC 9457 with a stable code; writes must be
// idempotent; CORS must follow the partner-key rules. Runnable from run.ts or from a node test.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { compileErrors, validate } from '@readme/openapi-parser';
import { exOfficioChecks } from './checks/ex-officio.js';
import { searchReasonChecks } from './checks/search-reasons.js';
import { formEngineChecks } from './checks/form-engine.js';
import {
  ApplicationReceiptSchema, BundlePageSchema, BundleSchema, EvaluationReasonListSchema, EvaluationSchema,
  FormSpecSchema, HealthSchema, MatterSchema, MatterSummaryPageSchema, ProblemSchema, ProgressSchema,
  RegionPageSchema, SearchIndexDocumentSchema, SearchResponseSchema, addWorkingDays, chinaToday, operationList, type ApplicationInput, type FormSpec, type Matter, type MatterSummary,
} from '@zwfw/core';
import type * as z from 'zod/mini';
import { caseChecks } from './checks/cases.js';
import { partnerChecks } from './checks/partner.js';
import { deadlineChecks } from './checks/deadlines.js';
import { evaluationFollowupChecks } from './checks/evaluations.js';
import { hardeningInputChecks } from './checks/hardening-input.js';
import { uploadChecks } from './checks/uploads.js';
import { hardeningAccessChecks } from './checks/hardening-access.js';
import { catalogueCacheChecks } from './checks/catalogue-cache.js';
import { sampleApplication } from './sample-application.js';

export interface ConformanceOptions {
  baseUrl: string;
  /** Publishable key for case operations (omitted: those checks are skipped). */
  key?: string | undefined;
  /** Origin the key is bound to. */
  origin?: string | undefined;
  /** Admin token of a backend with the simulator (omitted: lifecycle and evaluation checks are skipped). */
  adminToken?: string | undefined;
  /** A valid application to submit; built from the first matter with a form when absent. */
  application?: ApplicationInput | undefined;
  /** A second publishable key allowed from `origin`, for the upload isolation check (omitted: skipped). */
  otherKey?: string | undefined;
  /** Size of the body the 413 check sends, bytes (default 4 MiB: over any sensible limit for a form). */
  oversizeBytes?: number | undefined;
  /** A partner's counter key (帮办代办), its partner id and a branch of it (omitted: the agent checks are skipped). */
  counter?: { key: string; partnerId: string; branch: string } | undefined;
}

export interface CheckResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  detail?: string;
  ms: number;
}

interface Res {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

const PROBLEM_TYPE = 'application/problem+json';
const EVIL_ORIGIN = 'https://conformance-not-allowed.example';

export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const base = options.baseUrl.replace(/\/$/, '');
  const origin = options.origin ?? 'http://127.0.0.1:8080';
  const results: CheckResult[] = [];
  const ctx: {
    matter?: Matter; summaries?: MatterSummary[]; form?: FormSpec; application?: ApplicationInput;
    caseNumber?: string; token?: string; mobileTail?: string;
  } = {};

  const request = async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown; raw?: string } = {}): Promise<Res> => {
    const headers: Record<string, string> = { ...init.headers };
    let body = init.raw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    const r = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
    const text = await r.text();
    const type = r.headers.get('content-type') ?? '';
    return { status: r.status, headers: r.headers, text, body: type.includes('json') && text ? JSON.parse(text) : undefined };
  };
  const keyed = (extra: Record<string, string> = {}) => ({ origin, 'x-zwfw-key': options.key ?? '', ...extra });
  const conforms = <S extends z.ZodMiniType>(schema: S, r: Res, status = 200): z.output<S> => {
    assert.equal(r.status, status, `expected ${status}, got ${r.status}: ${r.text.slice(0, 300)}`);
    const parsed = schema.safeParse(r.body);
    assert.ok(parsed.success, `response does not match the contract: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    return parsed.data;
  };
  const isProblem = (r: Res, status: number, code?: string) => {
    assert.equal(r.status, status, `expected a ${status} problem, got ${r.status}: ${r.text.slice(0, 300)}`);
    assert.ok((r.headers.get('content-type') ?? '').startsWith(PROBLEM_TYPE), `content-type ${r.headers.get('content-type')}`);
    const p = ProblemSchema.parse(r.body);
    assert.equal(p.status, status, 'problem.status matches the HTTP status');
    if (code) assert.equal(p.code, code);
    assert.doesNotMatch(r.text, /\bat [\w.<>]+ \(|node:internal/, 'no stack traces');
    return p;
  };
  const check = async (name: string, fn: () => Promise<void>, needs?: 'key' | 'admin' | 'case' | 'counter') => {
    const start = performance.now();
    const missing = needs === 'key' && !options.key ? 'no --key given'
      : needs === 'counter' && (!options.counter || !options.key) ? 'no --counter-key (and --key) given'
      : needs === 'admin' && (!options.adminToken || !options.key) ? 'no --admin-token (and --key) given'
        : needs === 'case' && !ctx.caseNumber ? 'no case was created'
          : undefined;
    if (missing) {
      results.push({ name, status: 'skip', detail: missing, ms: 0 });
      return;
    }
    try {
      await fn();
      results.push({ name, status: 'pass', ms: Math.round(performance.now() - start) });
    } catch (err) {
      results.push({ name, status: 'fail', detail: err instanceof Error ? err.message : String(err), ms: Math.round(performance.now() - start) });
    }
  };

  // A matter with a form that `fits`: the one already seen, else the first of the list's first pages.
  const findTarget = async (fits: (matter: Matter, form: FormSpec) => boolean, pages = 3): Promise<{ matter: Matter; form: FormSpec } | undefined> => {
    if (ctx.matter && ctx.form && fits(ctx.matter, ctx.form)) return { matter: ctx.matter, form: ctx.form };
    let cursor: string | null = null;
    for (let page = 0; page < pages; page++) {
      const list = MatterSummaryPageSchema.parse((await request(`/v1/matters?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body);
      for (const summary of list.items.filter((m) => m.hasForm)) {
        const form = FormSpecSchema.safeParse((await request(`/v1/matters/${encodeURIComponent(summary.code)}/form`)).body);
        if (!form.success) continue;
        const matter = MatterSchema.safeParse((await request(`/v1/matters/${encodeURIComponent(summary.code)}`)).body);
        if (matter.success && fits(matter.data, form.data)) return { matter: matter.data, form: form.data };
      }
      cursor = list.nextCursor;
      if (!cursor) break;
    }
    return undefined;
  };
  const tolerable = (form: FormSpec) => form.materials.find((m) => m.toleranceAllowed);

  // ---- contract document and health
  await check('openapi.json is a valid OpenAPI 3.1 document listing every v1 operation', async () => {
    const r = await request('/v1/openapi.json');
    assert.equal(r.status, 200);
    const result = await validate(structuredClone(r.body));
    assert.ok(result.valid, result.valid ? '' : compileErrors(result).slice(0, 500));
    assert.match(r.body.openapi, /^3\.1\./);
    for (const op of operationList) {
      if (op.adminToken) continue; // the simulator is optional for other backends
      assert.ok(r.body.paths?.[op.path]?.[op.method], `missing ${op.method.toUpperCase()} ${op.path}`);
    }
  });
  await check('health answers with the contract shape', async () => {
    conforms(HealthSchema, await request('/health'));
  });

  // ---- catalogue reads
  await check('matters list: page shape, limit bound, cursor walk without repeats', async () => {
    const first = conforms(MatterSummaryPageSchema, await request('/v1/matters?limit=5'));
    assert.ok(first.items.length > 0 && first.items.length <= 5, 'a non-empty page within limit');
    ctx.summaries = first.items;
    if (first.nextCursor) {
      const second = conforms(MatterSummaryPageSchema, await request(`/v1/matters?limit=5&cursor=${encodeURIComponent(first.nextCursor)}`));
      const codes = new Set(first.items.map((m) => m.code));
      assert.ok(second.items.every((m) => !codes.has(m.code)), 'the next page repeats no item');
      ctx.summaries.push(...second.items);
    }
    const max = conforms(MatterSummaryPageSchema, await request('/v1/matters?limit=100'));
    assert.ok(max.items.length <= 100);
    const withForm = max.items.find((m) => m.hasForm);
    if (withForm) ctx.summaries.unshift(withForm);
    isProblem(await request('/v1/matters?limit=101'), 422, 'validation_failed');
  });
  await check('matters list filters return only matching items', async () => {
    const sample = ctx.summaries?.[0];
    assert.ok(sample, 'needs a matter');
    const audience = sample.audience[0]!;
    const byAudience = conforms(MatterSummaryPageSchema, await request(`/v1/matters?limit=50&audience=${audience}`));
    assert.ok(byAudience.items.length > 0 && byAudience.items.every((m) => m.audience.includes(audience)));
    const byType = conforms(MatterSummaryPageSchema, await request(`/v1/matters?limit=50&type=${sample.type}`));
    assert.ok(byType.items.every((m) => m.type === sample.type));
    const online = conforms(MatterSummaryPageSchema, await request('/v1/matters?limit=50&online=true'));
    assert.ok(online.items.every((m) => m.isOnline));
    const visits = conforms(MatterSummaryPageSchema, await request('/v1/matters?limit=50&onSiteVisits=0'));
    assert.ok(visits.items.every((m) => m.onSiteVisits === 0));
    const dept = conforms(MatterSummaryPageSchema, await request(`/v1/matters?limit=50&department=${sample.agencyCode}`));
    assert.ok(dept.items.length > 0 && dept.items.every((m) => m.agencyCode === sample.agencyCode));
  });
  await check('matter guide by code validates; ETag revalidates to 304', async () => {
    const code = ctx.summaries?.[0]?.code;
    assert.ok(code, 'needs a matter');
    const r = await request(`/v1/matters/${encodeURIComponent(code)}`);
    ctx.matter = conforms(MatterSchema, r);
    const etag = r.headers.get('etag');
    assert.ok(etag, 'ETag header');
    assert.ok(r.headers.get('cache-control'), 'Cache-Control header');
    assert.equal((await request(`/v1/matters/${encodeURIComponent(code)}`, { headers: { 'if-none-match': etag } })).status, 304);
  });
  await check('unknown matter is a 404 problem', async () => {
    isProblem(await request('/v1/matters/ZZZ_NO_SUCH_MATTER_0'), 404, 'not_found');
  });
  await check('form spec of a matter validates', async () => {
    assert.ok(ctx.matter?.formId, 'needs a matter with a form (hasForm) in the first page');
    ctx.form = conforms(FormSpecSchema, await request(`/v1/matters/${encodeURIComponent(ctx.matter.code)}/form`));
  });
  await check('bundles list, bundle and merged form validate', async () => {
    const page = conforms(BundlePageSchema, await request('/v1/bundles'));
    const bundle = page.items[0];
    if (!bundle) return;
    conforms(BundleSchema, await request(`/v1/bundles/${encodeURIComponent(bundle.id)}`));
    const form = await request(`/v1/bundles/${encodeURIComponent(bundle.id)}/form`);
    if (form.status === 404) isProblem(form, 404);
    else conforms(FormSpecSchema, form);
  });
  await check('regions and evaluation reasons validate', async () => {
    conforms(RegionPageSchema, await request('/v1/regions'));
    conforms(EvaluationReasonListSchema, await request('/v1/evaluation-reasons'));
  });
  await check('search answers with hits and facets; the index artifact is cacheable', async () => {
    const name = ctx.matter?.name ?? ctx.summaries?.[0]?.name ?? '许可';
    const q = encodeURIComponent([...name].slice(0, 2).join(''));
    const res = conforms(SearchResponseSchema, await request(`/v1/search?q=${q}&limit=5`));
    assert.ok(res.items.length > 0, 'a matter name prefix finds something');
    isProblem(await request('/v1/search'), 422, 'validation_failed');
    const idx = await request('/v1/search-index');
    conforms(SearchIndexDocumentSchema, idx);
    const etag = idx.headers.get('etag');
    assert.ok(etag, 'ETag on the index');
    assert.equal((await request('/v1/search-index', { headers: { 'if-none-match': etag } })).status, 304);
  });
  await exOfficioChecks({ request, check, conforms, isProblem });
  await searchReasonChecks({ request, check, conforms });
  await formEngineChecks({ request, keyed, conforms, isProblem, check });

  // ---- problems
  await check('problems: 404 route, 405 method, 422 query, localized title', async () => {
    const zh = isProblem(await request('/v1/conformance-no-such-route'), 404);
    const en = isProblem(await request('/v1/conformance-no-such-route', { headers: { 'accept-language': 'en' } }), 404);
    assert.notEqual(zh.title, en.title, 'Accept-Language: en changes the title');
    assert.match(en.title, /^[\x20-\x7e]+$/, 'English title');
    const m = await request('/v1/matters', { method: 'DELETE' });
    assert.ok(m.status === 405 || m.status === 404, `DELETE /v1/matters → ${m.status}`);
    isProblem(m, m.status);
    const p = isProblem(await request('/v1/matters?audience=nobody'), 422, 'validation_failed');
    assert.ok(p.errors?.some((e) => e.path === '/query/audience'), 'per-field error on the query parameter');
  });

  // ---- CORS and keys
  await check('catalogue is public: Access-Control-Allow-Origin * without a key', async () => {
    const r = await request('/v1/matters?limit=1', { headers: { origin: EVIL_ORIGIN } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    const pre = await fetch(`${base}/v1/matters`, { method: 'OPTIONS', headers: { origin: EVIL_ORIGIN, 'access-control-request-method': 'GET' } });
    assert.ok(pre.status === 204 || pre.status === 200, `preflight ${pre.status}`);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  });
  await check('case operations: preflight and requests only for the key origins', async () => {
    const pre = await fetch(`${base}/v1/applications`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-zwfw-key,idempotency-key' },
    });
    assert.ok(pre.status === 204 || pre.status === 200, `preflight from the key origin → ${pre.status}`);
    assert.equal(pre.headers.get('access-control-allow-origin'), origin);
    const evil = await fetch(`${base}/v1/applications`, { method: 'OPTIONS', headers: { origin: EVIL_ORIGIN, 'access-control-request-method': 'POST' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), null, 'no CORS grant for an unknown origin');
    const noKey = await request('/v1/applications', { method: 'POST', headers: { origin, 'idempotency-key': randomUUID() }, body: {} });
    isProblem(noKey, 401, 'unauthorized');
    const wrongOrigin = await request('/v1/applications', { method: 'POST', headers: { ...keyed({ origin: EVIL_ORIGIN }), 'idempotency-key': randomUUID() }, body: {} });
    isProblem(wrongOrigin, 403, 'origin_not_allowed');
    assert.equal(wrongOrigin.headers.get('access-control-allow-origin'), null);
  }, 'key');

  // ---- submissions and idempotency
  await check('submission: Idempotency-Key required (400 naming the header)', async () => {
    const r = await request('/v1/applications', { method: 'POST', headers: keyed(), body: {} });
    const p = isProblem(r, 400, 'idempotency_key_required');
    assert.match(`${p.title} ${p.detail ?? ''}`, /Idempotency-Key|幂等/);
  }, 'key');
  await check('submission: malformed JSON 400, unknown field 422 with its path', async () => {
    isProblem(await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': randomUUID(), 'content-type': 'application/json' }), raw: '{"x":' }), 400);
    const p = isProblem(await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': randomUUID() }), body: { conformanceUnknown: 1 } }), 422, 'validation_failed');
    assert.ok(p.errors?.some((e) => e.path === '/conformanceUnknown'), 'per-field error for the unknown field');
  }, 'key');
  await check('submission: a body over the size limit is a 413 problem', async () => {
    const size = options.oversizeBytes ?? 4 * 1024 * 1024;
    const raw = JSON.stringify({ values: { padding: 'x'.repeat(size) } });
    const r = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': randomUUID(), 'content-type': 'application/json' }), raw });
    isProblem(r, 413, 'payload_too_large');
  }, 'key');
  await check('submission creates a case (43-character number) and a retry replays it', async () => {
    const app = options.application ?? (ctx.matter && ctx.form ? sampleApplication(ctx.matter, ctx.form) : undefined);
    assert.ok(app, 'needs an application (pass --application or serve a matter with a form)');
    ctx.application = app;
    const key = randomUUID();
    const first = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': key }), body: app });
    const receipt = conforms(ApplicationReceiptSchema, first, 201);
    assert.equal(receipt.case.caseNumber.length, 43, `case number ${receipt.case.caseNumber}`);
    assert.match(receipt.case.caseNumber, /^[0-9A-Z]{31}\d{8}\d{4}$/);
    ctx.caseNumber = receipt.case.caseNumber;
    ctx.token = receipt.accessToken;
    ctx.mobileTail = app.applicant.mobile.slice(-4);
    assert.doesNotMatch(first.text, new RegExp(app.applicant.mobile), 'the mobile number is masked');
    const retry = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': key }), body: app });
    assert.equal(retry.status, 201);
    assert.deepEqual(retry.body, first.body, 'a retry returns the same receipt');
    const changed = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': key }), body: { ...app, channel: app.channel === 'web' ? 'app' : 'web' } });
    isProblem(changed, 409, 'idempotency_key_reused');
  }, 'key');
  await check('submission: 容缺 only with a commitment signed on the current text', async () => {
    const target = await findTarget((_, form) => tolerable(form) !== undefined);
    assert.ok(target, 'needs a matter whose form allows 容缺 (a material with toleranceAllowed) in the first 300 matters');
    const { matter, form } = target;
    const material = tolerable(form)!;
    const base = sampleApplication(matter, form);
    const same = (m: { materialId: string; matterCode?: string | undefined }) => m.materialId === material.materialId && m.matterCode === material.matterCode;
    const app: ApplicationInput = {
      ...base,
      materials: [
        ...base.materials.filter((m) => !same(m)),
        { materialId: material.materialId, status: 'tolerance', ...(material.matterCode ? { matterCode: material.matterCode } : {}) },
      ],
    };
    const unsigned = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': randomUUID() }), body: app });
    const p = isProblem(unsigned, 422, 'validation_failed');
    assert.ok(p.errors?.some((e) => e.path.startsWith('/commitment')), `an error on /commitment: ${JSON.stringify(p.errors?.slice(0, 3))}`);
    const commitment = {
      signed: true as const,
      signerName: app.applicant.type === 'legal' ? app.applicant.legalRepresentative ?? app.applicant.name : app.applicant.name,
      signedAt: new Date().toISOString(),
      textVersion: form.commitmentText?.version ?? 'v1',
    };
    const signed = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': randomUUID() }), body: { ...app, commitment } });
    const receipt = conforms(ApplicationReceiptSchema, signed, 201);
    assert.equal(receipt.case.tolerance, true, 'the case is marked 容缺');
  }, 'key');
  await check('concurrent duplicate submissions create one case', async () => {
    const key = randomUUID();
    const all = await Promise.all(Array.from({ length: 6 }, () =>
      request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': key }), body: ctx.application })));
    assert.ok(all.every((r) => r.status === 201), all.map((r) => r.status).join(','));
    assert.equal(new Set(all.map((r) => r.body.case.caseNumber)).size, 1);
  }, 'case');

  // ---- progress
  await check('progress with the mobile tail and with the token; masked', async () => {
    const byTail = await request(`/v1/applications/${ctx.caseNumber}/progress?verifier=${ctx.mobileTail}`, { headers: keyed() });
    const p = conforms(ProgressSchema, byTail);
    assert.equal(p.case.caseNumber, ctx.caseNumber);
    assert.doesNotMatch(byTail.text, new RegExp(ctx.application!.applicant.idNumber), 'the ID number is masked');
    conforms(ProgressSchema, await request(`/v1/applications/${ctx.caseNumber}/progress?verifier=${encodeURIComponent(ctx.token!)}`, { headers: keyed() }));
  }, 'case');
  await check('a wrong verifier looks exactly like an unknown case', async () => {
    const wrongTail = ctx.mobileTail === '0000' ? '1111' : '0000';
    const wrong = await request(`/v1/applications/${ctx.caseNumber}/progress?verifier=${wrongTail}`, { headers: keyed() });
    const unknown = await request(`/v1/applications/${ctx.caseNumber!.slice(0, -4)}9999/progress?verifier=${ctx.mobileTail}`, { headers: keyed() });
    assert.ok(wrong.status === 404 || wrong.status === 429, `wrong verifier → ${wrong.status}`);
    if (wrong.status === 404) {
      isProblem(wrong, 404);
      isProblem(unknown, 404);
      assert.deepEqual({ ...wrong.body, instance: undefined }, { ...unknown.body, instance: undefined });
    }
  }, 'case');

  // ---- simulator and evaluations
  const act = (body: unknown) => request(`/v1/admin/cases/${ctx.caseNumber}/actions`, { method: 'POST', headers: { authorization: `Bearer ${options.adminToken}` }, body });
  await check('simulator: accept, illegal transition is a 409 naming the status', async () => {
    assert.ok(ctx.caseNumber, 'needs a case');
    isProblem(await request(`/v1/admin/cases/${ctx.caseNumber}/actions`, { method: 'POST', body: { action: 'accept' } }), 401);
    const accepted = conforms(ProgressSchema, await act({ action: 'accept' }));
    assert.equal(accepted.case.status, 'accepted');
    assert.ok(accepted.case.deadline, 'a deadline once accepted');
    const bad = isProblem(await act({ action: 'deliver' }), 409, 'invalid_transition');
    assert.match(bad.detail ?? '', /accepted/);
  }, 'admin');
  await check('simulator: the deadline pauses during a special procedure (特别程序) and moves by the paused days', async () => {
    // A limit of at least one working day, so a pause can move the due date (当场办结 matters cannot).
    const paused = (matter: Matter) => matter.specialProcedures.find((p) => !p.countsTowardLimit);
    // Such matters are rarer (the sample district's are 不动产 首次登记 with 公告): look through 2,000 matters.
    const target = await findTarget((matter) => (matter.promisedTimeLimit?.value ?? 0) >= 1 && paused(matter) !== undefined, 20);
    assert.ok(target, 'needs a matter with a form, a promised limit of at least 1 and a special procedure not counted toward it in the first 2,000 matters');
    const created = conforms(ApplicationReceiptSchema, await request('/v1/applications', {
      method: 'POST', headers: keyed({ 'idempotency-key': randomUUID() }), body: sampleApplication(target.matter, target.form),
    }), 201);
    const cn = created.case.caseNumber;
    const on = (body: unknown) => request(`/v1/admin/cases/${cn}/actions`, { method: 'POST', headers: { authorization: `Bearer ${options.adminToken}` }, body });
    const accepted = conforms(ProgressSchema, await on({ action: 'accept' }));
    const due = accepted.case.deadline?.dueDate;
    assert.ok(due, 'a due date once accepted');
    // Started now: the clock is paused now, for the back office and for the applicant.
    const started = conforms(ProgressSchema, await on({ action: 'start_special_procedure', procedureName: paused(target.matter)!.name }));
    assert.equal(started.case.status, 'special_procedure');
    assert.equal(started.case.deadline?.paused, true, 'paused while the special procedure runs');
    const citizen = conforms(ProgressSchema, await request(`/v1/applications/${cn}/progress?verifier=${encodeURIComponent(created.accessToken)}`, { headers: keyed() }));
    assert.equal(citizen.case.deadline?.paused, true, 'the applicant sees the pause too');
    // Ended (simulated) three working days later: the due date moves out by the paused days.
    const end = addWorkingDays(chinaToday(), 3);
    const ended = conforms(ProgressSchema, await on({ action: 'end_special_procedure', at: `${end}T10:00:00+08:00` }));
    assert.equal(ended.case.status, 'processing');
    assert.ok((ended.case.deadline?.dueDate ?? '') > due, `the due date moves out by the paused days: ${due} → ${ended.case.deadline?.dueDate}`);
    // Concluded the day after: the paused working days are on the record.
    const concluded = conforms(ProgressSchema, await on({ action: 'conclude', outcome: 'approved', at: `${addWorkingDays(end, 1)}T10:00:00+08:00` }));
    assert.ok((concluded.case.deadline?.pausedWorkingDays ?? 0) >= 1, `paused working days: ${concluded.case.deadline?.pausedWorkingDays}`);
  }, 'admin');
  await check('evaluations: reasons for 差评, one per stage, stage must be open', async () => {
    assert.ok(ctx.caseNumber, 'needs a case');
    const reasons = conforms(EvaluationReasonListSchema, await request('/v1/evaluation-reasons'));
    const url = `/v1/applications/${ctx.caseNumber}/evaluations?verifier=${encodeURIComponent(ctx.token!)}`;
    const base = { stage: 'acceptance', channel: 'web', reasonListVersion: reasons.version, anonymous: true };
    isProblem(await request(url, { method: 'POST', headers: keyed(), body: { ...base, level: 1, reasons: [] } }), 422, 'validation_failed');
    isProblem(await request(url, { method: 'POST', headers: keyed(), body: { ...base, stage: 'conclusion', level: 5, reasons: [] } }), 409, 'evaluation_not_open');
    conforms(EvaluationSchema, await request(url, { method: 'POST', headers: keyed(), body: { ...base, level: 5, reasons: [] } }), 201);
    isProblem(await request(url, { method: 'POST', headers: keyed(), body: { ...base, level: 4, reasons: [] } }), 409, 'evaluation_exists');
  }, 'admin');
  results.push(...await evaluationFollowupChecks({ request, keyed, conforms, isProblem, key: options.key, adminToken: options.adminToken, application: ctx.application }));

  const caseKit = { request, check, conforms, isProblem, keyed, adminToken: options.adminToken, counter: options.counter, origin, baseUrl: base };
  await caseChecks(caseKit);
  await partnerChecks(caseKit);
  if (options.adminToken && options.key) results.push(...(await deadlineChecks({ request, keyed, adminToken: options.adminToken, findTarget })));

  results.push(...await uploadChecks({ baseUrl: base, key: options.key, origin, otherKey: options.otherKey, matter: ctx.matter, form: ctx.form }));
  results.push(...await catalogueCacheChecks({ baseUrl: base, matterCode: ctx.matter?.code }));
  results.push(...await hardeningInputChecks({ baseUrl: base, key: options.key ?? '', origin, adminToken: options.adminToken, application: ctx.application }));
  // Last: its enumeration probe spends this client's guess budget for the day.
  results.push(...await hardeningAccessChecks({ request, keyed, conforms, isProblem, key: options.key, adminToken: options.adminToken, application: ctx.application }));
  return results;
}
