import * as z from 'zod/mini';
import { CaseNumberSchema, IdSchema, MatterCodeSchema, TimestampSchema } from '../schemas/primitives.js';
import { VERIFIER_HEADER, VERIFIER_PATTERN } from './verifier.js';

// Path, header and small response schemas that exist only for the HTTP contract.

/** Path parameters `{code}` of matter operations. */
export const MatterCodeParamsSchema = z.strictObject({ code: MatterCodeSchema });
/** Path parameters `{id}` of bundle operations. */
export const BundleIdParamsSchema = z.strictObject({ id: IdSchema });
/** Path parameters `{caseNumber}` of case operations. */
export const CaseNumberParamsSchema = z.strictObject({ caseNumber: CaseNumberSchema });
/** Path parameters `{evaluationId}` of a rating's back-office operations. */
export const EvaluationIdParamsSchema = z.strictObject({ evaluationId: IdSchema });

/** A case's proof: the applicant's mobile tail (4 digits) or the accessToken returned at submission. */
export const VerifierSchema = z.string().check(z.regex(VERIFIER_PATTERN, 'Expected the mobile tail (4 digits) or an access token'));

/**
 * Deprecated query form of the case proof (`?verifier=`), still accepted for one version: a response to a
 * request that used it carries a `Deprecation` header. Send the `X-Zwfw-Verifier` header instead; when both
 * are sent, the header wins.
 */
export const VerifierQuerySchema = z.strictObject({
  verifier: z.optional(VerifierSchema).check(z.meta({ deprecated: true, description: `Deprecated: send the ${VERIFIER_HEADER} header instead.` })),
});
/** Verifier query. */
export type VerifierQuery = z.infer<typeof VerifierQuerySchema>;

/** `Idempotency-Key` header value: client-generated, 8–255 printable ASCII characters (a UUID is ideal). */
export const IdempotencyKeySchema = z.string().check(z.regex(/^[\x21-\x7E]{8,255}$/, 'Expected 8–255 printable ASCII characters'));

/** Header carrying the publishable key (alternative: `Authorization: Bearer <key>`). */
export const PUBLISHABLE_KEY_HEADER = 'X-Zwfw-Key';
/** Header carrying the idempotency key of a write. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Response header set to `true` when a write was replayed from its idempotency record. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/**
 * Optional header of catalogue reads saying what the data is when it is not an official catalogue (e.g. a
 * demo's illustrative data), in English as printable ASCII; /health carries it in the request's language.
 */
export const CATALOGUE_NOTICE_HEADER = 'Zwfw-Catalogue-Notice';

/** GET /health response. */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.optional(z.string().check(z.maxLength(100))),
  time: TimestampSchema,
  checks: z.optional(z.record(z.string(), z.enum(['ok', 'failing']))),
  /** What the catalogue is, in the request's language, when it is not a real one (e.g. illustrative demo data). */
  catalogueNotice: z.optional(z.string().check(z.maxLength(500))),
  /** The holiday calendar's last year with data: deadlines beyond it are estimates until a notice is loaded. */
  calendar: z.optional(z.object({ lastYear: z.number().check(z.int()) })),
});
/** GET /health response. */
export type Health = z.infer<typeof HealthSchema>;

/** GET /v1/openapi.json response: an OpenAPI 3.1 document (validated by its own tooling, not here). */
export const OpenApiDocumentSchema = z.looseObject({ openapi: z.string().check(z.regex(/^3\.1\.\d+$/)) });
