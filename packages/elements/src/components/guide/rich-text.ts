import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { Config } from 'dompurify';
import { isSafeLink } from '@zwfw/core';

// Catalogue text is untrusted. Plain text (nearly all of it) is rendered as text by Lit's bindings. A few
// provinces put markup (<p>, <br>, <a>, tables) into conditions, process steps or FAQ answers; only such text
// goes through DOMPurify, which is imported the first time a page meets markup, so pages without any never
// download it. Until it arrives the text shows with its tags stripped (still as text, so nothing runs).

/**
 * A link target that is safe to render: `https:` or root-relative (`/files/x.pdf`), by core's one rule
 * (`isSafeLink`). Anything else (`http:`, `//host`, `/\\host`, `javascript:`, `data:`, relative paths) is
 * shown as text instead.
 */
export function safeHref(url: string | undefined): string | undefined {
  const value = url?.trim();
  return value && isSafeLink(value) ? value : undefined;
}

/**
 * A catalogue link as the page should follow it. Root-relative catalogue links (`/files/x.pdf`) belong to the
 * catalogue's server, not to the district or bank page that embeds the guide: they are resolved against the
 * API base URL, kept root-relative when that is the page's own origin, and followed elsewhere only over https.
 */
export function catalogueHref(url: string | undefined, base: string | undefined): string | undefined {
  const href = safeHref(url);
  if (!href?.startsWith('/') || !base) return href;
  try {
    const resolved = new URL(href, new URL(base, location.href));
    if (resolved.origin === location.origin) return `${resolved.pathname}${resolved.search}${resolved.hash}`;
    return resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** An HTML tag or character reference, the sign that a catalogue field holds markup. */
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

/** Whether a catalogue text holds markup (and needs the sanitizer). */
export const hasMarkup = (text: string): boolean => MARKUP.test(text);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of markup without its tags, line breaks kept (shown while the sanitizer loads). */
export function stripTags(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/(?:p|li|tr|div)>/gi, '\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .trim();
}

/** The short allow-list: paragraphs, breaks, lists, emphasis, links and plain tables. */
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'],
  ALLOWED_ATTR: ['href', 'colspan', 'rowspan'],
  ALLOWED_URI_REGEXP: /^(?:https:|\/(?![/\\]))/i,
  ALLOW_DATA_ATTR: false,
  // A DOM fragment, not an HTML string: nothing is ever assigned to innerHTML, so a page enforcing Trusted
  // Types (`require-trusted-types-for 'script'`) renders it. DOMPurify parses through its own 'dompurify'
  // policy; a page that lists allowed policy names must allow that one.
  RETURN_DOM_FRAGMENT: true,
};

interface Sanitizer {
  sanitize(dirty: string, config: typeof CONFIG): DocumentFragment;
}

let sanitizer: Sanitizer | undefined;
let loading: Promise<void> | undefined;

/** Loads DOMPurify once per page (a private instance, so other code's hooks and settings never apply here). */
function loadSanitizer(): Promise<void> {
  loading ??= import('dompurify').then(
    ({ default: purify }) => {
      sanitizer = purify(window) as unknown as Sanitizer;
    },
    (error: unknown) => {
      // The tag-stripped text stays; it is readable, only the formatting is lost.
      console.error('[zwfw] <zwfw-guide>: DOMPurify failed to load', error);
    },
  );
  return loading;
}

/** Sanitizes markup into a detached element; links that are not https: or root-relative become their text. */
function sanitize(text: string, purify: Sanitizer): HTMLElement {
  const fragment = purify.sanitize(text, CONFIG);
  for (const a of fragment.querySelectorAll('a')) {
    if (!safeHref(a.getAttribute('href') ?? undefined)) a.replaceWith(...a.childNodes);
  }
  const box = document.createElement('div');
  box.className = 'rich';
  box.append(fragment);
  return box;
}

class RichTextDirective extends Directive {
  private text: string | undefined;
  private sanitized = false;

  render(text: string): unknown {
    return text;
  }

  override update(part: ChildPart, [text]: [string]): unknown {
    if (!hasMarkup(text)) {
      this.text = undefined;
      return text;
    }
    if (text === this.text && this.sanitized === (sanitizer !== undefined)) return noChange;
    this.text = text;
    this.sanitized = sanitizer !== undefined;
    if (sanitizer) return sanitize(text, sanitizer);
    const host = part.options?.host as { requestUpdate?: () => void } | undefined;
    void loadSanitizer().then(() => host?.requestUpdate?.());
    return stripTags(text);
  }
}

/**
 * Renders one catalogue text: as text when it is plain, else sanitized through DOMPurify (loaded on first use).
 * Place it in an element styled `white-space: pre-line` so plain text keeps its line breaks.
 */
export const richText = directive(RichTextDirective);
