// An injected clock for the retry timing tests. ky waits between attempts with the global setTimeout, so these
// tests swap it for one that records each delay and fires on the next turn of the event loop: waits are
// asserted as values, never measured against the wall clock.
//
// The runtime's fetch (undici) schedules its connection timers through the same global: those keep the real
// clock (a keep-alive socket left by an earlier test must not fire early or count as a wait), and the clocked
// tests answer through `memoryFetch`, so no socket runs under this clock.

/** One request the in-memory fetch received. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A fetch answered by `handler` in memory; `n` counts requests from 1. It honours the request's signal. */
export function memoryFetch(handler: (req: SeenRequest, n: number) => Response | Promise<Response> | undefined): {
  fetch: typeof globalThis.fetch;
  requests: SeenRequest[];
} {
  const requests: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const seen = { method: request.method, url: request.url, headers: request.headers, body: await request.text() };
    requests.push(seen);
    const answer = handler(seen, requests.length);
    const aborted = new Promise<never>((_resolve, reject) => {
      if (request.signal.aborted) reject(request.signal.reason);
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
    // `undefined`: the server never answers; only the signal ends the call.
    return Promise.race([aborted, ...(answer === undefined ? [] : [Promise.resolve(answer)])]);
  };
  return { fetch, requests };
}

/**
 * Runs `body` with setTimeout replaced by a recording clock. `onWait` runs (as a microtask) once a wait has been
 * scheduled, e.g. to abort the call while it waits.
 */
export async function withRecordedWaits<T>(body: (waits: number[]) => Promise<T>, onWait?: (ms: number) => void): Promise<T> {
  const waits: number[] = [];
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const cancelled = new WeakSet<object>();
  const mine = new WeakSet<object>();
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    if (/\(?node:internal\//.test(new Error().stack?.split('\n')[2] ?? '')) return realSet(callback, ms, ...args);
    // A negative delay runs at once, as with the runtime's own timers.
    const wait = Math.max(0, ms);
    waits.push(wait);
    const handle = {};
    mine.add(handle);
    setImmediate(() => {
      if (!cancelled.has(handle)) callback(...args);
    });
    if (onWait !== undefined) queueMicrotask(() => onWait(wait));
    return handle;
  }) as unknown as typeof globalThis.setTimeout;
  globalThis.clearTimeout = ((handle: unknown) => {
    if (typeof handle === 'object' && handle !== null && mine.has(handle)) cancelled.add(handle);
    else realClear(handle as Parameters<typeof realClear>[0]);
  }) as typeof globalThis.clearTimeout;
  try {
    return await body(waits);
  } finally {
    globalThis.setTimeout = realSet;
    globalThis.clearTimeout = realClear;
  }
}

/** A JSON answer, or an RFC 9457 problem when `status` is not 2xx. */
export function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 200 && status < 300 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

/** The stub server's `problem`, in memory. */
export function problemAnswer(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return answer(status, { type: `urn:zwfw:problem:${code}`, title: code, status, code, ...extra }, headers);
}
