// Conformance: caching and compression of catalogue reads, as the contract states them (docs/contract.md,
// "Caching"): `etag` reads return ETag and Cache-Control and answer If-None-Match with 304. A backend may
// compress; if it does, it sends only a coding the request accepted, says Vary: Accept-Encoding, and the
// decoded body is the same JSON as the uncompressed one. Raw node:http requests: fetch would decode silently.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { runCheck } from './toolkit.js';

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The JSON of a raw response, decoded as its Content-Encoding says. */
function decoded(r: Raw): unknown {
  const coding = r.headers['content-encoding'];
  const bytes = coding === undefined || coding === 'identity' ? r.body
    : coding === 'br' ? brotliDecompressSync(r.body)
      : coding === 'gzip' || coding === 'x-gzip' ? gunzipSync(r.body)
        : assert.fail(`unexpected Content-Encoding ${String(coding)}`);
  return JSON.parse(bytes.toString('utf8'));
}

/** ETag/304 and Content-Encoding checks on a matter guide and the search index. */
export async function catalogueCacheChecks(options: { baseUrl: string; matterCode: string | undefined }): Promise<{ name: string; status: 'pass' | 'fail' | 'skip'; detail?: string; ms: number }[]> {
  const results: { name: string; status: 'pass' | 'fail' | 'skip'; detail?: string; ms: number }[] = [];
  const matterUrl = `${options.baseUrl}/v1/matters/${encodeURIComponent(options.matterCode ?? '')}`;
  const noMatter = options.matterCode === undefined ? 'needs a matter' : undefined;

  await runCheck(results, 'catalogue cache: ETag and Cache-Control, 304 for the ETag, its weak form and *', noMatter, async () => {
    const first = await rawGet(matterUrl, {});
    assert.equal(first.status, 200);
    const etag = first.headers.etag;
    assert.ok(typeof etag === 'string' && /^(W\/)?"[^"]*"$/.test(etag), `ETag ${String(etag)}`);
    assert.match(String(first.headers['cache-control']), /max-age=\d+/);
    for (const inm of [etag, `W/${etag.replace(/^W\//, '')}`, `"other", ${etag}`, '*']) {
      const r = await rawGet(matterUrl, { 'if-none-match': inm });
      assert.equal(r.status, 304, `If-None-Match: ${inm}`);
      assert.equal(r.body.length, 0, '304 has no body');
      assert.equal(r.headers.etag, etag, '304 repeats the ETag');
    }
    assert.equal((await rawGet(matterUrl, { 'if-none-match': '"certainly-not-current"' })).status, 200);
  });

  await runCheck(results, 'catalogue cache: only accepted codings, Vary: Accept-Encoding, same JSON decoded', noMatter, async () => {
    for (const url of [matterUrl, `${options.baseUrl}/v1/search-index`]) {
      const plain = await rawGet(url, { 'accept-encoding': 'identity' });
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'] ?? 'identity', 'identity', 'identity asked, identity sent');
      const json = decoded(plain);
      for (const accept of ['br', 'gzip', 'gzip;q=1, br;q=0.5', 'br;q=0, gzip;q=0']) {
        const r = await rawGet(url, { 'accept-encoding': accept });
        assert.equal(r.status, 200);
        const coding = String(r.headers['content-encoding'] ?? 'identity');
        const refused = accept.split(',').filter((p) => /q=0(\.0+)?$/.test(p.trim())).map((p) => p.split(';')[0]!.trim());
        assert.ok(coding === 'identity' || (accept.includes(coding) && !refused.includes(coding)), `${coding} sent for Accept-Encoding: ${accept}`);
        if (coding !== 'identity') assert.match(String(r.headers.vary ?? ''), /accept-encoding/i, 'Vary names Accept-Encoding');
        assert.deepEqual(decoded(r), json, `decoded ${coding} body equals the identity body`);
      }
    }
  });
  return results;
}
