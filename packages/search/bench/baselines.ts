/**
 * MiniSearch and FlexSearch with their best Chinese settings, for comparison in the same run:
 * - a CJK tokenizer (NFKC + lower case; Han runs → character unigrams + bigrams; letter/digit runs as words),
 *   fields name > keywords > themes > department;
 * - a "+pinyin" variant adding, at index time, full pinyin and initials of the name and keywords computed with
 *   pinyin-pro, indexed as every syllable-boundary suffix so a prefix search finds any run of syllables
 *   ("gongjijin" in zhufanggongjijintiqu, "yyzz" in dzyyzz).
 * They get no intent dictionary and no traditional → simplified table: those are this package's features.
 */
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import type { SearchDocument } from '../src/index.js';

/** A search library under test. */
export interface Engine {
  name: string;
  build(docs: readonly SearchDocument[]): void;
  search(query: string, limit: number): string[];
}

const HAN = /[\u3400-\u9fff]/;

/** CJK tokenizer: unigrams + bigrams of Han runs, other runs of letters/digits as words. */
export function cjkTokens(text: string): string[] {
  const out: string[] = [];
  const norm = text.normalize('NFKC').toLowerCase();
  for (const run of norm.match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (!HAN.test(run)) {
      out.push(run);
      continue;
    }
    for (let i = 0; i < run.length; i++) {
      out.push(run[i] as string);
      if (i + 1 < run.length) out.push(run.slice(i, i + 2));
    }
  }
  return out;
}

/** Syllable-boundary suffixes of the full pinyin and of the initials of each text. */
function pinyinFields(texts: readonly string[]): { py: string; ini: string } {
  const py: string[] = [];
  const ini: string[] = [];
  for (const text of texts) {
    for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
      const syl = pinyin(run, { toneType: 'none', type: 'array', v: true });
      for (let i = 0; i < syl.length; i++) {
        py.push(syl.slice(i).join(''));
        ini.push(
          syl
            .slice(i)
            .map((s) => s[0])
            .join(''),
        );
      }
    }
  }
  return { py: py.join(' '), ini: ini.join(' ') };
}

interface Row {
  code: string;
  name: string;
  keywords: string;
  themes: string;
  department: string;
  py?: string;
  ini?: string;
}

function rows(docs: readonly SearchDocument[], withPinyin: boolean): Row[] {
  return docs.map((d) => {
    const row: Row = {
      code: d.code,
      name: d.name,
      keywords: (d.keywords ?? []).join(' '),
      themes: (d.themes ?? []).join(' '),
      department: d.department,
    };
    if (withPinyin) Object.assign(row, pinyinFields([d.name, ...(d.keywords ?? [])]));
    return row;
  });
}

const isLatin = (t: string): boolean => /^[a-z]+$/.test(t);

/** MiniSearch, BM25 with field boosts, OR, prefix + fuzzy on letter words. */
export function miniSearch(withPinyin: boolean): Engine {
  let ms: MiniSearch<Row> | undefined;
  const fields = ['name', 'keywords', 'themes', 'department', ...(withPinyin ? ['py', 'ini'] : [])];
  return {
    name: withPinyin ? 'MiniSearch +pinyin' : 'MiniSearch',
    build(docs) {
      ms = new MiniSearch<Row>({
        idField: 'code',
        fields,
        tokenize: (text, field) => (field === 'py' || field === 'ini' ? text.split(' ') : cjkTokens(text)),
        processTerm: (t) => t,
        searchOptions: {
          boost: { name: 3, keywords: 1.5, py: 2, ini: 2 },
          combineWith: 'OR',
          prefix: (t) => isLatin(t),
          fuzzy: (t) => (isLatin(t) && t.length > 4 ? 0.2 : false),
          tokenize: cjkTokens,
        },
      });
      ms.addAll(rows(docs, withPinyin));
    },
    search(query, limit) {
      return (ms as MiniSearch<Row>).search(query).slice(0, limit).map((r) => r.id as string);
    },
  };
}

/** FlexSearch Document index, custom CJK encoder, "forward" (prefix) tokenisation for pinyin fields. */
export function flexSearch(withPinyin: boolean): Engine {
  let index: Document | undefined;
  const split = (s: string): string[] => s.split(' ').filter(Boolean);
  return {
    name: withPinyin ? 'FlexSearch +pinyin' : 'FlexSearch',
    build(docs) {
      const fieldsCfg = [
        { field: 'name', tokenize: 'strict', encode: cjkTokens, resolution: 9 },
        ...(withPinyin
          ? [
              { field: 'py', tokenize: 'forward', encode: split, resolution: 9 },
              { field: 'ini', tokenize: 'forward', encode: split, resolution: 9 },
            ]
          : []),
        { field: 'keywords', tokenize: 'strict', encode: cjkTokens, resolution: 9 },
        { field: 'themes', tokenize: 'strict', encode: cjkTokens, resolution: 9 },
        { field: 'department', tokenize: 'strict', encode: cjkTokens, resolution: 9 },
      ];
      // The typings do not model per-field encoders; the runtime accepts them.
      index = new Document({ document: { id: 'code', index: fieldsCfg } } as never);
      for (const row of rows(docs, withPinyin)) index.add(row as never);
    },
    search(query, limit) {
      // Each field's encoder tokenises the raw query its own way.
      const res = (index as Document).search({ query, limit, suggest: true, merge: true } as never) as unknown as {
        id: string;
      }[];
      return res.slice(0, limit).map((r) => String(r.id));
    },
  };
}
