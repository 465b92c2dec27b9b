import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { ZwfwElement } from '../src/base/zwfw-element.js';
import type { ZwfwProvider } from '../src/provider/zwfw-provider.js';
import { resolveLocale } from '../src/i18n/locale.js';

class ProbeElement extends ZwfwElement {
  changes = 0;
  protected override contextChanged(): void {
    this.changes += 1;
  }
  protected override render() {
    return html`<p>${this.locale}</p>`;
  }
}
customElements.define('zwfw-test-probe', ProbeElement);

describe('zwfw-provider', () => {
  it('gives descendants across shadow roots its base URL, key and locale', async () => {
    const el = await fixture<ZwfwProvider>(html`
      <zwfw-provider base-url="https://api.example/" publishable-key="pk_test_1" lang="en">
        <zwfw-test-probe></zwfw-test-probe>
      </zwfw-provider>
    `);
    const probe = el.querySelector('zwfw-test-probe') as ProbeElement;
    await probe.updateComplete;
    expect(probe.locale).to.equal('en');
    expect(probe.shadowRoot!.textContent).to.contain('en');
  });

  it('tells descendants when its locale changes', async () => {
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider lang="zh-CN"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>`);
    const probe = el.querySelector('zwfw-test-probe') as ProbeElement;
    el.lang = 'zh-HK';
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.locale).to.equal('zh-TW');
    expect(probe.changes).to.equal(1);
  });

  it('nearest provider wins when providers nest', async () => {
    const el = await fixture<ZwfwProvider>(html`
      <zwfw-provider lang="en" base-url="https://outer.example/">
        <zwfw-provider lang="zh-TW" base-url="https://inner.example/"><zwfw-test-probe></zwfw-test-probe></zwfw-provider>
      </zwfw-provider>
    `);
    const probe = el.querySelector('zwfw-test-probe') as ProbeElement;
    await probe.updateComplete;
    expect(probe.locale).to.equal('zh-TW');
  });

  it('an element without a provider falls back to the page language', async () => {
    document.documentElement.lang = 'zh-Hant-TW';
    const probe = await fixture<ProbeElement>(html`<zwfw-test-probe></zwfw-test-probe>`);
    expect(probe.locale).to.equal('zh-TW');
    document.documentElement.lang = '';
  });

  it('is accessible', async () => {
    const el = await fixture<ZwfwProvider>(html`<zwfw-provider><p>内容</p></zwfw-provider>`);
    await expect(el).to.be.accessible();
  });
});

describe('resolveLocale', () => {
  it('maps BCP 47 tags to shipped locales', () => {
    expect(resolveLocale('zh-Hant-HK')).to.equal('zh-TW');
    expect(resolveLocale('zh-MO')).to.equal('zh-TW');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('zh')).to.equal('zh-CN');
    expect(resolveLocale(undefined)).to.equal('zh-CN');
  });
});
