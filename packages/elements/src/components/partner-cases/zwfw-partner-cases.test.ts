import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type ApplicationReceipt, type ZwfwClient } from '@zwfw/sdk';
import type { Agent, Bundle } from '@zwfw/core';
import './define.js';
import '../provider/define.js';
import type { ZwfwPartnerCases } from './zwfw-partner-cases.js';
import { adminAction, expectAccessible, referenceServer, until } from '../../../test/helpers.js';
import { sampleApplication } from '../../../../../test/conformance/sample-application.js';

// The seeded demo partner (demo-bank) and its two branches; the browser-test server gives its counter key and
// another partner's (wtr-other-bank) to this page's origin.
const EAST = { id: 'demo-bank-001', name: '示例银行城东支行（演示）' };
const WEST = { id: 'demo-bank-002', name: '示例银行城西支行（演示）' };
const BUNDLE = 'enterprise-establishment';

const shadow = (el: ZwfwPartnerCases): ShadowRoot => el.shadowRoot!;
const text = (el: Element): string => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');
const part = <T extends Element = HTMLElement>(el: ZwfwPartnerCases, name: string): T | null => shadow(el).querySelector<T>(`[part~="${name}"]`);
const parts = <T extends Element = HTMLElement>(root: ParentNode, name: string): T[] => [...root.querySelectorAll<T>(`[part~="${name}"]`)];
const toggleOf = (el: ZwfwPartnerCases, caseNumber: string) => shadow(el).querySelector<HTMLButtonElement>(`#toggle-${caseNumber}`);
const listed = (el: ZwfwPartnerCases): string[] => parts(shadow(el), 'toggle').map((b) => b.id.replace(/^toggle-/, ''));
const loaded = (el: ZwfwPartnerCases) => until(() => part(el, 'list') !== null || part(el, 'empty') !== null || part(el, 'error') !== null, 'the list to load');

const clients = new Map<string, Promise<ZwfwClient>>();
/** A test client of the demo bank's counter (or the other bank's). */
function counterClient(which: 'counterKey' | 'otherCounterKey' = 'counterKey'): Promise<ZwfwClient> {
  let client = clients.get(which);
  if (!client) {
    client = referenceServer().then(({ baseUrl, ...keys }) => createClient({ baseUrl, publishableKey: keys[which], cache: false, retry: false }));
    clients.set(which, client);
  }
  return client;
}

let bundle: Promise<Bundle> | undefined;
/** Submits a 企业开办 bundle at a bank counter, its agent at `branch` (an id or a name). */
async function submitAtCounter(branch: string, which: 'counterKey' | 'otherCounterKey' = 'counterKey'): Promise<ApplicationReceipt> {
  const client = await counterClient(which);
  const b = await (bundle ??= client.bundles.get(BUNDLE));
  const form = await client.forms.get({ bundleId: b.id });
  const base = sampleApplication({ code: b.steps[0]!.matterCode, audience: ['enterprise'] } as never, form);
  delete base.matterCode;
  const partner = which === 'counterKey' ? 'demo-bank' : 'wtr-other-bank';
  const agent: Agent = { staffId: 'B0042', staffName: '张柜员', branch, partner, consentRef: 'consent-wtr-0042' };
  return client.applications.submit({
    ...base, bundleId: b.id, channel: 'partner_counter', agent,
    materials: form.materials.filter((m) => m.necessity !== 'optional').map((m) => ({ materialId: m.materialId, status: 'provided' as const })),
  });
}

/** The partner view inside a provider with the demo bank's counter key (or `key`: another). */
async function mount(template = html`<zwfw-partner-cases></zwfw-partner-cases>`, options: { lang?: string; key?: 'key' | 'counterKey' | 'otherCounterKey'; client?: ZwfwClient } = {}): Promise<ZwfwPartnerCases> {
  const server = await referenceServer();
  const root = await fixture(html`<zwfw-provider lang=${options.lang ?? 'zh-CN'} base-url=${server.baseUrl} publishable-key=${server[options.key ?? 'counterKey']} .client=${options.client}>${template}</zwfw-provider>`);
  const el = root.querySelector('zwfw-partner-cases')!;
  await el.updateComplete;
  return el;
}

