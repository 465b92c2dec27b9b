/**
 * Coverage in a sentence (a query of more than five units): a unit counts by the share of the phrase it was found in
 * that the query holds, and a unit found only among a life event's words counts less, because an event's words are
 * given to every matter the event triggers. A shorter query counts any match in full.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, type IntentDictionary } from '../src/builder/index.js';
import { loadIndex, type SearchDocument } from '../src/index.js';

const layer = (entries: IntentDictionary['entries']): IntentDictionary => ({ version: 'test', entries });
const stopwords = ['吗', '的', '有'];
const codes = (docs: SearchDocument[], dictionary: IntentDictionary, query: string): string[] =>
  loadIndex(buildIndex(docs, { intents: dictionary, stopwords })).search(query).hits.map((h) => h.code);

const channels: SearchDocument[] = [
  { code: 'W1', name: '劳动保障监察投诉举报', department: '人力资源和社会保障局' },
  { code: 'C1', name: '消费者投诉受理', department: '市场监督管理局' },
];
const complaints = layer([
  // A channel whose phrases each share a few characters with the complaint below, none of them most of a phrase.
  {
    kind: 'grievance',
    everyday: ['老板不给钱', '退休金没回来', '单车上班受伤', '一直不签合同', '押身份证'],
    official: ['劳动保障监察'],
    why: 'labour inspection',
    source: 'family:劳动保障监察投诉举报',
  },
  // The channel whose own phrase the complaint holds whole.
  { kind: 'grievance', everyday: ['押金不退'], official: ['消费者投诉'], why: 'deposits', source: 'family:消费者投诉受理' },
]);

test('in a sentence, characters scattered over many phrases count for less than a phrase held whole', () => {
  // Counted whole, the scattered 单车, 一直, 不 and 退 gave the labour channel more coverage than 押金不退.
  assert.deepEqual(codes(channels, complaints, '共享单车押金一直不退'), ['C1', 'W1']);
});

const startUp: SearchDocument[] = [
  { code: 'F1', name: '灵活就业人员社会保险费缴纳', department: '税务局' },
  { code: 'G1', name: '一次性创业补贴', department: '人力资源和社会保障局' },
];
const events = layer([
  // Two life events that both trigger the insurance matter: it holds both events' words.
  { kind: 'event', event: '返乡', everyday: ['回老家工作'], official: ['灵活就业人员'], why: 'going home', source: 'classification:就业创业' },
  { kind: 'event', event: '创业', everyday: ['创业补贴'], official: ['灵活就业人员'], why: 'a start-up', source: 'classification:就业创业' },
]);

test("in a sentence, the words of the life events a matter is triggered by count less than a matter's own name", () => {
  // Counted whole, 回老家 and 创业补贴 from two events outweighed the grant whose name is 创业补贴.
  assert.deepEqual(codes(startUp, events, '回老家开个小加工厂有创业补贴吗'), ['G1', 'F1']);
});

// (That a short query counts a homophone or a single character in full is checked by search.test.ts and
// speed-mechanisms.test.ts: a query of filler words only, and a homophone-only match.)
test('a short query finds the name before the event word, and a phrase it holds', () => {
  assert.deepEqual(codes(startUp, events, '创业补贴'), ['G1', 'F1'], 'the name before the event word');
  assert.deepEqual(codes(startUp, events, '回老家工作'), ['F1']);
  assert.deepEqual(codes(channels, complaints, '押金不退'), ['C1']);
});
