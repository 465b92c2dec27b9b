import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MATTER_TYPE_LABELS, ONLINE_DEPTH_LABELS, labelOf, materialsForAnswers, type Bundle, type Material, type Matter } from '@zwfw/core';
import { createClient } from '@zwfw/sdk';
import './define.js';
import '../provider/define.js';
import type { ZwfwProvider } from '../provider/zwfw-provider.js';
import type { ZwfwGuide } from './zwfw-guide.js';
import { catalogueHref, hasMarkup, safeHref, stripTags } from './rich-text.js';
import { expectAccessible, referenceServer, testClient, until } from '../../../test/helpers.js';

// ---- fixtures ------------------------------------------------------------------------------------------------

let firstCode = '';
let first: Matter;
/** A matter with 情景导办 questions whose answers narrow its materials. */
let situational: Matter;
/** A bundle and one of its matters. */
let bundle: Bundle;

before(async () => {
  const client = await testClient();
  const page = await client.matters.list({ limit: 50 }).first();
  firstCode = page.items[0]!.code;
  first = await client.matters.get(firstCode);
  for (const item of page.items) {
    const m = await client.matters.get(item.code);
    if (m.situations?.length && m.materials.some((mat) => mat.condition)) {
      situational = m;
      break;
    }
  }
  expect(situational, 'a matter with situations on the first page').to.exist;
  bundle = (await client.bundles.list().first()).items[0]!;
});

const root = (el: ZwfwGuide): ShadowRoot => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: ZwfwGuide, selector: string): T | null => root(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: ZwfwGuide, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];
const panel = (el: ZwfwGuide, id: string): HTMLElement => q(el, `#p-${id}`)!;
const toggle = (el: ZwfwGuide, id: string): HTMLButtonElement => q<HTMLButtonElement>(el, `#t-${id}`)!;
/** Whether a panel's content is rendered (a closed panel is hidden="until-found": its box stays, its content not). */
const shown = (p: HTMLElement): boolean => (p.firstElementChild as HTMLElement | null)?.checkVisibility() ?? false;
const textOf = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const loaded = (el: ZwfwGuide): Promise<void> => until(() => q(el, '[part~="guide"]') !== null, 'the guide to load');

async function mount(code: string, attrs: { lang?: string; theme?: string; elderly?: boolean } = {}): Promise<ZwfwGuide> {
  const { baseUrl, key } = await referenceServer();
  const el = await fixture<ZwfwGuide>(html`<zwfw-guide base-url=${baseUrl} publishable-key=${key} matter-code=${code}
    lang=${attrs.lang ?? 'zh-CN'} theme=${attrs.theme ?? 'light'} ?elderly=${attrs.elderly ?? false}></zwfw-guide>`);
  await loaded(el);
  return el;
}

async function show(matter: Matter, lang = 'zh-CN'): Promise<ZwfwGuide> {
  const el = await fixture<ZwfwGuide>(html`<zwfw-guide lang=${lang} .matter=${matter}></zwfw-guide>`);
  await loaded(el);
  return el;
}

const clone = (m: Matter): Matter => structuredClone(m);

const materialOf = (base: Material, patch: Partial<Material>): Material => {
  const { condition: _c, eLicense: _e, ...rest } = base;
  return { ...rest, ...patch };
};

/** A matter with one material of each kind of marker and known time limits. */
function markerMatter(): Matter {
  const m = clone(first);
  const base = m.materials[0]!;
  m.situations = [];
  m.legalTimeLimit = { value: 20, unit: 'working_day' };
  m.promisedTimeLimit = { value: 5, unit: 'working_day' };
  m.materials = [
    materialOf(base, { id: 'm-required', name: '必要材料甲', order: 1, necessity: 'required', originalCopies: 1, photocopies: 2 }),
    materialOf(base, { id: 'm-optional', name: '非必要材料乙', order: 2, necessity: 'optional', originalCopies: 0, photocopies: 1 }),
    materialOf(base, { id: 'm-tolerance', name: '容缺材料丙', order: 3, necessity: 'tolerance', originalCopies: 1, photocopies: 0 }),
    materialOf(base, { id: 'm-exempt', name: '电子证照材料丁', order: 4, necessity: 'required', eLicense: { exempt: true, licenseType: '居民身份证' } }),
  ];
  return m;
}

