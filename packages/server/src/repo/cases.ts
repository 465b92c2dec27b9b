import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  CASE_STATUS_INFO, EvaluationStageSchema, maskIdNumber, maskMobile, maskName, type ApplicationInput, type Case, type CaseStatus,
  type Delivery, type EvaluationStage, type Locale, type OfficeDay, type ProgressEvent, type TimeLimit,
} from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { caseDeadline } from '../domain/deadline.js';
import { asDate, toTimestamp } from '../domain/time.js';

/** A case row as stored. */
export interface CaseRow {
  case_number: string;
  matter_code: string | null;
  bundle_id: string | null;
  name: string;
  department: string | null;
  status: CaseStatus;
  channel: string;
  tolerance: boolean;
  verifier_tail: string;
  token_hash: string;
  input: ApplicationInput;
  time_limit: TimeLimit;
  submitted_at: Date;
  accepted_at: Date | null;
  concluded_at: Date | null;
  updated_at: Date;
  /** Bundle steps: the parent case. */
  parent_case_number: string | null;
  step_order: number | null;
  parallel_group: string | null;
  step_optional: boolean;
  /** The partner whose counter key submitted the case (帮办代办). */
  partner_id: string | null;
  /** How the result reaches the applicant, branch resolved. */
  delivery: Delivery | null;
}

/** A step of a bundle case, as its parent creates it. */
export interface StepPlacement {
  parentCaseNumber: string;
  order: number;
  parallelGroup: string | undefined;
  optional: boolean;
}

/** A status change as stored. */
export interface EventRow {
  id: string | number;
  action: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  at: Date;
  detail: EventDetail;
}

/** Free details of an event (what the back office said). */
export interface EventDetail {
  name?: string;
  handler?: string;
  opinion?: string;
  department?: string;
  items?: string[];
  /** supply: the owed material supplied. */
  materialId?: string;
  /** start_special_procedure: whether the matter counts this procedure toward the limit (the clock runs on). */
  countsTowardLimit?: boolean;
}

/** sha256 of an access token (only hashes are stored). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new access token returned once at submission. */
export function newAccessToken(): string {
  return `tok_${randomBytes(24).toString('base64url')}`;
}

/** Whether `verifier` (mobile tail or access token) proves ownership of the case, in constant time. */
export function verifies(row: Pick<CaseRow, 'verifier_tail' | 'token_hash'>, verifier: string): boolean {
  const eq = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  if (/^\d{4}$/.test(verifier)) return eq(verifier, row.verifier_tail);
  return eq(hashToken(verifier), row.token_hash);
}

/** Inserts a new case and its first event. */
export async function insertCase(
  tx: Queryable,
  c: {
    caseNumber: string; taskCode: string; matterCode: string | undefined; bundleId: string | undefined; name: string;
    department: string | undefined; input: ApplicationInput; tokenHash: string; timeLimit: TimeLimit; at: Date;
    partnerKey: string; tolerance: boolean; partnerId: string | undefined; step?: StepPlacement;
    delivery: Delivery | undefined;
  },
): Promise<void> {
  await tx.query(
    `insert into applications (case_number, task_code, matter_code, bundle_id, name, department, status, channel,
       tolerance, verifier_tail, token_hash, input, time_limit, submitted_at, partner_key, updated_at, partner_id,
       parent_case_number, step_order, parallel_group, step_optional, delivery)
     values ($1, $2, $3, $4, $5, $6, 'submitted', $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14, $13, $15, $16, $17, $18, $19, $20::jsonb)`,
    [
      c.caseNumber, c.taskCode, c.matterCode ?? null, c.bundleId ?? null, c.name, c.department ?? null, c.input.channel,
      c.tolerance, c.input.applicant.mobile.slice(-4), c.tokenHash, JSON.stringify(c.input), JSON.stringify(c.timeLimit),
      c.at.toISOString(), c.partnerKey, c.partnerId ?? null, c.step?.parentCaseNumber ?? null, c.step?.order ?? null,
      c.step?.parallelGroup ?? null, c.step?.optional ?? false, c.delivery === undefined ? null : JSON.stringify(c.delivery),
    ],
  );
  await insertEvent(tx, c.caseNumber, { action: 'submit', from: null, to: 'submitted', at: c.at, detail: {} });
}

