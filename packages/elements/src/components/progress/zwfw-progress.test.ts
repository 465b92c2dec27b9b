import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type ApplicationReceipt, type ZwfwClient } from '@zwfw/sdk';
import type { ApplicationInput, MatterSummary, Progress, ProgressEvent } from '@zwfw/core';
import './define.js';
import '../provider/define.js';
import type { ZwfwProgress } from './zwfw-progress.js';
import { timelineRows } from './timeline.js';
import { adminAction, expectAccessible, referenceServer, submitCase, testClient, until } from '../../../test/helpers.js';
import { sampleApplication } from '../../../../../test/conformance/sample-application.js';

// sampleApplication's applicant: 一致性测试, ID 110101199003071233, mobile 13800138000 (tail 8000).
const TAIL = '8000';
const PERSONAL = ['一致性测试', '110101199003071233', '13800138000'];
const DAY = 86_400_000;

const shadow = (el: ZwfwProgress): ShadowRoot => el.shadowRoot!;
const text = (el: ZwfwProgress): string => shadow(el).textContent!.replace(/\s+/g, ' ');
const part = <T extends Element = HTMLElement>(el: ZwfwProgress, name: string): T | null => shadow(el).querySelector<T>(`[part~="${name}"]`);
const parts = (el: ZwfwProgress, name: string): Element[] => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
const input = (el: ZwfwProgress, id: string): HTMLInputElement => shadow(el).querySelector<HTMLInputElement>(`#${id}`)!;
const loaded = (el: ZwfwProgress) => until(() => part(el, 'heading') !== null, 'the case to load');
const failed = (el: ZwfwProgress) => until(() => part(el, 'error') !== null, 'the error message');
const later = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

/** A progress element inside a provider pointed at the reference server. */
async function mount(template = html`<zwfw-progress></zwfw-progress>`, lang = 'zh-CN', client?: ZwfwClient): Promise<ZwfwProgress> {
  const { baseUrl, key } = await referenceServer();
  const root = await fixture(html`<zwfw-provider lang=${lang} base-url=${baseUrl} publishable-key=${key} .client=${client}>${template}</zwfw-provider>`);
  const el = root.querySelector('zwfw-progress')!;
  await el.updateComplete;
  return el;
}

/** Types into a field of the form with the real keyboard. */
async function typeInto(el: ZwfwProgress, id: string, value: string): Promise<void> {
  input(el, id).focus();
  await sendKeys({ type: value });
}

/** Looks a case up through the form, submitting with Enter. */
async function lookUp(el: ZwfwProgress, caseNumber: string, verifier: string): Promise<void> {
  await typeInto(el, 'caseNumber', caseNumber);
  await typeInto(el, 'verifier', verifier);
  await sendKeys({ press: 'Enter' });
}

let withForms: Promise<MatterSummary[]> | undefined;
/** The first 300 matters' summaries, those with a form. */
const formMatters = (): Promise<MatterSummary[]> =>
  (withForms ??= testClient().then(async (c) => (await c.matters.list({ limit: 100 }).toArray({ max: 300 })).filter((m) => m.hasForm)));
/** The first matter with a form whose summary fits (e.g. a promised time limit). */
async function matterWhere(fits: (m: MatterSummary) => boolean): Promise<string> {
  const hit = (await formMatters()).find(fits);
  if (!hit) throw new Error('no matter with a form fits this test in the first 300');
  return hit.code;
}
/**
 * The first matter with a form that fits and defines a special procedure not counted toward its limit (the
 * simulator only starts the matter's procedures; in the sample district these are past the first 300).
 */
async function matterWithPause(fits: (m: MatterSummary) => boolean): Promise<{ code: string; procedure: string }> {
  const client = await testClient();
  for (const m of (await client.matters.list({ limit: 100 }).toArray({ max: 2000 })).filter((x) => x.hasForm && fits(x))) {
    const procedure = (await client.matters.get(m.code)).specialProcedures.find((p) => !p.countsTowardLimit);
    if (procedure) return { code: m.code, procedure: procedure.name };
  }
  throw new Error('no matter with a form and a pausing special procedure fits this test');
}
const workingDays = (max: number, min = 0) => (m: MatterSummary) =>
  m.promisedTimeLimit.unit === 'working_day' && m.promisedTimeLimit.value >= min && m.promisedTimeLimit.value <= max;

