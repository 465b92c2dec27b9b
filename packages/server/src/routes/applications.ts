import {
  IDEMPOTENT_REPLAYED_HEADER, type ApplicationInput, type ApplicationReceipt, type Bundle, type FormSpec,
  type Locale, type Matter, type ProblemFieldError, type TimeLimit,
} from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/types.js';
import { validateApplicant } from '../domain/applicant.js';
import { allocateCaseNumber, syntheticTaskCode } from '../domain/case-number.js';
import { validateSubmission } from '../domain/form-values.js';
import { checkApplicationFileRefs, claimApplicationFileRefs } from '../domain/uploads.js';
import { findIdempotent, requestHash, runIdempotent, type StoredResponse } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import { getBundle, getForm, getMatter } from '../repo/catalogue-read.js';
import { hashToken, insertCase, newAccessToken, toCaseView } from '../repo/cases.js';
import type { FastifyRequest } from 'fastify';
import type { HandlerContext, HandlerResult, ReplayHandler } from './operation.js';

interface Target {
  matter: Matter | undefined;
  bundle: Bundle | undefined;
  matters: Map<string, Matter>;
  form: FormSpec;
  name: string;
  department: string | undefined;
  taskCode: string;
  timeLimit: TimeLimit;
}

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** What the application is for: the matter or bundle, its form, and the catalogue facts the case keeps. */
async function resolveTarget(db: Db, input: ApplicationInput, locale: Locale): Promise<Target> {
  const fail = (path: string, code: string, zh: string, en: string): never => {
    throw new ProblemError('validation_failed', { errors: [{ path, code, message: t(locale, zh, en) }] });
  };
  const matters = new Map<string, Matter>();
  let matter: Matter | undefined;
  let bundle: Bundle | undefined;
  let expectedFormId: string | undefined;
  if (input.matterCode !== undefined) {
    matter = await getMatter(db, input.matterCode);
    if (matter === undefined) return fail('/matterCode', 'unknown_matter', `没有编码为 ${input.matterCode} 的事项`, `No matter ${input.matterCode}`);
    if (matter.state !== 'in_use') return fail('/matterCode', 'matter_not_in_use', '该事项已暂停或取消办理', 'The matter is suspended or cancelled');
    matters.set(matter.code, matter);
    expectedFormId = matter.formId;
  } else if (input.bundleId !== undefined) {
    bundle = await getBundle(db, input.bundleId);
    if (bundle === undefined) return fail('/bundleId', 'unknown_bundle', `没有编号为 ${input.bundleId} 的一件事`, `No bundle ${input.bundleId}`);
    for (const step of bundle.steps) {
      const m = await getMatter(db, step.matterCode);
      if (m !== undefined) matters.set(m.code, m);
    }
    expectedFormId = bundle.formId;
  }
  if (expectedFormId === undefined) {
    return fail('/matterCode', 'not_applicable_online', '该事项不支持网上申报', 'The matter cannot be applied for online');
  }
  if (input.formId !== expectedFormId) {
    return fail('/formId', 'form_mismatch', `应使用表单 ${expectedFormId}`, `The form for this target is ${expectedFormId}`);
  }
  const form = await getForm(db, expectedFormId);
  if (form === undefined) return fail('/formId', 'unknown_form', '表单不存在', 'Unknown form');
  if (form.version !== input.formVersion) {
    return fail('/formVersion', 'form_version_outdated', `表单已更新为 ${form.version} 版，请刷新后重新提交`, `The form is now version ${form.version}; reload it`);
  }
  const steps = bundle ? [...bundle.steps].sort((a, b) => a.order - b.order) : [];
  const firstMatter = matter ?? (steps[0] ? matters.get(steps[0].matterCode) : undefined);
  return {
    matter,
    bundle,
    matters,
    form,
    name: matter?.name ?? bundle?.name ?? form.title,
    department: matter?.agency.name,
    taskCode: firstMatter?.taskCode ?? syntheticTaskCode(bundle?.id ?? form.id),
    timeLimit: matter?.promisedTimeLimit ?? bundle?.promisedTimeLimit ?? firstMatter?.promisedTimeLimit ?? { value: 20, unit: 'working_day' },
  };
}

