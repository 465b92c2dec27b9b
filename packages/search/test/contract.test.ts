/**
 * The one engine ↔ contract mapping (server and SDK both use it): query length, engine options, hits, facet
 * caps, truncation and labels, pinned here so the two paths cannot drift again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEARCH_FACT_WINDOW, SearchQuerySchema, SearchResponseSchema, type SearchQuery } from '@zwfw/core';
import {
  FACET_CAPS, MAX_QUERY_LENGTH, contractHit, engineOptions, facetList, normaliseQuery, toContractResponse,
} from '../src/contract.js';
import type { SearchResponse as EngineResponse } from '../src/index.js';

const q = (over: Partial<SearchQuery> = {}): SearchQuery => SearchQuerySchema.parse({ q: '登记', ...over });

test('the query is trimmed and cut to the contract\'s length, never inside a surrogate pair', () => {
  assert.equal(normaliseQuery('  营业执照 '), '营业执照');
  assert.equal(normaliseQuery('办'.repeat(MAX_QUERY_LENGTH + 5)).length, MAX_QUERY_LENGTH);
  const astral = `${'办'.repeat(MAX_QUERY_LENGTH - 1)}𠮷办`;
  assert.equal(normaliseQuery(astral), '办'.repeat(MAX_QUERY_LENGTH - 1));
  assert.ok(SearchQuerySchema.safeParse({ q: normaliseQuery(`x${'办'.repeat(300)}`) }).success, 'what is cut, the contract accepts');
  assert.ok(!SearchQuerySchema.safeParse({ q: '办'.repeat(MAX_QUERY_LENGTH + 1) }).success, 'the limit is the contract\'s');
});

test('engine options: the fact window, the filters given and no others', () => {
  assert.deepEqual(engineOptions(q()), { limit: SEARCH_FACT_WINDOW, facets: true, filters: {} });
  const o = engineOptions(q({ limit: 100, audience: 'natural_person', department: '91350200776049653A' }));
  assert.equal(o.limit, Math.max(100, SEARCH_FACT_WINDOW));
  assert.deepEqual(o.filters, { audience: 'natural_person', department: '91350200776049653A' });
});

test('facet lists: most frequent first, ties by value, capped, value and label cut to 200, labelled when known', () => {
  const counts = { b: 2, a: 2, c: 5, [`${'长'.repeat(250)}`]: 1 };
  const list = facetList(counts, 3, new Map([['c', '区市场监督管理局'], ['a', '名'.repeat(300)]]));
  assert.deepEqual(list.map((f) => f.value), ['c', 'a', 'b']);
  assert.equal(list[0]?.label, '区市场监督管理局');
  assert.equal(list[1]?.label?.length, 200);
  assert.equal(list[2]?.label, undefined);
  assert.equal(facetList(counts, 10).find((f) => f.count === 1)?.value.length, 200);
  assert.deepEqual(facetList(undefined, 5), []);
});

const engine: EngineResponse = {
  total: 3,
  hits: [
    { code: 'M1', name: '新生儿出生一件事', department: '区政务服务和数据管理局', score: 1.234567, highlights: [{ field: 'name', start: 0, end: 2 }], matchedBy: 'event', event: '生育' },
    { code: 'M2', name: '出生登记', department: '区公安分局', score: 1.1, highlights: [], matchedBy: 'event', event: '生育', parentCode: 'M0' },
    { code: 'M3', name: '不动产权证书补发', department: '区自然资源局', score: 0.9, highlights: [], matchedBy: 'alias' },
  ],
  facets: {
    audience: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`a${i}`, i + 1])),
    department: { D1: 2, D2: 1 },
    theme: {},
    type: { license: 1 },
  },
};

test('hits: score to 4 decimals, why they matched, their facts', () => {
  const hit = contractHit(engine.hits[0]!, { M1: { v: 0, p: { value: 1, unit: 'working_day' }, l: { value: 5, unit: 'working_day' }, b: 'newborn' } });
  assert.equal(hit.score, 1.2346);
  assert.equal(hit.matchedBy, 'event');
  assert.equal(hit.event, '生育');
  assert.equal(hit.bundleId, 'newborn');
  assert.equal(hit.onSiteVisits, 0);
  const sub = contractHit(engine.hits[1]!, {});
  assert.equal(sub.parentCode, 'M0');
  const alias = contractHit(engine.hits[2]!, {});
  assert.equal(alias.matchedBy, 'alias');
  assert.equal('event' in alias, false);
});

test('the response: the page cut to limit, the caps of the contract, department labels, a valid SearchResponse', () => {
  const res = toContractResponse('生孩子', engine, q({ q: '生孩子', limit: 2 }), {}, new Map([['D1', '区公安分局']]));
  assert.deepEqual(res.items.map((h) => h.code), ['M1', 'M2']);
  assert.equal(res.total, 3);
  assert.equal(res.facets.audience.length, FACET_CAPS.audience);
  assert.equal(res.facets.audience[0]?.value, 'a29');
  assert.deepEqual(res.facets.department, [{ value: 'D1', count: 2, label: '区公安分局' }, { value: 'D2', count: 1 }]);
  assert.ok(SearchResponseSchema.safeParse(res).success);
  // A service filter: the total is what passes in the window.
  const filtered = toContractResponse('生孩子', engine, q({ q: '生孩子', onSiteVisits: 0 }), { M3: { v: 0, p: { value: 1, unit: 'working_day' }, l: { value: 1, unit: 'working_day' } } });
  assert.deepEqual(filtered.items.map((h) => h.code), ['M3']);
  assert.equal(filtered.total, 1);
});