/** A client whose fetch answers from `respond` (only for what the reference server cannot be made to say). */
async function fakeClient(respond: (url: string, init: RequestInit) => Promise<Response>): Promise<ZwfwClient> {
  const { baseUrl, key } = await referenceServer();
  return createClient({ baseUrl, publishableKey: key, locale: 'zh-CN', retry: false, cache: false, fetch: (url, init) => respond(String(url), init ?? {}) });
}

describe('zwfw-progress: states', () => {
  it('the look-up form is accessible: two labelled text inputs, the verifier not remembered', async () => {
    const el = await mount();
    await expectAccessible(el);
    const verifier = input(el, 'verifier');
    expect(verifier.type).to.equal('text');
    expect(verifier.autocomplete).to.equal('off');
    expect(verifier.labels?.[0]?.textContent).to.equal('查询码');
    expect(input(el, 'caseNumber').labels?.[0]?.textContent).to.equal('办件编号');
    expect(part(el, 'submit-button')!.textContent).to.equal('查询');
  });

  it('shows field messages for an empty or malformed form, focusing the first field to fix', async () => {
    const el = await mount();
    input(el, 'caseNumber').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => parts(el, 'field-error').length === 2, 'two field messages');
    expect(parts(el, 'field-error').map((e) => e.textContent)).to.deep.equal(['请输入办件编号', '请输入查询码']);
    expect(shadow(el).activeElement).to.equal(input(el, 'caseNumber'));
    expect(input(el, 'caseNumber').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'caseNumber').getAttribute('aria-describedby')).to.equal('caseNumber-hint caseNumber-error');
    await expectAccessible(el);

    await typeInto(el, 'caseNumber', '1144/0000');
    await typeInto(el, 'verifier', '12');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el).includes('办件编号为 50 位以内'), 'the format message');
    expect(text(el)).to.include('请输入手机号后 4 位，或完整的查询凭证');
    expect(part(el, 'loading')).to.equal(null);
  });

  it('shows an accessible loading state while the case loads', async () => {
    const client = await fakeClient((_, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
    const el = await mount(html`<zwfw-progress case-number="C20261203" verifier="1234"></zwfw-progress>`, 'zh-CN', client);
    await until(() => part(el, 'loading') !== null, 'the loading state');
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
  });

  it('says a missing configuration in plain words (shared message)', async () => {
    const el = await fixture<ZwfwProgress>(html`<zwfw-progress case-number="C20261203" verifier="1234"></zwfw-progress>`);
    await failed(el);
    expect(text(el)).to.include('组件尚未配置服务地址');
    await expectAccessible(el);
  });
});

describe('zwfw-progress: looking a case up', () => {
  it('by the form: Enter submits, focus goes to the result, personal data is masked and the verifier cleared', async () => {
    // A natural person's application, so the name is personal data (a company's name is public and shown as is).
    const receipt = await submitCase(await matterWhere((m) => m.audience.includes('natural_person')));
    const el = await mount();
    const load = oneEvent(el, 'zwfw-progress-load');
    await lookUp(el, receipt.case.caseNumber, TAIL);
    await loaded(el);
    const { detail } = await load;
    expect(detail.caseNumber).to.equal(receipt.case.caseNumber);
    expect(detail.status).to.equal('submitted');
    expect(shadow(el).activeElement).to.equal(part(el, 'heading'));
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3', 'the heading fits the page outline');
    expect(part(el, 'section-heading')!.getAttribute('aria-level')).to.equal('4');
    expect(input(el, 'verifier').value).to.equal('');
    const all = text(el);
    for (const value of PERSONAL) expect(all).not.to.include(value);
    expect(all).to.include('138****8000');
    expect(all).to.include('110101********1233');
    expect(all).to.include('一****');
    expect(all).to.include(receipt.case.caseNumber);
    expect(part(el, 'status')!.textContent).to.equal('已申报');
    await expectAccessible(el);
  });

  it('by the receipt property (with its access token), without a form, and never shows the token', async () => {
    const receipt = await submitCase();
    const el = await mount();
    el.receipt = receipt;
    await loaded(el);
    expect(part(el, 'form')).to.equal(null);
    expect(text(el)).to.include(receipt.case.name);
    expect(shadow(el).innerHTML).not.to.include(receipt.accessToken);
  });

  it('by the case-number and verifier attributes, standalone with its own base-url', async () => {
    const receipt = await submitCase();
    const { baseUrl, key } = await referenceServer();
    const el = await fixture<ZwfwProgress>(
      html`<zwfw-progress lang="zh-CN" base-url=${baseUrl} publishable-key=${key} case-number=${receipt.case.caseNumber} verifier=${TAIL}></zwfw-progress>`,
    );
    await loaded(el);
    expect(part(el, 'form')).to.equal(null);
    // Loaded from attributes at page load: focus stays where the reader is.
    expect(shadow(el).activeElement).to.equal(null);
    expect(text(el)).to.include(receipt.case.caseNumber);
  });
});

