import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, serializeIndex } from '../src/builder/index.js';
import { loadIndex } from '../src/index.js';
import { docs, intents, stopwords } from './fixtures.js';

// With the common-character readings (opt-in), so homophone typos foreign to this small catalogue are covered.
const index = loadIndex(buildIndex(docs, { intents, stopwords, commonCharacters: true }));
const codes = (q: string, limit = 3): string[] => index.search(q, { limit }).hits.map((h) => h.code);
const first = (q: string): string | undefined => codes(q, 1)[0];

test('exact name first, then the longer names containing it', () => {
  assert.deepEqual(codes('营业执照', 2), ['A1', 'A2']);
  assert.equal(first('营业执照遗失补领'), 'A2');
});

test('main item ranks before its equally relevant sub-item', () => {
  assert.deepEqual(codes('食品经营许可', 2), ['B1', 'B2']);
  assert.deepEqual(codes('开饭店', 2), ['B1', 'B2']);
});

test('fragments and prefixes', () => {
  assert.equal(first('公积金提取'), 'C1');
  assert.equal(first('身份证'), 'F1');
  assert.equal(first('出生医'), 'I1');
});

test('full pinyin, with and without spaces, partial last syllable', () => {
  assert.equal(first('gongjijintiqu'), 'C1');
  assert.equal(first('gong ji jin ti qu'), 'C1');
  assert.equal(first('shipinjingyingxuke'), 'B1');
  assert.equal(first('shenfenzh'), 'F1');
  assert.equal(first('chushengyi'), 'I1');
});

test('initials', () => {
  assert.equal(first('yyzz'), 'A1');
  assert.equal(first('spjyxk'), 'B1');
  assert.equal(first('zfgjjtq'), 'C1');
  assert.equal(first('gjjtq'), 'C1');
});

test('polyphones: the catalogue reading is found (银行 yinhang, 行政 xingzheng)', () => {
  assert.equal(first('yinhang'), 'G1');
  assert.equal(first('xingzhengfuyi'), 'H1');
});

test('mixed Chinese and pinyin', () => {
  assert.equal(first('营业zhizhao'), 'A1');
  assert.equal(first('gongjijin提取'), 'C1');
});

test('traditional characters', () => {
  assert.equal(first('營業執照'), 'A1');
  assert.equal(first('機動車駕駛證'), 'D1');
});

test('typos: homophones, near-homophones, one character, one pinyin letter', () => {
  assert.equal(first('公基金提取'), 'C1'); // homophone in the catalogue's characters
  assert.equal(first('住房公积斤'), 'C1'); // homophone only known from the common-character table (opt-in)
  assert.equal(first('营业只照'), 'A1'); // zhi → zhi
  assert.equal(first('身分证'), 'F1'); // fen, a classic
  assert.equal(first('营业执造'), 'A1'); // zao vs zhao: near-homophone
  assert.equal(first('shipinjinyingxuke'), 'B1'); // jing typed jin
  assert.equal(first('gongjjintiqu'), 'C1'); // one letter missing
});

test('one slip anywhere in a typed syllable: every one-letter drop of gongjijintiqu, and other slips', () => {
  const word = 'gongjijintiqu';
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  for (const v of ['gonjijintiqu', 'gongijintiqu', 'gongjiijintiqu', 'gongzijintiqu', 'hongjijintiqu', 'gongjijintiqiu']) variants.add(v);
  for (const v of variants) assert.ok(codes(v, 3).includes('C1'), v);
  assert.equal(first('yinyezhizhao'), 'A1'); // ying typed yin
  assert.equal(first('sipinjingyingxuke'), 'B1'); // shi typed si
  assert.equal(first('shenfenzen'), 'F1'); // zheng typed zen
  assert.equal(first('jidongchejiashizhenghuanzhen'), 'D1');
  assert.equal(first('gonjijin'), 'C1'); // a short run with a near-homophone slip
});

test('typo tolerance stays out of exact and short input', () => {
  // A two-letter syllable is not misspelt into another one.
  assert.ok(!codes('zi', 10).includes('C1'));
  // An exact reading comes before a misspelt one.
  const list = [
    { code: 'T1', name: '公积金提取', department: '中心' },
    { code: 'T2', name: '工资金提取', department: '中心' },
  ];
  const idx = loadIndex(buildIndex(list, { intents: false, stopwords: false }));
  assert.equal(idx.search('gongzijintiqu').hits[0]?.code, 'T2');
  assert.equal(idx.search('gongjijintiqu').hits[0]?.code, 'T1');
});

