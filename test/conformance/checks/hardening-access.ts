// Conformance of access hardening (issue 11): security headers on API responses, the case proof in the
// X-Zwfw-Verifier header (the ?verifier= form deprecated), rating only with the access token, markup refused in
// plain-text input, safe catalogue links, and a bounded enumeration probe: one client's wrong mobile-tail
// guesses across case numbers run out. Runs last: the probe spends the client's guess budget for the day.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  ApplicationReceiptSchema, EvaluationReasonListSchema, MatterSchema, MatterSummaryPageSchema, ProgressSchema, isSafeLink,
  type ApplicationInput,
} from '@zwfw/core';
import type { CheckResult } from '../suite.js';
import { runCheck, type SuiteTools } from './toolkit.js';

/** What the checks need from the suite. */
export interface HardeningAccessContext extends SuiteTools {
  key: string | undefined;
  adminToken: string | undefined;
  /** A valid application (the suite's, once its submission check ran). */
  application: ApplicationInput | undefined;
}

/** Wrong tail guesses across distinct case numbers within which a server must refuse (429). */
export const ENUMERATION_BOUND = 50;

/** Every string under a link-named key of a matter, with its path. */
function links(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => links(v, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' && /url$/i.test(k) ? [[`${path}/${k}`, v]] : links(v, `${path}/${k}`));
}

/** Checks of headers, the verifier's transport, rating proof, safe text and enumeration. */
export async function hardeningAccessChecks(c: HardeningAccessContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const admin = { authorization: `Bearer ${c.adminToken}` };
  const state: { caseNumber?: string; token?: string; tail?: string } = {};
  const check = (name: string, fn: () => Promise<void>, needsCase = true) => runCheck(results, name,
    !c.key || !c.adminToken ? 'no --admin-token (and --key) given'
      : !c.application ? 'no application was accepted by the submission check'
        : needsCase && !state.token ? 'no case was created by the first check' : undefined,
    fn);
  const progress = (headers: Record<string, string>, query = '') =>
    c.request(`/v1/applications/${state.caseNumber}/progress${query}`, { headers: c.keyed(headers) });

  await check('hardening: the case proof travels in X-Zwfw-Verifier; ?verifier= still works with a Deprecation header', async () => {
    const receipt = c.conforms(ApplicationReceiptSchema, await c.request('/v1/applications', {
      method: 'POST', headers: c.keyed({ 'idempotency-key': randomUUID() }), body: c.application,
    }), 201);
    Object.assign(state, { caseNumber: receipt.case.caseNumber, token: receipt.accessToken, tail: c.application!.applicant.mobile.slice(-4) });
    const byHeader = await progress({ 'x-zwfw-verifier': state.token! });
    c.conforms(ProgressSchema, byHeader);
    assert.equal(byHeader.headers.get('deprecation'), null, 'no Deprecation header for the header form');
    const byQuery = await progress({}, `?verifier=${encodeURIComponent(state.token!)}`);
    c.conforms(ProgressSchema, byQuery);
    assert.ok(byQuery.headers.get('deprecation'), 'the query form is answered with a Deprecation header');
    const missing = c.isProblem(await progress({}), 422, 'validation_failed');
    assert.ok(missing.errors?.some((e) => e.path === '/headers/x-zwfw-verifier'), JSON.stringify(missing.errors));
  }, false);

  await check('hardening: API responses and problems carry nosniff, Referrer-Policy no-referrer, a Permissions-Policy and frame-ancestors none', async () => {
    for (const r of [await progress({ 'x-zwfw-verifier': state.token! }), await c.request('/v1/matters?limit=1'), await c.request('/v1/matters/no-such-matter')]) {
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
      assert.ok(r.headers.get('permissions-policy'), 'Permissions-Policy');
      assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    }
  });

  await check('hardening: a mobile tail reads progress but cannot rate; the access token can', async () => {
    c.conforms(ProgressSchema, await c.request(`/v1/admin/cases/${state.caseNumber}/actions`, { method: 'POST', headers: admin, body: { action: 'accept' } }));
    const list = c.conforms(EvaluationReasonListSchema, await c.request('/v1/evaluation-reasons'));
    const body = { stage: 'acceptance', level: 5, reasons: [], channel: 'web', reasonListVersion: list.version, anonymous: true };
    const url = `/v1/applications/${state.caseNumber}/evaluations`;
    const byTail = c.isProblem(await c.request(url, { method: 'POST', headers: c.keyed({ 'x-zwfw-verifier': state.tail! }), body }), 422, 'validation_failed');
    assert.ok(byTail.errors?.some((e) => e.code === 'access_token_required'), JSON.stringify(byTail.errors));
    assert.equal((await c.request(url, { method: 'POST', headers: c.keyed({ 'x-zwfw-verifier': state.token! }), body })).status, 201);
  });

  await check('hardening: markup in an applicant name is refused (422 markup_not_allowed)', async () => {
    const app = c.application!;
    const r = c.isProblem(await c.request('/v1/applications', {
      method: 'POST', headers: c.keyed({ 'idempotency-key': randomUUID() }), body: { ...app, applicant: { ...app.applicant, name: '<img src=x onerror=alert(1)>张三' } },
    }), 422, 'validation_failed');
    assert.ok(r.errors?.some((e) => e.path === '/applicant/name' && e.code === 'markup_not_allowed'), JSON.stringify(r.errors));
  }, false);

  await check('hardening: every link of the first catalogue matters is https: or a single-slash path', async () => {
    const page = c.conforms(MatterSummaryPageSchema, await c.request('/v1/matters?limit=5'));
    for (const s of page.items) {
      const matter = c.conforms(MatterSchema, await c.request(`/v1/matters/${s.code}`));
      for (const [path, url] of links(matter)) assert.ok(isSafeLink(url), `${s.code}${path}: ${url}`);
      for (const contact of [...matter.consultation, ...matter.complaint].filter((x) => x.way === 'online')) assert.ok(isSafeLink(contact.value), contact.value);
    }
  }, false);

  await check(`hardening: one client's wrong mobile-tail guesses across case numbers are refused within ${ENUMERATION_BOUND}; its token still works`, async () => {
    const prefix = state.caseNumber!.slice(0, -4);
    const wrongTail = state.tail === '0000' ? '1111' : '0000';
    let refusedAt: number | undefined;
    for (let i = 1; i <= ENUMERATION_BOUND && refusedAt === undefined; i++) {
      const cn = `${prefix}${String((Number(state.caseNumber!.slice(-4)) + 1000 + i) % 10000).padStart(4, '0')}`;
      const r = await c.request(`/v1/applications/${cn}/progress`, { headers: c.keyed({ 'x-zwfw-verifier': wrongTail }) });
      if (r.status === 429) refusedAt = i;
      else c.isProblem(r, 404, 'not_found');
    }
    assert.ok(refusedAt !== undefined, `${ENUMERATION_BOUND} wrong guesses across case numbers were all answered`);
    c.conforms(ProgressSchema, await progress({ 'x-zwfw-verifier': state.token! }));
  });
  return results;
}
