import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { ZwfwNetworkError, type SearchFilters, type SearchResponse, type ZwfwClient } from '@zwfw/sdk';
import './define.js';
import '../provider/define.js';
import type { ZwfwMatterSearch } from './zwfw-matter-search.js';
import type { ZwfwMatterSelectEvent } from '../../events/matter-select.js';
import { highlight, highlightPieces } from './highlight.js';
import { rowHref } from './rows.js';
import { expectAccessible, referenceServer, testClient, until } from '../../../test/helpers.js';

// ---- helpers -------------------------------------------------------------------------------------------------

const shadow = (el: ZwfwMatterSearch): ShadowRoot => el.shadowRoot!;
const input = (el: ZwfwMatterSearch): HTMLInputElement => shadow(el).querySelector('input')!;
const popup = (el: ZwfwMatterSearch): HTMLElement => shadow(el).querySelector('[part="popup"]')!;
const listbox = (el: ZwfwMatterSearch): HTMLElement => shadow(el).querySelector('[role="listbox"]')!;
const options = (el: ZwfwMatterSearch): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: ZwfwMatterSearch): string[] => options(el).map((o) => o.querySelector('[part="name"]')!.textContent!.trim());
const liveRegion = (el: ZwfwMatterSearch): string => shadow(el).querySelector('[part="status"]')!.textContent!.trim();
const chips = (el: ZwfwMatterSearch): HTMLButtonElement[] => [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part="chip"]')];
const chip = (el: ZwfwMatterSearch, filter: string, value?: string): HTMLButtonElement | undefined =>
  chips(el).find((c) => c.dataset['filter'] === filter && (value === undefined || c.dataset['value'] === value));
const chipCount = (c: HTMLButtonElement): number => Number(c.querySelector('.count')!.textContent!.replace(/\D/g, ''));
const activeId = (el: ZwfwMatterSearch): string | null => input(el).getAttribute('aria-activedescendant');
const activeOption = (el: ZwfwMatterSearch): HTMLElement | null => {
  const id = activeId(el);
  return id ? shadow(el).getElementById(id) : null;
};
const expanded = (el: ZwfwMatterSearch): boolean => input(el).getAttribute('aria-expanded') === 'true';

async function mount(attrs: { lang?: string; theme?: string; elderly?: boolean; limit?: number } = {}): Promise<ZwfwMatterSearch> {
  const { baseUrl, key } = await referenceServer();
  return fixture<ZwfwMatterSearch>(html`<zwfw-matter-search
    base-url=${baseUrl}
    publishable-key=${key}
    lang=${attrs.lang ?? 'zh-CN'}
    theme=${attrs.theme ?? 'light'}
    ?elderly=${attrs.elderly ?? false}
    limit=${attrs.limit ?? 20}
  ></zwfw-matter-search>`);
}

/** Mounts the element in a provider that hands it `client` (to script slow, failing or stale answers). */
async function mountWith(client: ZwfwClient): Promise<ZwfwMatterSearch> {
  const provider = await fixture(html`<zwfw-provider lang="zh-CN" .client=${client}><zwfw-matter-search></zwfw-matter-search></zwfw-provider>`);
  const el = provider.querySelector('zwfw-matter-search')!;
  await el.updateComplete;
  return el;
}

type SearchFn = (real: ZwfwClient, q: string, filters: SearchFilters, signal: AbortSignal | undefined, source?: string) => Promise<SearchResponse>;

/** A client whose `search` is scripted (always "server mode": its index never loads). */
async function scriptedClient(search: SearchFn): Promise<ZwfwClient & { calls: string[] }> {
  const real = await testClient();
  const calls: string[] = [];
  const fn = Object.assign(
    (q: string, filters: SearchFilters = {}, options: { signal?: AbortSignal; source?: string } = {}) => {
      calls.push(options.source === undefined ? q : `${options.source}:${q}`);
      return search(real, q, filters, options.signal, options.source);
    },
    { loadIndex: async () => undefined, indexLoaded: false },
  );
  return Object.create(real, { search: { value: fn }, calls: { value: calls } }) as ZwfwClient & { calls: string[] };
}

async function type(el: ZwfwMatterSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
}

