// Search rows carry the facts a citizen chooses by (到现场次数, 网办深度, 承诺/法定时限, 通办范围, 一件事), from
// the server and, through the index's facts table, from the SDK's local search alike.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SearchResponseSchema, type SearchResponse } from '@zwfw/core';
import { createClient } from '@zwfw/sdk';
import { generateCatalogue } from '../src/catalogue/index.js';
import { call, startTestServer, type TestServer } from './helpers/server.js';

const catalogue = generateCatalogue();
const matterByCode = new Map(catalogue.matters.map((m) => [m.code, m]));
let s: TestServer;

before(async () => {
  s = await startTestServer({ catalogue });
});
after(async () => s?.close());

async function search(query: string): Promise<SearchResponse> {
  const r = await call(s.url, `/v1/search?${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return SearchResponseSchema.parse(r.body);
}

describe('search facts', () => {
  it('every hit carries its matter\'s visits, online depth, time limits and 通办 scope', async () => {
    const body = await search(`q=${encodeURIComponent('营业执照')}&limit=20`);
    assert.ok(body.items.length > 5);
    for (const item of body.items) {
      const m = matterByCode.get(item.code)!;
      assert.equal(item.onSiteVisits, m.onSiteVisits, item.name);
      assert.equal(item.onlineDepth, m.online.depth, item.name);
      assert.equal(item.promisedTimeLimit?.value, m.promisedTimeLimit.value, item.name);
      assert.equal(item.legalTimeLimit?.value, m.legalTimeLimit.value, item.name);
      assert.equal(item.handleArea, m.handleArea, item.name);
    }
  });

  it('a 一件事 entry of the matter list offers its bundle', async () => {
    const bundle = catalogue.bundles.find((b) => b.id === 'enterprise-establishment')!;
    assert.ok(bundle.matterCode, 'the bundle names its 一件事 matter');
    const body = await search(`q=${encodeURIComponent('企业开办一件事')}`);
    const row = body.items.find((h) => h.code === bundle.matterCode);
    assert.ok(row, 'the 一件事 is among the hits');
    assert.equal(row.bundleId, 'enterprise-establishment');
    assert.ok(body.items.filter((h) => h.bundleId !== undefined).every((h) => catalogue.bundles.some((b) => b.id === h.bundleId)));
  });

  it('filters by visits, online depth and 通办 scope, and counts them without their own filter', async () => {
    const q = `q=${encodeURIComponent('登记')}&limit=100`;
    const all = await search(q);
    const zeroCount = all.facets.onSiteVisits?.find((f) => f.value === '0')?.count ?? 0;
    assert.ok(zeroCount > 0 && zeroCount < all.items.length, 'the query mixes 零跑动 and other matters');
    const zero = await search(`${q}&onSiteVisits=0`);
    assert.equal(zero.items.length, zeroCount);
    assert.equal(zero.total, zeroCount);
    assert.ok(zero.items.every((h) => h.onSiteVisits === 0));
    assert.deepEqual(zero.facets.onSiteVisits, all.facets.onSiteVisits);
    const depth = all.facets.onlineDepth?.[0];
    assert.ok(depth);
    const online = await search(`${q}&onlineDepth=${depth.value}`);
    assert.ok(online.items.every((h) => h.onlineDepth === depth.value));
    assert.equal(online.items.length, depth.count);
    assert.equal((await call(s.url, `/v1/search?${q}&onlineDepth=V`)).status, 422);
    assert.equal((await call(s.url, `/v1/search?${q}&handleArea=galaxy`)).status, 422);
  });

  it('a 一件事 is found by its bundle\'s everyday words', async () => {
    const body = await search(`q=${encodeURIComponent('开公司')}&limit=5`);
    assert.ok(body.items.some((h) => h.bundleId === 'enterprise-establishment'), JSON.stringify(body.items.map((h) => h.name)));
  });

  it('the SDK\'s local search answers with the same facts and filters as the server', async () => {
    const client = createClient({ baseUrl: `${s.url}/` });
    await client.search.loadIndex();
    for (const filters of [{}, { onSiteVisits: 0 }, { onlineDepth: 'IV' as const }]) {
      const local = await client.search('登记', { ...filters, limit: 30 }, { source: 'local' });
      const remote = await client.search('登记', { ...filters, limit: 30 }, { source: 'server' });
      assert.deepEqual(local.items.map((h) => [h.code, h.onSiteVisits, h.onlineDepth, h.bundleId, h.handleArea]),
        remote.items.map((h) => [h.code, h.onSiteVisits, h.onlineDepth, h.bundleId, h.handleArea]), JSON.stringify(filters));
      assert.deepEqual(local.facets.onSiteVisits, remote.facets.onSiteVisits);
      // Department facets are credit codes labelled with names, locally as on the server.
      assert.deepEqual(local.facets.department, remote.facets.department);
      assert.ok(local.facets.department.every((f) => f.label !== undefined && f.label !== ''));
    }
  });
});
