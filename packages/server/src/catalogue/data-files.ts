import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AgencyNatureSchema, AudienceSchema, EvaluationLevelSchema, MatterTypeSchema, UseLevelSchema, textSchema, toJsonPointer,
} from '@zwfw/core';
import * as z from 'zod/mini';

// The district's inputs are JSON files in packages/server/data (shipped with the package, next to src and
// dist, so one relative URL works from both). Each file is checked by its schema when it is read: a typo in
// a data file fails start-up with the file and the JSON Pointer of the problem, never as a wrong guide.

/** Directory of the sample data files. */
export const DATA_DIR = new URL('../../data/', import.meta.url);

const code = (pattern: RegExp) => z.string().check(z.regex(pattern));

/** One row of the district's matter list (data/matter-list.json, data/supplementary-matters.json). */
export const ListRowSchema = z.strictObject({
  code: code(/^\d{12}(\d{2})?$/),
  name: textSchema(200),
  department: textSchema(100),
  type: MatterTypeSchema,
  audience: z.array(AudienceSchema).check(z.minLength(1), z.maxLength(7)),
  themes: z.array(textSchema(20)).check(z.maxLength(3)),
  keywords: z.array(textSchema(40)).check(z.maxLength(3)),
  /** 俗称 people use for the matter (高龄津贴, 新农合): become the matter's `aliases` and are searched. */
  aliases: z.optional(z.array(textSchema(40)).check(z.maxLength(5))),
  parentCode: z.optional(code(/^\d{12}$/)),
  /** Relative request volume in a district hall, 0–1 (a hand estimate; the search evaluation's ranking). */
  popularity: z.number().check(z.gte(0), z.lte(1)),
});
export const MatterListSchema = z.array(ListRowSchema).check(z.minLength(1), z.maxLength(5000));

/**
 * data/matter-specifics.json: 受理条件 and 常见问题 written for one matter (the most requested ones), keyed by
 * the list code; they replace the family template's conditions and come before its questions.
 */
export const MatterSpecificsSchema = z.record(code(/^\d{12}(\d{2})?$/), z.strictObject({
  acceptConditions: textSchema(500),
  faq: z.array(z.strictObject({ question: textSchema(100), answer: textSchema(1000) })).check(z.minLength(1), z.maxLength(5)),
}));

const HallSchema = z.strictObject({
  name: textSchema(100), address: textSchema(200), hours: textSchema(200), phone: textSchema(40), transit: z.optional(textSchema(200)),
});

/** data/district.json: the illustrative district, its townships, halls and web addresses. */
export const DistrictSchema = z.strictObject({
  /** The illustrative-data notice; the English text travels in an HTTP header, so it is printable ASCII. */
  notice: z.strictObject({ 'zh-CN': textSchema(500), 'zh-TW': textSchema(500), en: textSchema(500).check(z.regex(/^[\x20-\x7e]+$/)) }),
  province: z.strictObject({ code: code(/^\d{6}$/), name: textSchema(20) }),
  city: z.strictObject({ code: code(/^\d{6}$/), name: textSchema(20), areaCode: code(/^0\d{2,3}$/) }),
  district: z.strictObject({ code: code(/^\d{6}$/), name: textSchema(20), fullName: textSchema(40) }),
  townships: z.array(z.strictObject({
    code: code(/^\d{12}$/),
    name: textSchema(20),
    kind: z.enum(['subdistrict', 'town']),
    communities: z.array(textSchema(20)).check(z.maxLength(199)),
    villages: z.optional(z.array(textSchema(20)).check(z.maxLength(199))),
  })).check(z.minLength(1), z.maxLength(99)),
  halls: z.record(z.string(), HallSchema).check(z.refine((h) => h['center'] !== undefined, { message: 'halls needs a "center" hall' })),
  township: z.strictObject({ window: textSchema(100), hours: textSchema(200) }),
  web: z.strictObject({ portal: z.url(), mobile: z.url() }),
  complaint: z.strictObject({ office: textSchema(100), address: textSchema(200), email: z.email() }),
});

/** data/departments.json: agency profiles keyed by the department names of the matter list. */
export const DepartmentsSchema = z.record(textSchema(100), z.strictObject({
  name: textSchema(100),
  authority: code(/^[1-9A-HJ-NPQRTUWXY]$/),
  category: code(/^[1-9A-HJ-NPQRTUWXY]$/),
  orgSeq: z.int().check(z.gte(1), z.lte(9999)),
  nature: AgencyNatureSchema,
  level: UseLevelSchema,
  hall: textSchema(40),
  window: textSchema(100),
  laws: z.array(textSchema(40)).check(z.maxLength(10)),
}));

/** data/evaluation-reasons.json: the versioned 好差评 reason list. */
export const EvaluationReasonsSchema = z.strictObject({
  version: textSchema(20),
  reasons: z.array(z.strictObject({
    code: code(/^[A-Z]{2,3}-[A-Z]{3}-\d{2}$/),
    channel: z.enum(['online', 'offline', 'both']),
    levels: z.array(EvaluationLevelSchema).check(z.minLength(1), z.maxLength(5)),
    'zh-CN': textSchema(100),
    'zh-TW': textSchema(100),
    en: textSchema(200),
  })).check(z.minLength(1), z.maxLength(200)),
});

/** Checks parsed JSON against its schema; the error names the file and the first problems by JSON Pointer. */
export function parseDataFile<S extends z.ZodMiniType>(file: string, json: unknown, schema: S): z.output<S> {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const first = r.error.issues.slice(0, 3).map((i) => `${toJsonPointer(i.path) || '/'}: ${i.message}`);
  const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
  throw new Error(`${file}: ${first.join('; ')}${more}`);
}

/** Reads and checks one data file of packages/server/data. */
export function loadDataFile<S extends z.ZodMiniType>(name: string, schema: S): z.output<S> {
  const path = fileURLToPath(new URL(name, DATA_DIR));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
  return parseDataFile(path, json, schema);
}