/** Texts that try to run script or link to javascript: — all in plain-text fields. */
function hostileMatter(): Matter {
  const m = clone(first);
  const img = '<img src=x onerror="window.__zwfwXss=1">';
  m.name = `${img}恶意事项`;
  m.agency = { ...m.agency, name: `<b>加粗</b>${img}` };
  m.materials = [materialOf(m.materials[0]!, {
    name: `材料${img}`,
    blankFormUrl: 'javascript:window.__zwfwXss=2',
    sampleUrl: '//evil.example/sample.pdf',
  })];
  m.situations = [];
  m.windows = [{ name: `窗口${img}`, address: '地址', hours: '全天', mapUrl: 'javascript:window.__zwfwXss=3' }];
  m.online = { ...m.online, url: 'javascript:window.__zwfwXss=4' };
  m.processChartUrl = '/\\evil.example/chart.png';
  m.consultation = [{ way: 'online', value: 'javascript:window.__zwfwXss=5' }];
  return m;
}

/** Rich text (markup) in the fields provinces fill with HTML, with hostile parts. */
function richMatter(): Matter {
  const m = clone(first);
  m.acceptConditions =
    '<p>条件一：年满十八周岁</p><p>条件二<img src=x onerror="window.__zwfwXss=6"></p>' +
    '<a href="javascript:window.__zwfwXss=7">坏链接</a> <a href="https://ok.example/doc">好链接</a> <a href="//evil.example/x">协议相对</a>' +
    '<a href="/files/law.pdf">站内文件</a><script>window.__zwfwXss=8</script><ul><li>列表项</li></ul>';
  m.faq = [{ question: '问题？', answer: '答：<strong>可以</strong><br>第二行<iframe src="https://evil.example"></iframe>' }];
  return m;
}

afterEach(() => {
  expect((window as unknown as { __zwfwXss?: unknown }).__zwfwXss, 'no catalogue text ran script').to.equal(undefined);
});

// ---- accessibility of every state ------------------------------------------------------------------------------

