// The search prior: on the sample catalogue, everyday wording must reach the matters a citizen applies for,
// not the penalties published for transparency that share their words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadIndex } from '@zwfw/search';
import { buildIndex } from '@zwfw/search/builder';
import { generateCatalogue } from '../src/catalogue/index.js';
import { searchPrior, toSearchDocument } from '../src/search/engine.js';

describe('search prior', () => {
  const { matters } = generateCatalogue();

  it('ranks 依申请 matters above 依职权 ones', () => {
    const penalty = matters.find((m) => m.type === 'penalty')!;
    const licence = matters.find((m) => m.type === 'license' && m.state === 'in_use')!;
    assert.ok(searchPrior(licence) > searchPrior(penalty));
    assert.equal(toSearchDocument(penalty).popularity, searchPrior(penalty));
  });

  it('everyday wording finds the licence (or the 一件事 that bundles it), and no penalty in the top five', async () => {
    const index = loadIndex(buildIndex(matters.map((m) => toSearchDocument(m))));
    const byCode = new Map(matters.map((m) => [m.code, m]));
    const hits = index.search('开饭店要办什么', { limit: 5 }).hits;
    // "What do I need to open a restaurant": the 开办餐饮店 一件事 is as right a first answer as the licence itself.
    assert.match(hits[0]!.name, /食品经营许可|开办餐饮店一件事/);
    assert.ok(hits.slice(0, 3).some((h) => /食品经营许可/.test(h.name)), hits.map((h) => h.name).join(' | '));
    assert.deepEqual(hits.filter((h) => byCode.get(h.code)!.type === 'penalty').map((h) => h.name), []);
  });
});
