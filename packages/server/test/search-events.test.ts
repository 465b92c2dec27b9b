// Life-event answers and plain-language aliases over HTTP: a query describing a life event gets the event's
// 一件事 first, then the matters it triggers, every hit saying why it matched; the SDK's local search answers
// the same through the same adapter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SearchResponseSchema, type SearchResponse } from '@zwfw/core';
import { createClient } from '@zwfw/sdk';
import { generateCatalogue } from '../src/catalogue/index.js';
import { call, startTestServer, type TestServer } from './helpers/server.js';

const catalogue = generateCatalogue();
let s: TestServer;

before(async () => {
  s = await startTestServer({ catalogue });
});
after(async () => s?.close());

async function search(q: string, extra = ''): Promise<SearchResponse> {
  const r = await call(s.url, `/v1/search?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return SearchResponseSchema.parse(r.body);
}

describe('life events and aliases in search', () => {
  it('a birth described in everyday words: the newborn 一件事 first, then the matters it triggers', async () => {
    const body = await search('生孩子了要办什么', '&limit=6');
    const [first, ...rest] = body.items;
    assert.equal(first?.bundleId, 'newborn', JSON.stringify(body.items.map((h) => h.name)));
    assert.equal(first?.matchedBy, 'event');
    assert.equal(first?.event, '生育');
    const names = rest.map((h) => h.name);
    assert.ok(names.some((n) => n.includes('出生医学证明')), names.join());
    assert.ok(names.some((n) => n.includes('出生登记')), names.join());
    assert.ok(rest.filter((h) => h.matchedBy === 'event').every((h) => h.event === '生育'));
  });

  it('retirement and a company closure lead with their bundles', async () => {
    assert.equal((await search('办退休', '&limit=3')).items[0]?.bundleId, 'retirement');
    const opening = await search('开个饭店', '&limit=3');
    assert.equal(opening.items[0]?.bundleId, 'restaurant-opening', JSON.stringify(opening.items.map((h) => h.name)));
  });

  it('a matter\'s aliases find it, and the hit says so; an official name matches by name', async () => {
    const matter = catalogue.matters.find((m) => m.aliases?.includes('五保户'));
    assert.ok(matter, 'the sample catalogue carries aliases');
    const hit = (await search('五保户')).items[0];
    assert.equal(hit?.code, matter.code);
    assert.equal(hit?.matchedBy, 'alias');
    const named = (await search(matter.name)).items[0];
    assert.equal(named?.matchedBy, 'name');
    assert.equal(named?.event, undefined);
  });

  it('the SDK\'s local search gives the same hits, reasons and events as the server', async () => {
    const client = createClient({ baseUrl: `${s.url}/` });
    await client.search.loadIndex();
    for (const q of ['生孩子', '五保户', '老板拖欠工资', '营业执照', '开个饭店']) {
      const local = await client.search(q, { limit: 10 }, { source: 'local' });
      const remote = await client.search(q, { limit: 10 }, { source: 'server' });
      const view = (r: SearchResponse) => r.items.map((h) => [h.code, h.score, h.matchedBy, h.event, h.bundleId]);
      assert.deepEqual(view(local), view(remote), q);
      assert.deepEqual(local.facets, remote.facets, q);
    }
  });
});
