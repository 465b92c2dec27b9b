import { hasMarkup, isSafeLink, stripMarkup } from '@zwfw/core';

// What the importer refuses inside a matter it loads (core's two rules, safe-text.ts in @zwfw/core):
// markup in a plain-text field is stripped, a link that is not https: or root-relative is dropped, and so
// is an online contact whose address is not such a link. Each change is reported; the matter still loads.

/** Long texts the guide renders as rich text, sanitised there (provinces publish some as markup): kept. */
const RICH_TEXT = new Set([
  'acceptConditions', 'quantityLimit', 'onSiteVisitsReason', 'fillNote', 'acceptStandard', 'basis', 'feeBasis',
  'standard', 'reductionBasis', 'description', 'text', 'answer', 'note',
]);
/** Fields that hold a link. */
const LINKS = new Set(['url', 'mobileUrl', 'mapUrl', 'sampleUrl', 'blankFormUrl', 'processChartUrl']);

/** One value the importer refused: where (a JSON Pointer into the matter) and what it did. */
export interface RefusedValue {
  path: string;
  reason: string;
}

const isOnlineContact = (v: unknown): v is { way: 'online'; value: string } =>
  typeof v === 'object' && v !== null && (v as { way?: unknown }).way === 'online' && typeof (v as { value?: unknown }).value === 'string';

/** Applies the rules to `value` in place; returns what was refused. */
export function refuseUnsafeValues(value: unknown, path = '', refused: RefusedValue[] = []): RefusedValue[] {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const item: unknown = value[i];
      if (isOnlineContact(item) && !isSafeLink(item.value)) {
        value.splice(i, 1);
        refused.push({ path: `${path}/${i}`, reason: 'online contact dropped: its address is not an https: URL or a root-relative path' });
      } else if (typeof item === 'string' && hasMarkup(item)) {
        value[i] = stripMarkup(item);
        refused.push({ path: `${path}/${i}`, reason: 'markup stripped from a plain-text field' });
      } else {
        refuseUnsafeValues(item, `${path}/${i}`, refused);
      }
    }
    return refused;
  }
  if (typeof value !== 'object' || value === null) return refused;
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    const at = `${path}/${key}`;
    if (typeof v !== 'string') {
      refuseUnsafeValues(v, at, refused);
    } else if (LINKS.has(key)) {
      if (!isSafeLink(v)) {
        delete record[key];
        refused.push({ path: at, reason: 'link dropped: not an https: URL or a root-relative path' });
      }
    } else if (!RICH_TEXT.has(key) && hasMarkup(v)) {
      record[key] = stripMarkup(v);
      refused.push({ path: at, reason: 'markup stripped from a plain-text field' });
    }
  }
  return refused;
}