/** Appends an event. */
export async function insertEvent(
  tx: Queryable,
  caseNumber: string,
  e: { action: string; from: CaseStatus | null; to: CaseStatus; at: Date; detail: EventDetail },
): Promise<void> {
  await tx.query(
    'insert into progress_events (case_number, action, from_status, to_status, at, detail) values ($1, $2, $3, $4, $5, $6::jsonb)',
    [caseNumber, e.action, e.from, e.to, e.at.toISOString(), JSON.stringify(e.detail)],
  );
}

const CASE_COLUMNS = `case_number, matter_code, bundle_id, name, department, status, channel, tolerance, verifier_tail,
  token_hash, input, time_limit, submitted_at, accepted_at, concluded_at, updated_at, parent_case_number, step_order,
  parallel_group, step_optional, partner_id, delivery`;

/** A case by number; `forUpdate` locks the row for a status change. */
export async function findCase(db: Queryable, caseNumber: string, forUpdate = false): Promise<CaseRow | undefined> {
  const rows = await db.query<CaseRow>(
    `select ${CASE_COLUMNS} from applications where case_number = $1${forUpdate ? ' for update' : ''}`,
    [caseNumber],
  );
  const row = rows[0];
  return row === undefined ? undefined : fromDb(row);
}

/** The steps of a bundle case, in order; `forUpdate` locks them (a parent's status follows from them). */
export async function caseSteps(db: Queryable, parentCaseNumber: string, forUpdate = false): Promise<CaseRow[]> {
  const rows = await db.query<CaseRow>(
    `select ${CASE_COLUMNS} from applications where parent_case_number = $1 order by step_order, case_number${forUpdate ? ' for update' : ''}`,
    [parentCaseNumber],
  );
  return rows.map(fromDb);
}

/** Cases submitted through a partner's counters (never a sub-case: the partner tracks what it submitted). */
export async function partnerCases(
  db: Queryable,
  partnerId: string,
  page: {
    limit: number; after: { submittedAt: string; caseNumber: string } | undefined; status?: CaseStatus | undefined;
    /** The agent's branch as recorded, in any of the spellings given (a branch's id and its name). */
    branches?: readonly string[] | undefined;
  },
): Promise<CaseRow[]> {
  const rows = await db.query<CaseRow>(
    `select ${CASE_COLUMNS} from applications
     where partner_id = $1 and parent_case_number is null and ($5::text is null or status = $5)
       and ($6::text[] is null or input->'agent'->>'branch' = any($6::text[]))
       and ($2::timestamptz is null or (submitted_at, case_number) < ($2::timestamptz, $3::text))
     order by submitted_at desc, case_number desc limit $4`,
    [partnerId, page.after?.submittedAt ?? null, page.after?.caseNumber ?? '', page.limit, page.status ?? null, page.branches ?? null],
  );
  return rows.map(fromDb);
}

function fromDb(row: CaseRow): CaseRow {
  return {
    ...row,
    submitted_at: asDate(row.submitted_at),
    accepted_at: row.accepted_at === null ? null : asDate(row.accepted_at),
    concluded_at: row.concluded_at === null ? null : asDate(row.concluded_at),
    updated_at: asDate(row.updated_at),
  };
}

/** A case's events in order. */
export async function caseEvents(db: Queryable, caseNumber: string): Promise<EventRow[]> {
  const rows = await db.query<EventRow>(
    'select id, action, from_status, to_status, at, detail from progress_events where case_number = $1 order by id',
    [caseNumber],
  );
  return rows.map((r) => ({ ...r, at: asDate(r.at) }));
}

/**
 * The case as the public API shows it: personal data masked, deadline from the status history. The 帮办代办
 * agent is shown only to the partner whose counter submitted the case (`viewerPartnerId`).
 */