// Idempotency keys are per partner: two partners' clients may well pick the same UUID-ish key.
const scopeOf = (request: FastifyRequest): string => `applications:${request.partnerKey?.key ?? 'anonymous'}`;
const keyOf = (request: FastifyRequest): string => String(request.headers['idempotency-key']);

/** The 201 with its Location, marked as a replay when it is one. */
function receiptResult(result: StoredResponse, replayed: boolean): HandlerResult {
  const receipt = result.body as ApplicationReceipt;
  return {
    status: result.status,
    body: receipt,
    headers: {
      location: `/v1/applications/${encodeURIComponent(receipt.case.caseNumber)}/progress`,
      ...(replayed ? { [IDEMPOTENT_REPLAYED_HEADER.toLowerCase()]: 'true' } : {}),
    },
  };
}

/**
 * POST /v1/applications, before validation: a retry gets its receipt even if the same body would no longer
 * validate (a new form version, a matter suspended since), and a reused key with another body is a 409
 * even when that body is invalid.
 */
export function applicationReplay(db: Db): ReplayHandler {
  return async ({ request }) => {
    const stored = await findIdempotent(db, scopeOf(request), keyOf(request), requestHash(request.body));
    return stored === undefined ? undefined : receiptResult(stored, true);
  };
}

/** POST /v1/applications. */
export function applicationHandlers(db: Db, config: ServerConfig) {
  return {
    submitApplication: async ({ request, body, locale }: HandlerContext<unknown, unknown, ApplicationInput>): Promise<HandlerResult> => {
      const partner = request.partnerKey?.key ?? 'anonymous';
      const target = await resolveTarget(db, body, locale);
      const materialsOf = (code: string | undefined) => (code ? target.matters.get(code)?.materials : target.matter?.materials) ?? [];
      const errors: ProblemFieldError[] = [
        ...validateApplicant(body.applicant, locale),
        ...validateSubmission(body, target.form, materialsOf, locale),
      ];
      if (errors.length > 0) throw new ProblemError('validation_failed', { errors });
      await checkApplicationFileRefs(db, partner, body, config.uploads, locale);
      const tolerance = body.materials.some((m) => m.status === 'tolerance');

      // Concurrent first attempts all got past applicationReplay; runIdempotent lets one create the case.
      const result = await runIdempotent(db, scopeOf(request), keyOf(request), requestHash(request.body), async (tx) => {
        const at = new Date();
        const caseNumber = await allocateCaseNumber(tx, target.taskCode, at);
        const token = newAccessToken();
        await insertCase(tx, {
          caseNumber, taskCode: target.taskCode, matterCode: target.matter?.code, bundleId: target.bundle?.id,
          name: target.name, department: target.department, input: body, tokenHash: hashToken(token),
          timeLimit: target.timeLimit, at, partnerKey: partner, tolerance,
        });
        await claimApplicationFileRefs(tx, partner, body, caseNumber, locale, at);
        const row = {
          case_number: caseNumber, matter_code: target.matter?.code ?? null, bundle_id: target.bundle?.id ?? null,
          name: target.name, department: target.department ?? null, status: 'submitted' as const, channel: body.channel,
          tolerance, verifier_tail: '', token_hash: '', input: body, time_limit: target.timeLimit, submitted_at: at,
          accepted_at: null, concluded_at: null, updated_at: at,
        };
        const receipt: ApplicationReceipt = {
          case: toCaseView(row, [{ id: 0, action: 'submit', from_status: null, to_status: 'submitted', at, detail: {} }], {
            countStartDay: config.countAcceptanceDay,
          }),
          accessToken: token,
        };
        return { status: 201, body: receipt };
      });
      return receiptResult(result, result.replayed);
    },
  };
}
