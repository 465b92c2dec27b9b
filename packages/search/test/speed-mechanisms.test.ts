/**
 * The query-time shortcuts must not change answers: the single-unit path equals the Viterbi pass, the top-k
 * page equals the head of a longer page, and homophone-only terms are skipped only when the query's own
 * characters are found. Some checks reach into private members (cast), as bench/explain.ts does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { align, Aligner } from '../src/align.js';
import { buildIndex } from '../src/builder/index.js';
import { loadIndex, normalize, type SearchIndex } from '../src/index.js';
import { parseQuery, Stopwords, type ParsedQuery } from '../src/query.js';
import type { PinyinTable } from '../src/pinyin-table.js';
import { docs, intents, stopwords } from './fixtures.js';

interface Internals {
  table: PinyinTable;
  t2s: Map<number, number>;
  data: { stop: string[]; terms: string[] };
  candidates(q: ParsedQuery): number[];
}
const inner = (index: SearchIndex): Internals => index as unknown as Internals;

const index = loadIndex(buildIndex(docs, { intents, stopwords }));
const QUERIES = ['营业执照', '执照', '公基金', '营业只照', '身分证', 'yyzz', 'gongjijin提取', '开饭店要办什么', '证', '住房', '车', 'etc卡', '出生医学'];

test('single-unit shortcut scores exactly as the Viterbi pass', () => {
  const { table, t2s, data } = inner(index);
  // Every term as the engine reads it (normalised).
  const text = data.terms.map((t) => normalize(t, t2s));
  const aligner = new Aligner(table);
  let singles = 0;
  for (const query of QUERIES) {
    const q = parseQuery(query, t2s, table, new Stopwords(data.stop));
    for (const term of text) {
      if (term === undefined) continue;
      const fast = align(aligner, q, term);
      const viterbi = (aligner as unknown as { viterbi(q: ParsedQuery, m: number): number }).viterbi(q, term.length);
      // Scores agree on every term, matched or not; the alignment details only mean something for a match.
      assert.equal(viterbi, fast.score, `${query} / ${term}`);
      if (fast.score <= 0) continue;
      if ((fast.mask & (fast.mask - 1)) === 0) singles++;
      assert.equal(viterbi, fast.score, `${query} / ${term}`);
      assert.equal(aligner.mask, fast.mask, `${query} / ${term}`);
      assert.deepEqual(Array.from(aligner.quality.subarray(0, q.units.length)), fast.quality, `${query} / ${term}`);
      assert.deepEqual(aligner.spans(q.units.length), fast.spans, `${query} / ${term}`);
    }
  }
  assert.ok(singles > 10, 'the shortcut was exercised');
});

test('a short page is the head of a longer one, with and without diversification', () => {
  for (const query of QUERIES) {
    for (const diversify of [true, false]) {
      const long = index.search(query, { limit: 50, diversify }).hits.map((h) => h.code);
      for (const limit of [1, 2, 3, 5]) {
        assert.deepEqual(index.search(query, { limit, diversify }).hits.map((h) => h.code), long.slice(0, limit), `${query} ${limit}`);
      }
    }
  }
  const copies = [
    { code: 'X1', name: '营业执照', department: '东区市场监督管理局' },
    { code: 'X2', name: '营业执照', department: '西区市场监督管理局' },
    { code: 'X3', name: '营业执照遗失补领', department: '东区市场监督管理局' },
    { code: 'X4', name: '营业执照遗失补领', department: '西区市场监督管理局' },
  ];
  const many = loadIndex(buildIndex(copies, { intents: false, stopwords: false }));
  const page = (limit: number): string[] => many.search('营业执照', { limit }).hits.map((h) => h.code);
  assert.deepEqual(page(1), ['X1']);
  assert.deepEqual(page(2), ['X1', 'X3']);
  assert.deepEqual(page(3), ['X1', 'X3', 'X2']);
  assert.deepEqual(page(10), ['X1', 'X3', 'X2', 'X4']);
});

test('homophone-only terms are aligned as a fallback, not when the query characters are found', () => {
  const serialised = buildIndex(
    [
      { code: 'L1', name: '城市低保申请', department: '民政局' },
      { code: 'L2', name: '地方标准备案', department: '市场监督管理局' },
    ],
    // 滴 is in no term: its reading comes from the common-character table.
    { intents: false, stopwords: false, commonCharacters: true },
  );
  // A fresh index per call: candidates() leaves its per-term scratch set for the search that follows it.
  const candidates = (query: string): string[] => {
    const s = inner(loadIndex(serialised));
    return s.candidates(parseQuery(query, s.t2s, s.table, new Stopwords(s.data.stop))).map((t) => s.data.terms[t] as string);
  };
  // 地 (di) only reads like 低: with 低保 itself in the catalogue, 地方标准备案 is not worth aligning.
  assert.ok(candidates('低保').includes('城市低保申请'));
  assert.ok(!candidates('低保').includes('地方标准备案'));
  // 滴 (di) is in no term: homophones are all there is, so they are aligned and found.
  assert.ok(candidates('滴').includes('地方标准备案'));
  assert.ok(loadIndex(serialised).search('滴').hits.some((h) => h.code === 'L2'));
});

test('the second pass (slips) runs only for a letter run that matched nothing as typed', () => {
  const runs = (inner(index) as unknown as { aligner: { runs: { looseEdits: boolean } } }).aligner.runs;
  const slips: string[] = [];
  let current = '';
  Object.defineProperty(runs, 'looseEdits', {
    configurable: true,
    get: () => false,
    set: (on: boolean) => {
      if (on) slips.push(current);
    },
  });
  const search = (q: string): void => {
    current = q;
    index.search(q);
  };
  try {
    // Exact, initials, prefixes, one-letter runs, and a letter dropped inside a long syllable (gon for gong)
    // are found as typed.
    for (const q of ['gongjijintiqu', 'shipinjingyingxuke', 'zfgjjtq', '营业执照', 'yyzz', 'gongj', 'z', 'gonji', 'gonjijintiqu']) search(q);
    assert.deepEqual(slips, []);
    // A misspelt 2-letter syllable or first letter (short runs too: they get near-homophone slips only).
    for (const q of ['gongzijintiqu', 'ongjijintiqu 提取', 'ongji']) search(q);
    assert.deepEqual(slips, ['gongzijintiqu', 'ongjijintiqu 提取', 'ongji']);
  } finally {
    delete (runs as { looseEdits?: boolean }).looseEdits;
    runs.looseEdits = false;
  }
});

test('per-query scratch never leaks: a warm index answers like a fresh one', () => {
  const queries = [
    ...QUERIES, 'shipinjingyingxuke', 'shipin', 'gongjjintiqu', 'zfgjjtq', '营业zhizhao', 'gong ji jin 提取 yyzz', '公积金', '積金',
    'gonjijintiqu', 'ongjijintiqu', 'gongzijin 提取', 'gonjijin',
  ];
  const warm = loadIndex(buildIndex(docs, { intents, stopwords }));
  for (const q of [...queries].reverse()) warm.search(q, { facets: true });
  for (const q of queries) {
    const fresh = loadIndex(buildIndex(docs, { intents, stopwords }));
    assert.deepEqual(warm.search(q, { facets: true }), fresh.search(q, { facets: true }), q);
    warm.search(queries[(queries.indexOf(q) * 7) % queries.length] as string);
  }
});

test('the default page is 10 hits, the largest 100, and a bad limit falls back to the default', () => {
  const copies = Array.from({ length: 120 }, (_, i) => ({ code: `P${String(i).padStart(3, '0')}`, name: `营业执照${i}`, department: '市场监督管理局' }));
  const many = loadIndex(buildIndex(copies, { intents: false, stopwords: false }));
  assert.equal(many.search('营业执照').hits.length, 10);
  assert.equal(many.search('营业执照', { limit: Number.NaN }).hits.length, 10);
  assert.equal(many.search('营业执照', { limit: 1000 }).hits.length, 100);
  assert.equal(many.search('营业执照', { limit: 2.9 }).hits.length, 2);
  assert.equal(many.search('营业执照', { limit: -1 }).hits.length, 0);
  assert.equal(many.search('营业执照').total, 120);
});