/** Types `text` and waits for its results (the search of the last keystroke has started when sendKeys returns). */
async function search(el: ZwfwMatterSearch, text: string): Promise<void> {
  await type(el, text);
  await until(() => options(el).length > 0 && listbox(el).getAttribute('aria-busy') === 'false', `results for ${text}`);
}

/** The result count, once the live region has announced it. */
async function announced(el: ZwfwMatterSearch): Promise<string> {
  await until(() => /找到|found/.test(liveRegion(el)), 'the result count announced');
  return liveRegion(el);
}

before(async function () {
  // The reference server builds its search index on the first request; build it here, not in the first test.
  this.timeout(30000);
  await (await testClient()).search.loadIndex();
  document.documentElement.lang = 'zh-CN';
  // @lit-labs/virtualizer's ResizeObserver makes Chromium report "ResizeObserver loop completed with undelivered
  // notifications" when it measures rows it has just added. The Lit team documents it as benign and ignores it in
  // their own tests (lit/lit#3154); only that exact message is let through here, every other error still fails.
  const fail = window.onerror;
  window.onerror = (message, ...rest) =>
    String(message).startsWith('ResizeObserver loop completed with undelivered notifications') || (fail?.call(window, message, ...rest) ?? false);
});

// ---- states, each checked with axe ---------------------------------------------------------------------------

describe('zwfw-matter-search states', () => {
  it('is accessible closed, with a visible label, a placeholder and a collapsed combobox', async () => {
    const el = await mount();
    await expectAccessible(el);
    expect(shadow(el).querySelector('label')!.textContent!.trim()).to.equal('搜索办事事项');
    expect(input(el).placeholder).to.contain('拼音');
    expect(input(el).getAttribute('role')).to.equal('combobox');
    expect(input(el).getAttribute('aria-autocomplete')).to.equal('list');
    expect(input(el).getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(expanded(el)).to.equal(false);
    expect(popup(el).hidden).to.equal(true);
  });

  it('takes its label from the label slot', async () => {
    const { baseUrl } = await referenceServer();
    const el = await fixture<ZwfwMatterSearch>(html`<zwfw-matter-search base-url=${baseUrl}><span slot="label">查找服务</span></zwfw-matter-search>`);
    await expectAccessible(el);
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="label"]')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('查找服务');
  });

  it('suggests bundles and catalogue matters when focused with an empty box (empty state)', async () => {
    const el = await mount();
    input(el).focus();
    await until(() => options(el).length > 0, 'suggestions');
    expect(expanded(el)).to.equal(true);
    const groups = [...shadow(el).querySelectorAll('[role="group"][part="group"]')].map((g) => g.querySelector('[part="group-label"]')!.textContent!.trim());
    expect(groups).to.deep.equal(['一件事：多个事项一次办', '常用事项']);
    const bundles = options(el).filter((o) => o.dataset['kind'] === 'bundle');
    expect(bundles.length).to.be.greaterThan(0);
    expect(bundles[0]!.querySelector('[part~="badge-bundle"]')!.textContent).to.equal('一件事');
    expect(bundles[0]!.textContent).to.match(/含 \d+ 个事项/);
    // Catalogue summaries carry the facts a badge shows.
    const matter = options(el).find((o) => o.dataset['kind'] === 'matter')!;
    expect(matter.querySelector('[part~="badge-promised"], [part~="badge-zero-visits"], [part~="badge-visits"]')).to.not.equal(null);
    await until(() => /为您推荐 \d+ 项服务/.test(liveRegion(el)), 'the suggestion count announced');
    await expectAccessible(el);
  });

  it('is accessible open with results', async () => {
    const el = await mount();
    await search(el, '营业执照');
    expect(expanded(el)).to.equal(true);
    await expectAccessible(el);
  });

  it('says so in plain words, with a hint, when nothing matches', async () => {
    const el = await mount();
    await type(el, 'xqzvk');
    await until(() => shadow(el).querySelector('[part="no-results"]') !== null, 'the no-results message');
    const message = shadow(el).querySelector('[part="no-results"]')!.textContent!;
    expect(message).to.contain('没有找到与“xqzvk”相关的事项');
    expect(message).to.contain('拼音');
    expect(options(el)).to.have.length(0);
    expect(listbox(el).hidden).to.equal(true);
    await until(() => liveRegion(el).startsWith('没有找到'), 'no results announced');
    await expectAccessible(el);
  });

  it('shows a plain error with a retry that works', async () => {
    let fail = true;
    const client = await scriptedClient(async (real, q, filters, signal) => {
      if (fail) throw new ZwfwNetworkError('fetch failed', { operation: 'search' });
      return real.search(q, filters, { signal: signal!, source: 'server' });
    });
    const el = await mountWith(client);
    await type(el, '公积金');
    await until(() => shadow(el).querySelector('[part="error"]') !== null, 'the error state');
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('网络连接失败');
    expect(error.textContent).to.not.match(/fetch failed|network_error/);
    await expectAccessible(el);
    fail = false;
    shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await until(() => names(el).some((n) => n.includes('公积金')), 'results after retry');
  });

  it('shows a searching state while the server answers', async () => {
    const client = await scriptedClient((_real, _q, _f, signal) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))));
    const el = await mountWith(client);
    await type(el, '公积金');
    await until(() => shadow(el).querySelector('[part="searching"]') !== null, 'the searching state');
    expect(shadow(el).querySelector('[part="searching"]')!.textContent).to.contain('正在搜索');
    await expectAccessible(el);
  });

  it('tells the webmaster when no service address is configured', async () => {
    const el = await fixture<ZwfwMatterSearch>(html`<zwfw-matter-search></zwfw-matter-search>`);
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('组件尚未配置服务地址');
    expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
    await expectAccessible(el);
  });

  for (const [lang, label, found] of [['zh-TW', '搜尋辦事事項', /找到 \d+ 個事項/], ['en', 'Search government services', /\d+ services found/]] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await mount({ lang });
      expect(shadow(el).querySelector('label')!.textContent!.trim()).to.equal(label);
      await type(el, '公积金');
      await until(() => found.test(liveRegion(el)), `the ${lang} result count`);
      await expectAccessible(el);
    });
  }

  it('is accessible in dark mode', async () => {
    const el = await mount({ theme: 'dark' });
    await search(el, '公积金');
    expect(el.matches(':state(dark)')).to.equal(true);
    await expectAccessible(el);
  });

  it('is accessible in 适老化 mode, with 44px targets', async () => {
    const el = await mount({ elderly: true });
    await search(el, '公积金');
    expect(el.matches(':state(elderly)')).to.equal(true);
    expect(input(el).getBoundingClientRect().height).to.be.at.least(44);
    expect(options(el)[0]!.getBoundingClientRect().height).to.be.at.least(44);
    expect(chips(el)[0]!.getBoundingClientRect().height).to.be.at.least(44);
    await expectAccessible(el);
  });
});

