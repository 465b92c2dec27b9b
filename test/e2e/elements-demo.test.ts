// The demo pages of the reference server, in Chromium, as a citizen uses them: each page loads every element
// with one <script type="module"> tag under the server's strict Content-Security-Policy, inside a provider and
// alone, and its language, theme and 适老化 switches change the elements. Search → guide, progress, rating.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createClient } from '@zwfw/sdk';
import { DEMO_PUBLISHABLE_KEY } from '@zwfw/server';
import { ADMIN_TOKEN } from '../../packages/server/test/helpers/server.js';
import { sampleApplication } from '../conformance/sample-application.js';
import { startDemoPages, type DemoPages } from './demo-pages.js';
import { fillByKeyboard } from './keyboard-form.js';

let demo: DemoPages;
let api: DemoPages['api'];
const open = (path: string): Promise<{ page: Page; problems: string[] }> => demo.open(path);

before(async () => {
  demo = await startDemoPages();
  api = demo.api;
});

after(async () => {
  await demo?.close();
});

/** Submits an illustrative application as a partner page would, and returns its receipt. */
async function submitCase() {
  const client = createClient({ baseUrl: `${api.url}/`, publishableKey: DEMO_PUBLISHABLE_KEY, origin: api.url, retry: false });
  const first = (await client.matters.list({ audience: 'natural_person', limit: 50 }).first()).items.find((m) => m.hasForm)!;
  const matter = await client.matters.get(first.code);
  const form = await client.forms.get({ matterCode: matter.code });
  return client.applications.submit(sampleApplication(matter, form));
}

test('search: type pinyin initials, choose a result with the keyboard, land on its guide', async () => {
  const { page, problems } = await open('/demo/search.html');
  const search = page.locator('zwfw-matter-search').first();
  const box = search.getByRole('combobox');
  await box.click();
  await box.pressSequentially('yyzz', { delay: 30 });
  const option = search.getByRole('option').first();
  await option.waitFor();
  assert.match(await option.innerText(), /营业执照|登记/);
  await box.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/demo\/guide\.html\?code=/), box.press('Enter')]);
  const code = new URL(page.url()).searchParams.get('code');
  assert.ok(code);
  // Both guides on the page (inside the provider and alone) load the chosen matter.
  const titles = page.locator('zwfw-guide').locator('[part~=title]');
  await titles.first().waitFor();
  assert.equal(await titles.count(), 2);
  const name = (await createClient({ baseUrl: `${api.url}/` }).matters.get(code!)).name;
  assert.equal((await titles.first().innerText()).trim(), name);
  assert.deepEqual(problems, []);
  await page.close();
});

