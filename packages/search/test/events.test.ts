/**
 * The plain-language layer: aliases (俗称), street names, life events with their 一件事 bundle, and why a hit
 * matched (`matchedBy`, and the event behind an event hit).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, fromGaps, type IntentDictionary } from '../src/builder/index.js';
import { loadIndex, type SearchDocument } from '../src/index.js';
import { wordsOf } from './fixtures.js';

const dictionary: IntentDictionary = {
  version: 'test',
  entries: [
    {
      kind: 'event', event: '生育', everyday: ['生孩子', '宝宝出生'], official: ['出生医学证明', '出生登记', '生育津贴'],
      bundle: ['新生儿出生一件事'], why: 'birth', source: 'classification:生育收养',
    },
    { kind: 'event', event: '结婚', everyday: ['结婚'], official: ['结婚登记'], why: 'marriage', source: 'classification:婚姻登记' },
    { kind: 'street', everyday: ['户口本'], official: ['居民户口簿'], why: 'household register', source: 'glossary:户口登记条例' },
    { kind: 'grievance', everyday: ['拖欠工资'], official: ['劳动保障监察'], why: 'unpaid wages', source: 'family:劳动保障监察投诉' },
  ],
};

const docs: SearchDocument[] = [
  { code: 'B0', name: '新生儿出生一件事', department: '政务服务和数据管理局', popularity: 0.3 },
  { code: 'B1', name: '出生医学证明签发', department: '卫生健康局', popularity: 0.9 },
  { code: 'B2', name: '出生登记', department: '公安分局', popularity: 0.9 },
  { code: 'B3', name: '生育津贴申领', department: '医疗保障局', popularity: 0.8 },
  { code: 'M1', name: '内地居民结婚登记', department: '民政局', popularity: 0.8 },
  { code: 'H1', name: '居民户口簿补领', department: '公安分局' },
  { code: 'W1', name: '劳动保障监察投诉', department: '人力资源和社会保障局' },
  { code: 'P1', name: '不动产权证书补发', department: '自然资源局', aliases: ['房产证'] },
];

const index = loadIndex(buildIndex(docs, { intents: dictionary, stopwords: ['怎么办', '了'] }));

test('a life event returns its 一件事 first, then the matters it triggers, each saying why', () => {
  const { hits } = index.search('生孩子了怎么办');
  assert.deepEqual(hits.slice(0, 4).map((h) => h.code).slice(0, 1), ['B0'], 'the bundle leads');
  assert.deepEqual(new Set(hits.slice(1, 4).map((h) => h.code)), new Set(['B1', 'B2', 'B3']));
  for (const h of hits.slice(0, 4)) {
    assert.equal(h.matchedBy, 'event', h.code);
    assert.equal(h.event, '生育', h.code);
  }
});

test('each event hit names its own event', () => {
  const { hits } = index.search('结婚');
  assert.equal(hits[0]?.code, 'M1');
  assert.equal(hits[0]?.matchedBy, 'name', 'the name itself matches better than the event');
  assert.equal(hits[0]?.event, undefined);
  const birth = index.search('宝宝出生').hits.find((h) => h.code === 'B3');
  assert.equal(birth?.event, '生育');
});

test('an alias of a matter and a street name of the dictionary find it, and say so', () => {
  const house = index.search('房产证').hits[0];
  assert.equal(house?.code, 'P1');
  assert.equal(house?.matchedBy, 'alias');
  const hukou = index.search('户口本').hits[0];
  assert.equal(hukou?.code, 'H1');
  assert.equal(hukou?.matchedBy, 'alias');
});

test('a grievance reaches the complaint matter; an official name matches by name', () => {
  const wages = index.search('老板拖欠工资').hits[0];
  assert.equal(wages?.code, 'W1');
  // Grievance words are stored with the street names, weighted above the intent field.
  assert.equal(wages?.matchedBy, 'alias');
  assert.equal(index.search('出生登记').hits[0]?.matchedBy, 'name');
});

test('the layer lives in the index: event data only where a document carries an event', () => {
  const built = buildIndex(docs, { intents: dictionary, stopwords: false });
  const at = (code: string): number => built.code.indexOf(code);
  assert.deepEqual(wordsOf(built, built.evb?.[at('B0')]), ['生孩子', '宝宝出生']);
  assert.deepEqual(built.ev?.[at('B0')], []);
  assert.deepEqual(wordsOf(built, built.ev?.[at('B1')]), ['生孩子', '宝宝出生']);
  assert.deepEqual(wordsOf(built, built.al?.[at('P1')]), ['房产证']);
  assert.deepEqual(wordsOf(built, built.al?.[at('H1')]), ['户口本']);
  assert.deepEqual(wordsOf(built, built.al?.[at('W1')]), ['拖欠工资']);
  assert.deepEqual(built.intent[at('W1')], []);
  // evl: per event, its label's term id, then its descriptions' term ids as ascending gaps.
  const labelOf = (word: string): string | undefined => {
    for (const [label, ...gaps] of built.evl ?? []) {
      assert.ok(gaps.length > 0 && gaps.every((g, i) => g > 0 || (i === 0 && g === 0)), 'gaps ascend');
      if (fromGaps(gaps).includes(built.terms.indexOf(word))) return built.terms[label as number];
    }
    return undefined;
  };
  assert.equal(labelOf('生孩子'), '生育');
  assert.equal(labelOf('宝宝出生'), '生育');
  assert.equal(labelOf('房产证'), undefined);
  // The label reaches the hits the event finds.
  assert.equal(loadIndex(built).search('生孩子').hits.find((h) => h.code === 'B1')?.event, '生育');
  const plain = buildIndex(docs.slice(5, 7), { intents: false, stopwords: false });
  assert.equal(plain.ev, undefined);
  assert.equal(plain.evl, undefined);
  assert.equal(plain.al, undefined);
  // An index without the layer (an older builder) still loads and answers.
  assert.equal(loadIndex(plain).search('劳动保障监察').hits[0]?.matchedBy, 'name');
});

test('in a sentence-long query, characters a name shares only one by one do not outrank the described problem', () => {
  const dict: IntentDictionary = {
    version: 'test',
    entries: [{ kind: 'grievance', everyday: ['老公打人'], official: ['妇女儿童权益维护'], why: 'family violence', source: 'family:妇女儿童权益维护服务' }],
  };
  const own = loadIndex(
    buildIndex(
      [
        { code: 'F1', name: '妇女儿童权益维护服务', department: '妇女联合会' },
        { code: 'J1', name: '灵活就业人员住房公积金缴存', department: '住房公积金管理中心', popularity: 0.9 },
      ],
      { intents: dict, stopwords: false },
    ),
  );
  // 公 and 就 of the sentence occur in the second name, but apart: a coincidence, not a match.
  assert.deepEqual(own.search('老公喝酒就打我').hits.map((h) => h.code), ['F1']);
  // A short query still finds a name by characters that are not side by side.
  assert.equal(own.search('灵活公积金').hits[0]?.code, 'J1');
});
