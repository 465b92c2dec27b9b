import * as z from 'zod/mini';
import { localizedIssueMessage, unknownFieldMessage, type IssueDetail } from './issue-messages.js';
import { label, type Locale, type LocalizedLabel } from './labels.js';

/** Stable machine codes of the API's errors, with HTTP status and a localized title, as data. */
export const PROBLEM_CODES = {
  bad_request: { status: 400, title: label('请求无效', '請求無效', 'Bad request') },
  idempotency_key_required: { status: 400, title: label('缺少幂等键', '缺少冪等鍵', 'Idempotency-Key header required') },
  unauthorized: { status: 401, title: label('缺少或无效的接入密钥', '缺少或無效的接入密鑰', 'Missing or invalid key') },
  forbidden: { status: 403, title: label('无权访问', '無權存取', 'Forbidden') },
  origin_not_allowed: { status: 403, title: label('该来源未获授权', '該來源未獲授權', 'Origin not allowed for this key') },
  not_found: { status: 404, title: label('未找到', '未找到', 'Not found') },
  method_not_allowed: { status: 405, title: label('不支持该请求方法', '不支援該請求方法', 'Method not allowed') },
  not_acceptable: { status: 406, title: label('不支持的响应格式', '不支援的回應格式', 'Not acceptable') },
  conflict: { status: 409, title: label('状态冲突', '狀態衝突', 'Conflict') },
  idempotency_key_reused: { status: 409, title: label('幂等键已用于不同的请求', '冪等鍵已用於不同的請求', 'Idempotency-Key reused with a different request') },
  invalid_transition: { status: 409, title: label('办件当前状态不允许该操作', '辦件目前狀態不允許該操作', 'Action not allowed in the current case status') },
  evaluation_exists: { status: 409, title: label('该办件此阶段已评价', '該辦件此階段已評價', 'This case stage has already been rated') },
  evaluation_not_open: { status: 409, title: label('该办件此阶段暂不能评价', '該辦件此階段暫不能評價', 'This case stage cannot be rated yet') },
  agent_not_allowed: { status: 403, title: label('帮办代办人员不属于该合作机构或渠道', '幫辦代辦人員不屬於該合作機構或渠道', 'The agent does not belong to this key\'s partner or channel') },
  channel_not_allowed: { status: 403, title: label('该接入密钥不能使用此渠道', '該接入密鑰不能使用此渠道', 'This key cannot claim that channel') },
  materials_owed: { status: 409, title: label('仍有容缺材料未补齐', '仍有容缺材料未補齊', 'Deferred (容缺) materials are still owed') },
  rectification_exists: { status: 409, title: label('该差评已有整改记录', '該差評已有整改紀錄', 'This rating already has a rectification record') },
  evaluation_closed: { status: 409, title: label('该办件的评价期限已过', '該辦件的評價期限已過', 'The rating period of this case has ended') },
  payload_too_large: { status: 413, title: label('请求内容过大', '請求內容過大', 'Payload too large') },
  upload_too_large: { status: 413, title: label('文件超过大小限制', '檔案超過大小限制', 'The file is larger than allowed') },
  unsupported_media_type: { status: 415, title: label('不支持的内容类型', '不支援的內容類型', 'Unsupported media type') },
  upload_type_not_allowed: { status: 415, title: label('不支持的文件类型', '不支援的檔案類型', 'File type not allowed for this material') },
  validation_failed: { status: 422, title: label('提交的信息有误', '提交的資訊有誤', 'Validation failed') },
  file_ref_invalid: { status: 422, title: label('上传的文件无效或已过期，请重新上传', '上傳的檔案無效或已過期，請重新上傳', 'Unknown or expired file reference: upload the file again') },
  rate_limited: { status: 429, title: label('请求过于频繁', '請求過於頻繁', 'Too many requests') },
  upload_quota_exceeded: { status: 429, title: label('今日上传总量已达上限', '今日上傳總量已達上限', 'Daily upload allowance used up') },
  case_locked: { status: 429, title: label('该办件查询失败次数过多，已暂停手机尾号查询', '該辦件查詢失敗次數過多，已暫停手機尾號查詢', 'Too many failed look-ups of this case: mobile-tail look-ups are paused') },
  internal: { status: 500, title: label('服务器内部错误', '伺服器內部錯誤', 'Internal server error') },
  unavailable: { status: 503, title: label('服务暂不可用', '服務暫不可用', 'Service unavailable') },
} as const satisfies Record<string, { status: number; title: LocalizedLabel }>;

/** A stable problem code. */
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Problem `type` URI of a code (a URN: stable, and not tied to a host a deployment may not own). */
export function problemType(code: ProblemCode): string {
  return `urn:zwfw:problem:${code}`;
}

/** One failing field: `path` is a JSON Pointer into the request (RFC 6901), e.g. `/values/applicant/idNumber`. */
export const ProblemFieldErrorSchema = z.object({
  path: z.string().check(z.maxLength(1000)),
  code: z.string().check(z.maxLength(100)),
  message: z.string().check(z.maxLength(2000)),
});
/** One failing field. */
export type ProblemFieldError = z.infer<typeof ProblemFieldErrorSchema>;

/**
 * RFC 9457 problem details (`application/problem+json`). Lenient: `code` is a string, not the ProblemCode
 * enum, so a client still understands a newer server's new codes as generic problems.
 */
