/**
 * Input checks of the builder: catalogues come from spreadsheets, exports and hand-written JSON, so a missing
 * field or a repeated code must fail with a message naming the document, not deep inside the builder.
 */
import type { SearchDocument } from '../types.js';

/** A document the builder cannot index: which one (position and code) and which field. */
export class SearchDocumentError extends Error {
  override readonly name = 'SearchDocumentError';

  /**
   * @param index position of the document in the input list
   * @param code the document's code, when it has a usable one
   * @param field the offending field
   * @param problem what is wrong with it
   */
  constructor(
    readonly index: number,
    readonly code: string | undefined,
    readonly field: keyof SearchDocument | 'document',
    problem: string,
  ) {
    super(`@zwfw/search: document ${index}${code === undefined ? '' : ` (code ${JSON.stringify(code)})`}: ${field} ${problem}`);
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function describe(v: unknown): string {
  if (v === undefined || v === null) return String(v);
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `"${v.slice(0, 40)}"` : typeof v === 'number' ? String(v) : `a ${typeof v}`;
}

const OPTIONAL_TEXT = ['type', 'parentCode', 'departmentId'] as const;
const TEXT_LISTS = ['audience', 'themes', 'keywords', 'aliases'] as const;

/** The first field of a document (an object) that the builder cannot use, and what is wrong with it. */
function problemOf(d: Record<keyof SearchDocument, unknown>): [keyof SearchDocument, string] | undefined {
  if (!isText(d.code)) return ['code', 'must be a non-empty string'];
  if (!isText(d.name)) return ['name', 'must be a non-empty string'];
  if (!isText(d.department)) return ['department', 'must be a non-empty string'];
  for (const field of OPTIONAL_TEXT) if (d[field] !== undefined && typeof d[field] !== 'string') return [field, 'must be a string when given'];
  for (const field of TEXT_LISTS) {
    const v = d[field];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) return [field, 'must be a list of strings when given'];
  }
  // Out-of-range values used to be clamped silently, hiding a catalogue that means something else by them.
  if (d.popularity !== undefined && !(typeof d.popularity === 'number' && d.popularity >= 0 && d.popularity <= 1)) {
    return ['popularity', 'must be a finite number (0..1) when given'];
  }
  return undefined;
}

/**
 * Check documents before indexing.
 * @throws SearchDocumentError on the first document that is not an object, lacks a non-empty `code`, `name`
 * or `department`, has a field of the wrong type (`audience`, `themes`, `keywords`, `aliases` must be lists of strings,
 * `popularity` a number from 0 to 1), or repeats an earlier document's code
 */
export function validateDocuments(docs: readonly SearchDocument[]): void {
  if (!Array.isArray(docs)) throw new TypeError('@zwfw/search: buildIndex expects an array of documents');
  const seen = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    const doc: unknown = docs[i];
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new SearchDocumentError(i, undefined, 'document', `must be an object, got ${describe(doc)}`);
    }
    const d = doc as Record<keyof SearchDocument, unknown>;
    const code = isText(d.code) ? d.code : undefined;
    const problem = problemOf(d);
    if (problem) throw new SearchDocumentError(i, code, problem[0], `${problem[1]}, got ${describe(d[problem[0]])}`);
    const first = seen.get(code as string);
    if (first !== undefined) throw new SearchDocumentError(i, code, 'code', `repeats the code of document ${first}`);
    seen.set(code as string, i);
  }
}
