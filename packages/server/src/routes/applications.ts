import {
  IDEMPOTENT_REPLAYED_HEADER, specForSteps, type ApplicationInput, type ApplicationReceipt, type Bundle, type FormSpec,
  type Delivery, type Locale, type Matter, type ProblemFieldError, type TimeLimit,
} from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { checkChannelAndAgent } from '../domain/agent.js';
import { resolveDelivery } from '../domain/delivery.js';
import { validateApplicant } from '../domain/applicant.js';
import { allocateCaseNumber, syntheticTaskCode } from '../domain/case-number.js';
import { storedValues, validateSubmission } from '../domain/form-values.js';
import { owedByMatter } from '../domain/submission-materials.js';
import { checkApplicationFileRefs, claimApplicationFileRefs } from '../domain/uploads.js';
import { hitRateLimit } from '../http/rate-limit.js';
import { findIdempotent, requestHash, runIdempotent, type StoredResponse } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import { getBundle, getForm, getMatter } from '../repo/catalogue-read.js';
import { caseEvents, findCase, hashToken, insertCase, newAccessToken, toCaseView } from '../repo/cases.js';
import { DEFAULT_SUPPLY_WORKING_DAYS, recordOwed } from '../domain/owed-materials.js';
import type { FastifyRequest } from 'fastify';
import type { HandlerContext, HandlerResult, ReplayHandler } from './operation.js';

export interface Target {
  matter: Matter | undefined;
  bundle: Bundle | undefined;
  /** The matter of each bundle step (and the single matter), by code. */
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
      if (m === undefined || m.state !== 'in_use') {
        return fail('/bundleId', 'bundle_step_unavailable', `一件事中的事项 ${step.matterCode} 已暂停或取消办理`, `The bundle's matter ${step.matterCode} is suspended or cancelled`);
      }
      matters.set(m.code, m);
    }
    (input.skipSteps ?? []).forEach((code, i) => {
      const step = bundle?.steps.find((s) => s.matterCode === code);
      if (step === undefined) fail(`/skipSteps/${i}`, 'unknown_step', `一件事中没有事项 ${code}`, `The bundle has no step ${code}`);
      else if (step.optional !== true) fail(`/skipSteps/${i}`, 'step_not_optional', `“${step.name ?? code}”是必办环节，不能跳过`, `The step ${step.name ?? code} is required and cannot be skipped`);
    });
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
  // The parent of a bundle is numbered under the 一件事 entry of the matter list when the catalogue has one,
  // else under its first step's matter.
  const entry = bundle?.matterCode !== undefined ? await getMatter(db, bundle.matterCode) : undefined;
  return {
    matter,
    bundle,
    matters,
    form: specForSteps(form, input.skipSteps ?? []),
    name: matter?.name ?? bundle?.name ?? form.title,
    department: matter?.agency.name,
    taskCode: matter?.taskCode ?? entry?.taskCode ?? firstMatter?.taskCode ?? syntheticTaskCode(bundle?.id ?? form.id),
    timeLimit: matter?.promisedTimeLimit ?? bundle?.promisedTimeLimit ?? firstMatter?.promisedTimeLimit ?? { value: 20, unit: 'working_day' },
  };
}

/**
 * Creates the case of an application: one case for a matter; for a bundle, the parent the applicant tracks and
 * one case per step (not skipped) in the step's department, each with its own number and time limit. Owed
 * (容缺) materials are recorded on the cases whose matters need them.
 */
