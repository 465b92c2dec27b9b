import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError, isProblemError } from './problem-error.js';
import type { ProblemCode } from '@zwfw/core';
import { buildProblem, requestLocale, sendProblem } from './send.js';

// Fastify's own errors, by code, mapped to contract problems. Anything else that is not a ProblemError is
// a bug: it becomes a bare 500 problem (no message, no stack) and is logged without request data.
const FASTIFY_CODES: Record<string, { code: ProblemCode; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', detail: 'Send JSON with Content-Type: application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', detail: 'Content-Length does not match the body.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', detail: 'The request body is larger than the server accepts.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', detail: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', detail: 'The body is not valid JSON.' },
  FST_ERR_BAD_URL: { code: 'bad_request', detail: 'The URL is malformed.' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'bad_request', detail: 'The request could not be routed.' },
};

/** Header naming the request in the server's log lines, on every response (quote it when reporting a 500). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Answers a request Node's HTTP parser refused (no route, no Fastify request) with a problem, in place of
 * Fastify's `{"error": …}`: 408 for a client too slow to send, 431 for headers over the limit, else 400.
 */
export function clientErrorProblem(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, detail] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    ? [408, 'Request Timeout', 'The request was not received in time.']
    : err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are larger than the server accepts.']
      : [400, 'Bad Request', 'The request is not valid HTTP/1.1.'];
  const body = JSON.stringify(buildProblem('bad_request', 'zh-CN', { status, detail }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\n${REQUEST_ID_HEADER}: ${randomUUID()}\r\n`
      + `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/** Installs the error and not-found handlers that answer everything with application/problem+json. */
export function installProblemHandlers(app: FastifyInstance, options: { bodyLimit: number }): void {
  // Every answer names its request, so a user can quote what the log line of a failure carries (reqId).
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    if (request.headers.host === undefined && request.raw.httpVersion === '1.1') {
      reply.header('access-control-allow-origin', '*');
      throw new ProblemError('bad_request', { detail: 'HTTP/1.1 requests need a Host header.' });
    }
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    if (isProblemError(err)) {
      return sendProblem(reply, buildProblem(err.code, locale, { detail: err.detail, errors: err.errors, errorsOmitted: err.errorsOmitted, status: err.status }), err.headers);
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) {
      const detail = known.code === 'payload_too_large' ? `The body limit is ${options.bodyLimit} bytes.` : known.detail;
      return sendProblem(reply, buildProblem(known.code, locale, { detail }));
    }
    // JSON.parse failures (SyntaxError) and prototype-poisoning rejections arrive with a 400 status.
    if (err instanceof SyntaxError || err.statusCode === 400) {
      return sendProblem(reply, buildProblem('bad_request', locale, { detail: 'The body is not valid JSON.' }));
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      const code: ProblemCode = err.statusCode === 404 ? 'not_found' : err.statusCode === 413 ? 'payload_too_large' : err.statusCode === 415 ? 'unsupported_media_type' : 'bad_request';
      return sendProblem(reply, buildProblem(code, locale, { status: err.statusCode }));
    }
    request.log.error({ err: { name: err.name, code: err.code, message: err.message, stack: err.stack } }, 'unhandled error');
    return sendProblem(reply, buildProblem('internal', locale));
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    reply.header('access-control-allow-origin', '*');
    const path = request.url.split('?')[0] ?? '';
    return sendProblem(
      reply,
      buildProblem('not_found', requestLocale(request), {
        detail: `No resource at ${path.slice(0, 200)}. The API lives under /v1; see /v1/openapi.json.`,
      }),
    );
  });
}
