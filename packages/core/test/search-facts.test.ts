import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  exampleMatter, readDepartmentNames, readSearchFacts, refineSearchHits, searchFactsOf, searchFactsTable, withSearchFacts,
  type Bundle, type SearchHit,
} from '../src/index.js';

const hit = (code: string, facts: Partial<SearchHit> = {}): SearchHit => ({ code, name: code, department: '部门', score: 1, highlights: [], ...facts });

describe('search facts', () => {
  it('takes visits, online depth, both time limits, 通办 scope and the bundle from the matter', () => {
    const facts = searchFactsOf(exampleMatter, 'enterprise-establishment');
    assert.equal(facts.v, exampleMatter.onSiteVisits);
    assert.deepEqual(facts.p, { value: exampleMatter.promisedTimeLimit.value, unit: exampleMatter.promisedTimeLimit.unit });
    assert.deepEqual(facts.l, { value: exampleMatter.legalTimeLimit.value, unit: exampleMatter.legalTimeLimit.unit });
    assert.equal(facts.d, exampleMatter.online.depth);
    assert.equal(facts.b, 'enterprise-establishment');
    const spelled = withSearchFacts(hit(exampleMatter.code), facts);
    assert.equal(spelled.onSiteVisits, exampleMatter.onSiteVisits);
    assert.equal(spelled.bundleId, 'enterprise-establishment');
    assert.deepEqual(spelled.legalTimeLimit, facts.l);
  });

  it('links a bundle to its 一件事 matter only through Bundle.matterCode', () => {
    const bundle = { id: 'b1', matterCode: exampleMatter.code } as Bundle;
    assert.equal(searchFactsTable([exampleMatter], [bundle])[exampleMatter.code]?.b, 'b1');
    assert.equal(searchFactsTable([exampleMatter], [{ id: 'b2' } as Bundle])[exampleMatter.code]?.b, undefined);
  });

  it('drops malformed rows of a downloaded table instead of failing the index', () => {
    const table = readSearchFacts({ a: { v: 0, d: 'IV' }, b: { v: -1 }, c: { d: 'V' }, d: 'x', e: { p: { value: 5, unit: 'working_day' } } });
    assert.deepEqual(Object.keys(table).sort(), ['a', 'e']);
    assert.deepEqual(readSearchFacts(null), {});
    assert.deepEqual(readSearchFacts([1, 2]), {});
    assert.deepEqual([...readDepartmentNames({ a: '区市场监管局', b: 3, c: '' })], [['a', '区市场监管局']]);
    assert.equal(readDepartmentNames('x').size, 0);
  });

  it('filters the window by the service filters and counts each facet without its own filter', () => {
    const window = [
      hit('m1', { onSiteVisits: 0, onlineDepth: 'IV', handleArea: 'provincial' }),
      hit('m2', { onSiteVisits: 1, onlineDepth: 'IV' }),
      hit('m3', { onSiteVisits: 0, onlineDepth: 'III', handleArea: 'provincial' }),
      hit('m4'),
    ];
    const none = refineSearchHits(window, {}, 2);
    assert.deepEqual(none.items.map((h) => h.code), ['m1', 'm2']);
    assert.equal(none.matched, undefined, 'without a service filter the engine total stands');
    assert.deepEqual(none.facets.onSiteVisits, [{ value: '0', count: 2 }, { value: '1', count: 1 }]);
    const zero = refineSearchHits(window, { onSiteVisits: 0 }, 10);
    assert.deepEqual(zero.items.map((h) => h.code), ['m1', 'm3']);
    assert.equal(zero.matched, 2);
    // The visits facet ignores its own filter; the depth facet counts only zero-visit hits.
    assert.deepEqual(zero.facets.onSiteVisits, none.facets.onSiteVisits);
    assert.deepEqual(zero.facets.onlineDepth, [{ value: 'III', count: 1 }, { value: 'IV', count: 1 }]);
    const atMostOne = refineSearchHits(window, { onSiteVisits: 1, onlineDepth: 'IV' }, 10);
    assert.deepEqual(atMostOne.items.map((h) => h.code), ['m1', 'm2'], 'onSiteVisits is a maximum; unknown visits never pass');
    const area = refineSearchHits(window, { handleArea: 'provincial', onlineDepth: 'III' }, 10);
    assert.deepEqual(area.items.map((h) => h.code), ['m3']);
  });
});