describe('accessibility', () => {
  it('the loaded guide (default state) passes axe', async () => {
    const el = await mount(firstCode);
    await expectAccessible(el);
  });

  it('with every section open passes axe', async () => {
    const el = await mount(firstCode);
    el.expandAll();
    await el.updateComplete;
    expect(qa(el, '[part~="section-panel"][hidden]')).to.have.length(0);
    await expectAccessible(el);
  });

  it('the loading state is a polite status and passes axe', async () => {
    const { baseUrl } = await referenceServer();
    const client = createClient({ baseUrl, fetch: () => new Promise<Response>(() => {}), retry: false });
    const provider = await fixture<ZwfwProvider>(html`<zwfw-provider lang="zh-CN" .client=${client}><zwfw-guide matter-code=${firstCode}></zwfw-guide></zwfw-provider>`);
    const el = provider.querySelector('zwfw-guide')!;
    await until(() => el.shadowRoot?.querySelector('[part="loading"]') !== null, 'the loading state');
    expect(q(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
  });

  it('an unknown code says 未找到该事项 in plain words, with no retry, and passes axe', async () => {
    const { baseUrl, key } = await referenceServer();
    const el = await fixture<ZwfwGuide>(html`<zwfw-guide lang="zh-CN" base-url=${baseUrl} publishable-key=${key} matter-code="NOSUCHMATTER0001"></zwfw-guide>`);
    await until(() => q(el, '[part="error"]') !== null, 'the error state');
    const error = q(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('未找到该事项');
    expect(textOf(error)).not.to.match(/404|NOSUCHMATTER/);
    expect(q(el, '[part="retry-button"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('a network failure offers a retry that loads the guide, and passes axe', async () => {
    const { baseUrl, key } = await referenceServer();
    let fail = true;
    const client = createClient({
      baseUrl, publishableKey: key, retry: false, cache: false,
      fetch: (input, init) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const provider = await fixture<ZwfwProvider>(html`<zwfw-provider lang="zh-CN" .client=${client}><zwfw-guide matter-code=${firstCode}></zwfw-guide></zwfw-provider>`);
    const el = provider.querySelector('zwfw-guide')!;
    await until(() => el.shadowRoot?.querySelector('[part="retry-button"]') !== null, 'the retry button');
    await expectAccessible(el);
    fail = false;
    q(el, '[part="retry-button"]')!.click();
    await loaded(el);
    expect(textOf(q(el, '[part="title"]'))).to.equal(first.name);
  });

  it('with no matter code shows the idle state and passes axe', async () => {
    const { baseUrl } = await referenceServer();
    const el = await fixture<ZwfwGuide>(html`<zwfw-guide lang="zh-CN" base-url=${baseUrl}></zwfw-guide>`);
    expect(textOf(q(el, '[part="idle"]'))).to.equal('请选择事项以查看办事指南。');
    await expectAccessible(el);
  });

  it('zh-TW: strings and labels in traditional characters, passes axe', async () => {
    const el = await mount(firstCode, { lang: 'zh-TW' });
    expect(textOf(toggle(el, 'conditions'))).to.equal('受理條件');
    expect(textOf(q(el, '[part~="toc"]'))).to.contain('辦理時限');
    await expectAccessible(el);
  });

  it('en: strings and labels in English, passes axe', async () => {
    const el = await mount(firstCode, { lang: 'en' });
    expect(textOf(toggle(el, 'materials'))).to.equal('Documents');
    expect(q(el, '[part~="toc"]')!.getAttribute('aria-label')).to.equal('Contents');
    expect(textOf(q(el, '[part~="facts"]'))).to.contain('Visits in person');
    await expectAccessible(el);
  });

  it('dark theme passes axe (contrast included)', async () => {
    const el = await mount(firstCode, { theme: 'dark' });
    el.expandAll();
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('适老化 (elderly) passes axe and gives every control a 44px target', async () => {
    const el = await mount(situational.code, { elderly: true });
    await expectAccessible(el);
    for (const selector of ['[part~="toc-link"]', '[part~="section-toggle"]', '[part~="start"]', '[part~="option"]']) {
      expect(q(el, selector)!.getBoundingClientRect().height, selector).to.be.at.least(44);
    }
  });

  it('情景导办 with questions answered passes axe', async () => {
    const el = await mount(situational.code);
    for (const fieldset of qa(el, '[part~="question"]')) fieldset.querySelector('input')!.click();
    await el.updateComplete;
    await expectAccessible(el);
  });
});

// ---- content ---------------------------------------------------------------------------------------------------

describe('content', () => {
  it('shows every section of a known matter, with its content', async () => {
    const m = first;
    const el = await mount(firstCode);
    const ids = ['conditions', 'materials', 'time', 'fees', 'process', 'windows', 'online', 'contact', 'special', 'basis', 'result', 'faq', 'info'];
    expect(qa(el, '[part~="section-toggle"]').map((b) => b.id)).to.deep.equal(ids.map((id) => `t-${id}`));
    expect(qa(el, '[part~="toc-link"]')).to.have.length(ids.length);
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

    expect(textOf(q(el, '[part~="title"]'))).to.equal(m.name);
    const facts = textOf(q(el, '[part~="facts"]'));
    expect(facts).to.contain(m.agency.name);
    expect(facts).to.contain('到现场次数');
    expect(facts).to.contain(m.onSiteVisits === 0 ? '0 次（零跑动）' : `${m.onSiteVisits} 次`);
    expect(facts).to.contain(m.online.isOnline && m.online.depth ? labelOf(ONLINE_DEPTH_LABELS, m.online.depth, 'zh-CN') : '不支持网上办理');
    expect(facts).to.contain(labelOf(MATTER_TYPE_LABELS, m.type, 'zh-CN'));

    expect(textOf(panel(el, 'conditions'))).to.contain(norm(m.acceptConditions));
    const names = qa(el, '[part~="material"] .name').map((n) => textOf(n));
    expect(names).to.have.length(materialsForAnswers(m, {}).length);
    expect(names).to.include(m.materials[0]!.name);
    expect(textOf(panel(el, 'time'))).to.contain('法定').and.contain('承诺');
    expect(textOf(panel(el, 'fees'))).to.contain(m.isCharged ? m.fees[0]!.name : '是否收费否');
    for (const step of m.process) expect(textOf(panel(el, 'process'))).to.contain(step.name);
    for (const w of m.windows) expect(textOf(panel(el, 'windows'))).to.contain(w.address);
    expect(textOf(panel(el, 'online'))).to.contain('办理形式');
    expect(textOf(q(el, '[part~="complaint"]'))).to.contain('12345');
    expect(textOf(q(el, '[part~="consultation"]'))).to.contain(m.consultation[0]!.value);
    if (m.specialProcedures.length) expect(textOf(panel(el, 'special'))).to.contain(m.specialProcedures[0]!.name);
    else expect(textOf(panel(el, 'special'))).to.equal('无');
    for (const b of m.legalBasis) expect(textOf(panel(el, 'basis'))).to.contain(b.lawName);
    for (const f of m.faq) expect(textOf(panel(el, 'faq'))).to.contain(norm(f.question));
    expect(textOf(panel(el, 'info'))).to.contain(m.taskCode);
  });

  it('shows time limits with the speed-up: 法定 20 个工作日，承诺 5 个工作日，提速 75%', async () => {
    const el = await show(markerMatter());
    expect(textOf(q(el, '[part~="time-summary"]'))).to.equal('法定 20 个工作日，承诺 5 个工作日，提速 75%');
    const en = await show(markerMatter(), 'en');
    expect(textOf(q(en, '[part~="time-summary"]'))).to.equal('legal 20 working days, promised 5 working days, 75% faster');
  });

  it('shows fees with their basis, and special procedures with whether they count toward the limit', async () => {
    const m = clone(first);
    m.isCharged = true;
    m.feeBasis = '《收费依据总则》';
    m.fees = [{ name: '登记费', standard: '每件80元', basis: '财税〔2016〕79号', reducible: true, reductionBasis: '小微企业免收' }];
    m.specialProcedures = [
      { name: '公告', duration: 15, unit: 'working_day', basis: '实施细则第十七条', countsTowardLimit: false },
      { name: '现场检验', duration: 2, unit: 'calendar_day', countsTowardLimit: true, isCharged: true },
    ];
    const el = await show(m);
    const fees = textOf(panel(el, 'fees'));
    for (const s of ['《收费依据总则》', '登记费', '每件80元', '财税〔2016〕79号', '可以减免', '小微企业免收']) expect(fees).to.contain(s);
    const items = qa(el, '[part~="special-procedure"]').map(textOf);
    expect(items[0]).to.contain('公告').and.contain('15 个工作日').and.contain('不计入办理时限');
    expect(items[1]).to.contain('2 个自然日').and.contain('计入办理时限').and.not.contain('不计入');
  });

  it('a suspended matter says so and offers no start button', async () => {
    const m = clone(first);
    m.state = 'suspended';
    const el = await show(m);
    expect(textOf(q(el, '[part~="state-notice"]'))).to.equal('本事项当前状态为“暂停”，暂不受理申请。');
    expect(q(el, '[part~="start"]')).to.equal(null);
    const open = await show(first);
    expect(q(open, '[part~="state-notice"]')).to.equal(null);
    expect(textOf(q(open, '[part~="start"]'))).to.equal(first.online.isOnline ? '在线办理' : '开始办理');
  });

  it('adds the 12345 hotline to complaint channels that lack it', async () => {
    const m = clone(first);
    m.complaint = [{ way: 'email', value: 'jd@example.gov.cn' }];
    const el = await show(m);
    const items = qa(el, '[part~="complaint"] li').map(textOf);
    expect(items).to.have.length(2);
    expect(items[1]).to.equal('电话 12345（政务服务便民热线）');
  });

  it('marks each necessity and the e-licence exemption, with copy counts', async () => {
    const el = await show(markerMatter());
    const items = qa(el, '[part~="material"]');
    const markersOf = (li: Element): string[] => [...li.querySelectorAll('[part~="marker"]')].map(textOf);
    expect(markersOf(items[0]!)).to.deep.equal(['必要']);
    expect(markersOf(items[1]!)).to.deep.equal(['非必要']);
    expect(markersOf(items[2]!)).to.deep.equal(['容缺后补']);
    expect(markersOf(items[3]!)).to.deep.equal(['必要', '电子证照免提交']);
    expect(items[0]!.querySelector('[part~="marker-required"]')).to.exist;
    expect(items[1]!.querySelector('[part~="marker-optional"]')).to.exist;
    expect(items[2]!.querySelector('[part~="marker-tolerance"]')).to.exist;
    expect(items[3]!.querySelector('[part~="marker-exempt"]')).to.exist;
    expect(textOf(items[0]!)).to.contain('原件 1 份').and.contain('复印件 2 份');
    expect(textOf(items[3]!)).to.contain('可调取电子证照（居民身份证），无需提交');
    const en = await show(markerMatter(), 'en');
    expect(textOf(qa(en, '[part~="material"]')[2]!.querySelector('[part~="marker"]'))).to.equal('May be supplied later (tolerance)');
    expect(textOf(qa(en, '[part~="material"]')[3]!)).to.contain('Taken from your e-licence (居民身份证): no need to provide it.');
  });

  it('links blank forms and samples only when https: or root-relative', async () => {
    const m = clone(first);
    m.situations = [];
    m.materials = [materialOf(m.materials[0]!, { blankFormUrl: 'https://zwfw.example.gov.cn/blank.docx', sampleUrl: '/files/sample.pdf' })];
    const el = await show(m);
    const hrefs = qa<HTMLAnchorElement>(el, '[part~="material"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://zwfw.example.gov.cn/blank.docx', '/files/sample.pdf']);
  });

  it('the matter property renders the guide without any request', async () => {
    const { baseUrl, key } = await referenceServer();
    let requests = 0;
    const counting = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      requests += 1;
      return fetch(input, init);
    };
    const client = createClient({ baseUrl, publishableKey: key, fetch: counting, cache: false, retry: false });
    const provider = await fixture<ZwfwProvider>(html`<zwfw-provider lang="zh-CN" .client=${client}>
      <zwfw-guide matter-code=${firstCode} .matter=${first}></zwfw-guide>
    </zwfw-provider>`);
    const el = provider.querySelector('zwfw-guide')!;
    await loaded(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(textOf(q(el, '[part~="title"]'))).to.equal(first.name);
    expect(requests).to.equal(0);
    // The same element without the property loads through the client: the counter can fail.
    el.matter = undefined;
    await until(() => requests > 0, 'a request once the property is cleared');
  });

  it('renders hostile plain text inert: no element created, javascript: and //host links not clickable', async () => {
    const el = await show(hostileMatter());
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('b')).to.equal(null);
    expect(textOf(q(el, '[part~="title"]'))).to.equal('<img src=x onerror="window.__zwfwXss=1">恶意事项');
    el.expandAll();
    await el.updateComplete;
    for (const a of qa<HTMLAnchorElement>(el, 'a')) expect(safeHref(a.getAttribute('href')!), a.getAttribute('href')!).to.equal(a.getAttribute('href'));
    const asText = qa(el, '[part~="unsafe-link"]').map(textOf).join(' ');
    for (const url of ['javascript:window.__zwfwXss=2', '//evil.example/sample.pdf', 'javascript:window.__zwfwXss=3', '/\\evil.example/chart.png']) {
      expect(asText).to.contain(url);
    }
    expect(qa(el, 'a').some((a) => /javascript:|evil/.test(a.getAttribute('href') ?? ''))).to.equal(false);
    expect(textOf(q(el, '[part~="consultation"]'))).to.contain('javascript:window.__zwfwXss=5');
  });
});

// ---- rich text -----------------------------------------------------------------------------------------------

describe('rich text', () => {
  before(() => performance.setResourceTimingBufferSize(100000));
  const purifyRequested = (): boolean => performance.getEntriesByType('resource').some((e) => /dompurify|purify/i.test(e.name));

  it('pages without markup never download DOMPurify', async () => {
    const el = await mount(firstCode);
    el.expandAll();
    await el.updateComplete;
    expect(purifyRequested()).to.equal(false);
  });

  it('markup is stripped to text while DOMPurify loads, then sanitized into an allow-listed DOM', async () => {
    const el = await show(richMatter());
    // First render: DOMPurify not here yet, the text shows without tags (and nothing parsed as HTML).
    expect(q(el, '.rich')).to.equal(null);
    const conditions = panel(el, 'conditions');
    expect(conditions.textContent).to.contain('条件一：年满十八周岁').and.not.contain('<p>');
    expect(conditions.querySelector('p, a, img')).to.equal(null);

    await until(() => q(el, '#p-conditions .rich') !== null, 'the sanitized conditions');
    expect(purifyRequested()).to.equal(true);
    const rich = q(el, '#p-conditions .rich')!;
    expect(rich.querySelectorAll('p')).to.have.length(2);
    expect(rich.querySelectorAll('li')).to.have.length(1);
    expect(root(el).querySelector('img, script, iframe')).to.equal(null);
    expect([...rich.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://ok.example/doc', '/files/law.pdf']);
    expect(textOf(rich)).to.contain('坏链接').and.contain('协议相对');
    expect([...rich.querySelectorAll('a')].map(textOf)).not.to.include('坏链接');

    el.expandAll();
    await el.updateComplete;
    await until(() => q(el, '#p-faq .rich') !== null, 'the sanitized FAQ answer');
    const answer = q(el, '#p-faq .rich')!;
    expect(answer.querySelector('strong')!.textContent).to.equal('可以');
    expect(answer.querySelector('br')).to.exist;
  });

  it('detects markup and strips tags and entities', () => {
    expect(hasMarkup('年满18周岁，<br>持有身份证')).to.equal(true);
    expect(hasMarkup('年龄<18 或 a < b')).to.equal(false);
    expect(hasMarkup('R&amp;D')).to.equal(true);
    expect(stripTags('<p>甲&amp;乙</p><p>丙&lt;丁&gt;</p>')).to.equal('甲&乙\n丙<丁>');
    // Root-relative catalogue links belong to the catalogue's server, not to the page embedding the guide.
    expect(catalogueHref('/files/a.pdf', 'https://zwfw.example.gov.cn/api/')).to.equal('https://zwfw.example.gov.cn/files/a.pdf');
    expect(catalogueHref('/files/a.pdf', `${location.origin}/`)).to.equal('/files/a.pdf');
    expect(catalogueHref('/files/a.pdf', 'http://other.example/')).to.equal(undefined, 'never a plain-http link off the page');
    expect(catalogueHref('/files/a.pdf', undefined)).to.equal('/files/a.pdf');
    expect(catalogueHref('javascript:alert(1)', 'https://zwfw.example.gov.cn/')).to.equal(undefined);
    expect(safeHref('https://a.example/x')).to.equal('https://a.example/x');
    expect(safeHref('/x/y')).to.equal('/x/y');
    for (const bad of ['http://a.example', '//a.example', '/\\a.example', 'javascript:alert(1)', ' javascript:x', 'data:text/html,x', 'x.html', 'java\nscript:x']) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });
});

// ---- 情景导办 ------------------------------------------------------------------------------------------------

describe('情景导办', () => {
  it('narrows the materials to the answers, announces the count politely, and clears', async () => {
    const m = situational;
    const el = await mount(m.code);
    const count = q(el, '[part~="material-count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(textOf(count)).to.equal(`适用 ${m.materials.length} 项材料，共 ${m.materials.length} 项`);
    expect(qa(el, '[part~="question"]')).to.have.length(m.situations!.length);
    expect(textOf(q(el, '[part~="question"] legend'))).to.equal(m.situations![0]!.text);

    // Pick, for each question, the first option; the list must match core's materialsForAnswers.
    const answers: Record<string, string> = {};
    for (const [i, question] of m.situations!.entries()) {
      answers[question.id] = question.options[0]!.id;
      qa<HTMLInputElement>(el, '[part~="question"]')[i]!.querySelector('input')!.click();
    }
    await el.updateComplete;
    const expected = materialsForAnswers(m, answers);
    expect(expected.length).to.be.below(m.materials.length);
    expect(qa(el, '[part~="material"] .name').map(textOf)).to.deep.equal([...expected].sort((a, b) => a.order - b.order).map((x) => x.name));
    expect(textOf(count)).to.equal(`适用 ${expected.length} 项材料，共 ${m.materials.length} 项`);
    expect(el.answers).to.deep.equal(Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, [v]])));

    q(el, '[part~="clear-answers"]')!.click();
    await el.updateComplete;
    expect(qa(el, '[part~="material"]')).to.have.length(m.materials.length);
    expect(qa<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
  });

  it('an unanswered question excludes nothing; multiple-choice questions are checkboxes', async () => {
    const m = clone(first);
    const base = m.materials[0]!;
    m.situations = [
      { id: 'kinds', text: '您的情况（可多选）', multiple: true, options: [{ id: 'a', label: '情况A' }, { id: 'b', label: '情况B' }] },
      { id: 'agent', text: '是否委托？', options: [{ id: 'no', label: '否' }, { id: 'yes', label: '是' }] },
    ];
    m.materials = [
      materialOf(base, { id: 'always', name: '总是需要', order: 1 }),
      materialOf(base, { id: 'a', name: 'A 需要', order: 2, condition: { questionId: 'kinds', optionIds: ['a'] } }),
      materialOf(base, { id: 'b', name: 'B 需要', order: 3, condition: { questionId: 'kinds', optionIds: ['b'] } }),
      materialOf(base, { id: 'proxy', name: '委托书', order: 4, condition: { questionId: 'agent', optionIds: ['yes'] } }),
    ];
    const el = await show(m);
    const names = (): string[] => qa(el, '[part~="material"] .name').map(textOf);
    expect(names()).to.have.length(4);
    const boxes = qa<HTMLInputElement>(el, 'fieldset')[0]!.querySelectorAll('input');
    expect([...boxes].map((b) => b.type)).to.deep.equal(['checkbox', 'checkbox']);
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['总是需要', 'A 需要', 'B 需要', '委托书']);
    boxes[1]!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['总是需要', 'A 需要', '委托书']);
    qa<HTMLInputElement>(el, 'fieldset')[1]!.querySelector('input')!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['总是需要', 'A 需要']);
  });
});

// ---- start ---------------------------------------------------------------------------------------------------

describe('start', () => {
  it('fires zwfw-start with the matter code; cancelling it stays on the page', async () => {
    const el = await show(first);
    const navigated: string[] = [];
    el.navigate = (url) => navigated.push(url);
    el.setAttribute('start-href', '/apply.html?code={code}');
    el.addEventListener('zwfw-start', (e) => e.preventDefault(), { once: true });
    const event = oneEvent(document, 'zwfw-start');
    q(el, '[part~="start"]')!.click();
    const e = await event;
    expect(e.detail).to.deep.equal({ matterCode: firstCode });
    expect(e.cancelable).to.equal(true);
    expect(e.composed && e.bubbles).to.equal(true);
    expect(navigated).to.deep.equal([]);
  });

  it('goes to start-href with the code filled in unless cancelled; refuses an unsafe template', async () => {
    const el = await mount(firstCode);
    const navigated: string[] = [];
    el.navigate = (url) => navigated.push(url);
    el.startHref = '/apply.html?code={code}';
    await el.updateComplete;
    q(el, '[part~="start"]')!.click();
    expect(navigated).to.deep.equal([`/apply.html?code=${firstCode}`]);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      for (const unsafe of ['javascript:alert(1)//{code}', '//evil.example/{code}', 'http://x.example/{code}']) {
        el.startHref = unsafe;
        await el.updateComplete;
        q(el, '[part~="start"]')!.click();
      }
    } finally {
      console.error = original;
    }
    expect(navigated).to.have.length(1);
    expect(errors).to.have.length(3);
  });

  it('names the 一件事 bundle of a matter that belongs to one', async () => {
    const code = bundle.steps[0]!.matterCode;
    const el = await mount(code);
    el.navigate = () => undefined;
    expect(textOf(q(el, '[part~="bundle-note"]'))).to.contain(bundle.name);
    el.addEventListener('zwfw-start', (e) => e.preventDefault(), { once: true });
    setTimeout(() => q(el, '[part~="start"]')!.click());
    const e = await oneEvent(el, 'zwfw-start');
    expect(e.detail).to.deep.equal({ matterCode: code, bundleCode: bundle.id });
  });
});

// ---- print -----------------------------------------------------------------------------------------------------

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every section open, without controls, black on white, with link addresses', async () => {
    const m = clone(first);
    m.processChartUrl = 'https://zwfw.example.gov.cn/chart.png';
    const el = await fixture<ZwfwGuide>(html`<zwfw-guide lang="zh-CN" theme="dark" .matter=${m}></zwfw-guide>`);
    await loaded(el);
    expect(shown(panel(el, 'faq'))).to.equal(false);
    await emulateMedia({ media: 'print' });
    for (const p of qa(el, '[part~="section-panel"]')) {
      expect(shown(p), p.id).to.equal(true);
      expect(p.getBoundingClientRect().height, p.id).to.be.above(0);
    }
    for (const control of ['[part~="toc"]', '[part~="toc-link"]', '[part~="expand-all"]', '[part~="start"]']) {
      expect(q(el, control)!.checkVisibility(), control).to.equal(false);
    }
    expect(getComputedStyle(q(el, '.title')!).color).to.equal('rgb(0, 0, 0)');
    const a = q(el, '#p-process a')!;
    expect(getComputedStyle(a, '::after').content).to.contain('https://zwfw.example.gov.cn/chart.png');
  });
});

