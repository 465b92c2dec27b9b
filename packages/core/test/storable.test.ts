// Text a database can store, and problems of a bounded size: NUL and unpaired surrogates are
// invalid_characters in every string schema that reaches storage; field errors are capped with a count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod';
import {
  ApplicationInputSchema, CaseNumberSchema, CursorSchema, MAX_PROBLEM_ERRORS, SearchQuerySchema, capProblemErrors,
  cappedProblemErrorsFromZod, exampleApplicationInput, hasUnstorableCharacters, makeProblem, problemFromZodError, textSchema,
  unstorablePaths,
} from '../src/schemas/index.js';

const codes = (r: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; params?: unknown; code: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')} ${(i.params as { code?: string } | undefined)?.code ?? i.code}`);

describe('storable text', () => {
  it('finds NUL and unpaired surrogates, not pairs', () => {
    for (const bad of ['\u0000', 'a\u0000', '\ud800', 'x\udbff', '\udc00', 'a\udfffb', '\udc00\ud800']) assert.ok(hasUnstorableCharacters(bad), JSON.stringify(bad));
    for (const ok of ['', 'abc', '张三', '𠀀', '💩', '\ud83d\udca9', '\u0001']) assert.ok(!hasUnstorableCharacters(ok), JSON.stringify(ok));
  });

  it('textSchema, cursors and search queries refuse them with invalid_characters', () => {
    assert.deepEqual(codes(textSchema(10).safeParse('a\u0000')), [' invalid_characters']);
    assert.ok(textSchema(10).safeParse('𠀀').success);
    assert.deepEqual(codes(CursorSchema.safeParse('\ud800')), [' invalid_characters']);
    assert.deepEqual(codes(SearchQuerySchema.safeParse({ q: 'x\u0000' })), ['q invalid_characters']);
  });

  it('an application refuses them in fields, form values and value keys', () => {
    const input = structuredClone(exampleApplicationInput);
    input.applicant.name = '\u0000';
    input.values = { ...input.values, nested: { deep: ['ok', 'x\udfff'] }, 'k\u0000': 1 };
    const issues = codes(ApplicationInputSchema.safeParse(input));
    for (const expected of ['applicant.name invalid_characters', 'values.nested.deep.1 invalid_characters', 'values.k\u0000 invalid_characters']) {
      assert.ok(issues.includes(expected), `${expected} in ${JSON.stringify(issues)}`);
    }
  });

  it('unstorablePaths stops at its maximum', () => {
    assert.deepEqual(unstorablePaths({ a: ['x', '\u0000'], b: { c: '\ud800' } }), [['a', 1], ['b', 'c']]);
    assert.equal(unstorablePaths(Array.from({ length: 100 }, () => '\u0000'), 5).length, 5);
  });

  it('a widened case serial is still a case number', () => {
    assert.ok(CaseNumberSchema.safeParse('11440106MB2C12345E400011700700020250303A000').success);
  });
});

describe('capped problems', () => {
  const wide = z.object({ a: z.string() }).strict();
  const many = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`k${i}`, i]));

  it('lists at most MAX_PROBLEM_ERRORS and counts the rest, unknown keys included', () => {
    const parsed = wide.safeParse({ a: 1, ...many });
    assert.ok(!parsed.success);
    const { errors, omitted } = cappedProblemErrorsFromZod(parsed.error, [], 'en');
    assert.equal(errors.length, MAX_PROBLEM_ERRORS);
    assert.equal(omitted, 121 - MAX_PROBLEM_ERRORS);
    const problem = problemFromZodError(parsed.error);
    assert.equal(problem.errors?.length, MAX_PROBLEM_ERRORS);
    assert.equal(problem.errorsOmitted, 121 - MAX_PROBLEM_ERRORS);
  });

  it('caps lists built by hand, adding to what was already omitted', () => {
    const list = Array.from({ length: 60 }, (_, i) => ({ path: `/f${i}`, code: 'x', message: 'x' }));
    assert.deepEqual(capProblemErrors(list, 3).omitted, 13);
    const p = makeProblem('validation_failed', { errors: list });
    assert.equal(p.errors?.length, MAX_PROBLEM_ERRORS);
    assert.equal(p.errorsOmitted, 10);
    assert.equal('errorsOmitted' in makeProblem('validation_failed', { errors: list.slice(0, 2) }), false);
  });
});
