import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, bundledIntents, fromGaps, toGaps, bundledStopwords, IntentExpander, readingsOf, serializeIndex } from '../src/builder/index.js';
import { readFileSync } from 'node:fs';
import { bundledReadings, everydayDigest } from '../src/builder/dictionaries.js';
import { traditionalToSimplified } from '../src/builder/characters.js';
import { loadIndex, normalize } from '../src/index.js';
import { readingsJson } from '../scripts/derive-readings.js';
import { docs, intents, stopwords, wordsOf } from './fixtures.js';

test('readings are context-aware for polyphones and keep each reading seen', () => {
  const r = readingsOf(['银行', '行政']);
  const hang = r.get('行'.charCodeAt(0));
  assert.ok(hang?.has('hang'), 'yin-hang');
  assert.ok(hang?.has('xing'), 'xing-zheng');
  assert.ok(readingsOf(['绿色']).get('绿'.charCodeAt(0))?.has('lv'), 'ü typed as v');
});

test('readings known ahead are the readings segmentation gives, and are refused for another word list', () => {
  const t2s = traditionalToSimplified();
  const norm = (w: string): string => normalize(w, t2s);
  const bundled = bundledIntents();
  const known = bundledReadings(bundled, norm);
  assert.ok(known, 'readings.json matches the bundled dictionary (else: npm run gen:search-data)');
  assert.deepEqual(known.context.get('学校换校长'), ['xue', 'xiao', 'huan', 'xiao', 'zhang']);
  // Every bundled word, read through the file and read by segmenting: the same readings per character.
  const words = [...known.plain];
  const serialise = (m: Map<number, Set<string>>): string[] => [...m].map(([c, set]) => `${String.fromCharCode(c)}:${[...set].sort().join(',')}`).sort();
  assert.deepEqual(serialise(readingsOf(words, undefined, known)), serialise(readingsOf(words)));
  // One word more or less and the file no longer describes the dictionary.
  const other = { ...bundled, entries: [...bundled.entries, { everyday: ['长长久久'], official: ['婚姻登记'], why: 'test' }] };
  assert.notEqual(everydayDigest(other), everydayDigest(bundled));
  assert.equal(bundledReadings(other, norm), undefined);
});

test('readings.json is what the bundled dictionary and pinyin-pro give today (else: npm run gen:search-data)', () => {
  assert.equal(readFileSync(new URL('../src/builder/readings.json', import.meta.url), 'utf8'), readingsJson());
});

test('intent expansion adds everyday words to documents with an official term', () => {
  const x = new IntentExpander(intents, (s) => normalize(s));
  assert.deepEqual(x.expand('食品经营许可|餐饮'), ['开饭店', '开餐馆', '饭店']);
  assert.deepEqual(x.expand('营业执照'), []);
  const index = buildIndex(docs, { intents, stopwords });
  const b1 = index.code.indexOf('B1');
  assert.deepEqual(wordsOf(index, index.intent[b1]), ['开饭店', '开餐馆', '饭店']);
  const e1 = index.code.indexOf('E1');
  assert.deepEqual(wordsOf(index, index.intent[e1]), ['房产证']);
});

test('keyword and layer lists are gap-coded: ascending ids, each as its gap from the one before', () => {
  assert.deepEqual(toGaps([40, 7, 41, 12]), [7, 5, 28, 1]);
  assert.deepEqual(fromGaps([7, 5, 28, 1]), [7, 12, 40, 41]);
  assert.deepEqual(toGaps([]), []);
  const index = buildIndex(docs, { intents, stopwords });
  for (const field of [index.kw, index.intent, index.al ?? [], index.ev ?? [], index.evb ?? []]) {
    for (const list of field) {
      const ids = fromGaps(list);
      assert.ok(list.slice(1).every((g) => g > 0), 'gaps after the first are positive (ids ascend, each once)');
      assert.ok(ids.every((t) => t >= 0 && t < index.terms.length), 'every decoded id is a term');
    }
  }
  // The engine reads the gaps: a keyword whose id is not the first of its list is still found.
  const two = buildIndex([{ code: 'K', name: '某项服务', department: 'd', keywords: ['甲乙丙', '丁戊己'] }], { intents: false, stopwords: false });
  assert.ok(two.kw[0]![1]! < two.terms.indexOf('丁戊己'), 'the second keyword is stored as a gap');
  assert.equal(loadIndex(two).search('丁戊己').hits[0]?.code, 'K');
});

test('a layer word the matter already names, or already has as a street name, is stored once', () => {
  const dict = {
    version: 't',
    entries: [
      { everyday: ['公积金提取', '取公积金', '房本'], official: ['公积金提取'], why: 'withdrawal' },
      { kind: 'street' as const, everyday: ['房本'], official: ['公积金提取'], why: 'street', source: 'glossary:t' },
    ],
  };
  const index = buildIndex([{ code: 'C', name: '住房公积金提取', department: 'd' }], { intents: dict, stopwords: false });
  const words = (list: number[][] | undefined): string[] => wordsOf(index, list?.[0]);
  // 公积金提取 is in the name (matched there, with more weight); 房本 is an alias already.
  assert.deepEqual(words(index.intent), ['取公积金']);
  assert.deepEqual(words(index.al), ['房本']);
});

