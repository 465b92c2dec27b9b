// Public catalogue reads: matters (filters, cursors, limits), guide, form, bundles, regions, reasons,
// search, search index, OpenAPI, health; ETag/304 and Cache-Control; CORS * without a key.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BundlePageSchema, BundleSchema, EvaluationReasonListSchema, FormSpecSchema, HealthSchema, MatterSchema,
  MatterSummaryPageSchema, RegionPageSchema, SearchIndexDocumentSchema, SearchResponseSchema, materialsForAnswers,
} from '@zwfw/core';
import { loadIndex } from '@zwfw/search';
import { BUNDLE, MATTER, PERSON_MATTER, testCatalogue } from './helpers/fixtures.js';
import { bumpCatalogueVersion, saveCatalogue } from '../src/index.js';
import { DB_KIND, call, startTestServer, type TestServer } from './helpers/server.js';

describe(`catalogue reads (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue: testCatalogue(45) });
  });
  after(() => s.close());

  it('lists matter summaries valid against the contract, public from any origin', async () => {
    const r = await call(s.url, '/v1/matters', { headers: { origin: 'https://any.example' } });
    assert.equal(r.status, 200);
    MatterSummaryPageSchema.parse(r.body);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.equal(r.headers.get('access-control-allow-credentials'), null);
    assert.equal(r.body.items.length, 20, 'default page size');
    assert.ok(r.body.nextCursor);
  });

  it('walks every page with the opaque cursor, without repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const r = await call(s.url, `/v1/matters?limit=10${q}`);
      assert.equal(r.status, 200);
      for (const m of r.body.items) {
        assert.ok(!seen.has(m.code), `repeat ${m.code}`);
        seen.add(m.code);
      }
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    assert.equal(seen.size, 47);
    assert.equal(pages, 5);
  });

  it('bounds limit to 1..100 and rejects garbage cursors with per-field errors', async () => {
    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'cursor=not-a-cursor']) {
      const r = await call(s.url, `/v1/matters?${q}`);
      assert.equal(r.status, 422, q);
      assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.ok(r.body.errors[0].path.startsWith('/query/'), JSON.stringify(r.body));
    }
    const ok = await call(s.url, '/v1/matters?limit=100');
    assert.equal(ok.body.items.length, 47);
    assert.equal(ok.body.nextCursor, null);
  });

  it('rejects unknown query parameters (a misspelt filter is not an unfiltered list)', async () => {
    const r = await call(s.url, '/v1/matters?audiance=enterprise');
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].path, '/query/audiance');
  });

  it('filters by audience, department, theme, type, level, online, on-site visits, handle area, region', async () => {
    const get = async (q: string) => {
      const r = await call(s.url, `/v1/matters?limit=100&${q}`);
      assert.equal(r.status, 200, `${q}: ${r.text}`);
      return r.body.items as { code: string; audience: string[]; type: string; level: string[]; isOnline: boolean; onSiteVisits: number; handleArea?: string; themes: { person: string[] } }[];
    };
    const person = await get('audience=natural_person');
    assert.ok(person.length > 0 && person.every((m) => m.audience.includes('natural_person')));
    assert.ok(person.some((m) => m.code === PERSON_MATTER.code));
    const licences = await get('type=license');
    assert.ok(licences.length > 0 && licences.every((m) => m.type === 'license'));
    const municipal = await get('level=municipal');
    assert.ok(municipal.length > 0 && municipal.every((m) => m.level.includes('municipal')));
    const offline = await get('online=false');
    assert.ok(offline.length > 0 && offline.every((m) => !m.isOnline));
    const zero = await get('onSiteVisits=0');
    assert.ok(zero.length > 0 && zero.every((m) => m.onSiteVisits === 0));
    const national = await get('handleArea=national');
    assert.ok(national.length > 0 && national.every((m) => m.handleArea === 'national'));
    const theme = await get('theme=005');
    assert.ok(theme.length > 0 && theme.every((m) => m.themes.person.includes('005')));
    assert.equal((await get(`department=${MATTER.agency.code}`)).length, 47);
    assert.equal((await get('department=91440106MA9XYW1234')).length, 0);
    assert.equal((await get('region=440106')).length, 47);
    const combined = await get('audience=enterprise&type=license&online=true');
    assert.ok(combined.every((m) => m.audience.includes('enterprise') && m.type === 'license' && m.isOnline));
  });

  it('serves a full guide by code, with ETag and Cache-Control, and 304 on If-None-Match', async () => {
    const r = await call(s.url, `/v1/matters/${MATTER.code}`);
    assert.equal(r.status, 200);
    assert.deepEqual(MatterSchema.parse(r.body), MatterSchema.parse(MATTER));
    const etag = r.headers.get('etag');
    assert.ok(etag);
    assert.match(r.headers.get('cache-control') ?? '', /max-age=\d+/);
    const again = await call(s.url, `/v1/matters/${MATTER.code}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assert.equal(again.headers.get('etag'), etag);
    const weak = await call(s.url, `/v1/matters/${MATTER.code}`, { headers: { 'if-none-match': `W/${etag}, "other"` } });
    assert.equal(weak.status, 304);
    const stale = await call(s.url, `/v1/matters/${MATTER.code}`, { headers: { 'if-none-match': '"stale"' } });
    assert.equal(stale.status, 200);
  });

  it('serves the 情景导办 questions and material conditions of a guide, as stored', async () => {
    assert.ok((MATTER.situations?.length ?? 0) > 0, 'the example matter asks 情景导办 questions');
    const r = await call(s.url, `/v1/matters/${MATTER.code}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.situations, MATTER.situations);
    const conditions = (r.body.materials as { id: string; condition?: unknown }[]).filter((m) => m.condition !== undefined);
    assert.deepEqual(conditions.map((m) => [m.id, m.condition]), MATTER.materials.filter((m) => m.condition).map((m) => [m.id, m.condition]));
    // What a citizen who applies in person, without vending machines, sees: the conditioned materials drop out.
    const guide = MatterSchema.parse(r.body);
    const listed = materialsForAnswers(guide, { agent: 'self', vending: 'no' }).map((m) => m.id);
    assert.deepEqual(listed, MATTER.materials.filter((m) => m.condition === undefined).map((m) => m.id));
    assert.equal(materialsForAnswers(guide, {}).length, MATTER.materials.length);
  });

  it('answers an unknown matter with a helpful 404 problem', async () => {
    const r = await call(s.url, '/v1/matters/NO_SUCH_CODE');
    assert.equal(r.status, 404);
    assert.equal(r.body.code, 'not_found');
    assert.match(r.body.detail, /NO_SUCH_CODE/);
    assert.match(r.body.detail, /\/v1\/search/);
    const bad = await call(s.url, `/v1/matters/${encodeURIComponent('bad code!')}`);
    assert.equal(bad.status, 404);
  });

  it('serves the form spec of a matter, and 404 for a matter without a form', async () => {
    const r = await call(s.url, `/v1/matters/${MATTER.code}/form`);
    assert.equal(r.status, 200);
    assert.equal(FormSpecSchema.parse(r.body).id, MATTER.formId);
    const none = await call(s.url, '/v1/matters/ZZ0001/form');
    assert.equal(none.status, 404);
    assert.match(none.body.detail, /no online form/);
  });

  it('lists bundles (filter by audience) and serves one with its merged form', async () => {
    const list = await call(s.url, '/v1/bundles');
    assert.equal(list.status, 200);
    assert.equal(BundlePageSchema.parse(list.body).items.length, 2);
    const filtered = await call(s.url, '/v1/bundles?audience=natural_person');
    assert.equal(filtered.body.items.length, 0);
    const one = await call(s.url, `/v1/bundles/${BUNDLE.id}`);
    assert.equal(BundleSchema.parse(one.body).id, BUNDLE.id);
    const form = await call(s.url, `/v1/bundles/${BUNDLE.id}/form`);
    assert.equal(form.status, 200);
    assert.equal(FormSpecSchema.parse(form.body).bundleId, BUNDLE.id);
    assert.equal((await call(s.url, '/v1/bundles/nope')).status, 404);
    const page = await call(s.url, '/v1/bundles?limit=1');
    assert.ok(page.body.nextCursor);
    const next = await call(s.url, `/v1/bundles?limit=1&cursor=${page.body.nextCursor}`);
    assert.notEqual(next.body.items[0].id, page.body.items[0].id);
  });

  it('lists regions top-down', async () => {
    const top = await call(s.url, '/v1/regions');
    assert.deepEqual(RegionPageSchema.parse(top.body).items.map((r) => r.code), ['440000']);
    const children = await call(s.url, '/v1/regions?parent=440100');
    assert.deepEqual(children.body.items.map((r: { code: string }) => r.code), ['440106']);
    assert.equal((await call(s.url, '/v1/regions?parent=990000')).status, 404);
  });

  it('serves the versioned evaluation reasons', async () => {
    const r = await call(s.url, '/v1/evaluation-reasons');
    assert.equal(r.status, 200);
    assert.equal(EvaluationReasonListSchema.parse(r.body).version, '2025.1');
    assert.ok(r.headers.get('etag'));
  });

  it('searches matters with facets and highlights, filtered', async () => {
    const r = await call(s.url, `/v1/search?q=${encodeURIComponent('身份证')}`);
    assert.equal(r.status, 200);
    const body = SearchResponseSchema.parse(r.body);
    assert.equal(body.items[0]?.code, PERSON_MATTER.code);
    assert.ok(body.items[0]?.highlights.length);
    assert.ok(body.facets.type.length > 0);
    const filtered = await call(s.url, `/v1/search?q=${encodeURIComponent('事项')}&type=license&limit=5`);
    assert.equal(filtered.status, 200);
    assert.ok(filtered.body.items.length <= 5);
    const pinyin = await call(s.url, '/v1/search?q=shenfenzheng');
    assert.equal(pinyin.body.items[0]?.code, PERSON_MATTER.code, 'pinyin through @zwfw/search');
    const byDept = await call(s.url, `/v1/search?q=${encodeURIComponent('许可')}&department=${MATTER.agency.code}`);
    assert.ok(byDept.body.items.length > 0);
    const otherDept = await call(s.url, `/v1/search?q=${encodeURIComponent('许可')}&department=91440106MA9XYW1234`);
    assert.equal(otherDept.body.items.length, 0);
    assert.equal((await call(s.url, '/v1/search')).status, 422);
    assert.equal((await call(s.url, `/v1/search?q=${'x'.repeat(101)}`)).status, 422);
  });

  it('search facet values feed back as filters; each facet is counted without its own filter', async () => {
    const all = SearchResponseSchema.parse((await call(s.url, `/v1/search?q=${encodeURIComponent('事项')}&limit=100`)).body);
    assert.deepEqual(all.facets.department.map((f) => f.value), [MATTER.agency.code], 'departments by credit code');
    assert.equal(all.facets.department[0]?.count, all.total);
    assert.equal(all.facets.department[0]?.label, MATTER.agency.name, 'a code facet is labelled with the name');
    for (const facet of ['department', 'type', 'audience'] as const) {
      for (const { value, count } of all.facets[facet]) {
        const r = await call(s.url, `/v1/search?q=${encodeURIComponent('事项')}&${facet}=${encodeURIComponent(value)}&limit=100`);
        assert.equal(r.status, 200, `${facet}=${value}`);
        const body = SearchResponseSchema.parse(r.body);
        assert.equal(body.total, count, `${facet}=${value}`);
        // Disjunctive: the filtered facet still lists every value with its unfiltered count.
        assert.deepEqual(body.facets[facet], all.facets[facet], `${facet}=${value}`);
      }
    }
    const license = SearchResponseSchema.parse((await call(s.url, `/v1/search?q=${encodeURIComponent('事项')}&type=license&limit=100`)).body);
    const licensed = license.facets.audience.reduce((sum, f) => Math.max(sum, f.count), 0);
    assert.ok(licensed <= (license.total ?? 0), 'other facets count only what the filter lets through');
  });

  it('serves a cacheable search index artifact', async () => {
    const r = await call(s.url, '/v1/search-index');
    assert.equal(r.status, 200);
    SearchIndexDocumentSchema.parse(r.body);
    // The artifact is what the SDK hands to @zwfw/search in the browser.
    const local = loadIndex(r.body).search('身份证', { limit: 3 });
    assert.equal(local.hits[0]?.code, PERSON_MATTER.code);
    const etag = r.headers.get('etag');
    assert.ok(etag);
    assert.match(r.headers.get('cache-control') ?? '', /public/);
    assert.equal((await call(s.url, '/v1/search-index', { headers: { 'if-none-match': etag } })).status, 304);
  });

  it('keeps the unversioned search index fresh: short max-age, revalidated by ETag after a catalogue change', async () => {
    const r = await call(s.url, '/v1/search-index');
    const cache = r.headers.get('cache-control') ?? '';
    // Same max-age as every catalogue read (ZWFW_CATALOGUE_MAX_AGE), not an hour: the URL has no version.
    assert.equal(cache, `public, max-age=${s.config.catalogueMaxAge}, stale-while-revalidate=3600`);
    const etag = r.headers.get('etag')!;
    await saveCatalogue(s.db, { matters: [{ ...PERSON_MATTER, code: 'ZZZ-NEW-0001', name: '新增测试事项' }] });
    try {
      const changed = await call(s.url, '/v1/search-index', { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200, 'a revalidation after the change gets the new index');
      assert.notEqual(changed.headers.get('etag'), etag);
    } finally {
      await s.db.query("delete from matters where code = 'ZZZ-NEW-0001'");
      await bumpCatalogueVersion(s.db);
    }
  });

  it('serves the OpenAPI 3.1 document generated by core, with a 304 path', async () => {
    const r = await call(s.url, '/v1/openapi.json');
    assert.equal(r.status, 200);
    assert.match(r.body.openapi, /^3\.1\./);
    for (const p of ['/v1/matters', '/v1/applications', '/v1/applications/{caseNumber}/progress']) assert.ok(r.body.paths[p], p);
    const etag = r.headers.get('etag');
    assert.equal((await call(s.url, '/v1/openapi.json', { headers: { 'if-none-match': etag! } })).status, 304);
  });

  it('reports health, and HEAD works on reads', async () => {
    const r = await call(s.url, '/health');
    assert.equal(HealthSchema.parse(r.body).status, 'ok');
    const head = await fetch(`${s.url}/v1/matters/${MATTER.code}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.ok(head.headers.get('etag'));
  });

  it('serves the demo placeholder page at /', async () => {
    const r = await call(s.url, '/');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    assert.match(r.text, /openapi\.json/);
  });

  it('answers catalogue preflights for any origin', async () => {
    const r = await fetch(`${s.url}/v1/matters`, {
      method: 'OPTIONS',
      headers: { origin: 'https://district.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /If-None-Match/i);
  });
});