// ---- behaviour against the reference server ------------------------------------------------------------------

describe('zwfw-matter-search results', () => {
  it('loads the search index on first focus, then answers locally', async () => {
    const el = await mount();
    input(el).focus();
    const client = (el as unknown as { resolvedClient: ZwfwClient }).resolvedClient;
    await until(() => client.search.indexLoaded, 'the index loaded');
    await search(el, '公积金');
    expect(names(el)[0]).to.contain('公积金');
  });

  it('finds matters from Chinese words, with the matched parts in <mark>', async () => {
    const el = await mount();
    await search(el, '营业执照');
    expect(names(el).some((n) => n.includes('营业执照'))).to.equal(true);
    const marks = [...options(el)[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.join('')).to.contain('营业执照');
    expect(await announced(el)).to.match(/^找到 \d+ 个事项$/);
  });

  it('finds 营业执照 from the pinyin initials yyzz', async () => {
    const el = await mount();
    await search(el, 'yyzz');
    expect(names(el).slice(0, 3).some((n) => n.includes('营业执照'))).to.equal(true);
  });

  it('shows department, visits, promised against legal time and online depth on each row', async () => {
    const el = await mount();
    await search(el, '公积金');
    const row = options(el)[0]!;
    expect(row.querySelector('[part="meta"]')!.textContent!.trim()).to.not.equal('');
    expect(row.querySelector('[part~="badge-zero-visits"], [part~="badge-visits"]')).to.not.equal(null);
    const rows = options(el).map((o) => o.textContent ?? '');
    expect(rows.some((t) => /承诺 [\d.]+ 工作日 \/ 法定 \d+/.test(t))).to.equal(true);
    expect(rows.some((t) => /级（/.test(t))).to.equal(true);
  });

  it('says why a hit matched when its name would not: the life event, or a common name', async () => {
    const el = await mount();
    await search(el, '生孩子');
    const first = options(el)[0]!;
    expect(first.dataset['kind']).to.equal('bundle');
    expect(first.querySelector('[part~="badge-reason"]')!.textContent).to.equal('因为：生育');
    await search(el, '营业执照');
    expect(options(el)[0]!.querySelector('[part~="badge-reason"]'), 'no hint on a name match').to.equal(null);
    const en = await mount({ lang: 'en' });
    await search(en, '五保户');
    expect(options(en)[0]!.querySelector('[part~="badge-reason"]')!.textContent).to.equal('Everyday wording');
  });

  it('lists 一件事 bundles among the results with their own badge', async () => {
    const el = await mount();
    await search(el, '一件事');
    const bundle = options(el).find((o) => o.dataset['kind'] === 'bundle');
    expect(bundle, 'a bundle row').to.not.equal(undefined);
    expect(bundle!.querySelector('[part~="badge-bundle"]')!.textContent).to.equal('一件事');
    const seen = new Promise<ZwfwMatterSelectEvent>((resolve) => el.addEventListener('zwfw-matter-select', resolve, { once: true }));
    bundle!.click();
    const event = await seen;
    expect(event.detail.kind).to.equal('bundle');
    const real = await testClient();
    expect((await real.bundles.get(event.detail.code)).name).to.equal(event.detail.name);
  });

  it('filters with chips that show facet counts', async () => {
    const el = await mount();
    await search(el, '公积金');
    const person = chip(el, 'audience', 'natural_person')!;
    expect(person.getAttribute('aria-pressed')).to.equal('false');
    const expected = chipCount(person);
    expect(expected).to.be.greaterThan(0);
    const before = await announced(el);
    person.click();
    await until(() => liveRegion(el) === `找到 ${expected} 个事项` && liveRegion(el) !== before, 'the filtered count');
    expect(chip(el, 'audience', 'natural_person')!.getAttribute('aria-pressed')).to.equal('true');
    // Pressed again, the filter is off and the full count is back.
    chip(el, 'audience', 'natural_person')!.click();
    await until(() => liveRegion(el) === before, 'the unfiltered count');
  });

  it('filters to 零跑动 and 全程网办 matters', async () => {
    const el = await mount();
    await search(el, '公积金');
    const zero = chip(el, 'onSiteVisits', '0')!;
    expect(zero.textContent).to.contain('零跑动');
    zero.click();
    await until(() => chip(el, 'onSiteVisits', '0')?.getAttribute('aria-pressed') === 'true' && options(el).length > 0 && options(el).every((o) => o.querySelector('[part~="badge-zero-visits"]')), 'only 零跑动 rows');
    const online = chip(el, 'onlineDepth', 'IV')!;
    online.click();
    await until(() => options(el).length > 0 && options(el).every((o) => o.textContent!.includes('Ⅳ级')), 'only 全程网办 rows');
  });

  it('names departments on their chips, not credit codes (local facets are labelled from the index)', async () => {
    const el = await mount();
    await search(el, '营业执照');
    await until(() => chip(el, 'department') !== undefined, 'a department chip');
    const label = chip(el, 'department')!.textContent!;
    expect(label).to.not.match(/[0-9A-Z]{18}/);
    expect(label).to.match(/局|委|办|中心/);
    chip(el, 'department')!.click();
    await until(() => chip(el, 'department')!.getAttribute('aria-pressed') === 'true', 'the department chip pressed');
  });

  it('never lets a stale answer overwrite a newer one', async () => {
    let releaseSlow: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    let slowAnswered = false;
    const client = await scriptedClient(async (real, q, filters) => {
      // The slow answer ignores its abort signal, as a response already on the wire would.
      const answer = await real.search(q, filters, { source: 'server' });
      if (q === '营业执照') {
        await slow;
        slowAnswered = true;
      }
      return answer;
    });
    const el = await mountWith(client);
    el.value = '营业执照';
    input(el).click();
    await until(() => client.calls.includes('营业执照'), 'the first search sent');
    el.value = '公积金';
    await until(() => names(el).length > 0 && names(el)[0]!.includes('公积金'), 'the newer results');
    releaseSlow();
    await until(() => slowAnswered, 'the stale answer arrived');
    await nextFrame();
    await el.updateComplete;
    expect(names(el)[0]).to.contain('公积金');
    expect(names(el).some((n) => n.includes('营业执照'))).to.equal(false);
  });

  it('selects a row on click and follows href-template unless cancelled', async () => {
    const el = await mount();
    el.hrefTemplate = `${location.pathname}${location.search}#matter={code}`;
    await search(el, '公积金');
    const row = options(el)[1]!;
    const cancel = (e: Event): void => e.preventDefault();
    el.addEventListener('zwfw-matter-select', cancel, { once: true });
    row.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(expanded(el)).to.equal(false);
    expect(input(el).value).to.equal(row.querySelector('[part="name"]')!.textContent);
    // Reopened (the box now holds the chosen name), a click that nobody cancels follows the template.
    await sendKeys({ press: 'ArrowDown' });
    await until(() => options(el).length > 0, 'results again');
    const again = options(el)[0]!;
    const seen = new Promise<ZwfwMatterSelectEvent>((resolve) => el.addEventListener('zwfw-matter-select', resolve, { once: true }));
    again.click();
    const event = await seen;
    expect(event.detail).to.deep.equal({ code: again.dataset['code'], name: again.querySelector('[part="name"]')!.textContent, kind: 'matter' });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(location.hash).to.equal(`#matter=${encodeURIComponent(again.dataset['code']!)}`);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('virtualises long lists and keeps the active option in view', async () => {
    const el = await mount({ limit: 100 });
    await type(el, '登记');
    await until(() => listbox(el).classList.contains('long'), 'the virtualised list');
    await until(() => options(el).length > 0, 'rendered rows');
    expect(options(el).length).to.be.lessThan(100);
    expect(options(el)[0]!.getAttribute('aria-setsize')).to.equal('100');
    await sendKeys({ press: 'End' });
    await until(() => activeOption(el) !== null, 'the last option rendered');
    expect(activeId(el)).to.equal('option-99');
    // The virtualizer scrolls over a few frames: wait until the active row sits inside the list's box.
    const inView = (): boolean => {
      const list = listbox(el).getBoundingClientRect();
      const last = activeOption(el)?.getBoundingClientRect();
      return last !== undefined && last.bottom <= list.bottom + 1 && last.top >= list.top - 1;
    };
    await until(inView, 'the last option scrolled into view');
    await sendKeys({ press: 'Home' });
    await until(() => activeId(el) === 'option-0' && activeOption(el) !== null, 'the first option');
  });
});

// ---- keyboard ------------------------------------------------------------------------------------------------

describe('zwfw-matter-search keyboard', () => {
  it('ArrowDown and ArrowUp move the active option and wrap at both ends', async () => {
    const el = await mount();
    await search(el, '公积金');
    const count = options(el).length;
    expect(activeId(el)).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(el)).to.equal('option-0');
    expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true')).to.have.length(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(el)).to.equal('option-1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(activeId(el)).to.equal(`option-${count - 1}`);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(el)).to.equal('option-0');
    expect(shadow(el).activeElement).to.equal(input(el));
  });

  it('Home and End go to the first and last option while the list is open', async () => {
    const el = await mount();
    await search(el, '公积金');
    const count = options(el).length;
    await sendKeys({ press: 'End' });
    expect(activeId(el)).to.equal(`option-${count - 1}`);
    await sendKeys({ press: 'Home' });
    expect(activeId(el)).to.equal('option-0');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'End' });
    expect(expanded(el)).to.equal(false);
    expect(input(el).selectionStart).to.equal(input(el).value.length);
  });

  it('ArrowDown opens a closed list on its first option', async () => {
    const el = await mount();
    await search(el, '公积金');
    await sendKeys({ press: 'Escape' });
    expect(expanded(el)).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    expect(expanded(el)).to.equal(true);
    expect(activeId(el)).to.equal('option-0');
  });

  it('Enter selects the active option', async () => {
    const el = await mount();
    await search(el, '公积金');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const expected = activeOption(el)!;
    const seen = new Promise<ZwfwMatterSelectEvent>((resolve) => el.addEventListener('zwfw-matter-select', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    const event = await seen;
    expect(event.detail.code).to.equal(expected.dataset['code']);
    expect(event.detail.name).to.equal(expected.querySelector('[part="name"]')!.textContent);
    expect(expanded(el)).to.equal(false);
    expect(input(el).value).to.equal(event.detail.name);
  });

  it('Enter without an active option selects nothing', async () => {
    const el = await mount();
    await search(el, '公积金');
    let selected = false;
    el.addEventListener('zwfw-matter-select', () => {
      selected = true;
    });
    await sendKeys({ press: 'Enter' });
    expect(selected).to.equal(false);
  });

  it('Escape closes the list, then a second Escape clears the box', async () => {
    const el = await mount();
    await search(el, '公积金');
    await sendKeys({ press: 'Escape' });
    expect(expanded(el)).to.equal(false);
    expect(popup(el).hidden).to.equal(true);
    expect(input(el).value).to.equal('公积金');
    await sendKeys({ press: 'Escape' });
    expect(input(el).value).to.equal('');
    expect(el.value).to.equal('');
  });

  it('Tab moves on normally: into the filter chips, and out of the element, which closes the list', async () => {
    const el = await mount();
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    await search(el, '公积金');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(chips(el)[0]);
    expect(expanded(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(shadow(el).activeElement).to.equal(input(el));
    expect(expanded(el)).to.equal(false);
    // With the list closed (no chips on screen), Tab leaves the element.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('focus leaving the element closes the list', async () => {
    const el = await mount();
    const after = document.createElement('button');
    el.after(after);
    input(el).focus();
    await until(() => expanded(el), 'the empty state open');
    after.focus();
    await el.updateComplete;
    expect(expanded(el)).to.equal(false);
    after.remove();
  });
});

// ---- units ---------------------------------------------------------------------------------------------------

describe('highlight', () => {
  it('splits a name into text and <mark> pieces from the offsets', () => {
    expect(highlightPieces('住房公积金提取', [{ field: 'name', start: 2, end: 5 }])).to.deep.equal([['住房', false], ['公积金', true], ['提取', false]]);
  });

  it('clamps, sorts, merges and ignores bad or foreign spans', () => {
    const spans = [
      { field: 'name', start: 4, end: 99 },
      { field: 'name', start: 0, end: 1 },
      { field: 'name', start: 1, end: 2 },
      { field: 'name', start: 3, end: 3 },
      { field: 'name', start: 5, end: 2 },
      { field: 'department', start: 2, end: 3 },
    ];
    expect(highlightPieces('营业执照换发', spans)).to.deep.equal([['营业', true], ['执照', false], ['换发', true]]);
  });

  it('renders markup in a name as text, never as elements', () => {
    const name = '<img src=x onerror="window.__pwned=1">营业执照';
    const container = document.createElement('div');
    render(highlight(name, [{ field: 'name', start: 0, end: 4 }, { field: 'name', start: name.length - 4, end: name.length }]), container);
    expect(container.querySelector('img')).to.equal(null);
    expect(container.textContent).to.equal(name);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['<img', '营业执照']);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('rowHref', () => {
  const row = { code: '11445402MB2C00013H400011700100001', kind: 'matter' as const };
  it('fills code and kind into root-relative and https templates', () => {
    expect(rowHref('/guide.html?code={code}&kind={kind}', row)).to.equal(`/guide.html?code=${row.code}&kind=matter`);
    expect(rowHref('https://zwfw.example.gov.cn/g/{code}', row)).to.equal(`https://zwfw.example.gov.cn/g/${row.code}`);
    expect(rowHref('/g?c={code}', { code: 'a&b=/c', kind: 'bundle' })).to.equal('/g?c=a%26b%3D%2Fc');
  });

  it('refuses other schemes, protocol-relative and disguised URLs', () => {
    for (const template of ['javascript:alert(1)//{code}', 'http://x.example/{code}', '//evil.example/{code}', '/\t/evil.example/{code}', '/\\evil.example', 'guide.html?code={code}', 'data:text/html,{code}']) {
      expect(rowHref(template, row), template).to.equal(undefined);
    }
  });
});
