import {
  EVALUATION_LEVELS, addCalendarDays, chinaToday, type DepartmentEvaluationSummary, type EvaluationSummary,
  type EvaluationSummaryQuery,
} from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import type { HandlerContext, HandlerResult } from './operation.js';

/** Days a summary covers when the caller names no start: a year up to `to`. */
const DEFAULT_SPAN_DAYS = 365;
/** Bound of the response (the contract's): departments beyond it are left out, alphabetically last first. */
const MAX_DEPARTMENTS = 1000;

/** The instant a China calendar day starts. */
const dayStart = (day: string): string => `${day}T00:00:00+08:00`;

/** Counts per department of the ratings made in [from, to] (China days), with their 整改. */
export async function evaluationSummary(
  db: Queryable,
  range: { from: string; to: string; department?: string | undefined; today: string },
): Promise<EvaluationSummary> {
  const args = [dayStart(range.from), dayStart(addCalendarDays(range.to, 1)), range.department ?? null];
  const levels = await db.query<{ department: string; level: number; n: number }>(
    `select department, level, count(*)::int as n from evaluations
     where created_at >= $1 and created_at < $2 and ($3::text is null or department = $3)
     group by department, level`,
    args,
  );
  const followups = await db.query<{ department: string; total: number; done: number; on_time: number; overdue_open: number }>(
    `select r.department, count(*)::int as total, count(r.done_at)::int as done,
       (count(*) filter (where r.on_time))::int as on_time,
       (count(*) filter (where r.done_at is null and r.due_date < $4))::int as overdue_open
     from rectifications r join evaluations e on e.id = r.evaluation_id
     where e.created_at >= $1 and e.created_at < $2 and ($3::text is null or r.department = $3)
     group by r.department`,
    [...args, range.today],
  );
  const byDepartment = new Map<string, DepartmentEvaluationSummary>();
  const entry = (department: string): DepartmentEvaluationSummary => {
    let d = byDepartment.get(department);
    if (d === undefined) {
      d = { department, total: 0, byLevel: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, negativeShare: 0, rectifications: { total: 0, done: 0, onTime: 0, overdueOpen: 0 } };
      byDepartment.set(department, d);
    }
    return d;
  };
  for (const row of levels) {
    const d = entry(row.department);
    const level = Number(row.level) as (typeof EVALUATION_LEVELS)[number];
    d.byLevel[level] += Number(row.n);
    d.total += Number(row.n);
  }
  for (const row of followups) {
    entry(row.department).rectifications = {
      total: Number(row.total), done: Number(row.done), onTime: Number(row.on_time), overdueOpen: Number(row.overdue_open),
    };
  }
  const departments = [...byDepartment.values()]
    .map((d) => ({ ...d, negativeShare: d.total === 0 ? 0 : Math.round(((d.byLevel[1] + d.byLevel[2]) / d.total) * 10_000) / 10_000 }))
    .sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : 0))
    .slice(0, MAX_DEPARTMENTS);
  return { from: range.from, to: range.to, departments };
}

/** GET /v1/evaluation-summary: public aggregates (评价结果及整改情况向社会公开). */
export function evaluationSummaryHandlers(db: Db, config: ServerConfig) {
  return {
    getEvaluationSummary: async ({ query }: HandlerContext<unknown, EvaluationSummaryQuery>): Promise<HandlerResult> => {
      const today = chinaToday(config.now());
      // A start in the future with no end reads as that one day onward, not as a reversed range.
      const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
      const from = query.from ?? addCalendarDays(to, 1 - DEFAULT_SPAN_DAYS);
      return { status: 200, body: await evaluationSummary(db, { from, to, department: query.department, today }) };
    },
  };
}