test('colloquial wording reaches official matters through intent expansion, filler stripped', () => {
  assert.equal(first('开饭店要办什么'), 'B1');
  assert.equal(first('房产证怎么办'), 'E1');
  assert.equal(first('换驾照'), 'D1');
});

test('Latin words in names match literally', () => {
  assert.equal(first('etc'), 'J1');
});

test('no match returns nothing; empty query returns nothing', () => {
  assert.equal(index.search('量子力学').total, 0);
  assert.equal(index.search('  ').hits.length, 0);
});

test('filters restrict results; facets count all matching documents', () => {
  const all = index.search('住房', { facets: true });
  assert.ok(all.total >= 2);
  assert.equal(all.facets?.department['住房公积金管理中心'], 2);
  assert.equal(all.facets?.theme['住房'], all.hits.filter((h) => ['C1', 'C2', 'E1'].includes(h.code)).length);
  const filtered = index.search('住房', { filters: { audience: '法人' }, facets: true });
  assert.deepEqual(filtered.hits.map((h) => h.code).sort(), ['C2', 'E1']);
  assert.equal(filtered.facets?.audience['法人'], 2);
  assert.deepEqual(index.search('营业执照', { filters: { department: ['公安局'] } }).hits, []);
  assert.deepEqual(
    index.search('许可', { filters: { type: '行政许可', theme: '开办企业' } }).hits.map((h) => h.code),
    ['B1'],
  );
});

test('highlights mark matched name spans, also for pinyin', () => {
  const [hit] = index.search('公积金提取').hits;
  assert.deepEqual(hit?.highlights, [{ field: 'name', start: 2, end: 7 }]);
  const [py] = index.search('yyzz').hits;
  assert.deepEqual(py?.highlights, [{ field: 'name', start: 0, end: 4 }]);
  const [trad] = index.search('執照').hits;
  assert.deepEqual(trad?.highlights, [{ field: 'name', start: 2, end: 4 }]);
});

test('sub-items carry parentCode', () => {
  const hit = index.search('营业执照遗失补领').hits[0];
  assert.equal(hit?.parentCode, 'A1');
  assert.equal(index.search('营业执照').hits[0]?.parentCode, undefined);
});

test('limit is honoured', () => {
  assert.equal(index.search('证', { limit: 2 }).hits.length, 2);
});

test('serialise → load round trip answers identically', () => {
  const built = buildIndex(docs, { intents, stopwords });
  const text = serializeIndex(built);
  const again = loadIndex(text);
  const direct = loadIndex(built);
  for (const q of ['营业执照', 'yyzz', '開飯店要辦什麼', 'gongjijin', '公基金']) {
    assert.deepEqual(again.search(q, { facets: true }), direct.search(q, { facets: true }), q);
  }
  assert.deepEqual(JSON.parse(text), built);
  // Version 3 (gap-coded lists): an index of version 2, whose ids would be read as gaps, or of a future version, is
  // refused by name.
  assert.throws(() => loadIndex({ ...built, v: 2 as 3 }), /index version 2/);
  assert.throws(() => loadIndex({ ...built, v: 4 as 3 }), /index version 4/);
});

test('the same matter from many agencies: distinct names first unless diversify is off', () => {
  const copies = [
    { code: 'X1', name: '营业执照', department: '东区市场监督管理局' },
    { code: 'X2', name: '营业执照', department: '西区市场监督管理局' },
    { code: 'X3', name: '营业执照遗失补领', department: '东区市场监督管理局' },
  ];
  const many = loadIndex(buildIndex(copies, { intents: false, stopwords: false }));
  assert.deepEqual(many.search('营业执照').hits.map((h) => h.code), ['X1', 'X3', 'X2']);
  assert.deepEqual(many.search('营业执照', { diversify: false }).hits.map((h) => h.code), ['X1', 'X2', 'X3']);
  assert.deepEqual(many.search('营业执照', { filters: { department: '西区市场监督管理局' } }).hits.map((h) => h.code), ['X2']);
});

test('in a sentence, a term holding a few of its units is aligned even when a long phrase holds many more', () => {
  const index = loadIndex(
    buildIndex(
      [
        { code: 'L', name: '某项事务', department: '甲乙丙丁戊己庚' },
        { code: 'S', name: '辛壬癸', department: 'd' },
      ],
      { intents: false, stopwords: false },
    ),
  );
  // 辛壬癸 holds three of the ten units, 甲乙丙丁戊己庚 seven: at half the best credit it was never aligned, and the
  // matter it names was missing however well it matched.
  assert.deepEqual(index.search('甲乙丙丁戊己庚辛壬癸').hits.map((h) => h.code), ['L', 'S']);
});

