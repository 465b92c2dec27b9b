// What the demo-page journeys share: the reference server with the sample catalogue and the demo keys allowed
// on its origin, Chromium, and a page that records CSP violations, page errors and console errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_COUNTER_KEY, DEMO_PUBLISHABLE_KEY, type ServerConfig } from '@zwfw/server';
import { addKeyOrigins } from '../../packages/server/src/auth/keys.js';
import { generateCatalogue } from '../../packages/server/src/catalogue/index.js';
import { startTestServer, type TestServer } from '../../packages/server/test/helpers/server.js';
import { launchBrowser } from './browser.js';

const BUNDLE = 'packages/server/public/cdn/zwfw-elements.js';
const SDK_PAGE = 'packages/server/public/sites/sdk/page.js';
/** Screenshots of each journey's pages, kept as test artefacts (not committed). */
export const SCREENSHOTS = 'test-results/screenshots';

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestSource(p) : s.mtimeMs);
  }
  return newest;
}

export interface DemoPages {
  api: TestServer;
  browser: Browser;
  /** Opens a page, recording its problems; `policy` is what its CSP must match (the strict page policy by default). */
  open(path: string, policy?: RegExp): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

const STRICT_PAGE_POLICY = /script-src 'self'; style-src 'self'.*require-trusted-types-for 'script'/;

export async function startDemoPages(options: { config?: Partial<ServerConfig> } = {}): Promise<DemoPages> {
  // The demo pages load the rollup build; rebuild it when the elements changed since.
  const stale = (file: string, ...sources: string[]) => !existsSync(file) || sources.some((dir) => statSync(file).mtimeMs < newestSource(dir));
  if (stale(BUNDLE, 'packages/elements/src')) {
    const r = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--configServed', '--silent'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'rollup failed to build the CDN bundles');
  }
  if (stale(SDK_PAGE, 'packages/sdk/src', 'packages/sdk/examples/page')
    || stale('packages/server/public/sites/react/page.js', 'packages/elements/src', 'packages/elements/examples')
    || stale('packages/server/public/sites/vue/page.js', 'packages/elements/src', 'packages/elements/examples')) {
    const r = spawnSync(process.execPath, ['scripts/build-sites.mjs'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'esbuild failed to build the pages of the demo sites');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const api = await startTestServer({ catalogue: generateCatalogue(), config: options.config ?? {} });
  await addKeyOrigins(api.db, DEMO_PUBLISHABLE_KEY, [api.url]);
  await addKeyOrigins(api.db, DEMO_COUNTER_KEY, [api.url]);
  const browser = await launchBrowser();
  return {
    api,
    browser,
    async open(path, policy = STRICT_PAGE_POLICY) {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // Failed look-ups the journeys provoke on purpose are logged by the browser as failed resources.
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      await page.exposeFunction('reportViolation', (v: string) => problems.push(`CSP violation: ${v}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const res = await page.goto(`${api.url}${path}`);
      assert.match(res?.headers()['content-security-policy'] ?? '', policy);
      return { page, problems };
    },
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * axe-core's WCAG 2.x A/AA rules on the whole page, shadow roots included. It runs through the DevTools
 * protocol, so the page's CSP (which would refuse an injected script) stays as strict as in production.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
  return found;
}