export function toCaseView(
  row: CaseRow,
  events: readonly EventRow[],
  options: { countStartDay: boolean; officeDay?: OfficeDay; now?: Date; viewerPartnerId?: string | undefined },
): Case {
  const a = row.input.applicant;
  const view: Case = {
    caseNumber: row.case_number,
    status: row.status,
    name: row.name,
    receivedAt: toTimestamp(row.submitted_at),
    deadline: caseDeadline({
      limit: row.time_limit,
      acceptedAt: row.accepted_at,
      history: events.map((e) => ({ toStatus: e.to_status, at: e.at, ...(e.detail.countsTowardLimit === true ? { countsTowardLimit: true } : {}) })),
      countStartDay: options.countStartDay,
      ...(options.officeDay ? { officeDay: options.officeDay } : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
    applicant: {
      type: a.type,
      // A legal person's name is public register data; a person's name is masked.
      name: a.type === 'legal' ? a.name : maskName(a.name),
      idType: a.idType,
      idNumber: maskIdNumber(a.idNumber),
      mobile: maskMobile(a.mobile),
    },
    channel: row.input.channel,
    tolerance: row.tolerance,
    updatedAt: toTimestamp(row.updated_at),
  };
  if (row.matter_code !== null) view.matterCode = row.matter_code;
  if (row.bundle_id !== null) view.bundleId = row.bundle_id;
  if (row.department !== null) view.department = row.department;
  if (row.accepted_at !== null) view.acceptedAt = toTimestamp(row.accepted_at);
  if (row.concluded_at !== null) view.concludedAt = toTimestamp(row.concluded_at);
  if (row.parent_case_number !== null) view.parentCaseNumber = row.parent_case_number;
  if (row.delivery !== null) view.delivery = row.delivery;
  const agent = row.input.agent;
  if (agent !== undefined && row.partner_id !== null && options.viewerPartnerId === row.partner_id) view.agent = agent;
  return view;
}

const ACTION_NAMES: Record<string, { 'zh-CN': string; 'zh-TW': string; en: string }> = {
  submit: { 'zh-CN': '申报', 'zh-TW': '申報', en: 'Submitted' },
  resubmit: { 'zh-CN': '补正材料已提交', 'zh-TW': '補正材料已提交', en: 'Corrections submitted' },
  end_special_procedure: { 'zh-CN': '特别程序结束', 'zh-TW': '特別程序結束', en: 'Special procedure ended' },
  supply: { 'zh-CN': '容缺材料已补齐', 'zh-TW': '容缺材料已補齊', en: 'Deferred material supplied' },
};

/** Events as the progress timeline shows them: each lasts until the next one starts. */
export function toProgressEvents(events: readonly EventRow[], locale: Locale): ProgressEvent[] {
  return events.map((e, i) => {
    const next = events[i + 1];
    const info = CASE_STATUS_INFO[e.to_status];
    const name = e.detail.name ?? ACTION_NAMES[e.action]?.[locale] ?? info.labels[locale];
    const ev: ProgressEvent = {
      id: `e${String(e.id)}`,
      code: e.action,
      status: e.to_status,
      name: name.slice(0, 200),
      startAt: toTimestamp(e.at),
      endAt: next !== undefined ? toTimestamp(next.at) : info.terminal || info.concluded ? toTimestamp(e.at) : null,
    };
    if (e.detail.handler !== undefined) ev.handler = e.detail.handler;
    const opinion = [e.detail.opinion, ...(e.detail.items ?? []).map((x) => `- ${x}`)].filter(Boolean).join('\n');
    if (opinion) ev.opinion = opinion.slice(0, 4000);
    if (e.detail.department !== undefined) ev.department = e.detail.department;
    return ev;
  });
}

/**
 * When a stage became ratable: acceptance once 受理 was decided (accepted, or refused: 不予受理 is terminal, so
 * its last update is the decision), conclusion at 办结. Undefined while the stage has not opened.
 */
export function stageOpenedAt(
  row: Pick<CaseRow, 'accepted_at' | 'concluded_at' | 'status' | 'updated_at'>,
  stage: EvaluationStage,
): Date | undefined {
  if (stage === 'conclusion') return row.concluded_at ?? undefined;
  return row.accepted_at ?? (row.status === 'not_accepted' ? row.updated_at : undefined);
}

/** Stages the case may be rated in (acceptance after 受理 decided; conclusion after 办结), window aside. */
export function openStages(row: Pick<CaseRow, 'accepted_at' | 'concluded_at' | 'status' | 'updated_at'>): EvaluationStage[] {
  return EvaluationStageSchema.options.filter((stage) => stageOpenedAt(row, stage) !== undefined);
}
