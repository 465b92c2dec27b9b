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

/**
 * Check documents before indexing.
 * @throws SearchDocumentError on the first document that is not an object, lacks a non-empty `code`, `name`
 * or `department`, has a field of the wrong type (`audience`, `themes`, `keywords`, `aliases` must be lists of strings,
 * `popularity` a number from 0 to 1), or repeats an earlier document's code
 */
export function validateDocuments(docs: readonly SearchDocument[]): void {
  if (!Array.isArray(docs)) throw new TypeError('@zwfw/search: buildIndex expects an array of documents');
  const seen = new Map<string, number>();
  docs.forEach((doc: unknown, i) => {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new SearchDocumentError(i, undefined, 'document', `must be an object, got ${describe(doc)}`);
    }
    const d = doc as Record<keyof SearchDocument, unknown>;
    const code = isText(d.code) ? d.code : undefined;
    const fail = (field: keyof SearchDocument, problem: string): never => {
      throw new SearchDocumentError(i, code, field, `${problem}, got ${describe(d[field])}`);
    };
    if (code === undefined) fail('code', 'must be a non-empty string');
    for (const field of ['name', 'department'] as const) if (!isText(d[field])) fail(field, 'must be a non-empty string');
    for (const field of ['type', 'parentCode', 'departmentId'] as const) {
      if (d[field] !== undefined && typeof d[field] !== 'string') fail(field, 'must be a string when given');
    }
    for (const field of ['audience', 'themes', 'keywords', 'aliases'] as const) {
      const v = d[field];
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) fail(field, 'must be a list of strings when given');
    }
    // Out-of-range values used to be clamped silently, hiding a catalogue that means something else by them.
    if (d.popularity !== undefined && !(typeof d.popularity === 'number' && d.popularity >= 0 && d.popularity <= 1)) {
      fail('popularity', 'must be a finite number (0..1) when given');
    }
    const first = seen.get(code as string);
    if (first !== undefined) throw new SearchDocumentError(i, code, 'code', `repeats the code of document ${first}`);
    seen.set(code as string, i);
  });
}