export const ProblemSchema = z.object({
  type: z.string().check(z.maxLength(500)),
  title: z.string().check(z.maxLength(500)),
  status: z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string().check(z.maxLength(4000))),
  instance: z.optional(z.string().check(z.maxLength(1000))),
  code: z.string().check(z.maxLength(100)),
  errors: z.optional(z.array(ProblemFieldErrorSchema).check(z.maxLength(1000))),
  /**
   * How many more field errors there were than `errors` lists. A server lists at most MAX_PROBLEM_ERRORS
   * (the reference server: 50), so a body with thousands of unknown keys gets a small answer.
   */
  errorsOmitted: z.optional(z.number().check(z.int(), z.gte(1))),
});
/** RFC 9457 problem details. */
export type Problem = z.infer<typeof ProblemSchema>;

/** JSON Pointer (RFC 6901) of a path, escaping `~` and `/`. */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path.map((seg) => `/${String(seg).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Minimal structural view of a zod error, so callers holding any zod 4 error (or its issues) can pass it. */
export interface IssueLike extends IssueDetail {
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[] | undefined;
}

/** Most field errors a problem lists; the rest are counted in `errorsOmitted`. */
export const MAX_PROBLEM_ERRORS = 50;

/** Field errors cut to `max`, with how many were left out (added to `alreadyOmitted`). */
export function capProblemErrors(
  errors: readonly ProblemFieldError[],
  alreadyOmitted = 0,
  max = MAX_PROBLEM_ERRORS,
): { errors: ProblemFieldError[]; omitted: number } {
  return { errors: errors.slice(0, max), omitted: alreadyOmitted + Math.max(0, errors.length - max) };
}

/**
 * Problem `errors` for the failing paths of a zod error, at most `max` of them, and how many more there were.
 * Unknown keys become one entry per key (so a form can point at each), but keys past `max` are only counted:
 * a body of 10,000 unknown keys costs 50 messages, not 10,000. A custom refinement's `params.code` becomes
 * the entry's code. With a `locale`, messages are in that language (see localizedIssueMessage); without one,
 * zod's English messages are kept.
 */
export function cappedProblemErrorsFromZod(
  error: { readonly issues: readonly IssueLike[] },
  prefix: readonly PropertyKey[] = [],
  locale?: Locale,
  max = MAX_PROBLEM_ERRORS,
): { errors: ProblemFieldError[]; omitted: number } {
  const out: ProblemFieldError[] = [];
  let omitted = 0;
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const room = Math.max(0, max - out.length);
      for (const key of issue.keys.slice(0, room)) {
        const message = locale === undefined ? `Unknown field "${key}"` : unknownFieldMessage(key, locale);
        out.push({ path: toJsonPointer([...base, key]), code: 'unrecognized_key', message });
      }
      omitted += Math.max(0, issue.keys.length - room);
      continue;
    }
    if (out.length >= max) {
      omitted++;
      continue;
    }
    const custom = issue.code === 'custom' && typeof issue.params?.['code'] === 'string' ? issue.params['code'] : undefined;
    const message = locale === undefined ? issue.message : localizedIssueMessage(issue, locale);
    out.push({ path: toJsonPointer(base), code: custom ?? issue.code, message });
  }
  return { errors: out, omitted };
}

/** Problem `errors` for every failing path of a zod error, uncapped (see cappedProblemErrorsFromZod). */
export function problemErrorsFromZod(
  error: { readonly issues: readonly IssueLike[] },
  prefix: readonly PropertyKey[] = [],
  locale?: Locale,
): ProblemFieldError[] {
  return cappedProblemErrorsFromZod(error, prefix, locale, Infinity).errors;
}

/** Options of makeProblem. */
export interface MakeProblemOptions {
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly ProblemFieldError[];
  /** Field errors already left out of `errors` (more are counted if `errors` is over MAX_PROBLEM_ERRORS). */
  readonly errorsOmitted?: number;
  /** Locale of the title; zh-CN by default. */
  readonly locale?: keyof LocalizedLabel;
}

/** A Problem for a known code, with the localized title and the code's status. */
export function makeProblem(code: ProblemCode, options: MakeProblemOptions = {}): Problem {
  const entry = PROBLEM_CODES[code];
  const problem: Problem = {
    type: problemType(code),
    title: entry.title[options.locale ?? 'zh-CN'],
    status: entry.status,
    code,
  };
  if (options.detail !== undefined) problem.detail = options.detail;
  if (options.instance !== undefined) problem.instance = options.instance;
  if (options.errors !== undefined) {
    const capped = capProblemErrors(options.errors, options.errorsOmitted);
    problem.errors = capped.errors;
    if (capped.omitted > 0) problem.errorsOmitted = capped.omitted;
  }
  return problem;
}

/** The 422 Problem of a failed zod parse; `prefix` locates the parsed value in the request (e.g. ['query']). */
export function problemFromZodError(
  error: { readonly issues: readonly IssueLike[] },
  options: Omit<MakeProblemOptions, 'errors'> & { readonly prefix?: readonly PropertyKey[] } = {},
): Problem {
  const { prefix, ...rest } = options;
  const capped = cappedProblemErrorsFromZod(error, prefix ?? [], rest.locale);
  return makeProblem('validation_failed', { ...rest, errors: capped.errors, errorsOmitted: capped.omitted });
}
