// Transport failure paths over real HTTP against a stub server: retries, Retry-After, idempotency keys,
// timeouts, aborts, dropped connections, problem documents, schema mismatches, ETag revalidation, dedupe.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import { MemoryCacheStore } from '../src/cache.js';
import { ZwfwAbortError, ZwfwApiError, ZwfwConfigError, ZwfwNetworkError, ZwfwTimeoutError, ZwfwValidationError, isZwfwError, redactQueryValues } from '../src/errors.js';
import { resolveRetry } from '../src/retry.js';
import { Transport, shareKey, withDeadline, type TransportConfig } from '../src/transport.js';
import { answer, memoryFetch, problemAnswer, withRecordedWaits } from './helpers/clock.js';
import { json, problem, startStub, type StubServer } from './helpers/stub-server.js';

const Item = z.object({ id: z.string(), n: z.number() });

let stub: StubServer;
before(async () => {
  stub = await startStub();
});
after(() => stub.close());

function transport(over: Partial<TransportConfig> = {}): Transport {
  return new Transport({
    baseUrl: stub.url,
    publishableKey: 'pk_test',
    locale: 'zh-CN',
    fetch: undefined,
    timeout: 2000,
    retry: { baseDelay: 5, maxDelay: 20 },
    cache: undefined,
    random: () => 0.5,
    ...over,
  });
}

/** A transport answered in memory under the recording clock (helpers/clock.ts): waits are values, not measured. */
function clocked(handler: Parameters<typeof memoryFetch>[0], over: Partial<TransportConfig> = {}) {
  const memory = memoryFetch(handler);
  return { t: transport({ fetch: memory.fetch, ...over }), requests: memory.requests };
}

const get = { operation: 'items.get', method: 'GET' as const, path: 'v1/items/1', schema: Item, key: 'none' as const };

