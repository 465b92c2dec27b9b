import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ZwfwNetworkError, type ApplicationReceipt, type ZwfwClient } from '@zwfw/sdk';
import '../provider/define.js';
import './define.js';
import type { ZwfwRating } from './zwfw-rating.js';
import type { ZwfwRatingSubmitEvent } from '../../events/rating-submit.js';
import { formatDate } from '../../translations/format.js';
import { adminAction, expectAccessible, referenceServer, submitCase, testClient, until, type ReferenceServer } from '../../../test/helpers.js';
import { runFormControlSuite } from '../../../test/form-control-suite.js';

let server: ReferenceServer;
let matterCode: string;

/** Concluded cases prepared side by side up front (one each test would make the file slow). */
let concluded: Array<Promise<ApplicationReceipt>> = [];

before(async () => {
  server = await referenceServer();
  const page = await (await testClient()).matters.list({ limit: 50 }).first();
  matterCode = page.items[0]!.code;
  concluded = Array.from({ length: 16 }, () => newCase('concluded', true));
  await Promise.all(concluded);
});

/** A new case, moved through the back office to `upTo`. */
async function newCase(upTo: 'submitted' | 'accepted' | 'concluded', fresh = false): Promise<ApplicationReceipt> {
  const ready = upTo === 'concluded' && !fresh ? concluded.shift() : undefined;
  if (ready) return ready;
  const receipt = await submitCase(matterCode);
  if (upTo !== 'submitted') await adminAction(receipt.case.caseNumber, { action: 'accept' });
  if (upTo === 'concluded') await adminAction(receipt.case.caseNumber, { action: 'conclude', outcome: 'approved' });
  return receipt;
}

const root = (el: ZwfwRating): ShadowRoot => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: ZwfwRating, name: string): T | null => root(el).querySelector<T>(`[part~="${name}"]`);
const radios = (el: ZwfwRating) => [...root(el).querySelectorAll<HTMLInputElement>('[part~="levels"] input[type="radio"]')];
const radio = (el: ZwfwRating, level: number) => radios(el).find((r) => r.value === String(level))!;
const checkboxes = (el: ZwfwRating) => [...root(el).querySelectorAll<HTMLInputElement>('[part~="reasons"] input[type="checkbox"]')];
const focused = (el: ZwfwRating) => root(el).activeElement as HTMLElement | null;
const ready = (el: ZwfwRating) => until(() => el.resource.status === 'ready', 'the rating to load');
const settle = async (el: ZwfwRating) => {
  for (let i = 0; i < 5 && !(await el.updateComplete); i += 1);
};

async function rating(receipt: ApplicationReceipt | undefined, attrs: { stage?: string; lang?: string; theme?: string; elderly?: boolean } = {}): Promise<ZwfwRating> {
  const el = await fixture<ZwfwRating>(html`<zwfw-rating
    base-url=${server.baseUrl}
    publishable-key=${server.key}
    stage=${attrs.stage ?? 'conclusion'}
    lang=${attrs.lang ?? 'zh-CN'}
    theme=${attrs.theme ?? 'light'}
    ?elderly=${attrs.elderly ?? false}
    .receipt=${receipt}
  ></zwfw-rating>`);
  await until(() => el.resource.status !== 'loading' && el.resource.status !== 'idle', 'the rating to load');
  await el.updateComplete;
  return el;
}

async function choose(el: ZwfwRating, level: number): Promise<void> {
  radio(el, level).click();
  await settle(el);
}

/** A client whose reads never answer, or fail once, around the test's real one. */
function fakeClient(real: ZwfwClient, mode: 'hang' | 'fail-once'): ZwfwClient & { calls: number } {
  let calls = 0;
  const reasons = (options?: { signal?: AbortSignal }) => {
    calls += 1;
    if (mode === 'hang') return new Promise<never>(() => {});
    if (calls === 1) return Promise.reject(new ZwfwNetworkError('offline (test)'));
    return real.evaluations.reasons(options);
  };
  return {
    ...real,
    evaluations: { ...real.evaluations, reasons },
    get calls() {
      return calls;
    },
  } as ZwfwClient & { calls: number };
}