/** Presses Tab until the focus (inside the element) is on `target`. */
async function tabTo(el: ZwfwPartnerCases, target: HTMLElement, max = 40): Promise<void> {
  for (let i = 0; i < max && shadow(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(shadow(el).activeElement, 'reached by Tab').to.equal(target);
}

describe('zwfw-partner-cases', () => {
  let east: ApplicationReceipt;
  let west: ApplicationReceipt;
  let other: ApplicationReceipt;
  before(async () => {
    east = await submitAtCounter(EAST.id);
    west = await submitAtCounter(WEST.name);
    other = await submitAtCounter('wtr-other-001', 'otherCounterKey');
    // The first step done and the parallel steps started: departments stand differently.
    const client = await counterClient();
    const steps = [...(await client.bundles.get(BUNDLE)).steps].sort((a, b) => a.order - b.order);
    await adminAction(east.case.caseNumber, { action: 'accept', matterCode: steps[0]!.matterCode });
    await adminAction(east.case.caseNumber, { action: 'conclude', outcome: 'approved', matterCode: steps[0]!.matterCode });
  });

  it('lists the branch\'s cases newest first with status and agent, accessibly', async () => {
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id}></zwfw-partner-cases>`);
    await loaded(el);
    expect(listed(el)).to.include(east.case.caseNumber);
    const row = toggleOf(el, east.case.caseNumber)!.closest('li')!;
    expect(row.textContent).to.include('企业开办');
    expect(row.textContent).to.include(east.case.caseNumber);
    expect(parts(row, 'agent')[0]!.textContent).to.equal(`B0042 张柜员（${EAST.id}）`);
    expect(parts(row, 'status')[0]!.textContent).to.not.equal('');
    expect(toggleOf(el, east.case.caseNumber)!.getAttribute('aria-expanded')).to.equal('false');
    expect(text(el)).to.not.include('13800138000', 'the mobile stays masked');
    await expectAccessible(el);
  });

  it('keyboard: Tab reaches a case\'s disclosure; Enter shows every department\'s status and deadline, Space hides it', async () => {
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id}></zwfw-partner-cases>`);
    await loaded(el);
    const toggle = toggleOf(el, east.case.caseNumber)!;
    await tabTo(el, toggle);
    const opened = new Promise<string>((resolve) => el.addEventListener('zwfw-case-open', (e) => resolve(e.detail.caseNumber), { once: true }));
    await sendKeys({ press: 'Enter' });
    expect(await opened).to.equal(east.case.caseNumber);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = shadow(el).querySelector<HTMLElement>(`#panel-${east.case.caseNumber}`)!;
    expect(panel.hidden).to.equal(false);
    await until(() => parts(panel, 'department').length > 0, 'the departments');
    const progress = await (await counterClient()).partner.case(east.case.caseNumber);
    const departments = parts(panel, 'department');
    expect(departments.length, 'one per step').to.equal(progress.steps!.length);
    for (const step of progress.steps!) expect(panel.textContent).to.include(step.department!);
    expect(parts(panel, 'department-status').map((s) => s.textContent)).to.include('办结（准予）');
    expect(parts(panel, 'deadline-badge').length, 'the concluded step has a deadline standing').to.be.greaterThan(0);
    expect(parts(panel, 'timeline').length).to.equal(1);
    await expectAccessible(el);
    await sendKeys({ press: 'Space' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('the branch filter shows only that branch\'s cases, whether the agent gave its id or its name', async () => {
    const eastEl = await mount(html`<zwfw-partner-cases branch=${EAST.id} page-size="100"></zwfw-partner-cases>`);
    await loaded(eastEl);
    expect(listed(eastEl)).to.include(east.case.caseNumber).and.not.include(west.case.caseNumber);
    for (const agent of parts(shadow(eastEl), 'agent')) expect(agent.textContent).to.match(new RegExp(`（(${EAST.id}|${EAST.name.replace(/[()（）]/g, '.')})）$`));
    const westEl = await mount(html`<zwfw-partner-cases branch=${WEST.id} page-size="100"></zwfw-partner-cases>`);
    await loaded(westEl);
    expect(listed(westEl)).to.include(west.case.caseNumber).and.not.include(east.case.caseNumber);
    expect(part(westEl, 'branch-filter')!.textContent).to.include(WEST.id);
  });

  it('another partner\'s case never appears, and its own cases are not in the other bank\'s list', async () => {
    const el = await mount(html`<zwfw-partner-cases page-size="100"></zwfw-partner-cases>`);
    await loaded(el);
    expect(listed(el)).to.include.members([east.case.caseNumber, west.case.caseNumber]);
    expect(listed(el)).to.not.include(other.case.caseNumber);
    const otherEl = await mount(html`<zwfw-partner-cases page-size="100"></zwfw-partner-cases>`, { key: 'otherCounterKey' });
    await loaded(otherEl);
    expect(listed(otherEl)).to.include(other.case.caseNumber).and.not.include(east.case.caseNumber);
  });

  it('the status filter reloads the list with only cases in that status', async () => {
    const el = await mount(html`<zwfw-partner-cases page-size="100"></zwfw-partner-cases>`);
    await loaded(el);
    const select = part<HTMLSelectElement>(el, 'status-filter')!;
    expect(select.labels?.[0]?.textContent).to.equal('办件状态');
    select.value = 'concluded_refused';
    select.dispatchEvent(new Event('change'));
    expect(el.status).to.equal('concluded_refused');
    await until(() => part(el, 'empty') !== null, 'the empty state');
    expect(part(el, 'empty')!.textContent).to.equal('没有符合条件的代办件。');
    await expectAccessible(el);
  });

  it('pages with "load more" and moves focus to the first case added', async () => {
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id} page-size="1"></zwfw-partner-cases>`);
    await loaded(el);
    const newest = await submitAtCounter(EAST.name);
    el.refresh();
    // The refreshed first page is the newest case (other tests may leave more cases in this branch, so a
    // load-more button may be there before the refresh too).
    await until(() => listed(el).length === 1 && listed(el)[0] === newest.case.caseNumber && part(el, 'more-button') !== null, 'the refreshed first page with its load-more button');
    part(el, 'more-button')!.click();
    await until(() => listed(el).length === 2, 'the second page');
    expect(shadow(el).activeElement).to.equal(parts(shadow(el), 'toggle')[1]);
    expect(part(el, 'announcement')!.textContent).to.include('已加载 1 件');
  });

  it('an empty branch says so plainly, in English and 适老化 mode too', async () => {
    const el = await mount(html`<zwfw-partner-cases branch="no-such-branch" elderly></zwfw-partner-cases>`, { lang: 'en' });
    await loaded(el);
    expect(part(el, 'empty')!.textContent).to.equal('No assisted applications match.');
    expect(part(el, 'label')!.textContent).to.equal('Case status');
    const toggleHeight = part(el, 'status-filter')!.getBoundingClientRect().height;
    expect(toggleHeight, '适老化 targets').to.be.at.least(44);
    await expectAccessible(el);
  });

  it('in English and 适老化 mode a case and its departments read accessibly', async () => {
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id} elderly></zwfw-partner-cases>`, { lang: 'en' });
    await loaded(el);
    const toggle = toggleOf(el, east.case.caseNumber)!;
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    toggle.click();
    await until(() => parts(shadow(el), 'department').length > 0, 'the departments');
    expect(text(el)).to.include('Assisted by').and.include('Progress per department').and.include('Concluded: approved');
    await expectAccessible(el);
  });

  it('expanded in the dark colour scheme, contrast holds', async () => {
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id} theme="dark"></zwfw-partner-cases>`);
    await loaded(el);
    toggleOf(el, east.case.caseNumber)!.click();
    await until(() => parts(shadow(el), 'department').length > 0, 'the departments');
    await expectAccessible(el);
  });

  it('a key of no partner gets the plain not-allowed message, without a retry that cannot help', async () => {
    const el = await mount(undefined, { key: 'key' });
    await loaded(el);
    expect(part(el, 'error')!.textContent).to.include('本网站暂未开通此项服务');
    expect(part(el, 'retry-button')).to.equal(null);
    await expectAccessible(el);
  });

  it('a failed load says so in plain words and retries; a failed case retries on its own', async () => {
    const { baseUrl, counterKey } = await referenceServer();
    let failing = true;
    const client = createClient({
      baseUrl, publishableKey: counterKey, cache: false, retry: false,
      fetch: (url, init) => (failing ? Promise.reject(new TypeError('Failed to fetch')) : fetch(url, init)),
    });
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id}></zwfw-partner-cases>`, { client });
    await loaded(el);
    expect(part(el, 'error')!.textContent).to.include('网络连接失败');
    await expectAccessible(el);
    failing = false;
    part(el, 'retry-button')!.click();
    await until(() => part(el, 'list') !== null, 'the list after a retry');
    failing = true;
    toggleOf(el, east.case.caseNumber)!.click();
    const panel = shadow(el).querySelector<HTMLElement>(`#panel-${east.case.caseNumber}`)!;
    await until(() => parts(panel, 'error').length > 0, 'the case error');
    await expectAccessible(el);
    failing = false;
    parts(panel, 'retry-button')[0]!.click();
    await until(() => parts(panel, 'department').length > 0, 'the departments after a retry');
  });

  it('a page may keep a row closed by cancelling zwfw-case-open', async () => {
    const el = await mount(html`<zwfw-partner-cases branch=${EAST.id}></zwfw-partner-cases>`);
    await loaded(el);
    el.addEventListener('zwfw-case-open', (e) => e.preventDefault(), { once: true });
    const toggle = toggleOf(el, east.case.caseNumber)!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
});
