/**
 * The reviewed dictionaries bundled with the builder (intent/synonym entries, query stopwords) and their
 * shapes. They live next to this file as JSON data, reviewed by domain experts, and are read from disk so the
 * builder works from `src/` (tsx) and from `dist/` alike.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KnownReadings } from './characters.js';

/**
 * What an entry's everyday words are, and so which index field they go to:
 * - `intent` (default): everyday wording of a matter family (intent field);
 * - `street`: street names of documents, agencies and acts (房产证, 户口本, 社保局 …): alias field, like a
 *   matter's own 俗称;
 * - `dialect`: regional or colloquial words for the same things (扯证, 娃): intent field;
 * - `grievance`: a complaint or dispute as people state it (拖欠工资, 买到假货) → 投诉举报 / 仲裁 / 复议 /
 *   调解 families: alias field (a grievance names its channel; weighted above a licence that shares its object);
 * - `event`: a life event of the national thematic classification (`event` names it, e.g. 生育): event field
 *   of every matter it triggers; a document named by one of `bundle` is the event's 一件事 and ranks first.
 */
export type IntentKind = 'intent' | 'street' | 'dialect' | 'grievance' | 'event';

/** The index field each kind's everyday words go to (the list above, as data). */
export const LAYER_FIELD: Readonly<Record<IntentKind, 'intent' | 'alias' | 'event'>> = {
  intent: 'intent',
  street: 'alias',
  dialect: 'intent',
  grievance: 'alias',
  event: 'event',
};

/** One intent entry: everyday wording people type, and the official terms that wording means. */
export interface IntentEntry {
  everyday: string[];
  official: string[];
  /** One line of rationale, for reviewers. */
  why: string;
  /** Default `intent`. */
  kind?: IntentKind;
  /**
   * Where the entry comes from (never from evaluation queries): `classification:<theme>` (the national
   * thematic classification of 政务服务事项), `family:<matter family>` (a matter family of the catalogue), or
   * `glossary:<public glossary or act>`.
   */
  source?: string;
  /** `event` entries: the event's short label, shown as the hint of a hit it found (生育, 退休 …). */
  event?: string;
  /** `event` entries: official terms naming the event's 一件事 bundle (新生儿出生一件事). */
  bundle?: string[];
}

/** The intent/synonym dictionary (`intents.json`). */
export interface IntentDictionary {
  version: string;
  description?: string;
  entries: IntentEntry[];
}

/** The query stopword list (`stopwords.json`). */
export interface StopwordList {
  version: string;
  why?: string;
  words: string[];
  /** Where words come from (a public glossary of regional usage …), for the words that record it. */
  sources?: Record<string, string>;
}

/** A JSON data file bundled beside the builder (undefined when it is missing). */
export function readBundled<T>(file: string): T | undefined {
  // From dist/builder the JSON is not copied by tsc; the published package also ships src/.
  for (const rel of [`./${file}`, `../../src/builder/${file}`]) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as T;
    } catch {
      // try the next location
    }
  }
  return undefined;
}

/** The bundled intent dictionary (empty when the data file is missing). */
export function bundledIntents(): IntentDictionary {
  return readBundled<IntentDictionary>('intents.json') ?? { version: 'none', entries: [] };
}

/** The bundled query stopwords (empty when the data file is missing). */
export function bundledStopwords(): StopwordList {
  return readBundled<StopwordList>('stopwords.json') ?? { version: 'none', words: [] };
}

/** What readings.json records of the dictionary it was worked out for: a digest of its everyday words. */
export function everydayDigest(dictionary: IntentDictionary): string {
  const words = [...new Set(dictionary.entries.flatMap((e) => e.everyday.map((w) => w.trim())))].sort();
  return createHash('sha256').update(words.join('\n')).digest('hex').slice(0, 16);
}

/**
 * The readings worked out ahead for a dictionary's everyday words (readings.json, written by
 * scripts/derive-readings.ts), or undefined when the file was worked out for other words: the builder then
 * segments them itself, slower but alike.
 * @param norm the normalisation the builder applies to index texts
 */
export function bundledReadings(dictionary: IntentDictionary, norm: (s: string) => string): KnownReadings | undefined {
  const file = readBundled<{ digest: string; context: Record<string, string[]> }>('readings.json');
  if (!file || file.digest !== everydayDigest(dictionary)) return undefined;
  return {
    context: new Map(Object.entries(file.context)),
    plain: new Set(dictionary.entries.flatMap((e) => e.everyday.map((w) => norm(w.trim())))),
  };
}
