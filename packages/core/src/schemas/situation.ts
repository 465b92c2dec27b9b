import * as z from 'zod/mini';
import { IdSchema, textSchema } from './primitives.js';
import { repeatedIds } from './refine.js';

// 情景导办 (situational guidance): a guide asks the citizen a few questions and lists only the materials that
// apply to the answers. Conditions are data (question and option ids), never expressions, so every client
// evaluates them the same way and a catalogue can be checked and stored as plain JSON.

/** One answer a citizen can pick for a 情景导办 question. */
export const SituationOptionSchema = z.object({
  id: IdSchema,
  label: textSchema(200),
});
/** One answer a citizen can pick for a 情景导办 question. */
export type SituationOption = z.infer<typeof SituationOptionSchema>;

/** A 情景导办 question of a matter, e.g. 是否委托他人代为办理？ (`multiple`: several options may be picked). */
export const SituationQuestionSchema = z.object({
  id: IdSchema,
  text: textSchema(500),
  options: z.array(SituationOptionSchema).check(z.minLength(2), z.maxLength(10)),
  multiple: z.optional(z.boolean()),
  help: z.optional(textSchema(2000)),
});
/** A 情景导办 question of a matter. */
export type SituationQuestion = z.infer<typeof SituationQuestionSchema>;

/** Holds when the answer to `questionId` includes at least one of `optionIds`. */
export const SituationClauseSchema = z.object({
  questionId: IdSchema,
  optionIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(10)),
});
/** Holds when the answer to `questionId` includes at least one of `optionIds`. */
export type SituationClause = z.infer<typeof SituationClauseSchema>;

/** When a material applies: one clause, or `all` / `any` of several. No condition: it always applies. */
export const MaterialConditionSchema = z.union([
  SituationClauseSchema,
  z.object({ all: z.array(SituationClauseSchema).check(z.minLength(1), z.maxLength(10)) }),
  z.object({ any: z.array(SituationClauseSchema).check(z.minLength(1), z.maxLength(10)) }),
]);
/** When a material applies. */
export type MaterialCondition = z.infer<typeof MaterialConditionSchema>;

/**
 * A citizen's answers: question id -> the picked option id(s). A question that is missing, or answered with an
 * empty list, counts as unanswered.
 */
export type SituationAnswers = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The clauses of a condition, whatever its form. */
export function conditionClauses(condition: MaterialCondition): readonly SituationClause[] {
  if ('all' in condition) return condition.all;
  if ('any' in condition) return condition.any;
  return [condition];
}

function picked(answers: SituationAnswers, questionId: string): readonly string[] {
  const answer = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

// Three-valued: `undefined` means "not answered yet". A citizen who has not answered must still see every
// material that might apply, so only a definite `false` hides a material.
function clauseOutcome(clause: SituationClause, answers: SituationAnswers): boolean | undefined {
  const chosen = picked(answers, clause.questionId);
  if (chosen.length === 0) return undefined;
  return chosen.some((id) => clause.optionIds.includes(id));
}

/**
 * What a condition says for the answers so far: `true` (applies), `false` (does not apply) or `undefined` (it
 * depends on a question not answered yet). `all` is false as soon as one clause is false; `any` is true as soon
 * as one clause is true.
 */
export function conditionOutcome(condition: MaterialCondition, answers: SituationAnswers): boolean | undefined {
  const outcomes = conditionClauses(condition).map((clause) => clauseOutcome(clause, answers));
  if ('any' in condition) {
    if (outcomes.includes(true)) return true;
    return outcomes.includes(undefined) ? undefined : false;
  }
  if (outcomes.includes(false)) return false;
  return outcomes.includes(undefined) ? undefined : true;
}

/** Whether a material is listed for the answers: no condition, or a condition not (yet) false. */
export function materialApplies(material: { readonly condition?: MaterialCondition | undefined }, answers: SituationAnswers): boolean {
  return material.condition === undefined || conditionOutcome(material.condition, answers) !== false;
}

/**
 * Keeps only answers the matter can mean: known questions, known options. A stale answer (a link saved before
 * the catalogue changed) then reads as unanswered, which lists more materials rather than hiding needed ones.
 */
function knownAnswers(situations: readonly SituationQuestion[], answers: SituationAnswers): SituationAnswers {
  const out: Record<string, readonly string[]> = {};
  for (const question of situations) {
    const options = new Set(question.options.map((o) => o.id));
    out[question.id] = picked(answers, question.id).filter((id) => options.has(id));
  }
  return out;
}

/**
 * The materials of a matter that apply to a citizen's answers (情景导办), in the matter's order. A material
 * without a condition always applies; one whose condition depends on an unanswered question stays listed.
 */
export function materialsForAnswers<M extends { readonly condition?: MaterialCondition | undefined }>(
  matter: { readonly materials: readonly M[]; readonly situations?: readonly SituationQuestion[] | undefined },
  answers: SituationAnswers,
): M[] {
  const known = knownAnswers(matter.situations ?? [], answers);
  return matter.materials.filter((material) => materialApplies(material, known));
}

/** One integrity problem of a matter's situations (reported by MatterSchema with these codes). */
export interface SituationIssue {
  readonly path: (string | number)[];
  readonly message: string;
  readonly code: 'duplicate_id' | 'unknown_question' | 'unknown_option';
}

/**
 * Integrity of a matter's situations: unique question ids, unique option ids within a question, and every
 * material condition naming an existing question and existing options of it.
 */
export function situationIssues(
  situations: readonly SituationQuestion[],
  materials: readonly { readonly condition?: MaterialCondition | undefined }[],
): SituationIssue[] {
  const issues: SituationIssue[] = [];
  for (const { index, id } of repeatedIds(situations, (q) => q.id)) {
    issues.push({ path: ['situations', index, 'id'], message: `Duplicate question id "${id}"`, code: 'duplicate_id' });
  }
  situations.forEach((question, q) => {
    for (const { index, id } of repeatedIds(question.options, (o) => o.id)) {
      issues.push({ path: ['situations', q, 'options', index, 'id'], message: `Duplicate option id "${id}" in question "${question.id}"`, code: 'duplicate_id' });
    }
  });
  const byId = new Map(situations.map((question) => [question.id, question]));
  materials.forEach((material, m) => {
    const condition = material.condition;
    if (condition === undefined) return;
    const base: (string | number)[] = ['materials', m, 'condition'];
    const list = 'all' in condition ? 'all' : 'any' in condition ? 'any' : undefined;
    conditionClauses(condition).forEach((clause, c) => {
      const at = list === undefined ? base : [...base, list, c];
      const question = byId.get(clause.questionId);
      if (question === undefined) {
        issues.push({ path: [...at, 'questionId'], message: `Condition refers to unknown question "${clause.questionId}"`, code: 'unknown_question' });
        return;
      }
      clause.optionIds.forEach((optionId, o) => {
        if (!question.options.some((option) => option.id === optionId)) {
          issues.push({ path: [...at, 'optionIds', o], message: `Question "${question.id}" has no option "${optionId}"`, code: 'unknown_option' });
        }
      });
    });
  });
  return issues;
}