// ---- keyboard ------------------------------------------------------------------------------------------------

describe('keyboard', () => {
  const active = (el: ZwfwGuide): Element | null => root(el).activeElement;

  it('the table of contents opens and focuses a section; Tab walks it', async () => {
    const el = await mount(firstCode);
    q(el, '[part~="toc-link"]')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(active(el))).to.equal('办理时限');
    expect(toggle(el, 'time').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)).to.equal(toggle(el, 'time'));
    expect(toggle(el, 'time').getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, 'time').hidden).to.equal(false);
  });

  it('section toggles open and close with Enter and Space; 全部展开 opens all', async () => {
    const el = await mount(firstCode);
    toggle(el, 'fees').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el, 'fees').getAttribute('aria-expanded')).to.equal('true');
    expect(shown(panel(el, 'fees'))).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle(el, 'fees').getAttribute('aria-expanded')).to.equal('false');
    expect(shown(panel(el, 'fees'))).to.equal(false);
    q(el, '[part~="expand-all"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(qa(el, '[part~="section-toggle"][aria-expanded="false"]')).to.have.length(0);
    expect(textOf(q(el, '[part~="expand-all"]'))).to.equal('全部收起');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(qa(el, '[part~="section-toggle"][aria-expanded="true"]')).to.have.length(0);
  });

  it('questions answer with Space and arrow keys, and the list follows', async () => {
    const m = situational;
    const el = await mount(m.code);
    const question = m.situations!.find((qq) => m.materials.some((mat) => mat.condition && 'questionId' in mat.condition && mat.condition.questionId === qq.id))!;
    const index = m.situations!.indexOf(question);
    const radios = [...qa(el, '[part~="question"]')[index]!.querySelectorAll('input')];
    radios[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(radios[0]!.checked).to.equal(true);
    expect(el.answers[question.id]).to.deep.equal([question.options[0]!.id]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios[1]!.checked).to.equal(true);
    expect(el.answers[question.id]).to.deep.equal([question.options[1]!.id]);
    const expected = materialsForAnswers(m, { [question.id]: question.options[1]!.id });
    expect(qa(el, '[part~="material"]')).to.have.length(expected.length);
  });
});

// ---- Trusted Types (last: the policy cannot be lifted from this page once set) ----------------------------------

describe('strict CSP with Trusted Types', () => {
  it('sanitized rich text renders under require-trusted-types-for \'script\'', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
    // The policy is enforced: a raw string to innerHTML throws.
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    violations.length = 0;
    const m = richMatter();
    m.acceptConditions = '<p>可信类型</p><p>第二段<img src=x onerror="window.__zwfwXss=9"></p>';
    const el = await show(m);
    await until(() => q(el, '#p-conditions .rich') !== null, 'the sanitized conditions under Trusted Types');
    expect(q(el, '#p-conditions .rich')!.querySelectorAll('p')).to.have.length(2);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });
});
