import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, IntentExpander, readingsOf, serializeIndex } from '../src/builder/index.js';
import { normalize } from '../src/index.js';
import { docs, intents, stopwords } from './fixtures.js';

test('readings are context-aware for polyphones and keep each reading seen', () => {
  const r = readingsOf(['银行', '行政']);
  const hang = r.get('行'.charCodeAt(0));
  assert.ok(hang?.has('hang'), 'yin-hang');
  assert.ok(hang?.has('xing'), 'xing-zheng');
  assert.ok(readingsOf(['绿色']).get('绿'.charCodeAt(0))?.has('lv'), 'ü typed as v');
});

test('intent expansion adds everyday words to documents with an official term', () => {
  const x = new IntentExpander(intents, (s) => normalize(s));
  assert.deepEqual(x.expand('食品经营许可|餐饮'), ['开饭店', '开餐馆', '饭店']);
  assert.deepEqual(x.expand('营业执照'), []);
  const index = buildIndex(docs, { intents, stopwords });
  const b1 = index.code.indexOf('B1');
  assert.deepEqual(index.intent[b1]?.map((t) => index.terms[t]), ['开饭店', '开餐馆', '饭店']);
  const e1 = index.code.indexOf('E1');
  assert.deepEqual(index.intent[e1]?.map((t) => index.terms[t]), ['房产证']);
});

test('index links sub-items to main items and ships compact character tables', () => {
  const index = buildIndex(docs, { intents, stopwords });
  assert.equal(index.parent[index.code.indexOf('A2')], index.code.indexOf('A1'));
  assert.equal(index.parent[index.code.indexOf('A1')], -1);
  assert.match(index.py, /(^|\|)gong:[^|]*公/);
  assert.ok(index.t2s.includes('營营'));
  assert.deepEqual(index.stop, ['要办什么', '怎么办', '如何', '什么']);
  const lean = buildIndex(docs, { intents, stopwords, commonCharacters: false });
  assert.ok(serializeIndex(lean).length < serializeIndex(index).length / 3, 'common characters are optional');
});

test('an unknown parent code is kept as a code', () => {
  const index = buildIndex([{ code: 'X', name: '子项', department: 'd', parentCode: 'NOPE' }], { intents: false, stopwords: false });
  assert.equal(index.parent[0], 'NOPE');
});
