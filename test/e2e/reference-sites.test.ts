// What `npm start` serves besides the demo pages, in Chromium: its start page (strict policy, links to everything),
// the TypeDoc API reference at /reference/ and the built Storybook at /storybook/. The two generated sites get a
// policy of their own (their inline scripts allowed by hash, no eval, framable by the same origin only): no page
// may hit a CSP violation or log an error, and a story renders its element, live against this server.
// scripts/test.mjs builds both sites (scripts/build-reference.mjs, incremental) before the tests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { SITES } from '../../scripts/build-reference.mjs';
import { staticSitesFrom } from '../../packages/server/src/http/static-sites.js';
import { SCREENSHOTS, axeViolations, startDemoPages, type DemoPages } from './demo-pages.js';

const SITE_POLICY = /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*; style-src 'self' 'unsafe-inline';.*frame-ancestors 'self'$/;

let demo: DemoPages;
before(async () => {
  for (const site of SITES) assert.ok(existsSync(`${site.out}/index.html`), `${site.out} is not built: run node scripts/build-reference.mjs`);
  demo = await startDemoPages({ config: { staticSites: staticSitesFrom(SITES.map((s) => `${s.prefix}=${s.out}`).join(';')) } });
});
after(async () => {
  await demo?.close();
});

test('start page: strict policy, no errors, axe clean, links to the demo pages, the sites and both references', async () => {
  const { page, problems } = await demo.open('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Its stylesheet applies (an inline <style> would be refused by the page policy).
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).maxWidth), '672px');
  for (const name of ['API reference', 'Storybook', '明湖区人民政府（示例）', '云溪农村商业银行（示例）']) {
    assert.equal(await page.getByRole('link', { name }).count(), 1, name);
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('API reference (TypeDoc): its pages run their inline theme script under the hash policy, and its navigation works', async () => {
  const { page, problems } = await demo.open('/reference/', SITE_POLICY);
  // TypeDoc hides the body until its inline script and main.js have run.
  await page.locator('body').waitFor({ state: 'visible' });
  await page.getByRole('link', { name: '@zwfw/sdk' }).first().click();
  await page.getByRole('link', { name: 'createClient' }).first().click();
  await page.waitForURL(/createClient\.html$/);
  await page.getByRole('heading', { name: /createClient/ }).first().waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/reference-createClient.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('Storybook: the manager frames its preview, a demo story and a live story render, with no violation in either', async () => {
  const { page, problems } = await demo.open('/storybook/?path=/story/elements-zwfw-guide--demo-matter', SITE_POLICY);
  const preview = page.frameLocator('#storybook-preview-iframe');
  await preview.locator('zwfw-guide [part~=title]').waitFor({ timeout: 30_000 });
  assert.match(await preview.locator('zwfw-guide [part~=title]').innerText(), /食品经营许可（示例）/);
  await page.screenshot({ path: `${SCREENSHOTS}/storybook-guide.png` });

  // A live story: the search element calls this very server (same origin, its demo key).
  await page.goto(`${demo.api.url}/storybook/?path=/story/elements-zwfw-matter-search--default`);
  const box = page.frameLocator('#storybook-preview-iframe').getByRole('combobox');
  await box.waitFor({ timeout: 30_000 });
  await box.fill('营业执照');
  await page.frameLocator('#storybook-preview-iframe').getByRole('option').first().waitFor({ timeout: 15_000 });
  assert.deepEqual(problems, []);
  await page.close();
});