describe('zwfw-progress: errors', () => {
  it('a wrong verifier: its own message, announced and focused, the form kept to fix it', async () => {
    const receipt = await submitCase();
    const el = await mount();
    await lookUp(el, receipt.case.caseNumber, '0000');
    await failed(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('办件编号或查询码有误，未找到相应办件');
    expect(shadow(el).activeElement).to.equal(part(el, 'message'));
    expect(part(el, 'form')).not.to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
    await expectAccessible(el);
  });

  it('an unknown case number gets the same message as a wrong verifier: the server answers both alike, on purpose', async () => {
    const receipt = await submitCase();
    const el = await mount(html`<zwfw-progress case-number="${receipt.case.caseNumber.slice(0, -4)}9999" verifier=${TAIL}></zwfw-progress>`);
    await failed(el);
    expect(part(el, 'error')!.textContent).to.include('办件编号或查询码有误');
    // Loaded from attributes and failed: the form appears, prefilled with the case number, to correct it.
    expect(input(el, 'caseNumber').value).to.equal(`${receipt.case.caseNumber.slice(0, -4)}9999`);
    expect(input(el, 'verifier').value).to.equal('');
  });

  it('rate-limited by the server: a message of its own with the wait from Retry-After', async () => {
    const receipt = await submitCase();
    const client = await testClient();
    // The server allows 20 look-ups of one case per client in a fixed one-minute window (aligned on the epoch):
    // start in a window with time to spare, or the count resets under the test.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 8_000) await new Promise((r) => setTimeout(r, left + 100));
    // One after the other: the SDK shares identical reads in flight, which would count once.
    for (let i = 0; i < 20; i++) await client.applications.progress({ caseNumber: receipt.case.caseNumber, verifier: TAIL });
    const el = await mount();
    await lookUp(el, receipt.case.caseNumber, TAIL);
    await failed(el);
    const message = part(el, 'error')!.textContent!;
    expect(message).to.match(/查询次数过多，请 1 分钟后再试。/);
    expect(message).not.to.include('未找到');
    expect(shadow(el).activeElement).to.equal(part(el, 'message'));
    await expectAccessible(el);
  });

  it('locked after too many failed attempts: another message, pointing to the receipt token (faked 429)', async () => {
    const client = await fakeClient(async () =>
      new Response(JSON.stringify({ type: 'urn:zwfw:problem:case_locked', title: '请求过于频繁', status: 429, code: 'case_locked' }), {
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '7200' },
      }));
    const el = await mount(html`<zwfw-progress></zwfw-progress>`, 'zh-CN', client);
    await lookUp(el, 'C2026120300001', '1234');
    await failed(el);
    expect(part(el, 'error')!.textContent).to.include('该办件查询失败次数过多，已暂停用手机号后 4 位查询。请 2 小时后再试，或用回执中的查询凭证查询。');
    await expectAccessible(el);
  });

  it('other failures get the shared plain message and a retry', async () => {
    const { key } = await referenceServer();
    const el = await fixture<ZwfwProgress>(html`<zwfw-progress lang="zh-CN" base-url="http://127.0.0.1:9/" publishable-key=${key} case-number="C1" verifier="1234"></zwfw-progress>`);
    await until(() => part(el, 'error') !== null, 'the network error', 8000);
    expect(text(el)).to.include('网络连接失败');
    expect(part(el, 'retry-button')).not.to.equal(null);
  });
});

