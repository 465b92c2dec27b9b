// The two demo sites `npm start` serves, in Chromium: an illustrative district government site (its own banner,
// fonts and a CMS-style global stylesheet) and an illustrative bank branch site (its brand handed to the
// elements as `appearance`, its counter key). Each page: loaded by one script tag under the strict CSP, axe clean,
// no console errors; the site's own language links and 长者模式 switch reach the elements; screenshots kept in
// test-results/screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, axeViolations, startDemoPages, type DemoPages } from './demo-pages.js';

let demo: DemoPages;
before(async () => {
  demo = await startDemoPages();
});
after(async () => {
  await demo?.close();
});

/** The locale and 适老化 state of every zwfw element on the page (the provider excepted). */
const elementStates = (page: Page) => page.evaluate(() => [...document.querySelectorAll('main *')]
  .filter((el) => el.localName.startsWith('zwfw-') && el.localName !== 'zwfw-provider' && !(el as HTMLElement).hidden)
  .map((el) => ({ tag: el.localName, locale: (el as unknown as { locale: string }).locale, elderly: el.matches(':state(elderly)') })));

test('district site: search by pinyin initials → guide → apply, in its own look, language and 长者模式', async () => {
  const { page, problems } = await demo.open('/sites/district/index.html');
  const search = page.locator('zwfw-matter-search');
  const box = search.getByRole('combobox');
  await box.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'home page');
  await page.screenshot({ path: `${SCREENSHOTS}/district-home.png`, fullPage: true });

  await box.click();
  await box.pressSequentially('sfz', { delay: 30 });
  await search.getByRole('option').first().waitFor();
  await box.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/sites\/district\/guide\.html\?code=/), box.press('Enter')]);
  const guide = page.locator('zwfw-guide');
  await guide.locator('[part~=title]').waitFor();
  assert.match(await guide.locator('[part~=title]').innerText(), /身份证/);

  // The site's own switches: English, then 长者模式; the elements follow, and the choice survives a page change.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: /Start|Apply/ }).first().waitFor();
  for (const state of await elementStates(page)) assert.deepEqual(state, { tag: state.tag, locale: 'en', elderly: true });
  assert.deepEqual(await axeViolations(page), [], 'guide page, English, larger text');
  await page.screenshot({ path: `${SCREENSHOTS}/district-guide-en-elderly.png`, fullPage: true });

  await Promise.all([page.waitForURL(/\/sites\/district\/apply\.html\?code=/), page.getByRole('button', { name: /Start|Apply/ }).first().click()]);
  const form = page.locator('zwfw-form');
  await form.locator('[part~=step-title]').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  for (const state of await elementStates(page)) assert.deepEqual(state, { tag: state.tag, locale: 'en', elderly: true });
  assert.deepEqual(await axeViolations(page), [], 'apply page');
  await page.screenshot({ path: `${SCREENSHOTS}/district-apply.png`, fullPage: true });

  await page.getByRole('button', { name: '繁體' }).click();
  await page.getByRole('link', { name: '辦件查詢' }).click();
  await page.locator('zwfw-progress').locator('input').first().waitFor();
  for (const state of await elementStates(page)) assert.deepEqual(state, { tag: state.tag, locale: 'zh-TW', elderly: true });
  assert.deepEqual(await axeViolations(page), [], 'progress page');
  assert.deepEqual(problems, []);
  await page.close();
});

test('bank site: the brand reaches the elements through appearance; 企业开办 and the branch list render', async () => {
  const { page, problems } = await demo.open('/sites/bank/index.html');
  const registration = page.locator('zwfw-business-registration');
  await registration.locator('[part~=step-title]').waitFor();
  await page.locator('zwfw-partner-cases').locator('[part~=heading], table, [part~=empty], [part~=list]').first().waitFor();
  const primary = await page.evaluate(() => getComputedStyle(document.querySelector('zwfw-provider')!).getPropertyValue('--zwfw-color-primary').trim());
  assert.equal(primary.toLowerCase(), '#00704a', 'the bank colour, from appearance');
  assert.deepEqual(await axeViolations(page), [], 'bank page');
  await page.screenshot({ path: `${SCREENSHOTS}/bank-counter.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('SDK page: plain TypeScript with @zwfw/sdk and no elements searches and draws a guide', async () => {
  const { page, problems } = await demo.open('/sites/sdk/index.html');
  await page.getByLabel(/搜索事项/).pressSequentially('sfz', { delay: 30 });
  const first = page.locator('#hits button').first();
  await first.waitFor();
  const name = (await first.innerText()).trim();
  await first.click();
  await page.locator('#guide h2').getByText(name).waitFor();
  assert.ok(await page.locator('#guide ol li').count() >= 1, 'the materials');
  assert.deepEqual(await axeViolations(page), [], 'SDK page');
  await page.screenshot({ path: `${SCREENSHOTS}/sdk-page.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

for (const framework of ['react', 'vue']) {
  test(`${framework} page: the elements in ${framework}'s own rendering, driven by their typed events`, async () => {
    const { page, problems } = await demo.open(`/sites/${framework}/index.html`);
    const search = page.locator('zwfw-matter-search');
    const box = search.getByRole('combobox');
    await box.waitFor();
    await box.click();
    await box.pressSequentially('sfz', { delay: 30 });
    await search.getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter'); // the page cancels the navigation and shows the guide itself
    const guide = page.locator('zwfw-guide');
    await guide.locator('[part~=title]').waitFor();
    assert.match(page.url(), new RegExp(`/sites/${framework}/index\\.html$`), 'no page change');
    await guide.locator('[part~=start]').click();
    await page.locator('zwfw-form').locator('[part~=step-title]').waitFor();
    assert.deepEqual(await axeViolations(page), [], `${framework} page`);
    await page.screenshot({ path: `${SCREENSHOTS}/${framework}-page.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}