async function createCases(
  tx: Queryable,
  target: Target,
  body: ApplicationInput,
  common: { tokenHash: string; at: Date; partnerKey: string; partnerId: string | undefined; delivery: Delivery | undefined },
): Promise<string> {
  const owed = owedByMatter(target, body);
  const within = target.form.commitmentText?.supplyWithinWorkingDays ?? DEFAULT_SUPPLY_WORKING_DAYS;
  const caseNumber = await allocateCaseNumber(tx, target.taskCode, common.at);
  const base = { input: body, ...common };
  await insertCase(tx, {
    ...base, caseNumber, taskCode: target.taskCode, matterCode: target.matter?.code, bundleId: target.bundle?.id,
    name: target.name, department: target.department, timeLimit: target.timeLimit, tolerance: owed.size > 0,
  });
  if (target.bundle === undefined) {
    await recordOwed(tx, caseNumber, owed.get('') ?? [], within);
    return caseNumber;
  }
  const skipped = new Set(body.skipSteps ?? []);
  const groups = new Map<number, number>();
  for (const s of target.bundle.steps) groups.set(s.order, (groups.get(s.order) ?? 0) + 1);
  for (const step of [...target.bundle.steps].sort((a, b) => a.order - b.order)) {
    if (skipped.has(step.matterCode)) continue;
    const m = target.matters.get(step.matterCode);
    if (m === undefined) continue;
    const stepNumber = await allocateCaseNumber(tx, m.taskCode, common.at);
    const stepOwed = owed.get(m.code) ?? [];
    await insertCase(tx, {
      ...base, caseNumber: stepNumber, taskCode: m.taskCode, matterCode: m.code, bundleId: target.bundle.id,
      name: m.name, department: m.agency.name, timeLimit: m.promisedTimeLimit, tolerance: stepOwed.length > 0,
      step: {
        parentCaseNumber: caseNumber, order: step.order, optional: step.optional === true,
        parallelGroup: step.parallelGroup ?? ((groups.get(step.order) ?? 0) > 1 ? `${target.bundle.id}-${step.order}` : undefined),
      },
    });
    await recordOwed(tx, stepNumber, stepOwed, within);
  }
  return caseNumber;
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
 * even when that body is invalid. Anything else is a new submission and is rate-limited here.
 */
export function applicationReplay(db: Db, config: ServerConfig): ReplayHandler {
  return async ({ request }) => {
    const stored = await findIdempotent(db, scopeOf(request), keyOf(request), requestHash(request.body));
    if (stored !== undefined) return receiptResult(stored, true);
    // Not a replay: a new submission, which counts against the limits whether or not it turns out valid.
    await checkSubmissionRate(db, config, request, request.partnerKey?.key ?? 'anonymous');
    return undefined;
  };
}

/**
 * 429 once the client's address, or the key from any number of addresses, has submitted its allowance this
 * window. Counted before the body is validated (see applicationReplay), so a flood of invalid bodies is limited
 * as well; the address is checked first, so one noisy address stops using up its key's allowance once refused.
 */
async function checkSubmissionRate(db: Db, config: ServerConfig, request: FastifyRequest, partner: string): Promise<void> {
  const { perIp, perKey, windowSeconds } = config.submissionLimit;
  const now = config.now().getTime();
  for (const [bucket, max, who] of [[`submissions-ip:${request.ip}`, perIp, 'your address'], [`submissions-key:${partner}`, perKey, 'this key']] as const) {
    const decision = await hitRateLimit(db, bucket, { max, windowSeconds }, now);
    if (!decision.allowed) {
      throw new ProblemError('rate_limited', {
        detail: `Too many applications from ${who} (at most ${max} per ${windowSeconds} s); retry in ${decision.retryAfter} s with the same Idempotency-Key.`,
        headers: { 'retry-after': String(decision.retryAfter) },
      });
    }
  }
}

/** POST /v1/applications. */
export function applicationHandlers(db: Db, config: ServerConfig) {
  return {
    submitApplication: async ({ request, body: sent, locale }: HandlerContext<unknown, unknown, ApplicationInput>): Promise<HandlerResult> => {
      const partner = request.partnerKey?.key ?? 'anonymous';
      await checkChannelAndAgent(db, request.partnerKey, sent, locale);
      const target = await resolveTarget(db, sent, locale);
      const body: ApplicationInput = { ...sent, values: storedValues(target.form, sent.values) };
      const materialsOf = (code: string | undefined) => (code ? target.matters.get(code)?.materials : target.matter?.materials) ?? [];
      const errors: ProblemFieldError[] = [
        ...validateApplicant(body.applicant, locale),
        ...validateSubmission(body, target.form, materialsOf, locale, sent.values),
      ];
      if (errors.length > 0) throw new ProblemError('validation_failed', { errors });
      const delivery = await resolveDelivery(db, body.values, request.partnerKey, locale);
      await checkApplicationFileRefs(db, partner, body, config.uploads, locale);

      // Concurrent first attempts all got past applicationReplay; runIdempotent lets one create the case.
      const result = await runIdempotent(db, scopeOf(request), keyOf(request), requestHash(request.body), async (tx) => {
        const token = newAccessToken();
        const at = config.now();
        const caseNumber = await createCases(tx, target, body, {
          tokenHash: hashToken(token), at, partnerKey: partner, partnerId: request.partnerKey?.partnerId, delivery,
        });
        // File references are claimed by the case the applicant tracks (a bundle's parent).
        await claimApplicationFileRefs(tx, partner, body, caseNumber, locale, at);
        const row = await findCase(tx, caseNumber);
        if (row === undefined) throw new Error('the new case vanished');
        const receipt: ApplicationReceipt = {
          case: toCaseView(row, await caseEvents(tx, caseNumber), {
            countStartDay: config.countAcceptanceDay, officeDay: config.officeDay, now: at, viewerPartnerId: request.partnerKey?.partnerId,
          }),
          accessToken: token,
        };
        return { status: 201, body: receipt };
      });
      return receiptResult(result, result.replayed);
    },
  };
}