test("a parent outside the index counts as no parent's popularity, whatever its code looks like", () => {
  // Document 1 has popularity 0; a sub-item whose absent parent's code reads as a position must not take it.
  const index = loadIndex(
    buildIndex(
      [
        { code: 'A', name: '某某许可（新办）', department: 'd', parentCode: '1', popularity: 0.9 },
        { code: 'B', name: '其他事项', department: 'd', popularity: 0 },
        { code: 'C', name: '某某许可（新办）', department: 'e', parentCode: 'X', popularity: 0.9 },
      ],
      { intents: false, stopwords: false },
    ),
  );
  const hits = index.search('某某许可', { diversify: false }).hits;
  assert.deepEqual(hits.map((h) => h.code), ['A', 'C']);
  assert.equal(hits[0]!.score, hits[1]!.score);
});

test('popularity breaks near-ties, but never beats a clearly better match', () => {
  const list = [
    { code: 'S1', name: '生育登记', department: '卫生健康局', popularity: 0.2 },
    { code: 'S2', name: '失业登记', department: '人力资源和社会保障局', popularity: 0.9 },
    { code: 'S3', name: '收养登记', department: '民政局', popularity: 0.5 },
  ];
  const idx = loadIndex(buildIndex(list, { intents: false, stopwords: false }));
  assert.deepEqual(idx.search('sydj').hits.map((h) => h.code), ['S2', 'S3', 'S1']);
  assert.equal(idx.search('生育登记').hits[0]?.code, 'S1');
  const flat = loadIndex(buildIndex(list.map((d) => ({ ...d, popularity: 0 })), { intents: false, stopwords: false }));
  assert.deepEqual(flat.search('sydj').hits.map((h) => h.code), ['S1', 'S2', 'S3'], 'ties in document order without popularity');
});

test('main items before equally relevant sub-items, whatever their popularity', () => {
  const list = [
    { code: 'M1', name: '食品经营许可', department: '市场监督管理局', keywords: ['食品经营许可证'], popularity: 0.1 },
    { code: 'M1-1', name: '食品经营许可（新办）', department: '市场监督管理局', keywords: ['食品经营许可证'], parentCode: 'M1', popularity: 1 },
    { code: 'M1-2', name: '食品经营许可（注销）', department: '市场监督管理局', keywords: ['食品经营许可证'], parentCode: 'M1', popularity: 0.9 },
    { code: 'K1', name: '营业执照', department: '市场监督管理局', keywords: ['执照'], popularity: 0 },
    { code: 'K1-1', name: '营业执照', department: '区市场监督管理局', keywords: ['执照'], parentCode: 'K1', popularity: 1 },
  ];
  const idx = loadIndex(buildIndex(list, { intents: false, stopwords: false }));
  const order = (q: string): string[] => idx.search(q, { diversify: false }).hits.map((h) => h.code);
  assert.deepEqual(order('食品经营许可').slice(0, 3), ['M1', 'M1-1', 'M1-2'], 'popular sub-items follow their main item');
  assert.deepEqual(order('食品经营许可证').slice(0, 3), ['M1', 'M1-1', 'M1-2'], 'same keyword in all three');
  assert.deepEqual(order('执照'), ['K1', 'K1-1'], 'identical text, sub-item more popular');
  // A sub-item that matches better than its main item may still come first.
  assert.equal(order('食品经营许可新办')[0], 'M1-1');
  // The main item filtered out: nothing to stay below.
  assert.equal(idx.search('执照', { filters: { department: '区市场监督管理局' } }).hits[0]?.code, 'K1-1');
});

test('filler words count a little but are never highlighted', () => {
  const [hit] = index.search('开饭店要办什么').hits.filter((h) => h.code === 'B2');
  assert.ok(hit, 'the sub-item is found');
  assert.deepEqual(hit.highlights, [], '办 of 新办 is filler here');
  const [named] = index.search('新办食品经营许可要办什么').hits;
  assert.equal(named?.code, 'B2');
  assert.deepEqual(named?.highlights, [
    { field: 'name', start: 0, end: 6 },
    { field: 'name', start: 7, end: 9 },
  ]);
});