test('a sub-item term reaches that sub-item only, and the main item in a catalogue without it', () => {
  const dict = { version: 't', entries: [{ everyday: ['开药店'], official: ['药品经营许可（新办）'], why: 'opening a pharmacy' }] };
  const words = (index: ReturnType<typeof buildIndex>, code: string): string[] => wordsOf(index, index.intent[index.code.indexOf(code)]);
  const main = { code: 'M', name: '药品经营许可', department: '区市场监督管理局' };
  const split = buildIndex(
    [main, { code: 'M1', name: '药品经营许可（新办）', department: '区市场监督管理局', parentCode: 'M' }, { code: 'M2', name: '药品经营许可（变更）', department: '区市场监督管理局', parentCode: 'M' }],
    { intents: dict, stopwords: false },
  );
  assert.deepEqual([words(split, 'M'), words(split, 'M1'), words(split, 'M2')], [[], ['开药店'], []]);
  // A catalogue that lists the licence as one matter: the words still reach it.
  assert.deepEqual(words(buildIndex([main], { intents: dict, stopwords: false }), 'M'), ['开药店']);
  // A term of several words is never cut down.
  const several = { version: 't', entries: [{ everyday: ['开药店'], official: ['药品 经营许可（新办）'], why: 'opening a pharmacy' }] };
  assert.deepEqual(words(buildIndex([main], { intents: several, stopwords: false }), 'M'), []);
});

test("an entry naming another matter stays on it, not on the matters extending its name; a sub-item keeps its main item's words", () => {
  const dict = { version: 't', entries: [{ everyday: ['公司改名'], official: ['公司变更登记'], why: 'renaming a company' }] };
  const d = (code: string, name: string, parentCode?: string) => ({ code, name, department: '区市场监督管理局', ...(parentCode ? { parentCode } : {}) });
  const catalogue = [d('C', '公司变更登记'), d('F', '外商投资公司变更登记'), d('B', '分公司变更登记'), d('C1', '公司变更登记（名称变更）', 'C')];
  const index = buildIndex(catalogue, { intents: dict, stopwords: false });
  const words = (code: string): string[] => wordsOf(index, index.intent[index.code.indexOf(code)]);
  assert.deepEqual([words('C'), words('F'), words('B'), words('C1')], [['公司改名'], [], [], ['公司改名']]);
  // The matter and its sub-item come first; the extensions match by name only, after them.
  assert.deepEqual(loadIndex(index).search('公司改名').hits.slice(0, 2).map((h) => h.code).sort(), ['C', 'C1']);
  // Without the matter itself in the catalogue, the words reach the matters whose names contain the term.
  const alone = buildIndex([d('F', '外商投资公司变更登记')], { intents: dict, stopwords: false });
  assert.deepEqual(wordsOf(alone, alone.intent[0]), ['公司改名']);
});

test("an official term with one character more is the same document's other spelling, not another matter's name", () => {
  const dict = { version: 't', entries: [{ everyday: ['房本'], official: ['不动产权证书'], why: 'title' }, { everyday: ['暂住证'], official: ['居住登记'], why: 'residence' }] };
  const x = new IntentExpander(dict, (s) => normalize(s), new Set(['居住登记']));
  // A document's name differs between catalogues by a character (不动产权属证书): it still matches.
  assert.deepEqual(x.expand('不动产权属证书补发'), ['房本']);
  assert.deepEqual(x.expand('居住登记'), ['暂住证']);
  // A matter of the catalogue named by the term, with one character more, is another matter.
  assert.deepEqual(x.expand('居住权登记'), []);
  assert.deepEqual(new IntentExpander(dict, (s) => normalize(s)).expand('居住权登记'), ['暂住证'], 'without the catalogue names');
  const index = buildIndex(
    [
      { code: 'R', name: '居住登记', department: 'd' },
      { code: 'Q', name: '居住权登记', department: 'e' },
    ],
    { intents: dict, stopwords: false },
  );
  assert.deepEqual(wordsOf(index, index.intent[1]), []);
});

test('a theme brings an intent entry only when it is the whole official term, not a part of it', () => {
  const dict = { version: 't', entries: [{ everyday: ['办公证'], official: ['公证'], why: 'notarisation' }] };
  const words = (d: { code: string; name: string; themes: string[] }): string[] => {
    const index = buildIndex([{ ...d, department: 'd' }], { intents: dict, stopwords: false });
    return wordsOf(index, index.intent[0]);
  };
  // A broad theme (司法公证 covers review, mediation, legal aid) must not give each of its matters 公证 words.
  assert.deepEqual(words({ code: 'R', name: '行政复议申请受理', themes: ['司法公证'] }), []);
  assert.deepEqual(words({ code: 'N', name: '某项服务', themes: ['公证'] }), ['办公证']);
  assert.deepEqual(words({ code: 'S', name: '公证服务', themes: ['司法公证'] }), ['办公证'], 'the name still matches');
});

