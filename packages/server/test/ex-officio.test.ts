// 依职权 matters (处罚, 检查, 强制, 征收) stay in the catalogue, flagged, but lists, search and the downloadable
// index leave them out unless a query asks for them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MatterSummaryPageSchema, SearchResponseSchema, isExOfficio, type Matter } from '@zwfw/core';
import { loadIndex } from '@zwfw/search';
import { generateCatalogue } from '../src/catalogue/index.js';
import { call, startTestServer, type TestServer } from './helpers/server.js';

const catalogue = generateCatalogue();
const exOfficio = catalogue.matters.filter((m) => isExOfficio(m.type));
const penalty = catalogue.matters.find((m) => m.type === 'penalty') as Matter;
const levy = catalogue.matters.find((m) => m.type === 'levy') as Matter;

async function everyCode(s: TestServer, query: string): Promise<{ codes: Set<string>; flagged: Set<string> }> {
  const codes = new Set<string>();
  const flagged = new Set<string>();
  let cursor: string | null = null;
  do {
    const r = await call(s.url, `/v1/matters?limit=100${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const page = MatterSummaryPageSchema.parse(r.body);
    for (const m of page.items) {
      codes.add(m.code);
      if (m.exOfficio === true) flagged.add(m.code);
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { codes, flagged };
}

describe('依职权 matters', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue });
  });
  after(() => s.close());

  it('the sample has 依职权 matters of each kind the issue names', () => {
    assert.deepEqual([...new Set(exOfficio.map((m) => m.type))].sort(), ['enforcement', 'inspection', 'levy', 'penalty']);
  });

  it('GET /v1/matters leaves them out by default and lists them, flagged, with includeExOfficio=true', async () => {
    const plain = await everyCode(s, '');
    assert.equal(plain.codes.size, catalogue.matters.length - exOfficio.length);
    assert.equal(plain.flagged.size, 0);
    const all = await everyCode(s, '&includeExOfficio=true');
    assert.equal(all.codes.size, catalogue.matters.length);
    assert.deepEqual([...all.flagged].sort(), exOfficio.map((m) => m.code).sort());
  });

  it('a type filter naming an 依职权 type lists them without the opt-in', async () => {
    const r = await everyCode(s, '&type=levy');
    assert.equal(r.codes.size, exOfficio.filter((m) => m.type === 'levy').length);
    assert.ok(r.codes.has(levy.code));
  });

  it('the guide of an 依职权 matter stays readable by its code', async () => {
    const r = await call(s.url, `/v1/matters/${penalty.code}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.name, penalty.name);
  });

  it('refuses an includeExOfficio that is not true or false', async () => {
    for (const path of ['/v1/matters?includeExOfficio=yes', '/v1/search?q=x&includeExOfficio=1']) {
      const r = await call(s.url, path);
      assert.equal(r.status, 422, path);
      assert.equal(r.body.errors[0].path, '/query/includeExOfficio');
    }
  });

  it('GET /v1/search finds them only with includeExOfficio=true', async () => {
    const q = encodeURIComponent(penalty.name);
    const plain = SearchResponseSchema.parse((await call(s.url, `/v1/search?q=${q}&limit=50`)).body);
    assert.ok(!plain.items.some((h) => h.code === penalty.code));
    assert.ok(!plain.facets.type.some((f) => isExOfficio(f.value as Matter['type'])), JSON.stringify(plain.facets.type));
    const opted = SearchResponseSchema.parse((await call(s.url, `/v1/search?q=${q}&limit=50&includeExOfficio=true`)).body);
    assert.equal(opted.items[0]?.code, penalty.code);
  });

  it('the downloadable search index holds no 依职权 matter', async () => {
    const r = await call(s.url, '/v1/search-index');
    assert.equal(r.status, 200);
    const index = loadIndex(r.body);
    for (const m of [penalty, levy]) {
      assert.ok(!index.search(m.name, { limit: 50 }).hits.some((h) => h.code === m.code), m.name);
    }
    const factCodes = new Set(Object.keys(r.body.facts));
    assert.ok(factCodes.size > 1000);
    assert.ok(exOfficio.every((m) => !factCodes.has(m.code)));
  });
});