test('facets are disjunctive: each facet is counted with every filter but its own', () => {
  const all = index.search('住房', { facets: true });
  const byAudience = index.search('住房', { filters: { audience: '法人' }, facets: true });
  // The audience facet ignores the audience filter, so other audiences stay visible with their counts.
  assert.deepEqual(byAudience.facets?.audience, all.facets?.audience);
  assert.ok((byAudience.facets?.audience['自然人'] ?? 0) > 0);
  // Other facets count only what the audience filter lets through.
  const hits = byAudience.hits.map((h) => h.code).sort();
  assert.deepEqual(hits, ['C2', 'E1']);
  assert.equal(byAudience.total, 2);
  const dept = byAudience.facets?.department ?? {};
  assert.equal(Object.values(dept).reduce((a, b) => a + b, 0), 2);
  // Two filters: each facet drops only its own.
  const both = index.search('住房', { filters: { audience: '法人', department: '自然资源局' }, facets: true });
  assert.deepEqual(both.hits.map((h) => h.code), ['E1']);
  assert.deepEqual(both.facets?.department, byAudience.facets?.department);
  assert.deepEqual(both.facets?.audience, index.search('住房', { filters: { department: '自然资源局' }, facets: true }).facets?.audience);
  assert.deepEqual(both.facets?.type, { 行政确认: 1 });
});

test('a facet count is exactly what choosing that value gives, even where its matches are weaker than the best', () => {
  // A strong match for one audience and weak ones for the other: the weak documents fall below a fifth of the
  // overall best, but not below a fifth of their own audience's best, which is what filtering by it keeps.
  const list = [
    { code: 'S1', name: '营业执照办理', department: '局', audience: ['法人'], popularity: 1 },
    { code: 'S2', name: '年度报告公示', department: '营业执照窗口', audience: ['自然人'], popularity: 0.1 },
    { code: 'S3', name: '场所备案', department: '营业执照登记科', audience: ['自然人'], popularity: 0.1 },
  ];
  const idx = loadIndex(buildIndex(list, { intents: false, stopwords: false }));
  const weak = idx.search('营业执照', { facets: true });
  assert.deepEqual(weak.hits.map((h) => h.code), ['S1'], 'unfiltered, the weak matches are below the floor');
  assert.equal(weak.facets?.audience['自然人'], 2, 'but choosing 自然人 gives them, and the count says so');
  for (const q of ['营业执照', '执照']) {
    const all = idx.search(q, { facets: true });
    for (const [value, count] of Object.entries(all.facets?.audience ?? {})) {
      assert.equal(idx.search(q, { filters: { audience: value } }).total, count, `${q} / ${value}`);
    }
  }
  // And on the sample fixtures, for every facet value of a few queries.
  for (const q of ['住房', '营业执照', '社保']) {
    const all = index.search(q, { facets: true });
    for (const facet of ['audience', 'department', 'type'] as const) {
      const filter = { audience: 'audience', department: 'department', type: 'type' }[facet];
      for (const [value, count] of Object.entries(all.facets?.[facet] ?? {})) {
        assert.equal(index.search(q, { filters: { [filter]: value } }).total, count, `${q} / ${facet}=${value}`);
      }
    }
  }
});

test('departmentId: facet values and the department filter use the id, names stay searchable', () => {
  const list = [
    { code: 'P1', name: '营业执照', department: '市场监督管理局', departmentId: '11110000000000001X' },
    { code: 'P2', name: '营业执照补领', department: '市场监督管理局', departmentId: '11110000000000002X' },
    { code: 'P3', name: '护照', department: '公安局' },
  ];
  const idx = loadIndex(buildIndex(list, { intents: false, stopwords: false }));
  const res = idx.search('营业执照', { facets: true });
  assert.deepEqual(res.facets?.department, { '11110000000000001X': 1, '11110000000000002X': 1 });
  assert.equal(res.hits[0]?.department, '市场监督管理局');
  const one = idx.search('营业执照', { filters: { department: '11110000000000002X' } });
  assert.deepEqual(one.hits.map((h) => h.code), ['P2']);
  assert.equal(idx.search('护照', { filters: { department: '公安局' } }).total, 1, 'no id: the name is the key');
  assert.equal(idx.search('市场监督管理局').total, 2, 'department names are searched');
});

test('a query of filler words only is searched as ordinary words, not emptied', () => {
  const plain = loadIndex(buildIndex(docs, { intents, stopwords: false, commonCharacters: true }));
  const view = (q: string, idx = index) => idx.search(q).hits.map((h) => [h.code, h.highlights]);
  for (const q of ['什么', '要办什么', '如何 要办什么']) {
    const hits = view(q);
    // A query of more than five characters is a sentence, where characters a name shares only one by one are no
    // match: it finds nothing here, with or without filler words.
    if (q.length <= 5) assert.ok(hits.length > 0, `${q} finds the matters that contain its characters`);
    else assert.deepEqual(hits, [], `${q}: a sentence sharing only scattered characters with every name`);
    // Found and highlighted exactly as by an index that knows no filler words.
    assert.deepEqual(hits, view(q, plain), q);
  }
  const none = index.search('怎么办', { facets: true });
  assert.deepEqual([none.hits, none.total, none.facets?.audience], [[], 0, {}]);
});