describe('<zwfw-rating> accessibility of every state', () => {
  it('the form (default state) passes axe', async () => {
    const el = await rating(await newCase('concluded'));
    expect(part(el, 'levels')).to.not.equal(null);
    expect(radios(el).map((r) => r.parentElement!.textContent!.replace(/[★\s]/g, ''))).to.deep.equal(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect(part(el, 'legend')!.textContent).to.contain('办结');
    expect(part(el, 'case')!.textContent).to.contain('办理事项');
    await expectAccessible(el);
  });

  it('a 差评 with its reasons and the missing-reason error passes axe', async () => {
    const el = await rating(await newCase('concluded'));
    await choose(el, 1);
    expect(el.matches(':state(negative)')).to.equal(true);
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await settle(el);
    expect(part(el, 'reasons')!.getAttribute('aria-describedby')).to.equal('reasons-error');
    await expectAccessible(el);
  });

  it('the loading state is a polite status and passes axe', async () => {
    const fake = fakeClient(await testClient(), 'hang');
    const provider = await fixture(html`<zwfw-provider lang="zh-CN" .client=${fake}><zwfw-rating case-number="X" verifier="1234"></zwfw-rating></zwfw-provider>`);
    const el = provider.querySelector('zwfw-rating') as ZwfwRating;
    await el.updateComplete;
    expect(el.resource.status).to.equal('loading');
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
  });

  it('the error state says what happened in plain words, retries, and passes axe', async () => {
    const receipt = await newCase('concluded');
    const fake = fakeClient(await testClient(), 'fail-once');
    const provider = await fixture(html`<zwfw-provider lang="zh-CN" .client=${fake}><zwfw-rating .receipt=${receipt}></zwfw-rating></zwfw-provider>`);
    const el = provider.querySelector('zwfw-rating') as ZwfwRating;
    await until(() => el.resource.status === 'error', 'the error state');
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('网络连接失败');
    expect(error.textContent).not.to.match(/ZwfwNetworkError|offline/);
    await expectAccessible(el);
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await ready(el);
    await el.updateComplete;
    expect(fake.calls).to.equal(2);
    expect(radios(el)).to.have.length(5);
  });

  it('a case that does not match says so plainly (no retry)', async () => {
    const el = await fixture<ZwfwRating>(html`<zwfw-rating lang="zh-CN" base-url=${server.baseUrl} publishable-key=${server.key}
      case-number="11440232MB2D06811W4000117051000202010200008" verifier="0000"></zwfw-rating>`);
    await until(() => el.resource.status === 'error', 'the error state');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('未找到该办件');
    expect(part(el, 'retry-button')).to.equal(null);
    await expectAccessible(el);
  });

  it('the thank-you state passes axe', async () => {
    const el = await rating(await newCase('concluded'));
    await choose(el, 5);
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await until(() => part(el, 'result') !== null, 'the thanks');
    await expectAccessible(el);
  });

  it('the already-rated and not-yet-open states pass axe', async () => {
    const receipt = await newCase('concluded');
    const client = await testClient();
    const list = await client.evaluations.reasons();
    await client.evaluations.create(receipt, { stage: 'conclusion', level: 4, reasons: [], channel: 'web', reasonListVersion: list.version, anonymous: false });
    const rated = await rating(receipt);
    expect(part(rated, 'result-title')!.textContent).to.contain('已评价');
    expect(part(rated, 'levels')).to.equal(null);
    await expectAccessible(rated);
    const open = await rating(await newCase('submitted'));
    expect(part(open, 'notice')!.textContent).to.contain('办件办结后');
    expect(part(open, 'levels')).to.equal(null);
    await expectAccessible(open);
  });

  it('zh-TW and en: level names from core, stage and strings in the locale, axe passes', async () => {
    const receipt = await newCase('concluded');
    const tw = await rating(receipt, { lang: 'zh-TW' });
    expect(part(tw, 'levels')!.textContent).to.contain('非常滿意');
    expect(part(tw, 'legend')!.textContent).to.contain('辦結');
    expect(part(tw, 'submit-button')!.textContent).to.contain('提交評價');
    await expectAccessible(tw);
    const en = await rating(receipt, { lang: 'en' });
    expect(part(en, 'levels')!.textContent).to.contain('Very dissatisfied');
    expect(part(en, 'legend')!.textContent).to.contain('Conclusion');
    await choose(en, 2);
    expect(part(en, 'reasons')!.textContent).to.contain('Slow: took longer than the promised time');
    await expectAccessible(en);
  });

  it('dark and 适老化 modes pass axe; 适老化 targets are at least 44px', async () => {
    const receipt = await newCase('concluded');
    const dark = await rating(receipt, { theme: 'dark' });
    expect(dark.matches(':state(dark)')).to.equal(true);
    await choose(dark, 2);
    await expectAccessible(dark);
    const elderly = await rating(receipt, { elderly: true });
    expect(elderly.matches(':state(elderly)')).to.equal(true);
    await choose(elderly, 1);
    expect(part(elderly, 'level')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(part(elderly, 'reason')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(part(elderly, 'submit-button')!.getBoundingClientRect().height).to.be.at.least(44);
    await expectAccessible(elderly);
  });
});

describe('<zwfw-rating> against the reference server', () => {
  it('rates a stage: the evaluation is stored, the event carries it, focus moves to the thanks', async () => {
    const receipt = await newCase('concluded');
    const el = await rating(receipt);
    await choose(el, 5);
    expect(checkboxes(el).length).to.be.greaterThan(0);
    expect(part(el, 'reasons-legend')!.textContent).to.contain('选填');
    const comment = part<HTMLTextAreaElement>(el, 'comment')!;
    comment.value = '  办理很快  ';
    comment.dispatchEvent(new Event('input'));
    const event = oneEvent(el, 'zwfw-rating-submit') as Promise<ZwfwRatingSubmitEvent>;
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await settle(el);
    expect(part(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(part<HTMLButtonElement>(el, 'submit-button')!.disabled).to.equal(true);
    const { detail } = await event;
    expect(detail).to.include({ caseNumber: receipt.case.caseNumber, stage: 'conclusion', level: 5, isNegative: false, comment: '办理很快', channel: 'web' });
    const list = await (await testClient()).evaluations.reasons();
    expect(detail.reasonListVersion).to.equal(list.version);
    await settle(el);
    expect(focused(el)).to.equal(part(el, 'result'));
    expect(part(el, 'result')!.textContent).to.contain('感谢您的评价').and.contain('非常满意').and.contain('办理很快');
    expect(el.matches(':state(rated)')).to.equal(true);
    const progress = await (await testClient()).applications.progress(receipt);
    expect(progress.evaluableStages).to.deep.equal(['acceptance']);
    // A page reusing the element for the other stage gets a fresh form.
    el.stage = 'acceptance';
    await settle(el);
    expect(el.level).to.equal(0);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal('');
  });

  it('a second element for the same case and stage shows the existing rating from the server, not a form', async () => {
    const receipt = await newCase('concluded');
    // Rated elsewhere (another device: the test's own client, not an element on this page).
    const client = await testClient();
    const list = await client.evaluations.reasons();
    const reason = list.reasons.find((r) => r.appliesToLevels.includes(2) && r.channel !== 'offline')!;
    const stored = await client.evaluations.create(receipt, {
      stage: 'conclusion', level: 2, reasons: [reason.code], channel: 'app', reasonListVersion: list.version, anonymous: false, comment: '窗口排队太久',
    });
    // Shown inside a provider, as a progress page would hold it.
    const provider = await fixture(html`<zwfw-provider lang="zh-CN" base-url=${server.baseUrl} publishable-key=${server.key}>
      <zwfw-rating .receipt=${receipt}></zwfw-rating>
    </zwfw-provider>`);
    const second = provider.querySelector('zwfw-rating') as ZwfwRating;
    await ready(second);
    await second.updateComplete;
    expect(second.hasProvider).to.equal(true);
    expect(part(second, 'levels')).to.equal(null);
    expect(second.matches(':state(rated)')).to.equal(true);
    expect(part(second, 'result-title')!.textContent).to.contain('办结环节已评价');
    const summary = part(second, 'summary')!;
    const values = [...summary.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    expect(values).to.deep.equal(['★★ 不满意', reason.label['zh-CN'], '窗口排队太久', formatDate('zh-CN', stored.createdAt, true)]);
    // The other stage of the same case is still open.
    const acceptance = await rating(receipt, { stage: 'acceptance' });
    expect(radios(acceptance)).to.have.length(5);
  });

  it('a 差评 needs a reason: submit is blocked, the error is linked to the group, then it is stored with its reasons', async () => {
    const receipt = await newCase('accepted');
    const el = await rating(receipt, { stage: 'acceptance' });
    expect(part(el, 'reasons')).to.equal(null);
    await choose(el, 2);
    const boxes = checkboxes(el);
    expect(boxes.length).to.be.greaterThan(0);
    // Only the reasons of this channel (web: 线上) and level.
    const codes = boxes.map((b) => b.value);
    expect(codes).to.include('ON-EFF-01').and.include('ALL-OTH-99');
    expect(codes.some((c) => c.startsWith('OFF-'))).to.equal(false);
    expect(codes.some((c) => c.includes('POS'))).to.equal(false);
    expect(part(el, 'reasons-legend')!.textContent).to.contain('至少选择一项');
    let submitted = 0;
    el.addEventListener('zwfw-rating-submit', () => (submitted += 1));
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await settle(el);
    const group = part(el, 'reasons')!;
    const errorId = group.getAttribute('aria-describedby')!;
    expect(root(el).getElementById(errorId)!.textContent).to.contain('差评请至少选择一项原因');
    expect(focused(el)).to.equal(checkboxes(el)[0]);
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(submitted).to.equal(0);
    checkboxes(el)[1]!.click();
    await settle(el);
    expect(group.hasAttribute('aria-describedby')).to.equal(false);
    const event = oneEvent(el, 'zwfw-rating-submit') as Promise<ZwfwRatingSubmitEvent>;
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    const { detail } = await event;
    expect(detail).to.include({ level: 2, isNegative: true, stage: 'acceptance' });
    expect(detail.reasons).to.deep.equal([codes[1]]);
    await settle(el);
    expect(part(el, 'result')!.textContent).to.contain('回访').and.contain('整改');
    const progress = await (await testClient()).applications.progress(receipt);
    expect(progress.evaluableStages).to.deep.equal([]);
  });

  it('changing from 差评 to a good level drops the reasons that no longer apply', async () => {
    const el = await rating(await newCase('concluded'), { lang: 'en' });
    await choose(el, 1);
    checkboxes(el)[0]!.click();
    await settle(el);
    await choose(el, 5);
    expect(checkboxes(el).every((b) => !b.checked)).to.equal(true);
    expect(part(el, 'reasons-legend')!.textContent).to.contain('optional');
  });

  it('a stage rated behind its back (409) shows the rated state instead of an error', async () => {
    const receipt = await newCase('concluded');
    const el = await rating(receipt);
    const client = await testClient();
    await client.evaluations.create(receipt, { stage: 'conclusion', level: 3, reasons: [], channel: 'web', reasonListVersion: (await client.evaluations.reasons()).version, anonymous: false });
    await choose(el, 5);
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await until(() => part(el, 'result') !== null, 'the rated state');
    expect(part(el, 'result-title')!.textContent).to.contain('已评价');
    expect(part(el, 'submit-error')).to.equal(null);
  });

  it('without a level, submit says to choose one (linked to the level group)', async () => {
    const el = await rating(await newCase('concluded'));
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await settle(el);
    expect(part(el, 'levels')!.getAttribute('aria-describedby')).to.equal('level-error');
    expect(root(el).getElementById('level-error')!.textContent).to.contain('请选择评价等级');
    expect(focused(el)).to.equal(radios(el)[0]);
  });

  it('the comment counter counts, and is announced politely only near the limit', async () => {
    const el = await rating(await newCase('concluded'));
    const comment = part<HTMLTextAreaElement>(el, 'comment')!;
    expect(comment.maxLength).to.equal(500);
    expect(comment.getAttribute('aria-describedby')).to.equal('counter');
    const live = root(el).querySelector('[aria-live="polite"]')!;
    comment.value = '很好';
    comment.dispatchEvent(new Event('input'));
    await settle(el);
    expect(part(el, 'counter')!.textContent).to.contain('2/500');
    expect(live.textContent!.trim()).to.equal('');
    comment.value = '好'.repeat(460);
    comment.dispatchEvent(new Event('input'));
    await settle(el);
    expect(live.textContent!.trim()).to.equal('还可输入 40 字');
  });

  it('inside a <form>: no own submit button; the level, reasons, comment and list version go into FormData', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><zwfw-rating name="rating" lang="zh-CN" base-url=${server.baseUrl} publishable-key=${server.key}></zwfw-rating></form>`);
    const el = form.querySelector('zwfw-rating') as ZwfwRating;
    await ready(el);
    await el.updateComplete;
    expect(part(el, 'submit-button')).to.equal(null);
    let changes = 0;
    form.addEventListener('change', () => (changes += 1));
    await choose(el, 1);
    expect(changes).to.equal(1);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('差评请至少选择一项原因');
    checkboxes(el)[0]!.click();
    const comment = part<HTMLTextAreaElement>(el, 'comment')!;
    comment.value = '等了很久';
    comment.dispatchEvent(new Event('input'));
    await settle(el);
    const data = new FormData(form);
    expect(data.get('rating')).to.equal('1');
    expect(data.getAll('rating-reasons')).to.deep.equal([checkboxes(el)[0]!.value]);
    expect(data.get('rating-comment')).to.equal('等了很久');
    expect(data.get('rating-reason-list-version')).to.equal((await (await testClient()).evaluations.reasons()).version);
    expect(form.checkValidity()).to.equal(true);
  });

  it('offers only the reasons of its channel (a self-service terminal: 线下 reasons)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><zwfw-rating channel="terminal" base-url=${server.baseUrl} publishable-key=${server.key}></zwfw-rating></form>`);
    const el = form.querySelector('zwfw-rating') as ZwfwRating;
    await ready(el);
    await el.updateComplete;
    await choose(el, 1);
    const codes = checkboxes(el).map((b) => b.value);
    expect(codes).to.include('OFF-ATT-01').and.include('ALL-OTH-01');
    expect(codes.some((c) => c.startsWith('ON-'))).to.equal(false);
  });

  it('standalone, leaving the element without rating shows no error (rating is optional until submit)', async () => {
    const el = await rating(await newCase('concluded'));
    radio(el, 5).focus();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    outside.remove();
    await settle(el);
    expect(part(el, 'error-message')).to.equal(null);
  });

  it('inside a <form> with a case already rated: shows the rating and does not block the form', async () => {
    const receipt = await newCase('concluded');
    const client = await testClient();
    await client.evaluations.create(receipt, { stage: 'conclusion', level: 5, reasons: [], channel: 'web', reasonListVersion: (await client.evaluations.reasons()).version, anonymous: false });
    const form = await fixture<HTMLFormElement>(html`<form><zwfw-rating name="rating" required base-url=${server.baseUrl} publishable-key=${server.key} .receipt=${receipt}></zwfw-rating></form>`);
    const el = form.querySelector('zwfw-rating') as ZwfwRating;
    await ready(el);
    await el.updateComplete;
    expect(part(el, 'result')).to.not.equal(null);
    expect(form.checkValidity()).to.equal(true);
  });

  it('standalone without a case says so instead of a form', async () => {
    const el = await fixture<ZwfwRating>(html`<zwfw-rating lang="zh-CN" base-url=${server.baseUrl}></zwfw-rating>`);
    expect(el.resource.status).to.equal('idle');
    expect(part(el, 'notice')!.textContent).to.contain('未指定要评价的办件');
  });
});

describe('<zwfw-rating> keyboard', () => {
  /** A rating of a concluded case after a button, with focus on the button (the next Tab enters the element). */
  async function mountAfterButton(): Promise<ZwfwRating> {
    const receipt = await newCase('concluded');
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><zwfw-rating lang="zh-CN" base-url=${server.baseUrl} publishable-key=${server.key} .receipt=${receipt}></zwfw-rating></div>`);
    const el = wrapper.querySelector('zwfw-rating') as ZwfwRating;
    await ready(el);
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    return el;
  }

  it('one tab stop into the group; arrows move and select; Home, End and Space', async () => {
    const el = await mountAfterButton();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, 5));
    expect(el.level).to.equal(0);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.level).to.equal(5);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal(radio(el, 4));
    expect([el.level, radio(el, 4).checked]).to.deep.equal([4, true]);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.level).to.equal(3);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.level).to.equal(4);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)).to.equal(radio(el, 1));
    expect(el.level).to.equal(1);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)).to.equal(radio(el, 5));
    expect(el.level).to.equal(5);
    // One tab stop: the next Tab leaves the levels for the first reason.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(checkboxes(el)[0]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(radio(el, 5));
  });

  it('a 差评 by keyboard alone: blocked submit focuses the reasons, Space picks one, Enter submits, focus lands on the thanks', async () => {
    const el = await mountAfterButton();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.level).to.equal(1);
    const boxes = checkboxes(el).length;
    for (let i = 0; i < boxes + 2; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)).to.equal(checkboxes(el)[0]);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(checkboxes(el)[0]!.checked).to.equal(true);
    const event = oneEvent(el, 'zwfw-rating-submit') as Promise<ZwfwRatingSubmitEvent>;
    part<HTMLButtonElement>(el, 'submit-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.level).to.equal(1);
    await settle(el);
    expect(focused(el)).to.equal(part(el, 'result'));
  });
});

runFormControlSuite<ZwfwRating>({
  tag: 'zwfw-rating',
  attributes: async () => {
    const { baseUrl, key } = await referenceServer();
    return { 'base-url': baseUrl, 'publishable-key': key };
  },
  ready,
  setValidValue: async (el) => {
    await ready(el);
    await el.updateComplete;
    radio(el, 5).click();
  },
  expectedValue: '5',
  labelledNode: (el) => part(el, 'levels'),
});
