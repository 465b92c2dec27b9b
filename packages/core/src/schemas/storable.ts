import * as z from 'zod/mini';
import { label } from './labels.js';

// Text a database can store. PostgreSQL refuses NUL (U+0000) in text and jsonb, and an unpaired UTF-16
// surrogate cannot be encoded as UTF-8 at all; no real name, address or comment contains either, so they are
// the client's error (422 invalid_characters), caught where the text enters, not a 500 where it is stored.

// Code units, not code points (no `u` flag): a lone surrogate is one not followed / preceded by its pair.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` holds NUL or an unpaired surrogate. */
export function hasUnstorableCharacters(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** The custom-issue params of an unstorable string: code `invalid_characters`, trilingual message. */
export const INVALID_CHARACTERS_ISSUE = {
  code: 'invalid_characters',
  messages: label(
    '包含无法保存的字符（空字符或残缺的 Unicode 字符）',
    '包含無法儲存的字元（空字元或殘缺的 Unicode 字元）',
    'Contains characters that cannot be stored (NUL or an unpaired Unicode surrogate)',
  ),
} as const;

/** A string without NUL or unpaired surrogates; build on it (`.trim().max(n)`) for any text that is stored. */
export const storableString = () =>
  z.string().check(z.refine((s) => !hasUnstorableCharacters(s), { message: INVALID_CHARACTERS_ISSUE.messages.en, params: INVALID_CHARACTERS_ISSUE }));

/**
 * Paths (keys and values alike) of the unstorable strings anywhere in a JSON value, at most `max` of them.
 * Iterative, so any depth is safe; for the open parts of a body (form values) that no string schema sees.
 */
export function unstorablePaths(value: unknown, max = 50): (string | number)[][] {
  // Each node points at its parent; a path is only built for what is found, so a wide body costs no copies.
  interface Node { readonly value: unknown; readonly key?: string | number; readonly parent?: Node }
  const pathOf = (node: Node, last?: string): (string | number)[] => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const found: (string | number)[][] = [];
  const stack: Node[] = [{ value }];
  while (stack.length > 0 && found.length < max) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v === 'string') {
      if (hasUnstorableCharacters(v)) found.push(pathOf(node));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const child: unknown = v[i];
        if (typeof child === 'string' || (typeof child === 'object' && child !== null)) stack.push({ value: child, key: i, parent: node });
      }
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (hasUnstorableCharacters(k)) found.push(pathOf(node, k));
        else {
          const child: unknown = (v as Record<string, unknown>)[k];
          if (typeof child === 'string' || (typeof child === 'object' && child !== null)) stack.push({ value: child, key: k, parent: node });
        }
      }
    }
  }
  return found;
}

/** Adds an invalid_characters issue for every unstorable key or string inside an open JSON value. */
export function reportUnstorable(value: unknown, ctx: z.core.$RefinementCtx): void {
  for (const path of unstorablePaths(value)) {
    ctx.addIssue({ code: 'custom', path, message: INVALID_CHARACTERS_ISSUE.messages.en, params: INVALID_CHARACTERS_ISSUE });
  }
}
