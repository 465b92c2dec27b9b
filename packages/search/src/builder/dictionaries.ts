/**
 * The reviewed dictionaries bundled with the builder (intent/synonym entries, query stopwords) and their
 * shapes. They live next to this file as JSON data, reviewed by domain experts, and are read from disk so the
 * builder works from `src/` (tsx) and from `dist/` alike.
 */
import { readFileSync } from 'node:fs';

/** One intent entry: everyday wording people type, and the official terms that wording means. */
export interface IntentEntry {
  everyday: string[];
  official: string[];
  /** One line of rationale, for reviewers. */
  why: string;
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
}

function readBundled<T>(file: string): T | undefined {
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
