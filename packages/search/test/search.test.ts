import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, serializeIndex } from '../src/builder/index.js';
import { loadIndex } from '../src/index.js';
import { docs, intents, stopwords } from './fixtures.js';

const index = loadIndex(buildIndex(docs, { intents, stopwords }));
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
  assert.equal(first('住房公积斤'), 'C1'); // homophone only known from the common-character table
  assert.equal(first('营业只照'), 'A1'); // zhi → zhi
  assert.equal(first('身分证'), 'F1'); // fen, a classic
  assert.equal(first('营业执造'), 'A1'); // zao vs zhao: near-homophone
  assert.equal(first('shipinjinyingxuke'), 'B1'); // jing typed jin
  assert.equal(first('gongjjintiqu'), 'C1'); // one letter missing
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
  assert.throws(() => loadIndex({ ...built, v: 2 as 1 }), /version/);
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