test('guide: the switches change language, theme and 适老化 of the elements in and outside the provider', async () => {
  const { page, problems } = await open('/demo/guide.html');
  const guides = page.locator('zwfw-guide');
  await guides.first().locator('[part~=title]').waitFor();
  await guides.nth(1).locator('[part~=title]').waitFor();
  await page.selectOption('#demo-lang', 'en');
  await page.selectOption('#demo-theme', 'dark');
  await page.check('#demo-elderly');
  await page.getByRole('button', { name: /Start|Apply/ }).first().waitFor();
  for (const i of [0, 1]) {
    const states = await guides.nth(i).evaluate((el) => [el.matches(':state(dark)'), el.matches(':state(elderly)'), (el as unknown as { locale: string }).locale]);
    assert.deepEqual(states, [true, true, 'en'], `guide ${i}`);
  }
  await page.selectOption('#demo-lang', 'zh-TW');
  await page.getByRole('button', { name: /辦理/ }).first().waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('every demo page: each element, in and outside the provider, follows the language, theme and 适老化 switches', async () => {
  for (const path of ['/demo/search.html', '/demo/guide.html', '/demo/apply.html', '/demo/bank.html', '/demo/progress.html', '/demo/rating.html']) {
    const { page, problems } = await open(path);
    await page.waitForFunction(() => customElements.get('zwfw-rating') !== undefined);
    for (const [lang, theme, elderly] of [['en', 'dark', true], ['zh-TW', 'light', false], ['zh-CN', 'dark', true]] as const) {
      await page.selectOption('#demo-lang', lang);
      await page.selectOption('#demo-theme', theme);
      await page.setChecked('#demo-elderly', elderly);
      const states = await page.evaluate(() => [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('zwfw-') && el.localName !== 'zwfw-provider')
        .map((el) => ({ tag: el.localName, locale: (el as unknown as { locale: string }).locale, dark: el.matches(':state(dark)'), elderly: el.matches(':state(elderly)') })));
      assert.ok(states.length >= 2, `${path}: elements in and outside the provider`);
      for (const state of states) assert.deepEqual(state, { tag: state.tag, locale: lang, dark: theme === 'dark', elderly }, `${path} ${lang} ${theme}`);
    }
    assert.deepEqual(problems, [], path);
    await page.close();
  }
});

test('progress and rating: a mobile tail shows the case but not the rating; the receipt’s token rates its acceptance', async () => {
  const receipt = await submitCase();
  const tail = '8000'; // sampleApplication's applicant mobile is 13800138000
  const accepted = await fetch(`${api.url}/v1/admin/cases/${receipt.case.caseNumber}/actions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'accept' }),
  });
  const acceptedText = await accepted.text();
  assert.equal(accepted.status, 200, acceptedText);

  const { page, problems } = await open('/demo/progress.html');
  const tracker = page.locator('zwfw-progress').first();
  await tracker.getByLabel('办件编号').fill(receipt.case.caseNumber);
  await tracker.getByLabel('查询码').fill(tail);
  await tracker.getByLabel('查询码').press('Enter');
  await tracker.locator('[part~=timeline]').waitFor();
  const text = await tracker.evaluate((el) => el.shadowRoot!.textContent ?? '');
  assert.match(text, /已受理|受理/);
  assert.doesNotMatch(text, /13800138000/, 'the mobile number is masked');
  // A tail reads progress only: rating speaks for the applicant and takes the receipt's access token.
  await tracker.locator('[part~=rate-hint]').waitFor();
  assert.equal(await tracker.locator('[part~=rate-button]').count(), 0);
  await tracker.getByLabel('查询码').fill(receipt.accessToken);
  await tracker.getByLabel('查询码').press('Enter');
  // The tracker offers to rate the open stage; the page shows the rating element for it (zwfw-rate-request).
  await tracker.locator('[part~=rate-button]').first().click();
  const element = page.locator('zwfw-rating[data-demo-rating]').first();
  await element.getByRole('radio', { name: /非常满意/ }).check();
  await element.getByRole('button', { name: '提交评价' }).click();
  await element.getByText('感谢您的评价').waitFor();
  assert.doesNotMatch(page.url(), new RegExp(`${tail}|${receipt.accessToken}`), 'the verifier never goes into the address');
  await page.close();

  // On the rating page, the same case shows the stored rating (from the server), not a second form.
  const rating = await open('/demo/rating.html');
  await rating.page.fill('#demo-case [name=case]', receipt.case.caseNumber);
  await rating.page.fill('#demo-case [name=verifier]', tail);
  await rating.page.selectOption('#demo-case [name=stage]', 'acceptance');
  await rating.page.click('#demo-case button[type=submit]');
  for (const i of [0, 1]) await rating.page.locator('zwfw-rating').nth(i).locator('[part~=summary]').waitFor();
  assert.doesNotMatch(rating.page.url(), new RegExp(tail));
  assert.deepEqual([...problems, ...rating.problems], []);
  await rating.page.close();
});

test('apply: a single-matter form by keyboard alone, reloaded in the middle without losing anything, submitted once, then its progress', async () => {
  const { page, problems } = await open('/demo/apply.html');
  const form = page.locator('zwfw-form').first();
  await form.locator('[part~=step-title]').waitFor();
  const steps = await form.locator('[part~=task]').count();
  const second = (await form.locator('[part~=task]').nth(1).locator('.task-title').textContent())!.trim();
  await fillByKeyboard(page, { stopAt: second });
  const before = await form.evaluate((el) => JSON.stringify((el as unknown as { values: unknown }).values));
  assert.notEqual(before, '{}', 'the first step was filled');
  await form.locator('[part~=draft-status]').getByText(/已自动保存/).waitFor();

  await page.reload();
  await form.locator('.resume').waitFor();
  await fillByKeyboard(page, { stopAt: second, maxKeys: 200 }); // Tab to 继续填写, Enter
  assert.equal(await form.evaluate((el) => JSON.stringify((el as unknown as { values: unknown }).values)), before, 'nothing typed was lost');

  const receipts: string[] = [];
  await page.exposeFunction('onSubmitted', (n: string) => receipts.push(n));
  await page.evaluate(() => document.addEventListener('zwfw-submit', (e) => (window as unknown as { onSubmitted(n: string): void }).onSubmitted((e as CustomEvent).detail.case.caseNumber)));
  await fillByKeyboard(page);
  await page.keyboard.press('Enter'); // 确认提交
  await form.locator('[part~=result]').waitFor();
  assert.equal(receipts.length, 1);
  assert.ok(steps >= 3);
  // The page shows the case's progress from the receipt.
  const progress = page.locator('zwfw-progress[data-demo-receipt]');
  await progress.locator('[part~=timeline]').waitFor();
  assert.match(await progress.evaluate((el) => el.shadowRoot!.textContent ?? ''), new RegExp(receipts[0]!));
  assert.deepEqual(problems, []);
  await page.close();
});

test('bank: 企业开办 at the counter in agent mode by keyboard, with a 容缺 material, then the branch sees it per department', async () => {
  const { page, problems } = await open('/demo/bank.html');
  const form = page.locator('zwfw-business-registration').first();
  await form.locator('[part~=step-title]').waitFor();
  await fillByKeyboard(page, { defer: ['经营场所'] });
  await page.keyboard.press('Enter'); // 确认提交
  await form.locator('[part~=result]').waitFor({ timeout: 15_000 });
  const caseNumber = (await form.locator('.case-number').textContent())!.trim();
  // The branch's list shows the case; opening it shows one step per department.
  const list = page.locator('zwfw-partner-cases').first();
  const toggle = list.locator(`#toggle-${caseNumber}`);
  await toggle.waitFor();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await list.locator('[part~=department]').first().waitFor();
  assert.ok(await list.locator('[part~=department]').count() >= 6, 'one step per department of the bundle');
  assert.deepEqual(problems, []);
  await page.close();
});
