// Text a database cannot store (NUL, an unpaired surrogate) is a field error the SDK shows at once: one
// request, a 422 with code invalid_characters at the field's path, no retries (it used to be a 500 retried
// five times). Real HTTP against the reference server. And a timed-out submission says which key to retry
// with, like the other errors of a keyed write.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient, ZwfwApiError, ZwfwTimeoutError, type ApplicationSubmission, type ZwfwClient } from '../src/index.js';
import { startStub } from './helpers/stub-server.js';
import { validSubmission } from './helpers/journey.js';
import { startReferenceServer, type ReferenceServer } from './helpers/reference-server.js';

let server: ReferenceServer;
let client: ZwfwClient;
let submission: ApplicationSubmission;
const log: string[] = [];

before(async () => {
  server = await startReferenceServer();
  client = createClient({
    baseUrl: server.url, publishableKey: server.key, origin: server.origin, retry: { baseDelay: 10, maxDelay: 50 },
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      const req = input instanceof Request ? input : new Request(input, init);
      log.push(`${req.method} ${new URL(req.url).pathname} ${res.status}`);
      return res;
    },
  });
  submission = await validSubmission(client);
});
after(() => server.close());

const fieldError = async (call: () => Promise<unknown>): Promise<ZwfwApiError> => {
  log.length = 0;
  const err = await call().then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof ZwfwApiError, `expected a ZwfwApiError, got ${String(err)}`);
  assert.equal(err.status, 422);
  assert.equal(err.code, 'validation_failed');
  return err;
};

test('a NUL in the applicant name is one 422 naming the field, not five retried 500s', async () => {
  const bad = structuredClone(submission);
  bad.applicant.name = `${bad.applicant.name}\u0000`;
  const err = await fieldError(() => client.applications.submit(bad));
  assert.deepEqual(err.errors.map((e) => `${e.path} ${e.code}`), ['applicant.name invalid_characters']);
  assert.deepEqual(log, ['POST /v1/applications 422']);
});

test('an unpaired surrogate in a form value is a field error at its path', async () => {
  const bad = structuredClone(submission);
  const [field] = Object.keys(bad.values);
  bad.values[field!] = '\ud83d';
  const err = await fieldError(() => client.applications.submit(bad));
  assert.deepEqual(err.errors.map((e) => `${e.path} ${e.code}`), [`values.${field} invalid_characters`]);
  assert.equal(log.length, 1);
});

test('a NUL in a search query or a cursor is a field error too', async () => {
  const search = await fieldError(() => client.matters.page({ theme: '\u0000' } as never));
  assert.equal(search.errors[0]?.code, 'invalid_characters');
  assert.equal(log.length, 1);
  const cursor = await fieldError(() => client.matters.page({ cursor: 'x\u0000' }));
  assert.equal(cursor.errors[0]?.path, 'query.cursor');
  assert.equal(log.length, 1);
});

test('a timed-out submission names the Idempotency-Key to retry with', async () => {
  const stub = await startStub(() => undefined); // never answers
  try {
    const slow = createClient({ baseUrl: stub.url, publishableKey: server.key, origin: server.origin, timeout: 100, retry: { limit: 0 } });
    const err = await slow.applications.submit(submission, { idempotencyKey: 'draft-key-0001' }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwTimeoutError, String(err));
    assert.equal(err.idempotencyKey, 'draft-key-0001');
    assert.match(err.message, /timed out/);
    assert.match(err.message, /Retry with idempotencyKey "draft-key-0001" to avoid a duplicate/);
  } finally {
    await stub.close();
  }
});
