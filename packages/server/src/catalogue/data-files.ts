import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AgencyNatureSchema, AudienceSchema, EvaluationLevelSchema, MatterTypeSchema, UseLevelSchema, textSchema, toJsonPointer,
} from '@zwfw/core';
import * as z from 'zod';

// The district's inputs are JSON files in packages/server/data (shipped with the package, next to src and
// dist, so one relative URL works from both). Each file is checked by its schema when it is read: a typo in
// a data file fails start-up with the file and the JSON Pointer of the problem, never as a wrong guide.

/** Directory of the sample data files. */
export const DATA_DIR = new URL('../../data/', import.meta.url);

const code = (pattern: RegExp) => z.string().regex(pattern);

/** One row of the district's matter list (data/matter-list.json, data/supplementary-matters.json). */
export const ListRowSchema = z.object({
  code: code(/^\d{12}(\d{2})?$/),
  name: textSchema(200),
  department: textSchema(100),
  type: MatterTypeSchema,
  audience: z.array(AudienceSchema).min(1).max(7),
  themes: z.array(textSchema(20)).max(3),
  keywords: z.array(textSchema(40)).max(3),
  /** 俗称 people use for the matter (高龄津贴, 新农合): become the matter's `aliases` and are searched. */
  aliases: z.array(textSchema(40)).max(5).optional(),
  parentCode: code(/^\d{12}$/).optional(),
  /** Relative request volume in a district hall, 0–1 (a hand estimate; the search evaluation's ranking). */
  popularity: z.number().min(0).max(1),
}).strict();
export const MatterListSchema = z.array(ListRowSchema).min(1).max(5000);

/**
 * data/matter-specifics.json: 受理条件 and 常见问题 written for one matter (the most requested ones), keyed by
 * the list code; they replace the family template's conditions and come before its questions.
 */
export const MatterSpecificsSchema = z.record(code(/^\d{12}(\d{2})?$/), z.object({
  acceptConditions: textSchema(500),
  faq: z.array(z.object({ question: textSchema(100), answer: textSchema(1000) }).strict()).min(1).max(5),
}).strict());

const HallSchema = z.object({
  name: textSchema(100), address: textSchema(200), hours: textSchema(200), phone: textSchema(40), transit: textSchema(200).optional(),
}).strict();

/** data/district.json: the illustrative district, its townships, halls and web addresses. */
export const DistrictSchema = z.object({
  /** The illustrative-data notice; the English text travels in an HTTP header, so it is printable ASCII. */
  notice: z.object({ 'zh-CN': textSchema(500), 'zh-TW': textSchema(500), en: textSchema(500).regex(/^[\x20-\x7e]+$/) }).strict(),
  province: z.object({ code: code(/^\d{6}$/), name: textSchema(20) }).strict(),
  city: z.object({ code: code(/^\d{6}$/), name: textSchema(20), areaCode: code(/^0\d{2,3}$/) }).strict(),
  district: z.object({ code: code(/^\d{6}$/), name: textSchema(20), fullName: textSchema(40) }).strict(),
  townships: z.array(z.object({
    code: code(/^\d{12}$/),
    name: textSchema(20),
    kind: z.enum(['subdistrict', 'town']),
    communities: z.array(textSchema(20)).max(199),
    villages: z.array(textSchema(20)).max(199).optional(),
  }).strict()).min(1).max(99),
  halls: z.record(z.string(), HallSchema).refine((h) => h['center'] !== undefined, { message: 'halls needs a "center" hall' }),
  township: z.object({ window: textSchema(100), hours: textSchema(200) }).strict(),
  web: z.object({ portal: z.url(), mobile: z.url() }).strict(),
  complaint: z.object({ office: textSchema(100), address: textSchema(200), email: z.email() }).strict(),
}).strict();

/** data/departments.json: agency profiles keyed by the department names of the matter list. */
export const DepartmentsSchema = z.record(textSchema(100), z.object({
  name: textSchema(100),
  authority: code(/^[1-9A-HJ-NPQRTUWXY]$/),
  category: code(/^[1-9A-HJ-NPQRTUWXY]$/),
  orgSeq: z.int().min(1).max(9999),
  nature: AgencyNatureSchema,
  level: UseLevelSchema,
  hall: textSchema(40),
  window: textSchema(100),
  laws: z.array(textSchema(40)).max(10),
}).strict());

/** data/evaluation-reasons.json: the versioned 好差评 reason list. */
export const EvaluationReasonsSchema = z.object({
  version: textSchema(20),
  reasons: z.array(z.object({
    code: code(/^[A-Z]{2,3}-[A-Z]{3}-\d{2}$/),
    channel: z.enum(['online', 'offline', 'both']),
    levels: z.array(EvaluationLevelSchema).min(1).max(5),
    'zh-CN': textSchema(100),
    'zh-TW': textSchema(100),
    en: textSchema(200),
  }).strict()).min(1).max(200),
}).strict();

/** Checks parsed JSON against its schema; the error names the file and the first problems by JSON Pointer. */
export function parseDataFile<S extends z.ZodType>(file: string, json: unknown, schema: S): z.output<S> {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const first = r.error.issues.slice(0, 3).map((i) => `${toJsonPointer(i.path) || '/'}: ${i.message}`);
  const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
  throw new Error(`${file}: ${first.join('; ')}${more}`);
}

/** Reads and checks one data file of packages/server/data. */
export function loadDataFile<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const path = fileURLToPath(new URL(name, DATA_DIR));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
  return parseDataFile(path, json, schema);
}
