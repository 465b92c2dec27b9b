// Generated sites served beside the demo pages (`npm start` serves the TypeDoc reference and the built Storybook).
// They are not ours to rewrite: both put a few inline scripts in their pages, and Storybook frames its own preview.
// Rather than allow every inline script, each HTML page gets a policy that allows exactly the inline scripts it
// holds (their sha256 hashes, read from the file the response comes from), and the site may frame itself.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';

/** A folder served under a path prefix (ZWFW_STATIC_SITES). */
export interface StaticSite {
  /** URL path prefix, starting and ending with `/` (e.g. `/reference/`). */
  prefix: string;
  /** Folder whose files are served under the prefix (absolute). */
  root: string;
}

/** Scripts are `'self'` plus the page's own inline scripts; styles may be inline (both tools set style attributes). */
export function staticSitePolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' ');
  return `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; ` +
    "font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; " +
    "form-action 'self'; frame-ancestors 'self'";
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** sha256 (base64) of every inline script in an HTML text, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || body === '') continue;
    hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'));
  }
  return [...hashes];
}

/** The site a request path falls under, if any. */
export function siteOf(sites: readonly StaticSite[], path: string): StaticSite | undefined {
  return sites.find((s) => path.startsWith(s.prefix) || `${path}/` === s.prefix);
}

/**
 * The policy of one response under `site`: an HTML page's hashes are read from the file itself (sites are rebuilt
 * while the server runs, so nothing is computed once at start); cached by path and modification time.
 */
export function sitePolicies(): (site: StaticSite, path: string) => string {
  const cache = new Map<string, { mtimeMs: number; policy: string }>();
  return (site, path) => {
    const file = pageFile(site, path);
    if (file === undefined) return staticSitePolicy([]);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return staticSitePolicy([]);
    }
    const hit = cache.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit.policy;
    const policy = staticSitePolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
    cache.set(file, { mtimeMs, policy });
    return policy;
  };
}

/** The HTML file a path names inside the site's folder (a folder means its index.html); never outside it. */
function pageFile(site: StaticSite, path: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(site.prefix.length));
  } catch {
    return undefined;
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  if (!rel.endsWith('.html')) return undefined;
  const root = normalize(site.root);
  const file = normalize(join(root, rel));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/**
 * ZWFW_STATIC_SITES: `prefix=folder` pairs separated by `;` (e.g. `/reference/=docs/api;/storybook/=storybook-static`).
 * A bad entry stops the start with what to write instead.
 */
export function staticSitesFrom(value: string | undefined): StaticSite[] {
  const v = (value ?? '').trim();
  if (v === '') return [];
  const sites: StaticSite[] = [];
  for (const entry of v.split(';').map((e) => e.trim()).filter((e) => e !== '')) {
    const at = entry.indexOf('=');
    const prefix = at < 0 ? '' : entry.slice(0, at).trim();
    const root = at < 0 ? '' : entry.slice(at + 1).trim();
    const fix = 'Write prefix=folder pairs separated by ";", each prefix a path like /reference/ (starting and ending with "/", not /, not under /v1/ or /demo/ or /cdn/ or /sites/).';
    if (!/^\/[a-z0-9][a-z0-9._-]*\/$/i.test(prefix) || /^\/(v1|demo|cdn|sites|health)\/$/.test(prefix)) {
      throw new Error(`ZWFW_STATIC_SITES: ${JSON.stringify(entry)} has no usable prefix. ${fix}`);
    }
    if (root === '') throw new Error(`ZWFW_STATIC_SITES: ${JSON.stringify(entry)} names no folder. ${fix}`);
    if (sites.some((s) => s.prefix === prefix)) throw new Error(`ZWFW_STATIC_SITES: the prefix ${prefix} is given twice.`);
    let folder = false;
    try {
      folder = statSync(root).isDirectory();
    } catch { /* reported below */ }
    if (!folder) throw new Error(`ZWFW_STATIC_SITES: ${root} (for ${prefix}) is not a folder. Build it first, or leave it out.`);
    sites.push({ prefix, root: resolve(root) });
  }
  return sites;
}