describe('zwfw-progress: the case', () => {
  it('timeline: statuses in order with dates, the current step marked, 补正 items, the paused clock, steps ahead', async () => {
    const receipt = await submitCase();
    const n = receipt.case.caseNumber;
    await adminAction(n, { action: 'accept' });
    await adminAction(n, { action: 'request_correction', items: ['补充营业执照副本'] });
    const el = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`);
    await loaded(el);
    const steps = parts(el, 'step');
    expect(steps.map((s) => s.querySelector('[part~="step-label"]')?.textContent ?? s.textContent!.trim())).to.deep.equal([
      '已申报', '已受理', '补正中', '办结（未开始）', '送达（未开始）',
    ]);
    expect(steps[2]!.getAttribute('aria-current')).to.equal('step');
    expect(steps.filter((s) => s.hasAttribute('aria-current'))).to.have.length(1);
    expect(steps[2]!.querySelector('time')!.dateTime).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(part(el, 'step-opinion')!.textContent).to.include('补充营业执照副本');
    expect(text(el)).to.include('补正或特别程序中，暂停计时。');
    await expectAccessible(el);
  });

  it('按时: a running clock with more than 3 working days left', async () => {
    const receipt = await submitCase(await matterWhere(workingDays(30, 5)));
    const p = (await adminAction(receipt.case.caseNumber, { action: 'accept' })) as Progress;
    const el = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`);
    await loaded(el);
    expect(part(el, 'deadline-badge')!.textContent).to.equal('按时');
    expect(el.matches(':state(on-time)')).to.equal(true);
    const d = p.case.deadline!;
    expect(text(el)).to.include(`剩余 ${d.remainingWorkingDays} 个工作日`);
    expect(text(el)).to.include(`截止日期 ${new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${d.dueDate}T00:00:00Z`))}`);
  });

  it('即将到期: at most 3 working days left', async () => {
    const receipt = await submitCase(await matterWhere(workingDays(2)));
    await adminAction(receipt.case.caseNumber, { action: 'accept' });
    const el = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`);
    await loaded(el);
    expect(part(el, 'deadline-badge')!.textContent).to.equal('即将到期');
    expect(el.matches(':state(due-soon)')).to.equal(true);
    expect(el.matches(':state(on-time)')).to.equal(false);
    await expectAccessible(el);
  });

  it('已超期: concluded after the limit, with the working days paused for a special procedure', async () => {
    const { code, procedure } = await matterWithPause(workingDays(10, 1));
    const receipt = await submitCase(code);
    const n = receipt.case.caseNumber;
    await adminAction(n, { action: 'accept' });
    await adminAction(n, { action: 'start_special_procedure', procedureName: procedure });
    await adminAction(n, { action: 'end_special_procedure', at: later(14) });
    const p = (await adminAction(n, { action: 'conclude', outcome: 'approved', at: later(60) })) as Progress;
    const d = p.case.deadline!;
    expect(d.remainingWorkingDays).to.be.below(0);
    expect(d.pausedWorkingDays).to.be.above(0);
    const el = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`);
    await loaded(el);
    expect(part(el, 'deadline-badge')!.textContent).to.equal('已超期');
    expect(el.matches(':state(overdue)')).to.equal(true);
    expect(text(el)).to.include(`已超出 ${-d.remainingWorkingDays} 个工作日`);
    expect(text(el)).to.include(`已暂停计时 ${d.pausedWorkingDays} 个工作日（补正、特别程序不计入时限）`);
    expect(text(el)).to.include(procedure);
    await expectAccessible(el);
  });

  it('before 受理 the deadline is projected; the estimated-date note shows exactly when the server says so', async () => {
    // Whether a due date reaches a year without a holiday notice depends on today's date: the longest limit is
    // the likeliest to; the fixed-data test of parallel steps covers the note deterministically.
    const longest = (await formMatters()).filter((m) => m.promisedTimeLimit.unit === 'working_day')
      .sort((a, b) => b.promisedTimeLimit.value - a.promisedTimeLimit.value)[0]!;
    const el = await mount();
    for (const code of [longest.code, await matterWhere(workingDays(3, 1))]) {
      const receipt = await submitCase(code);
      el.receipt = receipt;
      await until(() => text(el).includes(receipt.case.caseNumber), 'the case');
      expect(receipt.case.deadline?.projected).to.equal(true);
      expect(text(el)).to.include('受理后开始计时');
      expect(part(el, 'deadline-badge')).to.equal(null);
      expect(text(el).includes('截止日期为估算'), code).to.equal(receipt.case.deadline?.estimated === true);
    }
  });

  it('容缺: materials still owed are listed, and the 容缺通过 conclusion is labelled', async () => {
    const client = await testClient();
    let target: { code: string; materialId: string; matterCode?: string | undefined } | undefined;
    for (const s of (await testClient().then((c) => c.matters.list({ limit: 100 }).first())).items.filter((m) => m.hasForm)) {
      const form = await client.forms.get({ matterCode: s.code });
      const m = form.materials.find((x) => x.toleranceAllowed);
      if (m) {
        target = { code: s.code, materialId: m.materialId, matterCode: m.matterCode };
        break;
      }
    }
    if (!target) throw new Error('no matter with a 容缺 material in the first 100');
    const matter = await client.matters.get(target.code);
    const form = await client.forms.get({ matterCode: target.code });
    const base = sampleApplication(matter, form);
    const app: ApplicationInput = {
      ...base,
      materials: [
        ...base.materials.filter((m) => m.materialId !== target.materialId),
        { materialId: target.materialId, status: 'tolerance', ...(target.matterCode ? { matterCode: target.matterCode } : {}) },
      ],
      commitment: { signed: true, signerName: '一致性测试', signedAt: new Date().toISOString(), textVersion: form.commitmentText?.version ?? 'v1' },
    };
    const receipt: ApplicationReceipt = await client.applications.submit(app);
    await adminAction(receipt.case.caseNumber, { action: 'accept' });
    const el = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`);
    await loaded(el);
    const name = matter.materials.find((m) => m.id === target.materialId)?.name ?? target.materialId;
    expect(part(el, 'pending')!.querySelector('[role=heading]')!.textContent).to.equal('待补交的容缺材料');
    // Accepted: the material is due the commitment's working days after 受理, and the list says by when.
    const item = parts(el, 'pending-item').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).find((t) => t.startsWith(name));
    expect(item, `an item for ${name}`).to.match(/请于 .+ 前补交$/);
    await expectAccessible(el);

    await adminAction(receipt.case.caseNumber, { action: 'conclude', outcome: 'approved_tolerance' });
    el.refresh();
    await until(() => part(el, 'status')?.textContent === '办结（容缺通过）', 'the 容缺通过 status');
    expect(parts(el, 'pending-item').length, 'still owed after 容缺通过').to.equal(1);
  });

  it('parallel department steps render side by side, one branch each (faked data, for exact labels and layout)', async () => {
    const at = (m: number) => `2026-12-01T0${m}:00:00+08:00`;
    const step = (id: string, status: ProgressEvent['status'], extra: Partial<ProgressEvent> = {}): ProgressEvent =>
      ({ id, code: id, status, name: id, startAt: at(Number(id.slice(1)) || 1), endAt: null, ...extra });
    const progress: Progress = {
      case: {
        caseNumber: 'B2026120100001', status: 'processing', bundleId: 'kaiban', name: '企业开办一件事', receivedAt: at(1),
        deadline: { limit: { value: 20, unit: 'working_day' }, dueDate: '2027-01-05', remainingWorkingDays: 12, paused: false, pausedWorkingDays: 0, estimated: true },
        applicant: { type: 'legal', name: '示例有限公司' }, updatedAt: at(5),
      },
      events: [
        step('e1', 'submitted'),
        step('e2', 'accepted'),
        step('e3', 'processing', { name: '刻章', department: '公安局', parallelGroup: 'g1', matterCode: 'M1' }),
        step('e4', 'processing', { name: '申领发票', department: '税务局', parallelGroup: 'g1', matterCode: 'M2' }),
        step('e5', 'processing', { name: '社保登记', department: '人社局', parallelGroup: 'g1', matterCode: 'M3' }),
      ],
      evaluableStages: [],
    };
    const client = await fakeClient(async () => new Response(JSON.stringify(progress), { headers: { 'content-type': 'application/json' } }));
    const el = await mount(html`<zwfw-progress case-number="B2026120100001" verifier="1234"></zwfw-progress>`, 'zh-CN', client);
    await loaded(el);
    const branches = parts(el, 'branch');
    expect(branches.map((b) => b.querySelector('.branch-label')!.textContent)).to.deep.equal(['公安局', '税务局', '人社局']);
    expect(text(el)).to.include('刻章');
    const tops = branches.map((b) => Math.round(b.getBoundingClientRect().top));
    expect(new Set(tops).size, 'branches share a row').to.equal(1);
    expect(parts(el, 'step').at(-4)!.getAttribute('aria-current')).to.equal('step');
    expect(part(el, 'deadline-badge')!.textContent).to.equal('按时');
    expect(text(el)).to.include('截止日期为估算');
    await expectAccessible(el);
  });

  it('a bundle from the reference server: its steps of one order render one branch per department', async () => {
    const client = await testClient();
    const bundle = await client.bundles.get('enterprise-establishment');
    const form = await client.forms.get({ bundleId: bundle.id });
    const base = sampleApplication({ code: bundle.steps[0]!.matterCode, audience: ['enterprise'] } as never, form);
    delete base.matterCode;
    const receipt = await client.applications.submit({
      ...base,
      bundleId: bundle.id,
      materials: form.materials.filter((m) => m.necessity !== 'optional').map((m) => ({ materialId: m.materialId, status: 'provided' as const })),
    });
    const steps = [...bundle.steps].sort((a, b) => a.order - b.order);
    const parallel = steps.filter((s) => s.order === steps.at(-1)!.order);
    for (const step of steps.filter((s) => s.order < parallel[0]!.order)) {
      await adminAction(receipt.case.caseNumber, { action: 'accept', matterCode: step.matterCode });
      await adminAction(receipt.case.caseNumber, { action: 'conclude', outcome: 'approved', matterCode: step.matterCode });
    }
    for (const step of parallel.slice(0, 3)) await adminAction(receipt.case.caseNumber, { action: 'accept', matterCode: step.matterCode });
    const el = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`);
    await loaded(el);
    const progress = await client.applications.progress(receipt);
    const departments = [...new Set(progress.events.filter((e) => e.parallelGroup !== undefined).map((e) => e.department))];
    expect(departments.length, 'three departments work in parallel').to.equal(3);
    expect(parts(el, 'branch').map((b) => b.querySelector('.branch-label')!.textContent)).to.deep.equal(departments);
    expect(part(el, 'status')!.textContent).to.equal('办理中');
    await expectAccessible(el);
  });

  it('masks personal data itself, should a backend send it unmasked (faked: the reference server masks already)', async () => {
    const raw: Progress = {
      case: {
        caseNumber: 'C2026120100002', status: 'submitted', name: '居民身份证换领', receivedAt: '2026-12-01T09:00:00+08:00', deadline: null,
        applicant: { type: 'person', name: '欧阳娜娜', idType: 'id_card', idNumber: '110101199003071233', mobile: '13912345678' },
        updatedAt: '2026-12-01T09:00:00+08:00',
      },
      events: [],
      evaluableStages: [],
    };
    const client = await fakeClient(async () => new Response(JSON.stringify(raw), { headers: { 'content-type': 'application/json' } }));
    const events: string[] = [];
    document.addEventListener('zwfw-progress-load', (e) => events.push(JSON.stringify((e as CustomEvent).detail)), { once: true });
    const el = await mount(html`<zwfw-progress case-number="C2026120100002" verifier="5678"></zwfw-progress>`, 'zh-CN', client);
    await loaded(el);
    await until(() => events.length === 1, 'the load event');
    for (const value of ['欧阳娜娜', '110101199003071233', '13912345678']) {
      expect(text(el)).not.to.include(value);
      expect(events[0], 'the event a page receives is masked too').not.to.include(value);
    }
    expect(text(el)).to.include('欧阳**');
    expect(text(el)).to.include('居民身份证 110101********1233');
    expect(text(el)).to.include('139****5678');
    expect(part(el, 'deadline')).to.equal(null);
  });

  it('timelineRows groups a parallel group at its first event, one branch per matter', () => {
    const e = (id: string, extra: Partial<ProgressEvent> = {}): ProgressEvent =>
      ({ id, code: id, status: 'processing', name: id, startAt: '2026-12-01T09:00:00+08:00', endAt: null, ...extra });
    const rows = timelineRows([
      e('a'), e('b', { parallelGroup: 'g', matterCode: 'M1', department: 'D1' }), e('c', { parallelGroup: 'g', matterCode: 'M2' }),
      e('d', { parallelGroup: 'g', matterCode: 'M1', department: 'D1' }), e('f'),
    ]);
    expect(rows.map((r) => r.kind)).to.deep.equal(['step', 'parallel', 'step']);
    const group = rows[1];
    if (group?.kind !== 'parallel') throw new Error('expected a parallel row');
    expect(group.branches.map((b) => [b.label, b.events.map((x) => x.id)])).to.deep.equal([['D1', ['b', 'd']], ['c', ['c']]]);
  });
});

describe('zwfw-progress: rating, locales, modes, keyboard', () => {
  it('keyboard: Enter looks up, focus lands on the result, Tab reaches the rating button, Enter asks for a rating', async () => {
    const receipt = await submitCase();
    await adminAction(receipt.case.caseNumber, { action: 'accept' });
    const el = await mount();
    await lookUp(el, receipt.case.caseNumber, receipt.accessToken);
    await loaded(el);
    expect(shadow(el).activeElement).to.equal(part(el, 'heading'));
    const button = part(el, 'rate-button')!;
    expect(button.textContent!.trim()).to.equal('评价受理服务');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(button);
    const request = oneEvent(el, 'zwfw-rate-request');
    await sendKeys({ press: 'Enter' });
    const { detail } = await request;
    expect(detail).to.deep.equal({ caseNumber: receipt.case.caseNumber, stage: 'acceptance', verifier: receipt.accessToken });
  });

  it('looked up by mobile tail: no rating button, a hint that rating needs the receipt’s access code', async () => {
    const receipt = await submitCase();
    await adminAction(receipt.case.caseNumber, { action: 'accept' });
    const el = await mount();
    await lookUp(el, receipt.case.caseNumber, TAIL);
    await loaded(el);
    expect(part(el, 'rate-button')).to.equal(null);
    expect(part(el, 'rate-hint')!.textContent).to.include('查询凭证');
  });

  it('zh-TW and en: every string and label in the reader’s language', async () => {
    const receipt = await submitCase();
    await adminAction(receipt.case.caseNumber, { action: 'accept' });
    const tw = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`, 'zh-TW');
    await loaded(tw);
    expect(part(tw, 'status')!.textContent).to.equal('已受理');
    expect(text(tw)).to.include('辦理進度');
    expect(text(tw)).to.include('辦結（未開始）');
    await expectAccessible(tw);
    const en = await mount(html`<zwfw-progress .receipt=${receipt}></zwfw-progress>`, 'en');
    await loaded(en);
    expect(part(en, 'status')!.textContent).to.equal('Accepted');
    expect(text(en)).to.include('Progress');
    expect(text(en)).to.match(/\d+ working days? left|Due today/);
    await expectAccessible(en);
    const form = await mount(html`<zwfw-progress></zwfw-progress>`, 'en');
    expect(input(form, 'verifier').labels?.[0]?.textContent).to.equal('Verification code');
    await expectAccessible(form);
  });

  it('dark and 适老化 modes stay accessible; 适老化 targets are at least 44px', async () => {
    const receipt = await submitCase();
    await adminAction(receipt.case.caseNumber, { action: 'accept' });
    const dark = await mount(html`<zwfw-progress theme="dark" .receipt=${receipt}></zwfw-progress>`);
    await loaded(dark);
    expect(dark.matches(':state(dark)')).to.equal(true);
    await expectAccessible(dark);
    const elderly = await mount(html`<zwfw-progress elderly .receipt=${receipt}></zwfw-progress>`);
    await loaded(elderly);
    await expectAccessible(elderly);
    expect(part(elderly, 'rate-button')!.getBoundingClientRect().height).to.be.at.least(44);
    const form = await mount(html`<zwfw-progress elderly></zwfw-progress>`);
    expect(input(form, 'verifier').getBoundingClientRect().height).to.be.at.least(44);
    expect(parseFloat(getComputedStyle(input(form, 'verifier')).fontSize)).to.be.at.least(18);
    await expectAccessible(form);
  });
});
