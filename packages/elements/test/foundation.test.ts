import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ZwfwClient } from '@zwfw/sdk';
import '../src/define.js';
import type { ZwfwProvider } from '../src/components/provider/zwfw-provider.js';
import { appearanceTokens } from '../src/internal/appearance.js';
import './probes.js';
import type { LoaderElement, ProbeElement, ProbeFormElement } from './probes.js';
import { expectAccessible, referenceServer, until } from './helpers.js';

const probeIn = (root: Element): ProbeElement => root.querySelector('zwfw-test-probe') as ProbeElement;
const text = (el: Element): string => el.shadowRoot!.textContent!.trim();
const colorOf = (el: Element, selector = '.box'): string => getComputedStyle(el.shadowRoot!.querySelector(selector)!).color;

afterEach(() => {
  document.documentElement.lang = 'en';
});

describe('locale', () => {
  it('never reflects an empty lang attribute (screen readers would announce "language unknown")', async () => {
    const probe = await fixture<ProbeElement>(html`<zwfw-test-probe></zwfw-test-probe>`);
    expect(probe.hasAttribute('lang')).to.equal(false);
    const provider = await fixture<ZwfwProvider>(html`<zwfw-provider base-url="/"></zwfw-provider>`);
    expect(provider.hasAttribute('lang')).to.equal(false);
  });

  it('reads the element, then the provider, then <html lang>', async () => {
    document.documentElement.lang = 'zh-Hant-TW';
    const el = await fixture<ZwfwProvider>(html`
      <zwfw-provider lang="en"><zwfw-test-probe></zwfw-test-probe><zwfw-test-probe lang="zh-CN"></zwfw-test-probe></zwfw-provider>
    `);
    const [viaProvider, own] = [...el.querySelectorAll('zwfw-test-probe')] as ProbeElement[];
    await own!.updateComplete;
    expect(viaProvider!.locale).to.equal('en');
    expect(own!.locale).to.equal('zh-CN');
    const alone = await fixture<ProbeElement>(html`<zwfw-test-probe></zwfw-test-probe>`);
    expect(alone.locale).to.equal('zh-TW');
    expect(text(alone)).to.equal('zh-TW|重試');
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.lang = 'zh-CN';
    const probe = await fixture<ProbeElement>(html`<zwfw-test-probe></zwfw-test-probe>`);
    expect(text(probe)).to.equal('zh-CN|重试');
    document.documentElement.lang = 'en-GB';
    await nextFrame();
    await probe.updateComplete;
    expect(text(probe)).to.equal('en|Try again');
  });

  it('re-renders when its own lang or the provider lang changes', async () => {
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider lang="zh-CN"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    const probe = probeIn(el);
    el.setAttribute('lang', 'zh-HK');
    await el.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('zh-TW|重試');
    probe.lang = 'en';
    await probe.updateComplete;
    expect(text(probe)).to.equal('en|Try again');
  });

  it('lets the page override a plural message by its forms', async () => {
    const { formatMessage } = await import('../src/translations/format.js');
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider lang="en"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    el.messages = { en: { 'common.retry': { one: 'Retry {count} time', other: 'Retry {count} times' } } };
    await el.updateComplete;
    const override = el.value!.messages.en!['common.retry']!;
    expect(formatMessage('en', override, { count: 1 })).to.equal('Retry 1 time');
    expect(formatMessage('en', override, { count: 1200 })).to.equal('Retry 1,200 times');
  });

  it('lets the page override any string through the provider', async () => {
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider lang="zh-CN"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    el.messages = { 'zh-CN': { 'common.retry': '再试一次' } };
    await el.updateComplete;
    await probeIn(el).updateComplete;
    expect(text(probeIn(el))).to.equal('zh-CN|再试一次');
  });
});

