// One citizen, end to end, on the illustrative district site `npm start` serves, in Chromium: finds a matter by
// pinyin initials, reads its guide and answers the 情景导办 questions, fills the form with one 容缺 material to
// be supplied later under the signed commitment, reloads midway and resumes, submits once. The department (the
// back-office simulator) accepts, pauses for 现场核查, resumes and concludes. The citizen tracks the case with
// the receipt's access token and gives a 差评 with reasons. Every page: strict CSP, axe clean, no console errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '@zwfw/sdk';
import { ADMIN_TOKEN } from '../../packages/server/test/helpers/server.js';
import { SCREENSHOTS, axeViolations, startDemoPages, type DemoPages } from './demo-pages.js';
import { fillByKeyboard } from './keyboard-form.js';

let demo: DemoPages;
before(async () => {
  demo = await startDemoPages();
});
after(async () => {
  await demo?.close();
});

/** What the department does, through the back-office simulator. */
async function act(caseNumber: string, body: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${demo.api.url}/v1/admin/cases/${caseNumber}/actions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(r.status, 200, `${body['action']}: ${await r.text()}`);
}

test('a citizen: pinyin initials → guide → 情景导办 → form with 容缺, reload, submit once → tracked through 现场核查 → 差评 with reasons', async () => {
  const started = performance.now();
  const { page, problems } = await demo.open('/sites/district/index.html');

  // 1. Search by pinyin initials and open the guide with the keyboard.
  const search = page.locator('zwfw-matter-search');
  const box = search.getByRole('combobox');
  await box.click();
  await box.pressSequentially('xcydj', { delay: 30 });
  const option = search.getByRole('option').first();
  await option.waitFor();
  assert.match(await option.innerText(), /小餐饮登记/);
  await box.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/sites\/district\/guide\.html\?code=/), box.press('Enter')]);
  const code = new URL(page.url()).searchParams.get('code')!;

  // 2. 情景导办: answering narrows the materials to the person's case.
  const guide = page.locator('zwfw-guide');
  await guide.locator('[part~=question]').first().waitFor();
  const count = guide.locator('[part~=material-count]');
  const before = await count.innerText();
  for (const question of await guide.locator('[part~=question]').all()) await question.locator('input').first().check();
  await page.waitForFunction((b) => {
    const el = document.querySelector('zwfw-guide')!.shadowRoot!.querySelector('[part~=material-count]');
    return el !== null && el.textContent !== b;
  }, before);
  assert.deepEqual(await axeViolations(page), [], 'guide with answers');
  await page.screenshot({ path: `${SCREENSHOTS}/journey-guide.png`, fullPage: true });

  // 3. The form: one 容缺 material deferred under the commitment; a reload midway loses nothing.
  await Promise.all([page.waitForURL(/\/sites\/district\/apply\.html\?code=/), guide.locator('[part~=start]').click()]);
  const client = createClient({ baseUrl: `${demo.api.url}/` });
  const spec = await client.forms.get({ matterCode: code });
  const deferrable = spec.materials.find((m) => m.toleranceAllowed);
  assert.ok(deferrable?.name, 'the matter has a material that may be supplied later (容缺)');
  const form = page.locator('zwfw-form');
  await form.locator('[part~=step-title]').waitFor();
  const second = (await form.locator('[part~=task]').nth(1).locator('.task-title').textContent())!.trim();
  await fillByKeyboard(page, { stopAt: second });
  const typed = await form.evaluate((el) => JSON.stringify((el as unknown as { values: unknown }).values));
  await form.locator('[part~=draft-status]').getByText(/已自动保存/).waitFor();
  await page.reload();
  await form.locator('.resume').waitFor();
  await fillByKeyboard(page, { stopAt: second, maxKeys: 200 }); // Tab to 继续填写, Enter
  assert.equal(await form.evaluate((el) => JSON.stringify((el as unknown as { values: unknown }).values)), typed, 'nothing typed was lost');

  const receipts: { caseNumber: string; accessToken: string }[] = [];
  await page.exposeFunction('onSubmitted', (r: { caseNumber: string; accessToken: string }) => receipts.push(r));
  await page.evaluate(() => document.addEventListener('zwfw-submit', (e) => {
    const { case: c, accessToken } = (e as CustomEvent).detail;
    (window as unknown as { onSubmitted(r: unknown): void }).onSubmitted({ caseNumber: c.caseNumber, accessToken });
  }));
  await fillByKeyboard(page, { defer: [deferrable.name.slice(0, 6)] });
  assert.deepEqual(await axeViolations(page), [], 'review page');
  await page.keyboard.press('Enter'); // 确认提交
  await form.locator('[part~=result]').waitFor();
  assert.equal(receipts.length, 1, 'one submission');
  const { caseNumber, accessToken } = receipts[0]!;
  await page.screenshot({ path: `${SCREENSHOTS}/journey-submitted.png`, fullPage: true });

  // 4. The department: accepts, pauses for the on-site check, resumes, concludes (the material still owed).
  await act(caseNumber, { action: 'accept' });
  await act(caseNumber, { action: 'start_special_procedure', procedureName: '现场核查' });
  await act(caseNumber, { action: 'end_special_procedure' });
  await act(caseNumber, { action: 'conclude', outcome: 'approved_tolerance' });

  // 5. The citizen tracks the case with the receipt's access token, then rates it 差评 with reasons.
  await page.getByRole('link', { name: '办件查询' }).click();
  const progress = page.locator('zwfw-progress');
  await progress.locator('input#caseNumber').fill(caseNumber);
  await progress.locator('input#verifier').fill(accessToken);
  await progress.locator('[part~=submit-button]').click();
  await progress.locator('[part~=timeline]').waitFor();
  const timeline = await progress.locator('[part~=timeline]').innerText();
  assert.match(timeline, /现场核查|特别程序/);
  assert.match(timeline, /办结|容缺通过/);
  assert.deepEqual(await axeViolations(page), [], 'progress page');
  await page.screenshot({ path: `${SCREENSHOTS}/journey-progress.png`, fullPage: true });

  await progress.locator('[part~=rate-button]').first().click();
  const rating = page.locator('zwfw-rating');
  await rating.locator('[part~=level]').first().waitFor();
  await rating.locator('[part~=level] input[value="2"]').check();
  await rating.locator('[part~=reason] input').first().check();
  await rating.locator('[part~=reason] input').nth(1).check();
  await rating.locator('[part~=submit-button]').click();
  await rating.locator('[part~=result]').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'rating done');
  await page.screenshot({ path: `${SCREENSHOTS}/journey-rated.png`, fullPage: true });

  const stored = await demo.api.db.query<{ level: number; doc: { reasons: unknown[] } }>('select level, doc from evaluations where case_number = $1', [caseNumber]);
  assert.equal(stored.length, 1);
  assert.equal(stored[0]!.level, 2);
  assert.equal(stored[0]!.doc.reasons.length, 2, 'the two reasons chosen');
  assert.deepEqual(problems, []);
  console.log(`# citizen journey: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await page.close();
});
