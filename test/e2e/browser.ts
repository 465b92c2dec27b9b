// Launches Debian's (or any found) Chromium through playwright-core for end-to-end journeys.
import { chromium, type Browser } from 'playwright-core';
import { findBrowser, CHROMIUM_ARGS } from '../../scripts/find-browser.mjs';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
}