describe('transport', () => {
  test('sends the locale and accept headers, and validates the body; no key on a public read', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => json(res, 200, { id: '1', n: 2 }));
    const item = await transport({ locale: 'en' }).request(get);
    assert.deepEqual(item, { id: '1', n: 2 });
    const h = stub.requests[0]?.headers;
    assert.equal(h?.['x-zwfw-key'], undefined, 'public reads carry no key (no preflight, shared caches)');
    assert.equal(h?.['accept-language'], 'en');
    assert.match(String(h?.accept), /application\/json/);
  });

  test('sends the key where the operation requires it', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => json(res, 200, { id: '1', n: 2 }));
    await transport().request({ ...get, key: 'required' });
    assert.equal(stub.requests[0]?.headers['x-zwfw-key'], 'pk_test');
  });

  test('retries a 503 honouring Retry-After in seconds', async () => {
    const { t, requests } = clocked((_req, n) => (n === 1 ? problemAnswer(503, 'unavailable', {}, { 'retry-after': '1' }) : answer(200, { id: '1', n: 1 })));
    const waits = await withRecordedWaits(async (waits) => (await t.request(get), waits));
    assert.equal(requests.length, 2);
    assert.deepEqual(waits, [1000]);
  });

  test('honours Retry-After as an HTTP-date', async () => {
    const { t, requests } = clocked((_req, n) =>
      n === 1 ? problemAnswer(429, 'rate_limited', {}, { 'retry-after': new Date(Date.now() + 30_000).toUTCString() }) : answer(200, { id: '1', n: 1 }),
    );
    const waits = await withRecordedWaits(async (waits) => (await t.request(get), waits));
    // HTTP-dates have 1 s resolution; 30 s ahead leaves room for a slow machine between send and parse.
    assert.equal(waits.length, 1);
    assert.ok(waits[0]! > 20_000 && waits[0]! <= 30_000, `waited ${waits[0]} ms for a date 30 s ahead`);
    assert.equal(requests.length, 2);
  });

  test('gives up at once when Retry-After exceeds maxRetryAfter, reporting retryAfter', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => problem(res, 429, 'rate_limited', {}, { 'retry-after': '3600' }));
    const err = await transport().request(get).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError);
    assert.equal(err.retryAfter, 3600);
    assert.equal(err.code, 'rate_limited');
    assert.equal(stub.requests.length, 1);
  });

  test('retries 500s up to the limit with backoff, then throws ZwfwApiError with attempts', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => problem(res, 500, 'internal', { detail: 'boom' }, { 'x-request-id': 'req-42' }));
    const err = await transport({ retry: { limit: 3, baseDelay: 5 } }).request(get).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError);
    assert.equal(err.type, 'api_error');
    assert.equal(err.status, 500);
    assert.equal(err.attempts, 4);
    assert.equal(err.requestId, 'req-42');
    assert.equal(stub.requests.length, 4);
    assert.match(err.message, /items\.get failed with HTTP 500 internal: boom/);
  });

  test('does not retry 4xx, and maps per-field errors from JSON Pointers', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) =>
      problem(res, 422, 'validation_failed', { errors: [{ path: '/values/applicant/idNumber', code: 'invalid_id_number', message: '身份证号码有误' }] }),
    );
    const err = await transport().request({ ...get, method: 'POST', body: { a: 1 }, idempotencyKey: 'k1' }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError);
    assert.equal(stub.requests.length, 1);
    assert.deepEqual(err.errors, [{ path: 'values.applicant.idNumber', code: 'invalid_id_number', message: '身份证号码有误' }]);
    assert.deepEqual(err.fieldErrors(), { 'values.applicant.idNumber': '身份证号码有误' });
    assert.match(err.message, /err\.errors/);
  });

  test('an idempotent write reuses one Idempotency-Key on every retry, across dropped connections', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res, n) => {
      if (n === 1) res.socket?.destroy();
      else if (n === 2) problem(res, 502, 'bad_gateway');
      else json(res, 201, { id: 'case', n: 1 });
    });
    const out = await transport().request({ ...get, method: 'POST', body: { x: 1 }, idempotencyKey: 'idem-123' });
    assert.equal(out.id, 'case');
    assert.deepEqual(stub.requests.map((r) => r.headers['idempotency-key']), ['idem-123', 'idem-123', 'idem-123']);
    assert.deepEqual(stub.requests.map((r) => r.body), ['{"x":1}', '{"x":1}', '{"x":1}']);
  });

  test('a write without an Idempotency-Key is never resent after a dropped connection', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => res.socket?.destroy());
    const err = await transport().request({ ...get, method: 'POST', body: {} }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwNetworkError);
    assert.equal(err.type, 'network_error');
    assert.equal(stub.requests.length, 1);
  });

  test('a read whose connection drops mid-body is retried', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res, n) => {
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"id":');
        setTimeout(() => res.socket?.destroy(), 10);
      } else json(res, 200, { id: '1', n: 1 });
    });
    assert.deepEqual(await transport().request(get), { id: '1', n: 1 });
    assert.equal(stub.requests.length, 2);
  });

  test('times out per attempt (headers or body), retries reads, then throws ZwfwTimeoutError', async () => {
    stub.requests.length = 0;
    stub.handle(() => undefined); // never answers
    const err = await transport({ timeout: 100, retry: { limit: 1, baseDelay: 5 } }).request(get).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwTimeoutError);
    assert.equal(err.timeout, 100);
    assert.equal(err.attempts, 2);
    assert.match(err.message, /timeout/);
  });

  test('without AbortSignal.any (Safari before 17.4) the per-attempt deadline still expires, and the caller\'s abort still passes', async () => {
    const any = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true });
    try {
      const quiet = withDeadline(new AbortController().signal, 20);
      await new Promise((resolve) => quiet.signal.addEventListener('abort', resolve, { once: true }));
      assert.equal((quiet.signal.reason as Error).name, 'TimeoutError');
      assert.ok(quiet.expired(quiet.signal.reason));
      const caller = new AbortController();
      const left = withDeadline(caller.signal, 60_000);
      caller.abort(new Error('user left'));
      assert.equal((left.signal.reason as Error).message, 'user left');
      assert.ok(!left.expired(left.signal.reason));
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: any, configurable: true, writable: true });
    }
  });

  test('AbortSignal cancels an in-flight attempt and a pending backoff', async () => {
    // Aborted once the request has reached the server (which never answers): in flight, whatever the timing.
    const c1 = new AbortController();
    stub.handle(() => c1.abort(new Error('user left')));
    const e1 = await transport().request(get, { signal: c1.signal }).catch((e: unknown) => e);
    assert.ok(e1 instanceof ZwfwAbortError);
    assert.equal((e1.cause as Error).message, 'user left');

    const c2 = new AbortController();
    const { t } = clocked(() => problemAnswer(503, 'unavailable', {}, { 'retry-after': '30' }));
    // Aborted as the 30 s Retry-After wait begins: the wait itself must give way.
    const [e2, waits] = await withRecordedWaits(async (waits) => [await t.request(get, { signal: c2.signal }).catch((e: unknown) => e), waits] as const, () => c2.abort());
    assert.ok(e2 instanceof ZwfwAbortError);
    assert.deepEqual(waits, [30_000]);

    const e3 = await transport().request(get, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    assert.ok(e3 instanceof ZwfwAbortError);
  });

  test('a response that breaks the schema is a ZwfwValidationError with the path, not retried', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => json(res, 200, { id: '1', n: 'two' }));
    const err = await transport().request(get).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwValidationError);
    assert.equal(err.path, 'n');
    assert.equal(stub.requests.length, 1);
    assert.ok(isZwfwError(err));
  });

  test('network errors name the URL and say what to check', async () => {
    const dead = new Transport({ ...transport().config, baseUrl: 'http://127.0.0.1:9/', retry: 0 });
    const err = await dead.request(get).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwNetworkError);
    assert.match(err.message, /could not reach http:\/\/127\.0\.0\.1:9\/v1\/items\/1/);
  });

  test('writes that need a key fail before sending when none is configured', async () => {
    stub.requests.length = 0;
    const err = await transport({ publishableKey: undefined }).request({ ...get, key: 'required' }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwConfigError);
    assert.equal(err.option, 'publishableKey');
    assert.match(err.message, /pass createClient\(\{ publishableKey/);
    assert.equal(stub.requests.length, 0);
  });

  test('ETag cache: revalidates with If-None-Match and reuses the body on 304', async () => {
    stub.requests.length = 0;
    stub.handle((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
      } else json(res, 200, { id: '1', n: 7 }, { etag: '"v1"', 'cache-control': 'no-cache' });
    });
    const t = transport({ cache: new MemoryCacheStore() });
    const spec = { ...get, cacheable: true };
    assert.deepEqual(await t.request(spec), { id: '1', n: 7 });
    assert.deepEqual(await t.request(spec), { id: '1', n: 7 });
    assert.equal(stub.requests.length, 2);
    assert.equal(stub.requests[0]?.headers['if-none-match'], undefined);
    assert.equal(stub.requests[1]?.headers['if-none-match'], '"v1"');
  });

  test('ETag cache: a fresh max-age entry is served without a request', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => json(res, 200, { id: '1', n: 8 }, { etag: '"v2"', 'cache-control': 'public, max-age=60' }));
    const t = transport({ cache: new MemoryCacheStore() });
    const spec = { ...get, path: 'v1/items/2', cacheable: true };
    await t.request(spec);
    await t.request(spec);
    assert.equal(stub.requests.length, 1);
  });

  test('identical reads in flight share one request; one caller aborting does not cancel the others', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res) => setTimeout(() => json(res, 200, { id: '1', n: 9 }), 100));
    const t = transport();
    const leaver = new AbortController();
    const p1 = t.request(get);
    const p2 = t.request(get, { signal: leaver.signal });
    const p3 = t.request(get);
    leaver.abort();
    const [r1, r2, r3] = await Promise.allSettled([p1, p2, p3]);
    assert.equal(stub.requests.length, 1);
    assert.equal(r1.status, 'fulfilled');
    assert.equal(r3.status, 'fulfilled');
    assert.equal(r2.status, 'rejected');
    assert.ok(r2.status === 'rejected' && r2.reason instanceof ZwfwAbortError);
  });

  test('reads with a different timeout or retry policy do not share a request', async () => {
    stub.requests.length = 0;
    // No answer until the impatient caller has timed out: an ordering, not 150 ms against 50 ms.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    stub.handle((_req, res) => void gate.then(() => json(res, 200, { id: '1', n: 10 })));
    const t = transport();
    // The impatient caller asks first: when reads were shared on the URL alone, its 50 ms deadline and
    // retry: false ran the one request, and the patient callers got its timeout.
    const impatient = t.request(get, { timeout: 50, retry: false });
    const patient = t.request(get);
    const alsoPatient = t.request(get);
    const r1 = await impatient.then((v) => ({ status: 'fulfilled' as const, value: v }), (reason: unknown) => ({ status: 'rejected' as const, reason }));
    release();
    const [r2, r3] = await Promise.allSettled([patient, alsoPatient]);
    assert.ok(r1.status === 'rejected' && r1.reason instanceof ZwfwTimeoutError);
    assert.deepEqual(r2.status === 'fulfilled' && r2.value, { id: '1', n: 10 });
    assert.deepEqual(r3.status === 'fulfilled' && r3.value, { id: '1', n: 10 });
    assert.equal(stub.requests.length, 2, 'the two patient callers still share one request');
  });

  test('shareKey separates run settings, and equal settings spelled differently share', () => {
    const run = (retry: Parameters<typeof resolveRetry>[0], timeout = 1000) => ({ timeout, policy: resolveRetry(retry, 2) });
    assert.equal(shareKey('k', run(undefined)), shareKey('k', run(true)));
    assert.equal(shareKey('k', run(2)), shareKey('k', run({ limit: 2 })));
    assert.notEqual(shareKey('k', run(undefined)), shareKey('k', run(false)));
    assert.notEqual(shareKey('k', run(undefined)), shareKey('k', run(undefined, 50)));
    assert.notEqual(shareKey('k', run({ baseDelay: 1 })), shareKey('k', run(undefined)));
  });

  test('a network error never shows a query value such as the case verifier', async () => {
    const secret = 'tok_SECRET_verifier_0123456789';
    const dead = new Transport({ ...transport().config, baseUrl: 'http://127.0.0.1:9/', retry: 0 });
    const progress = { ...get, operation: 'applications.progress', path: 'v1/applications/C1/progress', query: { verifier: secret } };
    const err = await dead.request(progress).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwNetworkError);
    assert.match(err.message, /could not reach http:\/\/127\.0\.0\.1:9\/v1\/applications\/C1\/progress\?verifier=\[redacted\] \(/);
    // The whole cause chain too: ky's NetworkError (which restates the URL) is replaced by the runtime's error.
    let chain = '';
    for (let e: unknown = err; e instanceof Error; e = e.cause) chain += `${e.name}: ${e.message}\n${e.stack ?? ''}\n`;
    assert.ok(!chain.includes(secret), chain);
    assert.ok(!JSON.stringify(err).includes(secret));
    assert.ok(err.cause instanceof Error && err.cause.name !== 'NetworkError', 'the cause is what actually failed');
  });

  test('an API error whose detail echoes a URL with a query is redacted as well', async () => {
    stub.handle((_req, res) => problem(res, 404, 'not_found', { detail: 'No case at /v1/applications/C1/progress?verifier=9999&x=1' }));
    const err = await transport().request(get).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError);
    assert.match(err.message, /progress\?verifier=\[redacted\]&x=\[redacted\]/);
    assert.ok(!err.message.includes('9999'));
  });

  test('redactQueryValues keeps names and the text around a URL', () => {
    assert.equal(redactQueryValues('GET http://h/p?verifier=ab_c-1&q=%E5%8A%9E+x: fetch failed'), 'GET http://h/p?verifier=[redacted]&q=[redacted]: fetch failed');
    assert.equal(redactQueryValues('no query here; a=b stays'), 'no query here; a=b stays');
  });

  test('ETag cache: a new ETag on a changed resource replaces the cached body', async () => {
    stub.requests.length = 0;
    let version = 1;
    stub.handle((req, res) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
      } else json(res, 200, { id: '1', n: version }, { etag, 'cache-control': 'no-cache' });
    });
    const t = transport({ cache: new MemoryCacheStore() });
    const spec = { ...get, path: 'v1/items/3', cacheable: true };
    assert.deepEqual(await t.request(spec), { id: '1', n: 1 });
    version = 2; // republished
    assert.deepEqual(await t.request(spec), { id: '1', n: 2 });
    assert.deepEqual(await t.request(spec), { id: '1', n: 2 }, 'the 304 reuses the new body, not the first one');
    assert.deepEqual(stub.requests.map((r) => r.headers['if-none-match']), [undefined, '"v1"', '"v2"']);
  });

  test('ETag cache: the same URL in zh-CN and in en are cached apart', async () => {
    stub.requests.length = 0;
    stub.handle((req, res) => {
      const en = req.headers['accept-language'] === 'en';
      json(res, 200, { id: en ? 'en' : 'zh', n: 1 }, { etag: en ? '"en"' : '"zh"', 'cache-control': 'max-age=60', vary: 'Accept-Language' });
    });
    // One store shared by two clients, as two locales of one page might.
    const store = new MemoryCacheStore();
    const zh = transport({ cache: store, locale: 'zh-CN' });
    const en = transport({ cache: store, locale: 'en' });
    const spec = { ...get, path: 'v1/items/4', cacheable: true };
    assert.equal((await zh.request(spec)).id, 'zh');
    // A fresh zh-CN entry must not answer the English read.
    assert.equal((await en.request(spec)).id, 'en');
    assert.equal((await zh.request(spec)).id, 'zh');
    assert.equal((await en.request(spec)).id, 'en');
    assert.equal(stub.requests.length, 2, 'one request per locale, then both served fresh from the cache');
    assert.deepEqual(stub.requests.map((r) => r.headers['accept-language']), ['zh-CN', 'en']);
  });

  test('a keyed write answered 409 conflict ("still in progress") is resent with the same key', async () => {
    stub.requests.length = 0;
    stub.handle((_req, res, n) => (n === 1 ? problem(res, 409, 'conflict', { detail: 'A request with this Idempotency-Key is in progress' }) : json(res, 201, { id: 'case', n: 1 })));
    const out = await transport().request({ ...get, method: 'POST', body: { x: 1 }, idempotencyKey: 'idem-409' });
    assert.equal(out.id, 'case');
    assert.deepEqual(stub.requests.map((r) => r.headers['idempotency-key']), ['idem-409', 'idem-409']);

    // Without a key, or with another 409 code, a 409 is final.
    stub.requests.length = 0;
    stub.handle((_req, res) => problem(res, 409, 'conflict'));
    const unkeyed = await transport().request({ ...get, method: 'POST', body: {} }).catch((e: unknown) => e);
    assert.ok(unkeyed instanceof ZwfwApiError && unkeyed.status === 409);
    assert.equal(stub.requests.length, 1);
    stub.requests.length = 0;
    stub.handle((_req, res) => problem(res, 409, 'idempotency_key_reused'));
    const reused = await transport().request({ ...get, method: 'POST', body: {}, idempotencyKey: 'idem-409' }).catch((e: unknown) => e);
    assert.ok(reused instanceof ZwfwApiError && reused.code === 'idempotency_key_reused');
    assert.equal(stub.requests.length, 1);
  });

  test('aborting a POST rejects with ZwfwAbortError and does not resend it', async () => {
    const controller = new AbortController();
    // Never answers; aborted once the POST arrived.
    const { t, requests } = clocked(() => void controller.abort(new Error('user left')));
    const [err, waits] = await withRecordedWaits(
      async (waits) => [await t.request({ ...get, method: 'POST', body: { x: 1 }, idempotencyKey: 'idem-abort' }, { signal: controller.signal }).catch((e: unknown) => e), waits] as const,
    );
    assert.ok(err instanceof ZwfwAbortError);
    assert.equal(err.type, 'abort_error');
    assert.equal(err.idempotencyKey, 'idem-abort', 'the key is reported, so the caller can resend safely later');
    assert.equal((err.cause as Error).message, 'user left');
    assert.deepEqual(waits, [], 'no resend was scheduled');
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(requests.length, 1);
  });
});

