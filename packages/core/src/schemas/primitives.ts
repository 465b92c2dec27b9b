import * as z from 'zod/mini';
import { TimeUnitSchema } from './matter-enums.js';
import { storableString } from './storable.js';

// Shared building blocks. Wire formats: timestamps are ISO 8601 with an offset (`2025-03-01T09:30:00+08:00`
// or `Z`), calendar dates are `YYYY-MM-DD` (a date in China has no time zone ambiguity worth carrying).

/** ISO 8601 timestamp with offset. */
export const TimestampSchema = z.iso.datetime({ offset: true });
/** Calendar date `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();
/** Non-empty trimmed text with an upper bound (nothing in the contract is unbounded). */
export const textSchema = (max: number) => storableString().check(z.trim(), z.minLength(1), z.maxLength(max));

/** 基本编码: 12 characters (digits in every sample; letters tolerated). */
export const CatalogCodeSchema = z.string().check(z.regex(/^[0-9A-Z]{12}$/, 'Expected a 12-character catalog code'));
/** 实施编码: ≤36 (31 in practice = 18 USCC + 1 level + 12 catalog). */
export const TaskCodeSchema = z.string().check(z.regex(/^[0-9A-Z]{1,36}$/, 'Expected a task code of up to 36 characters'));
/** Any matter identifier used in URLs: 实施编码, 业务办理项编码 or a local code (≤50, URL-safe). */
export const MatterCodeSchema = z.string().check(z.regex(/^[0-9A-Za-z_.-]{1,50}$/, 'Expected a matter code (≤50 URL-safe characters)'));
/** 办件编号: opaque, ≤50 (43 in the national format; older systems differ, domain.md §1.2). */
export const CaseNumberSchema = z.string().check(z.regex(/^[0-9A-Za-z_-]{1,50}$/, 'Expected a case number (≤50 URL-safe characters)'));
/** 统一社会信用代码 format (18 chars, GB 32100 alphabet); the checksum lives in the validators module. */
export const CreditCodeFormatSchema = z
  .string().check(z.regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'Expected an 18-character unified social credit code'));
/** GB/T 2260 行政区划代码 (6 digits), with 9/12-digit township/village extensions. */
export const RegionCodeSchema = z.string().check(z.regex(/^\d{6}(?:\d{3}(?:\d{3})?)?$/, 'Expected a 6, 9 or 12 digit region code'));
/** Generic identifier for ids chosen by catalog authors (forms, bundles, materials, reasons). */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'Expected an identifier (letters, digits, _ . : -)'));

/** A time limit such as 20 工作日. */
export const TimeLimitSchema = z.object({
  value: z.number().check(z.nonnegative(), z.lte(100000)),
  unit: TimeUnitSchema,
  note: z.optional(textSchema(2000)),
});
/** A time limit such as 20 工作日. */
export type TimeLimit = z.infer<typeof TimeLimitSchema>;
