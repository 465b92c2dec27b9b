import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { traditionalToSimplified } from '../src/builder/index.js';
import { normalize, tokenize } from '../src/index.js';
import { t2sTableJson } from '../scripts/derive-t2s.js';

test('normalize: full-width to half-width, lower case, length preserved', () => {
  assert.equal(normalize('ＥＴＣ卡１２３'), 'etc卡123');
  assert.equal(normalize('营业执照　A'), '营业执照 a');
  const s = '㈱营业';
  assert.equal(normalize(s).length, s.length);
});

test('normalize: traditional to simplified through the character map', () => {
  const map = traditionalToSimplified();
  assert.equal(normalize('營業執照', map), '营业执照');
  assert.equal(normalize('駕駛證換證', map), '驾驶证换证');
  // Taiwan / Hong Kong variants
  assert.equal(normalize('裡', map), '里');
});

test('traditional map never rewrites a valid simplified character', () => {
  const map = traditionalToSimplified();
  for (const c of '著乾么吃才群') assert.equal(map.get(c.charCodeAt(0)), undefined, c);
});

test('the bundled traditional map is what OpenCC gives today (else: npm run gen:search-data)', () => {
  const bundled = readFileSync(new URL('../src/builder/t2s.json', import.meta.url), 'utf8');
  assert.equal(bundled, t2sTableJson());
  // The map the builder reads is the file's, pair for pair.
  const map = traditionalToSimplified();
  const pairs = (JSON.parse(bundled) as { pairs: string }).pairs;
  assert.equal(map.size * 2, pairs.length);
  assert.ok(map.size > 2500, `${map.size} mappings`);
  for (let i = 0; i < pairs.length; i += 2) assert.equal(map.get(pairs.charCodeAt(i)), pairs.charCodeAt(i + 1));
});

test('tokenize: Han per character, letter runs joined across spaces, digits', () => {
  const tokens = tokenize(normalize('营业 gong ji jin 2024年'));
  assert.deepEqual(
    tokens.map((t) => [t.kind, t.text, t.start]),
    [
      ['han', '营', 0],
      ['han', '业', 1],
      ['latin', 'gongjijin', 3],
      ['digit', '2024', 15],
      ['han', '年', 19],
    ],
  );
});

test('tokenize: punctuation separates and is dropped', () => {
  assert.deepEqual(
    tokenize(normalize('食品（新办）,yyzz')).map((t) => t.text),
    ['食', '品', '新', '办', 'yyzz'],
  );
});

test('tokenize: a character beyond the basic plane (extension B) is one Han token of two UTF-16 units', () => {
  assert.deepEqual(
    tokenize(normalize('𠮷野家a')).map((t) => [t.kind, t.text, t.start]),
    [
      ['han', '𠮷', 0],
      ['han', '野', 2],
      ['han', '家', 3],
      ['latin', 'a', 4],
    ],
  );
  assert.equal(normalize('𠮷'), '𠮷');
});
