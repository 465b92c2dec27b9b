/**
 * @zwfw/search/builder: build a search index from any catalogue of matters (Node, build time).
 * pinyin-pro is used here only (OpenCC's table ships generated, t2s.json); the browser engine gets compact tables inside the index.
 * @packageDocumentation
 */
export { buildIndex, fromGaps, serializeIndex, toGaps, type BuildOptions } from './build.js';
export { bundledIntents, bundledStopwords, type IntentDictionary, type IntentEntry, type StopwordList } from './dictionaries.js';
export { IntentExpander } from './intents.js';
export { SearchDocumentError, validateDocuments } from './validate.js';
export { traditionalToSimplified, readingsOf } from './characters.js';
export type { SearchDocument, SerializedIndex } from '../types.js';
