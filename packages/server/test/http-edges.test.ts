// The edges of HTTP: what Node's parser refuses, a request without Host, a 500, a forged X-Forwarded-For.
// Every answer is a problem+json and names its request (X-Request-Id), and only listed proxies are believed.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ProblemSchema } from '@zwfw/core';
import { loadConfig, type Db } from '../src/index.js';
import { trustedProxiesFrom } from '../src/config.js';
import { personApplication, testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, idemKey, keyHeaders, openTestDb, startTestServer, type TestServer } from './helpers/server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Sends raw bytes and returns the status, headers (lower-case) and body of the answer. */
function raw(url: string, request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => { data += chunk.toString('utf8'); });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const problemOf = (r: { status: number; headers: Record<string, string>; body: string }, status: number) => {
  assert.equal(r.status, status, r.body);
  assert.match(r.headers['content-type'] ?? '', /^application\/problem\+json/);
  const p = ProblemSchema.parse(JSON.parse(r.body));
  assert.equal(p.status, status);
  assert.match(r.headers['x-request-id'] ?? '', UUID);
  return p;
};

describe(`HTTP edges (${DB_KIND})`, () => {
  let s: TestServer;
  let failRegions = false;
  before(async () => {
    const real = await openTestDb();
    // A database that fails one query on demand, to see what a 500 looks like.
    const db: Db = {
      ...real,
      query: (sql, params) => (failRegions && /from regions/i.test(sql) ? Promise.reject(new Error('disk on fire')) : real.query(sql, params)),
    };
    s = await startTestServer({ catalogue: testCatalogue(), db });
  });
  after(() => s.close());

  it('answers what the HTTP parser refuses with a problem, not {"error": …}', async () => {
    const p = problemOf(await raw(s.url, 'GARBAGE\r\n\r\n'), 400);
    assert.equal(p.code, 'bad_request');
    const big = problemOf(await raw(s.url, `GET /v1/matters HTTP/1.1\r\nHost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`), 431);
    assert.equal(big.code, 'bad_request');
    assert.match(big.detail ?? '', /headers/);
  });

  it('answers an HTTP/1.1 request without Host with a problem naming the header', async () => {
    const p = problemOf(await raw(s.url, 'GET /v1/matters HTTP/1.1\r\nConnection: close\r\n\r\n'), 400);
    assert.equal(p.code, 'bad_request');
    assert.match(p.detail ?? '', /Host/);
  });

  it('answers bad JSON, a wrong media type and a large body with problems carrying a request id', async () => {
    const post = (raw: string, type: string) => call(s.url, '/v1/applications', {
      method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'content-type': type }), raw,
    });
    for (const [r, status] of [[await post('{bad', 'application/json'), 400], [await post('<a/>', 'application/xml'), 415], [await post(`"${'x'.repeat(1_100_000)}"`, 'application/json'), 413]] as const) {
      assert.equal(r.status, status);
      assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.match(r.headers.get('x-request-id') ?? '', UUID);
    }
  });

  it('gives a 500 a request id a browser can read, and a different one per request', async () => {
    failRegions = true;
    try {
      const a = await call(s.url, '/v1/regions', { headers: { origin: 'https://district.example' } });
      const b = await call(s.url, '/v1/regions');
      assert.equal(a.status, 500);
      assert.equal(a.body.code, 'internal');
      assert.match(a.headers.get('x-request-id') ?? '', UUID);
      assert.notEqual(a.headers.get('x-request-id'), b.headers.get('x-request-id'));
      assert.doesNotMatch(a.text, /disk on fire/);
    } finally {
      failRegions = false;
    }
    const ok = await call(s.url, '/v1/applications/X/progress?verifier=1234', { headers: keyHeaders() });
    assert.match(ok.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/i);
    assert.match(ok.headers.get('x-request-id') ?? '', UUID);
  });
});

describe('ZWFW_TRUST_PROXY', () => {
  it('refuses values that would believe any X-Forwarded-For, and bad entries', () => {
    for (const v of ['true', '*', '2']) assert.throws(() => loadConfig({ ZWFW_TRUST_PROXY: v }), /ZWFW_TRUST_PROXY=.*List your load balancers/);
    assert.throws(() => trustedProxiesFrom('10.0.0.1,proxy.example'), /"proxy\.example" is not an IP address/);
    assert.throws(() => trustedProxiesFrom('10.0.0.0/33'), /not an IP address, a CIDR/);
    assert.deepEqual(trustedProxiesFrom('10.0.0.5, 10.1.0.0/16,::1,loopback'), ['10.0.0.5', '10.1.0.0/16', '::1', 'loopback']);
    assert.equal(trustedProxiesFrom(undefined), false);
    assert.equal(trustedProxiesFrom('false'), false);
  });

  const burst = async (trustProxy: string[]) => {
    const t = await startTestServer({ catalogue: testCatalogue(), config: { trustProxy, submissionLimit: { perIp: 2, perKey: 1000, windowSeconds: 600 } } });
    try {
      const statuses = [];
      for (let i = 1; i <= 4; i++) {
        const r = await call(t.url, '/v1/applications', {
          method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey(), 'x-forwarded-for': `203.0.113.${i}` }), body: personApplication(),
        });
        statuses.push(r.status);
      }
      return statuses;
    } finally {
      await t.close();
    }
  };

  it('ignores X-Forwarded-For from an address not in the list, so a forged header does not reset the limits', async () => {
    assert.deepEqual(await burst(['10.0.0.1']), [201, 201, 429, 429]);
  });

  it('believes X-Forwarded-For from a listed proxy', async () => {
    assert.deepEqual(await burst(['127.0.0.1']), [201, 201, 201, 201]);
  });
});
