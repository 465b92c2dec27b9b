import { capProblemErrors, makeProblem, problemType, type Locale, type Problem, type ProblemCode, type ProblemFieldError } from '@zwfw/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader } from './locale.js';

/** Builds a problem in the request's locale. */
export function buildProblem(
  code: ProblemCode,
  locale: Locale,
  options: {
    detail?: string | undefined; errors?: readonly ProblemFieldError[] | undefined; errorsOmitted?: number | undefined;
    status?: number | undefined; instance?: string;
  } = {},
): Problem {
  const problem: Problem = makeProblem(code, { locale });
  problem.type = problemType(code);
  if (options.status !== undefined) problem.status = options.status;
  if (options.detail !== undefined) problem.detail = options.detail;
  if (options.instance !== undefined) problem.instance = options.instance;
  if (options.errors !== undefined && options.errors.length > 0) {
    // However many a handler found, the answer stays small (MAX_PROBLEM_ERRORS listed, the rest counted).
    const capped = capProblemErrors(options.errors, options.errorsOmitted);
    problem.errors = capped.errors;
    if (capped.omitted > 0) problem.errorsOmitted = capped.omitted;
  }
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