describe('provider context', () => {
  it('a nested provider inherits what it does not set', async () => {
    const el = await fixture<ZwfwProvider>(html`
      <zwfw-provider lang="en" base-url="https://outer.example/" publishable-key="pk_test_outer" theme="dark">
        <zwfw-provider elderly><zwfw-test-probe></zwfw-test-probe></zwfw-provider>
      </zwfw-provider>
    `);
    const inner = el.querySelector('zwfw-provider zwfw-provider') as ZwfwProvider;
    await inner.updateComplete;
    const value = inner.value!;
    expect(value.baseUrl).to.equal('https://outer.example/');
    expect(value.publishableKey).to.equal('pk_test_outer');
    expect(value.locale).to.equal('en');
    expect(value.theme).to.equal('dark');
    expect(value.elderly).to.equal(true);
    // Same settings: the very same client, so one cache and one search index for the page.
    expect(value.client).to.equal(el.value!.client);
    const probe = probeIn(el);
    await probe.updateComplete;
    expect(probe.locale).to.equal('en');
    expect(probe.resolvedTheme).to.equal('dark');
    expect(probe.elderlyMode).to.equal(true);
  });

  it('the nearest provider wins for what it sets', async () => {
    const el = await fixture<ZwfwProvider>(html`
      <zwfw-provider lang="en" base-url="https://outer.example/" publishable-key="pk_test_outer">
        <zwfw-provider lang="zh-TW"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>
        <zwfw-provider base-url="https://inner.example/" publishable-key="pk_test_inner"><zwfw-test-loader></zwfw-test-loader></zwfw-provider>
      </zwfw-provider>
    `);
    const [localeOnly, ownApi] = [...el.querySelectorAll('zwfw-provider zwfw-provider')] as ZwfwProvider[];
    const probe = probeIn(el);
    await probe.updateComplete;
    expect(probe.locale).to.equal('zh-TW');
    expect(localeOnly!.value!.baseUrl).to.equal('https://outer.example/');
    // An inner base URL and key replace the outer ones, down to the client its elements use.
    await ownApi!.updateComplete;
    expect(ownApi!.value!.baseUrl).to.equal('https://inner.example/');
    expect(ownApi!.value!.publishableKey).to.equal('pk_test_inner');
    const loader = ownApi!.querySelector('zwfw-test-loader') as LoaderElement;
    await loader.updateComplete;
    const client = loader.resolvedClient;
    expect(client).to.not.be.instanceOf(Error);
    expect(client).to.not.equal(el.value!.client);
    expect((client as ZwfwClient).baseUrl).to.equal('https://inner.example/');
  });

  it('reaches elements when the provider upgrades after them', async () => {
    document.documentElement.lang = 'zh-CN';
    const wrapper = await fixture<HTMLDivElement>(html`<div><zwfw-late-provider lang="en"><zwfw-test-probe></zwfw-test-probe></zwfw-late-provider></div>`);
    const probe = probeIn(wrapper);
    await probe.updateComplete;
    expect(probe.locale).to.not.equal('en');
    const { ZwfwProvider: Provider } = await import('../src/components/provider/zwfw-provider.js');
    customElements.define('zwfw-late-provider', class extends Provider {});
    await nextFrame();
    await probe.updateComplete;
    expect(probe.locale).to.equal('en');
  });

  it('hands every element on the page one client per setting', async () => {
    const { baseUrl } = await referenceServer();
    const el = await fixture<HTMLDivElement>(html`
      <div>
        <zwfw-provider base-url=${baseUrl}><zwfw-test-loader audience="natural_person"></zwfw-test-loader></zwfw-provider>
        <zwfw-provider base-url=${baseUrl}><zwfw-test-loader audience="natural_person"></zwfw-test-loader></zwfw-provider>
        <zwfw-test-loader base-url=${baseUrl} audience="natural_person"></zwfw-test-loader>
      </div>
    `);
    const loaders = [...el.querySelectorAll('zwfw-test-loader')] as LoaderElement[];
    const clients = new Set(loaders.map((l) => l.resolvedClient));
    expect(clients.size).to.equal(1);
    expect([...clients][0]).to.not.be.instanceOf(Error);
  });

  it('a ready client given to the provider is the one its elements use', async () => {
    const { createClient } = await import('@zwfw/sdk');
    const { baseUrl } = await referenceServer();
    const client = createClient({ baseUrl });
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider .client=${client}>
      <zwfw-test-loader></zwfw-test-loader><zwfw-test-loader lang="en"></zwfw-test-loader><zwfw-test-loader publishable-key="pk_test_own"></zwfw-test-loader>
    </zwfw-provider>`);
    const [plain, english, keyed] = [...el.querySelectorAll('zwfw-test-loader')] as LoaderElement[];
    await keyed!.updateComplete;
    expect(plain!.resolvedClient).to.equal(client);
    // The page's client whatever the element's language (the provider has no base URL to build another from).
    expect(english!.resolvedClient).to.equal(client);
    // An element with a key of its own gets a client of its own, on the given client's API.
    const own = keyed!.resolvedClient;
    expect(own).to.not.equal(client);
    expect(own).to.not.be.instanceOf(Error);
    expect((own as typeof client).baseUrl).to.equal(client.baseUrl);
  });
});

describe('theming', () => {
  it('reads tokens a page sets on any ancestor, and has defaults without a provider', async () => {
    const alone = await fixture<ProbeElement>(html`<zwfw-test-probe></zwfw-test-probe>`);
    expect(colorOf(alone)).to.equal('rgb(11, 92, 173)');
    const el = await fixture<HTMLElement>(html`
      <section style="--zwfw-color-primary: rgb(200, 16, 46)"><zwfw-provider><zwfw-test-probe></zwfw-test-probe></zwfw-provider></section>
    `);
    const probe = probeIn(el);
    await probe.updateComplete;
    expect(colorOf(probe)).to.equal('rgb(200, 16, 46)');
  });

  it('maps an appearance object to tokens on the provider, and reports bad options with the fix', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<ZwfwProvider>(html`<zwfw-provider><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
      el.appearance = { colorPrimary: '#006241', density: 'spacious', colourText: '#000' } as never;
      await el.updateComplete;
      const probe = probeIn(el);
      await probe.updateComplete;
      expect(colorOf(probe)).to.equal('rgb(0, 98, 65)');
      expect(el.style.getPropertyValue('--zwfw-space')).to.equal('12px');
      expect(errors.join('\n')).to.contain('appearance has no option "colourText"; did you mean colorText?');
      el.appearance = {};
      await el.updateComplete;
      expect(el.style.getPropertyValue('--zwfw-color-primary')).to.equal('');
    } finally {
      console.error = original;
    }
  });

  it('maps the dark colours of an appearance to the dark-mode tokens, and only colours', async () => {
    const { tokens, problems } = appearanceTokens({ colorPrimary: '#c8102e', dark: { colorPrimary: '#ff8a9a', fontSize: '20px' } });
    expect(tokens).to.deep.equal({ '--zwfw-color-primary': '#c8102e', '--zwfw-dark-color-primary': '#ff8a9a' });
    expect(problems.join()).to.contain('appearance.dark takes colours only');
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider theme="dark"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    el.appearance = { colorPrimary: '#c8102e', dark: { colorPrimary: 'rgb(255, 138, 154)' } };
    await el.updateComplete;
    const probe = probeIn(el);
    await probe.updateComplete;
    expect(colorOf(probe)).to.equal('rgb(255, 138, 154)');
  });

  it('rejects values that are not CSS of the right kind', () => {
    const { tokens, problems } = appearanceTokens({ colorPrimary: 'not-a-colour', borderRadius: '50%', fontSize: 18, density: 'huge' });
    expect(tokens).to.deep.equal({});
    expect(problems).to.have.length(4);
    expect(problems[0]).to.contain('appearance.colorPrimary must be a CSS color');
  });

  it('switches dark and 适老化 modes with one attribute, through custom states', async () => {
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider theme="dark" elderly><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    const probe = probeIn(el);
    await probe.updateComplete;
    expect(probe.matches(':state(dark)')).to.equal(true);
    expect(probe.matches(':state(elderly)')).to.equal(true);
    expect(colorOf(probe)).to.equal('rgb(140, 196, 255)');
    const box = probe.shadowRoot!.querySelector('.box')!;
    expect(parseFloat(getComputedStyle(box).fontSize)).to.be.at.least(18);
    expect(parseFloat(getComputedStyle(box).minHeight)).to.be.at.least(44);
    el.removeAttribute('theme');
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.matches(':state(dark)')).to.equal(false);
  });
});

