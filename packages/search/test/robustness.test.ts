/**
 * Input the engine and the builder must survive: odd `limit` values, huge queries, empty filter lists,
 * characters beyond the basic plane, malformed documents.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, SearchDocumentError } from '../src/builder/index.js';
import { loadIndex, type SearchDocument, type SearchIndex } from '../src/index.js';
import { MAX_QUERY, MAX_RUN, parseQuery, Stopwords } from '../src/query.js';
import type { PinyinTable } from '../src/pinyin-table.js';
import { docs, intents, stopwords } from './fixtures.js';

const index = loadIndex(buildIndex(docs, { intents, stopwords }));
const codes = (q: string, limit?: number): string[] => index.search(q, limit === undefined ? {} : { limit }).hits.map((h) => h.code);

test('limit: finite values are floored and clamped to 0..100, anything else is the default page', () => {
  const ten = codes('证');
  assert.ok(ten.length > 3);
  for (const bad of [Number.NaN, Infinity, -Infinity, '3' as unknown as number, null as unknown as number]) {
    assert.deepEqual(codes('证', bad), ten, String(bad));
  }
  assert.deepEqual(codes('证', 2.5), ten.slice(0, 2));
  assert.deepEqual(codes('证', 2.99), ten.slice(0, 2));
  assert.deepEqual(codes('证', 0), []);
  assert.deepEqual(codes('证', -3), []);
  assert.equal(index.search('证', { limit: 0 }).total, index.search('证').total, 'total is counted without a page');
  const many = loadIndex(
    buildIndex(
      Array.from({ length: 150 }, (_, i) => ({ code: `M${i}`, name: `营业执照${i}`, department: '局' })),
      { intents: false, stopwords: false },
    ),
  );
  assert.equal(many.search('营业执照', { limit: 1000 }).hits.length, 100);
  assert.equal(many.search('营业执照', { limit: 1000 }).total, 150);
});

interface Scratch {
  table: PinyinTable;
  t2s: Map<number, number>;
}

test('very long queries are cut: scratch memory stays small', () => {
  const fresh = loadIndex(buildIndex(docs, { intents, stopwords }));
  const inner = fresh as unknown as Scratch;
  fresh.search('gongjijin');
  const before = process.memoryUsage().arrayBuffers;
  const letters = 'gongjijintiqu'.repeat(6200); // ~80,000 letters
  const q = parseQuery(letters, inner.t2s, inner.table, new Stopwords([]));
  assert.equal(q.units.length, 1);
  assert.equal(q.units[0]?.text.length, MAX_RUN);
  assert.equal(q.normalised.length, MAX_QUERY);
  fresh.search(letters);
  fresh.search('营业执照'.repeat(20000));
  fresh.search(`${'gong ji jin '.repeat(3000)}提取`);
  // Typed scratch arrays are kept for the next query: they must not have grown with the query (80,000 letters
  // used to keep ~250 MB).
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(grown < 8 * 2 ** 20, `scratch grew by ${(grown / 2 ** 20).toFixed(1)} MB`);
  // The start of a long query still finds what it names.
  assert.equal(fresh.search(`住房公积金提取${'什么'.repeat(500)}`).hits[0]?.code, 'C1');
  // A cut never splits a character beyond the basic plane.
  const astral = parseQuery(`${'a'.repeat(MAX_QUERY - 1)}𠮷`, inner.t2s, inner.table, new Stopwords([]));
  assert.equal(astral.normalised.length, MAX_QUERY - 1);
});

test('an empty filter list is no filter', () => {
  const all = index.search('住房', { facets: true });
  for (const filters of [{ audience: [] }, { department: [] }, { theme: [], type: [] }]) {
    assert.deepEqual(index.search('住房', { filters, facets: true }), all, JSON.stringify(filters));
  }
  assert.deepEqual(
    index.search('住房', { filters: { audience: [], type: '公共服务' } }).hits.map((h) => h.code),
    index.search('住房', { filters: { type: '公共服务' } }).hits.map((h) => h.code),
  );
});

test('characters beyond the basic plane (extension B) are Han characters, matched and highlighted', () => {
  const ext: SearchDocument[] = [
    { code: 'X1', name: '𠮷祥村宅基地审批', department: '𠮷祥镇人民政府' },
    { code: 'X2', name: '吉祥村宅基地审批', department: '吉祥镇人民政府' },
  ];
  const idx: SearchIndex = loadIndex(buildIndex(ext, { intents: false, stopwords: false }));
  const [hit] = idx.search('𠮷').hits;
  assert.equal(hit?.code, 'X1');
  assert.deepEqual(hit?.highlights, [{ field: 'name', start: 0, end: 2 }]);
  const pair = idx.search('𠮷祥村');
  assert.equal(pair.hits[0]?.code, 'X1');
  assert.deepEqual(pair.hits[0]?.highlights, [{ field: 'name', start: 0, end: 4 }]);
  assert.equal(idx.search('宅基地').total, 2);
});

test('the builder validates its input and names the document and field', () => {
  const build = (list: unknown[]): unknown => buildIndex(list as SearchDocument[], { intents: false, stopwords: false });
  const ok = { code: 'A', name: '营业执照', department: '局' };
  const cases: [unknown[], number, string | undefined, string][] = [
    [[ok, { code: 'B', name: '许可' }], 1, 'B', 'department'],
    [[{ ...ok, name: '  ' }], 0, 'A', 'name'],
    [[{ name: 'x', department: 'y' }], 0, undefined, 'code'],
    [[ok, { ...ok, name: '别的' }], 1, 'A', 'code'],
    [[{ ...ok, keywords: '营业执照' }], 0, 'A', 'keywords'],
    [[{ ...ok, audience: [1] }], 0, 'A', 'audience'],
    [[{ ...ok, popularity: Number.NaN }], 0, 'A', 'popularity'],
    [[{ ...ok, popularity: 1.01 }], 0, 'A', 'popularity'],
    [[ok, { ...ok, code: 'B', popularity: -0.01 }], 1, 'B', 'popularity'],
    [[{ ...ok, popularity: Number.POSITIVE_INFINITY }], 0, 'A', 'popularity'],
    [[{ ...ok, type: 3 }], 0, 'A', 'type'],
    [[ok, null], 1, undefined, 'document'],
  ];
  for (const [list, at, code, field] of cases) {
    assert.throws(
      () => build(list),
      (e: unknown) => {
        assert.ok(e instanceof SearchDocumentError, String(e));
        assert.equal(e.index, at);
        assert.equal(e.code, code);
        assert.equal(e.field, field);
        assert.match(e.message, new RegExp(`document ${at}.*${field}`));
        return true;
      },
      JSON.stringify(list),
    );
  }
  assert.throws(() => build('nope' as unknown as unknown[]), TypeError);
  assert.doesNotThrow(() => build([ok, { code: 'B', name: '子项', department: '局', parentCode: 'A', popularity: 0.5 }]));
  assert.doesNotThrow(() => build([{ ...ok, popularity: 0 }, { ...ok, code: 'B', popularity: 1 }]), 'both ends of 0..1 are allowed');
});
