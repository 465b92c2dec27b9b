import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BuildOptions } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

// What the Chromium benches share: the production-like bundle options, the page, the quantiles.

/** How the benches bundle the elements for Chromium: what a page gets from a production build. */
export const BROWSER_BUILD = {
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  conditions: ['production', 'browser'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  logLevel: 'error',
} as const satisfies BuildOptions;

/** A page of the bench's local server that collects page errors (tsx's name helper defined for evaluate). */
export async function openBenchPage(browser: Browser, server: Server): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  // tsx keeps function names with a helper that page.evaluate's serialised functions would miss.
  await page.addInitScript('window.__name = (f) => f;');
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { page, errors };
}

/** The q-quantile of a sample (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