describe('system settings', () => {
  const media = (features: Array<{ name: string; value: string }>) => executeServerCommand('zwfw-media-features', features);
  afterEach(() => media([{ name: 'forced-colors', value: 'none' }, { name: 'prefers-color-scheme', value: 'light' }]));

  it('theme="auto" follows the system colour scheme, and changes with it', async () => {
    await media([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider theme="auto"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    const probe = probeIn(el);
    await probe.updateComplete;
    expect(probe.matches(':state(dark)')).to.equal(true);
    await media([{ name: 'prefers-color-scheme', value: 'light' }]);
    await until(() => !probe.matches(':state(dark)'), 'the light scheme');
  });

  it('hands colours to the system in forced-colors (high contrast) mode', async () => {
    const probe = await fixture<ProbeElement>(html`<zwfw-test-probe></zwfw-test-probe>`);
    expect(colorOf(probe)).to.equal('rgb(11, 92, 173)');
    await media([{ name: 'forced-colors', value: 'active' }]);
    await until(() => colorOf(probe) !== 'rgb(11, 92, 173)', 'the system link colour');
    const link = document.createElement('a');
    link.href = '#';
    document.body.append(link);
    try {
      expect(colorOf(probe)).to.equal(getComputedStyle(link).color, 'the primary colour is the system LinkText');
    } finally {
      link.remove();
    }
    await expectAccessible(probe);
  });
});

describe('resource controller', () => {
  it('loads through the shared client and shows loading, then the data', async () => {
    const { baseUrl } = await referenceServer();
    const el = await fixture<LoaderElement>(html`<zwfw-test-loader base-url=${baseUrl} audience="natural_person"></zwfw-test-loader>`);
    expect(el.resource.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part=loading]')?.getAttribute('role')).to.equal('status');
    await until(() => el.resource.status === 'ready', 'the matters to load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(5);
    await expectAccessible(el);
  });

  it('aborts the load in flight when the element leaves the page, and reloads when it returns', async () => {
    const { baseUrl } = await referenceServer();
    const el = await fixture<LoaderElement>(html`<zwfw-test-loader base-url=${baseUrl} audience="enterprise"></zwfw-test-loader>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.signals[0]!.aborted).to.equal(true);
    parent.append(el);
    await until(() => el.resource.status === 'ready', 'the reload');
    expect(el.loads).to.equal(2);
  });

  it('aborts and reloads when its inputs change', async () => {
    const { baseUrl } = await referenceServer();
    const el = await fixture<LoaderElement>(html`<zwfw-test-loader base-url=${baseUrl} audience="natural_person"></zwfw-test-loader>`);
    el.audience = 'enterprise';
    await el.updateComplete;
    expect(el.signals[0]!.aborted).to.equal(true);
    await until(() => el.resource.status === 'ready', 'the second load');
    expect(el.loads).to.equal(2);
  });

  it('shows a plain error with a retry, never a raw code', async () => {
    const el = await fixture<LoaderElement>(html`<zwfw-test-loader base-url="http://127.0.0.1:9/" lang="zh-CN" audience="natural_person"></zwfw-test-loader>`);
    await until(() => el.resource.status === 'error', 'the load to fail', 15000);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part=error]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('网络连接失败');
    expect(alert.textContent).to.not.match(/network_error|Error|at /);
    await expectAccessible(el);
    (el.shadowRoot!.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.resource.status).to.equal('loading');
  }).timeout(40000);

  it('says when nothing is configured, and tells the webmaster how to fix it', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<LoaderElement>(html`<zwfw-test-loader lang="en" audience="natural_person"></zwfw-test-loader>`);
      await el.updateComplete;
      expect(el.resource.status).to.equal('error');
      expect(el.shadowRoot!.textContent).to.contain('no service address configured');
      expect(el.shadowRoot!.querySelector('[part=retry-button]')).to.equal(null);
      expect(errors.join()).to.contain('base-url');
    } finally {
      console.error = original;
    }
  });
});

describe('form-associated base', () => {
  it('takes part in FormData, validity, reset and fieldset disabling', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><zwfw-test-form-probe name="agree" required></zwfw-test-form-probe></fieldset></form>`);
    const el = form.querySelector('zwfw-test-form-probe') as ProbeFormElement;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('请勾选');
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    form.requestSubmit();
    await el.updateComplete;
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    el.checked = true;
    await el.updateComplete;
    expect(new FormData(form).get('agree')).to.equal('yes');
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    el.checked = true;
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(el.isDisabled).to.equal(true);
    expect(new FormData(form).get('agree')).to.equal(null);
  });
});
