// createClient option validation: every mistake names the option and the fix.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient, MemoryCacheStore, ZwfwConfigError, type CacheStore, type ClientOptions } from '../src/index.js';

function configError(fn: () => unknown): ZwfwConfigError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ZwfwConfigError, `expected ZwfwConfigError, got ${String(e)}`);
    assert.equal(e.type, 'config_error');
    return e;
  }
  assert.fail('expected a ZwfwConfigError');
}

describe('createClient options', () => {
  test('baseUrl is required and must be absolute outside a browser', () => {
    const e1 = configError(() => createClient({} as ClientOptions));
    assert.equal(e1.option, 'baseUrl');
    assert.match(e1.message, /baseUrl is missing: pass createClient\(\{ baseUrl/);
    const e2 = configError(() => createClient({ baseUrl: '/api/' }));
    assert.match(e2.message, /scheme and host/);
    const e3 = configError(() => createClient({ baseUrl: 'ftp://x/' }));
    assert.match(e3.message, /http or https/);
  });

  test('baseUrl is normalised to end with a slash, so paths extend it', () => {
    assert.equal(createClient({ baseUrl: 'https://zwfw.example.gov.cn/api' }).baseUrl, 'https://zwfw.example.gov.cn/api/');
    assert.equal(createClient({ baseUrl: new URL('http://127.0.0.1:8080') }).baseUrl, 'http://127.0.0.1:8080/');
  });

  test('unknown options are rejected with a suggestion (ky 1 prefixUrl, apiKey)', () => {
    const e = configError(() => createClient({ baseUrl: 'https://x/', prefixUrl: 'https://x/' } as unknown as ClientOptions));
    assert.equal(e.option, 'prefixUrl');
    assert.match(e.message, /Did you mean baseUrl\?/);
    const e2 = configError(() => createClient({ baseUrl: 'https://x/', apiKey: 'pk' } as unknown as ClientOptions));
    assert.match(e2.message, /Did you mean publishableKey\?/);
  });

  test('publishableKey must be a non-empty string and never a secret key', () => {
    assert.match(configError(() => createClient({ baseUrl: 'https://x/', publishableKey: '' })).message, /publishableKey must be a non-empty string/);
    assert.match(configError(() => createClient({ baseUrl: 'https://x/', publishableKey: 'sk_live_123' })).message, /secret/);
  });

  test('locale, timeout, retry, fetch, cache, drafts are checked', () => {
    assert.equal(configError(() => createClient({ baseUrl: 'https://x/', locale: 'fr' as 'en' })).option, 'locale');
    assert.equal(configError(() => createClient({ baseUrl: 'https://x/', timeout: -1 })).option, 'timeout');
    assert.equal(configError(() => createClient({ baseUrl: 'https://x/', retry: 1.5 })).option, 'retry');
    assert.match(configError(() => createClient({ baseUrl: 'https://x/', retry: { limt: 3 } as never })).message, /retry\.limt is not an option/);
    assert.equal(configError(() => createClient({ baseUrl: 'https://x/', fetch: 'nope' as never })).option, 'fetch');
    assert.equal(configError(() => createClient({ baseUrl: 'https://x/', cache: 'disk' as never })).option, 'cache');
    assert.equal(configError(() => createClient({ baseUrl: 'https://x/', drafts: {} as never })).option, 'drafts');
  });

  test("cache: the { store, maxEntries } form is checked too, naming the option and the fix", () => {
    const bad: Array<[unknown, RegExp]> = [
      [{ store: 'disk' }, /cache\.store must be 'memory', 'indexeddb' or a CacheStore .*got "disk"/],
      [{ store: {} }, /cache\.store must be/],
      [{ store: { get() {}, set() {} } }, /cache\.store must be/],
      [{ store: 'memory', maxEntries: 0 }, /cache\.maxEntries must be a positive integer.*got 0/],
      [{ store: 'memory', maxEntries: -5 }, /cache\.maxEntries must be a positive integer/],
      [{ store: 'indexeddb', maxEntries: 1.5 }, /cache\.maxEntries must be a positive integer/],
      [{ store: 'memory', maxEntries: '100' }, /cache\.maxEntries must be a positive integer.*got "100"/],
      [{ store: 'memory', max: 100 }, /cache\.max is not an option/],
      [{ maxEntries: 100 }, /cache must be false, 'memory', 'indexeddb', a CacheStore/],
      [true, /cache must be false/],
    ];
    for (const [cache, message] of bad) {
      const e = configError(() => createClient({ baseUrl: 'https://x/', cache: cache as never }));
      assert.equal(e.option, 'cache');
      assert.match(e.message, message);
      assert.match(e.message, /createClient\(\{ cache:/, 'the message shows a valid call');
    }
    const custom: CacheStore = new MemoryCacheStore(3);
    for (const cache of [custom, { store: custom }, { store: 'memory', maxEntries: 1 }, { store: 'indexeddb' }, false, 'memory', 'indexeddb'] as const) {
      assert.doesNotThrow(() => createClient({ baseUrl: 'https://x/', cache }));
    }
  });

  test('a valid configuration builds every resource without any I/O', async () => {
    const requests: string[] = [];
    const recordingFetch = (async (input: RequestInfo | URL) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return new Response('{}', { status: 503, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const c = createClient({ baseUrl: 'https://x.example/api', publishableKey: 'pk_test', locale: 'en', timeout: 5000, retry: 0, cache: 'indexeddb', fetch: recordingFetch });
    assert.equal(c.locale, 'en');
    assert.equal(c.baseUrl, 'https://x.example/api/');
    for (const r of [c.matters.get, c.matters.list, c.search, c.forms.get, c.bundles.get, c.bundles.list, c.applications.submit, c.applications.progress, c.evaluations.create, c.evaluations.reasons, c.evaluations.list, c.evaluations.summary, c.regions.list]) {
      assert.equal(typeof r, 'function');
    }
    // A request started while building (a prefetch, say) goes out only after the transport has awaited its cache and
    // ky's setup, and a later identical call would share it: let the event loop turn before counting.
    for (let turn = 0; turn < 3; turn++) await new Promise((r) => setTimeout(r, 0));
    assert.equal(requests.length, 0, 'building the client and its resources sends nothing');
    // The recorder does see requests: the first call is the first I/O, and it goes to the configured base URL.
    await c.evaluations.reasons().catch(() => undefined);
    assert.equal(requests.length, 1);
    assert.ok(requests[0]!.startsWith('https://x.example/api/'), requests[0]);
  });

  test('calls check their arguments before any request', async () => {
    const c = createClient({ baseUrl: 'http://127.0.0.1:9/', publishableKey: 'pk_test' });
    assert.throws(() => c.matters.get(''), (e: unknown) => e instanceof ZwfwConfigError && e.option === 'code');
    assert.throws(() => c.forms.get({} as never), /exactly one of matterCode or bundleId/);
    assert.throws(() => c.applications.progress({ caseNumber: 'X1', verifier: '12' }), /verifier/);
    assert.throws(() => c.evaluations.list({ caseNumber: 'X1', verifier: '12' }), /evaluations\.list needs a verifier/);
    assert.throws(() => c.applications.submit({} as never, { idempotencyKey: 'short' }), /idempotencyKey must be 8–255/);
  });

  test('writes without a publishable key fail at the call, naming the fix', async () => {
    const c = createClient({ baseUrl: 'http://127.0.0.1:9/' });
    const e = await c.applications.submit({} as never).catch((x: unknown) => x);
    assert.ok(e instanceof ZwfwConfigError);
    assert.equal(e.option, 'publishableKey');
    assert.match(e.message, /applications\.submit needs a publishable key.*pass createClient\(\{ publishableKey/);
  });
});