describe('transport retry timing (recorded, not measured)', () => {
  test('backoff doubles from baseDelay, stops at maxDelay, and jitters within the upper half of each step', async () => {
    const draws = [0, 1, 0.5, 0, 1];
    const { t } = clocked(() => problemAnswer(500, 'internal'), { retry: { limit: 5, baseDelay: 100, maxDelay: 300 }, random: () => draws.shift()! });
    const [err, waits] = await withRecordedWaits(async (waits) => [await t.request(get).catch((e: unknown) => e), waits] as const);
    assert.ok(err instanceof ZwfwApiError && err.attempts === 6);
    // Steps 100, 200, 300 (400 capped), 300, 300; each wait is step/2 + draw × step/2.
    assert.deepEqual(waits, [50, 200, 225, 150, 300]);
  });

  for (const [label, header, expected] of [
    ['an HTTP-date in the past is no wait', new Date(Date.now() - 3_600_000).toUTCString(), 0],
    ['garbage falls back to the backoff', 'soon', 2.5 + 0.5 * 2.5],
    ['a negative number falls back to the backoff', '-5', 2.5 + 0.5 * 2.5],
    ['a fractional number falls back to the backoff', '1.5', 2.5 + 0.5 * 2.5],
  ] as const) {
    test(`Retry-After: ${label}`, async () => {
      const { t } = clocked((_req, n) => (n === 1 ? problemAnswer(503, 'unavailable', {}, { 'retry-after': header }) : answer(200, { id: '1', n: 1 })), { retry: { baseDelay: 5 } });
      const [out, waits] = await withRecordedWaits(async (waits) => [await t.request(get), waits] as const);
      assert.deepEqual(out, { id: '1', n: 1 });
      assert.deepEqual(waits, [expected]);
    });
  }

  for (const status of [408, 425, 504]) {
    test(`a read answered ${status} is retried`, async () => {
      const { t, requests } = clocked((_req, n) => (n === 1 ? problemAnswer(status, 'transient') : answer(200, { id: '1', n: status })));
      const [out, waits] = await withRecordedWaits(async (waits) => [await t.request(get), waits] as const);
      assert.deepEqual(out, { id: '1', n: status });
      assert.equal(requests.length, 2);
      assert.equal(waits.length, 1);
    });
  }
});
