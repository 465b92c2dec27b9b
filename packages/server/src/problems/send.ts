import { makeProblem, problemType, type Locale, type Problem, type ProblemCode, type ProblemFieldError } from '@zwfw/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader } from './locale.js';

// Problem codes the contract's table (core PROBLEM_CODES) does not have yet. Kept here, in one place, until
// core adds them (reported); ProblemSchema's `code` is an open string, so clients treat them generically.
const EXTRA_CODES = {
  method_not_allowed: {
    status: 405,
    title: { 'zh-CN': '不支持该请求方法', 'zh-TW': '不支援該請求方法', en: 'Method not allowed' },
  },
} as const;

/** A problem code, including the server-local extras above. */
export type AnyProblemCode = ProblemCode | keyof typeof EXTRA_CODES;

/** Builds a problem in the request's locale. */
export function buildProblem(
  code: AnyProblemCode,
  locale: Locale,
  options: { detail?: string | undefined; errors?: readonly ProblemFieldError[] | undefined; status?: number | undefined; instance?: string } = {},
): Problem {
  let problem: Problem;
  if (code === 'method_not_allowed') {
    const extra = EXTRA_CODES[code];
    problem = { type: `urn:zwfw:problem:${code}`, title: extra.title[locale], status: extra.status, code };
  } else {
    problem = makeProblem(code, { locale });
    problem.type = problemType(code);
  }
  if (options.status !== undefined) problem.status = options.status;
  if (options.detail !== undefined) problem.detail = options.detail;
  if (options.instance !== undefined) problem.instance = options.instance;
  if (options.errors !== undefined && options.errors.length > 0) problem.errors = [...options.errors];
  return problem;
}

/** Sends `problem` as application/problem+json; problems are never cached. */
export function sendProblem(reply: FastifyReply, problem: Problem, headers: Readonly<Record<string, string>> = {}): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply
    .code(problem.status)
    .header('cache-control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problem));
}

/** The request's locale for problem titles and field messages. */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  return localeFromHeader(Array.isArray(header) ? header[0] : header);
}
