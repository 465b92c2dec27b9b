import {
  isNegativeLevel, type Evaluation, type EvaluationInput, type EvaluationLevel, type Rectification,
} from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { asDate, toTimestamp } from '../domain/time.js';

/** An evaluation row joined with its 整改 record (all rectification columns null for a rating without one). */
interface EvaluationRow {
  id: string | number;
  case_number: string;
  created_at: Date | string;
  doc: EvaluationInput;
  r_department: string | null;
  due_date: string | null;
  opened_at: Date | string | null;
  done_at: Date | string | null;
  measures: string | null;
  handler: string | null;
  on_time: boolean | null;
  visit_at: Date | string | null;
  visit_satisfaction: number | null;
  visit_note: string | null;
  visit_handler: string | null;
}

const EVALUATION_SELECT = `select e.id, e.case_number, e.created_at, e.doc, r.department as r_department, r.due_date,
    r.opened_at, r.done_at, r.measures, r.handler, r.on_time, r.visit_at, r.visit_satisfaction, r.visit_note, r.visit_handler
  from evaluations e left join rectifications r on r.evaluation_id = e.id`;

/** The public id of an evaluation row (`ev` + its serial). */
export const evaluationId = (id: string | number): string => `ev${String(id)}`;

/** The row serial of a public evaluation id, or undefined if it names none. */
export function evaluationSerial(id: string): string | undefined {
  return /^ev([1-9]\d{0,17})$/.exec(id)?.[1];
}

function toRectification(row: EvaluationRow): Rectification | undefined {
  if (row.r_department === null || row.due_date === null || row.opened_at === null) return undefined;
  const r: Rectification = {
    status: row.done_at === null ? 'open' : 'done',
    department: row.r_department,
    dueDate: row.due_date,
    openedAt: toTimestamp(asDate(row.opened_at)),
  };
  if (row.done_at !== null) r.doneAt = toTimestamp(asDate(row.done_at));
  if (row.on_time !== null) r.onTime = row.on_time;
  if (row.measures !== null) r.measures = row.measures;
  if (row.handler !== null) r.handler = row.handler;
  if (row.visit_at !== null && row.visit_satisfaction !== null) {
    r.returnVisit = { at: toTimestamp(asDate(row.visit_at)), satisfaction: row.visit_satisfaction as EvaluationLevel };
    if (row.visit_note !== null) r.returnVisit.note = row.visit_note;
    if (row.visit_handler !== null) r.returnVisit.handler = row.visit_handler;
  }
  return r;
}

/** A stored evaluation as the contract shows it (its row's id and time, the citizen's input, its 整改). */
function toEvaluation(row: EvaluationRow): Evaluation {
  const input = row.doc;
  const evaluation: Evaluation = {
    id: evaluationId(row.id),
    caseNumber: row.case_number,
    stage: input.stage,
    level: input.level,
    isNegative: isNegativeLevel(input.level),
    reasons: input.reasons,
    channel: input.channel,
    reasonListVersion: input.reasonListVersion,
    anonymous: input.anonymous,
    createdAt: toTimestamp(asDate(row.created_at)),
  };
  if (input.comment !== undefined && input.comment !== '') evaluation.comment = input.comment;
  const rectification = toRectification(row);
  if (rectification !== undefined) evaluation.rectification = rectification;
  return evaluation;
}

/** The evaluations of a case, acceptance first. */
export async function caseEvaluations(db: Queryable, caseNumber: string): Promise<Evaluation[]> {
  const rows = await db.query<EvaluationRow>(`${EVALUATION_SELECT} where e.case_number = $1 order by e.created_at, e.id`, [caseNumber]);
  return rows.map(toEvaluation);
}

/** One evaluation by row serial. */
export async function findEvaluation(db: Queryable, serial: string): Promise<Evaluation | undefined> {
  const rows = await db.query<EvaluationRow>(`${EVALUATION_SELECT} where e.id = $1`, [serial]);
  return rows[0] === undefined ? undefined : toEvaluation(rows[0]);
}

/**
 * Stores a rating, and for a 差评 its 整改 record in the same transaction. Undefined when the stage was rated
 * already (the unique key on case and stage settles concurrent attempts).
 */
export async function insertEvaluation(
  tx: Queryable,
  e: { caseNumber: string; input: EvaluationInput; at: Date; department: string; dueDate: string },
): Promise<Evaluation | undefined> {
  const rows = await tx.query<{ id: string | number }>(
    `insert into evaluations (case_number, stage, level, doc, department, created_at) values ($1, $2, $3, $4::jsonb, $5, $6)
     on conflict (case_number, stage) do nothing returning id`,
    [e.caseNumber, e.input.stage, e.input.level, JSON.stringify(e.input), e.department, e.at.toISOString()],
  );
  const id = rows[0]?.id;
  if (id === undefined) return undefined;
  if (isNegativeLevel(e.input.level)) {
    await tx.query(
      'insert into rectifications (evaluation_id, department, due_date, opened_at) values ($1, $2, $3, $4)',
      [id, e.department, e.dueDate, e.at.toISOString()],
    );
  }
  return findEvaluation(tx, String(id));
}

/** The 整改 record of a rating, locked for a step; undefined when the rating has none. */
export async function lockRectification(
  tx: Queryable,
  serial: string,
): Promise<{ openedAt: Date; dueDate: string; doneAt: Date | null; visitAt: Date | null } | undefined> {
  const rows = await tx.query<{ opened_at: Date | string; due_date: string; done_at: Date | string | null; visit_at: Date | string | null }>(
    'select opened_at, due_date, done_at, visit_at from rectifications where evaluation_id = $1 for update',
    [serial],
  );
  const r = rows[0];
  if (r === undefined) return undefined;
  return {
    openedAt: asDate(r.opened_at), dueDate: r.due_date,
    doneAt: r.done_at === null ? null : asDate(r.done_at), visitAt: r.visit_at === null ? null : asDate(r.visit_at),
  };
}

/** Records 整改 done. */
export async function completeRectification(
  tx: Queryable,
  serial: string,
  step: { at: Date; measures: string; handler: string | undefined; onTime: boolean },
): Promise<void> {
  await tx.query(
    'update rectifications set done_at = $2, measures = $3, handler = $4, on_time = $5 where evaluation_id = $1',
    [serial, step.at.toISOString(), step.measures, step.handler ?? null, step.onTime],
  );
}

/** Records the 回访. */
export async function recordReturnVisit(
  tx: Queryable,
  serial: string,
  visit: { at: Date; satisfaction: EvaluationLevel; note: string | undefined; handler: string | undefined },
): Promise<void> {
  await tx.query(
    'update rectifications set visit_at = $2, visit_satisfaction = $3, visit_note = $4, visit_handler = $5 where evaluation_id = $1',
    [serial, visit.at.toISOString(), visit.satisfaction, visit.note ?? null, visit.handler ?? null],
  );
}
