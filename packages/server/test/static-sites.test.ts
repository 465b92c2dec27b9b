// The generated sites served beside the demo pages (ZWFW_STATIC_SITES: the TypeDoc reference and the Storybook
// under `npm start`): each HTML page allows exactly its own inline scripts by hash, the site may frame itself,
// nothing outside its folder is reachable, and the API and the demo pages keep their own policies.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inlineScriptHashes, staticSitePolicy, staticSitesFrom } from '../src/http/static-sites.js';
import { API_CSP, DEMO_PAGE_CSP } from '../src/server.js';
import { testCatalogue } from './helpers/fixtures.js';
import { DB_KIND, call, startTestServer, type TestServer } from './helpers/server.js';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('inlineScriptHashes', () => {
  it('hashes each inline script body once, in page order, and leaves scripts with src alone', () => {
    const html = '<script>a()</script><script src="x.js"></script><SCRIPT type="module">\nb()\n</SCRIPT><script>a()</script><script></script>';
    assert.deepEqual(inlineScriptHashes(html), [sha('a()'), sha('\nb()\n')]);
  });
  it('finds none in a page without inline scripts', () => {
    assert.deepEqual(inlineScriptHashes('<p>hi</p><script defer src="main.js"></script>'), []);
  });
});

describe('staticSitesFrom (ZWFW_STATIC_SITES)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zwfw-sites-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads prefix=folder pairs separated by ";"', () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    assert.deepEqual(staticSitesFrom(` /reference/=${join(dir, 'a')} ; /storybook/=${join(dir, 'b')};`), [
      { prefix: '/reference/', root: join(dir, 'a') },
      { prefix: '/storybook/', root: join(dir, 'b') },
    ]);
    assert.deepEqual(staticSitesFrom(undefined), []);
    assert.deepEqual(staticSitesFrom('  '), []);
  });

  it('refuses prefixes that would shadow the API, the demo pages or the root, naming the fix', () => {
    for (const prefix of ['/', '/v1/', '/demo/', '/cdn/', '/sites/', 'reference/', '/reference', '/a/b/', '/../']) {
      assert.throws(() => staticSitesFrom(`${prefix}=${dir}`), /ZWFW_STATIC_SITES: .*no usable prefix\. Write prefix=folder pairs/, prefix);
    }
  });

  it('refuses a missing folder, an entry without one, and a prefix given twice', () => {
    assert.throws(() => staticSitesFrom(`/reference/=${join(dir, 'nope')}`), /is not a folder\. Build it first, or leave it out/);
    assert.throws(() => staticSitesFrom('/reference/'), /no usable prefix/);
    assert.throws(() => staticSitesFrom('/reference/='), /names no folder/);
    assert.throws(() => staticSitesFrom(`/r/=${dir};/r/=${dir}`), /the prefix \/r\/ is given twice/);
  });
});

describe(`serving a static site (${DB_KIND})`, () => {
  let s: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'zwfw-site-'));
  const site = join(dir, 'site');
  const page = (script: string) => `<!doctype html><html><head><script>${script}</script><script src="app.js"></script></head><body>ok</body></html>`;
  before(async () => {
    mkdirSync(join(site, 'classes'), { recursive: true });
    writeFileSync(join(site, 'index.html'), page('theme()'));
    writeFileSync(join(site, 'classes', 'Client.html'), page('other()'));
    writeFileSync(join(site, 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside the site');
    s = await startTestServer({ catalogue: testCatalogue(), config: { staticSites: staticSitesFrom(`/reference/=${site}`) } });
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves each page with a policy allowing exactly its own inline scripts, framable by the same origin only', async () => {
    const index = await call(s.url, '/reference/');
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-security-policy'), staticSitePolicy([sha('theme()')]));
    assert.match(index.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
    assert.doesNotMatch(index.headers.get('content-security-policy') ?? '', /unsafe-eval|script-src[^;]*unsafe-inline/);
    assert.equal(index.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
    const nested = await call(s.url, '/reference/classes/Client.html');
    assert.equal(nested.headers.get('content-security-policy'), staticSitePolicy([sha('other()')]));
    const script = await call(s.url, '/reference/app.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-security-policy'), staticSitePolicy([]));
  });

  it('follows a page rebuilt while the server runs', async () => {
    writeFileSync(join(site, 'index.html'), page('rebuilt()'));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(site, 'index.html'), later, later);
    const index = await call(s.url, '/reference/index.html');
    assert.equal(index.headers.get('content-security-policy'), staticSitePolicy([sha('rebuilt()')]));
  });

  it('reaches nothing outside the folder, and a missing page is a 404', async () => {
    for (const path of ['/reference/../secret.txt', '/reference/%2e%2e/secret.txt', '/reference/..%2fsecret.txt']) {
      const r = await call(s.url, path);
      assert.notEqual(r.status, 200, path);
      assert.doesNotMatch(r.text, /outside the site/, path);
      assert.ok(r.status < 500, `${path}: ${r.status}`);
    }
    assert.equal((await call(s.url, '/reference/nope.html')).status, 404);
  });

  it('leaves the API and the demo pages their own policies and framing', async () => {
    const api = await call(s.url, '/v1/matters');
    assert.equal(api.headers.get('content-security-policy'), API_CSP);
    assert.equal(api.headers.get('x-frame-options'), 'DENY');
    const demo = await call(s.url, '/demo/search.html');
    assert.equal(demo.headers.get('content-security-policy'), DEMO_PAGE_CSP);
    assert.equal(demo.headers.get('x-frame-options'), 'DENY');
  });
});