test('index links sub-items to main items and ships compact character tables', () => {
  const index = buildIndex(docs, { intents, stopwords });
  assert.equal(index.parent[index.code.indexOf('A2')], index.code.indexOf('A1'));
  assert.equal(index.parent[index.code.indexOf('A1')], -1);
  assert.match(index.py, /(^|\|)gong:[^|]*公/);
  assert.ok(index.t2s.includes('營营'));
  assert.deepEqual(index.stop, ['要办什么', '怎么办', '如何', '什么']);
  const common = buildIndex(docs, { intents, stopwords, commonCharacters: true });
  assert.ok(serializeIndex(index).length < serializeIndex(common).length / 3, 'common characters are opt-in');
  assert.match(common.py, /(^|\|)di:[^|]*滴/, 'with them, a character no document uses has its reading');
  assert.doesNotMatch(index.py, /滴/);
});

test('an unknown parent code is kept as a code', () => {
  const index = buildIndex([{ code: 'X', name: '子项', department: 'd', parentCode: 'NOPE' }], { intents: false, stopwords: false });
  assert.equal(index.parent[0], 'NOPE');
});

test('an official term of several words matches when all occur in one field, in any order', () => {
  const dict = {
    version: 'test',
    entries: [{ everyday: ['辞职取公积金'], official: ['离职提取', '公积金 提取 离职'], why: 'leaving a job' }],
  };
  const x = new IntentExpander(dict, (s) => normalize(s));
  for (const name of ['离职提取住房公积金', '住房公积金提取（离职）', '住房公积金离职提取', '提取住房公积金（职工离职）', '住房公积金提取-离职']) {
    assert.deepEqual(x.expand(name), ['辞职取公积金'], name);
  }
  assert.deepEqual(x.expand('住房公积金提取|离职人员'), [], 'words in different fields do not combine');
  assert.deepEqual(x.expand('住房公积金提取'), []);
});

test('the bundled dictionary: reviewed words, not query sentences or fragments of one catalogue', () => {
  const { entries } = bundledIntents();
  assert.ok(entries.length >= 300);
  for (const [i, e] of entries.entries()) {
    assert.ok(e.why.trim().length > 0, `entry ${i} has a rationale`);
    for (const w of e.everyday) {
      // Question words and filler belong to the stopword list; a dictionary phrase is a word, not a question.
      assert.doesNotMatch(w, /怎么|如何|要办什么|吗$/, `entry ${i}: ${w}`);
    }
    for (const o of e.official) {
      // Punctuation of one catalogue's naming (公积金（离职) is not an official term: brackets come in pairs.
      assert.equal((o.match(/[（(]/g) ?? []).length, (o.match(/[）)]/g) ?? []).length, `entry ${i}: ${o}`);
      assert.doesNotMatch(o, /^[（）()、，]|[（(、，]$/, `entry ${i}: ${o}`);
    }
  }
  // Withdrawal reasons reach any naming of the withdrawal matter.
  const x = new IntentExpander({ version: 'b', entries }, (s) => normalize(s));
  for (const name of ['住房公积金提取（离职）', '住房公积金提取（租赁住房）', '住房公积金提取（偿还住房贷款）', '住房公积金提取（购买住房）']) {
    assert.ok(x.expand(name).length > 0, name);
  }
});

test('the plain-language layer cites a source for every entry and reaches the catalogue it was written for', () => {
  const { entries } = bundledIntents();
  const layer = entries.filter((e) => e.kind !== undefined);
  assert.ok(layer.length >= 150);
  for (const e of layer) {
    assert.match(e.source ?? '', /^(classification|family|glossary):\S/, `${e.everyday[0]}: a source`);
    assert.equal(e.kind === 'event', e.event !== undefined, `${e.everyday[0]}: an event has a label and only an event`);
    if (e.bundle) assert.equal(e.kind, 'event');
  }
  const kinds = new Set(layer.map((e) => e.kind));
  for (const k of ['event', 'street', 'dialect', 'grievance', 'intent']) assert.ok(kinds.has(k as never), k);
  // Both lists of the national thematic classification are covered.
  const themes = new Set(layer.filter((e) => e.kind === 'event').map((e) => e.source?.split(';')[0]));
  for (const t of ['个人/生育收养', '个人/户籍办理', '个人/婚姻登记', '个人/死亡殡葬', '法人/设立变更', '法人/准营准办', '法人/注销']) {
    assert.ok(themes.has(`classification:${t}`), t);
  }
  const { words, sources } = bundledStopwords();
  for (const w of Object.keys(sources ?? {})) assert.ok(words.includes(w), w);
});
