// A reusable mocha suite for every ZwfwFormElement (the rating now, the smart form next): it checks the element
// behaves like a native form control — value in FormData, constraint validation with a localized message,
// :state(user-invalid) only after interaction or a submit, form.reset(), state restore, disabling by attribute
// and by <fieldset disabled>, and an accessible name from its label.
import { expect, fixture, html } from '@open-wc/testing';
import type { ZwfwFormElement } from '../src/internal/zwfw-form-element.js';

/** How to drive one element through the suite. */
export interface FormControlSuiteOptions<E extends ZwfwFormElement> {
  /** The element's tag, e.g. `zwfw-rating`. */
  tag: string;
  /** Attributes every instance gets besides `name` and `required` (e.g. `base-url`); may be computed once per test. */
  attributes?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Waits until the element can take input (its loads done). */
  ready?: (el: E) => Promise<void>;
  /** Gives the element a valid value the way a user would (clicks, keys). */
  setValidValue: (el: E) => Promise<void> | void;
  /** What `new FormData(form).get(name)` returns after `setValidValue`. */
  expectedValue: string;
  /**
   * Interacts without giving a valid value, as a user passing through does. Default: focuses the first control
   * inside the element, then a button outside it.
   */
  interact?: (el: E) => Promise<void> | void;
  /** Gives the element a visible label. Default: the `label` attribute. */
  setLabel?: (el: E, text: string) => void;
  /** The node that carries the element's role and accessible name. Default: the first fieldset or control inside. */
  labelledNode?: (el: E) => Element | null;
}

const NAME = 'field';
const CONTROLS = 'input, textarea, select, button';

interface Axe {
  setup(node?: Element | Document): unknown;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string } };
}

/** The accessible name Chromium's rules would give `node`, computed by axe across shadow roots. */
function accessibleName(node: Element): string {
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node);
  } finally {
    axe.teardown();
  }
}

/** Moves focus into the element, then out of it (to a button after the element's form). */
async function passThrough(el: ZwfwFormElement): Promise<void> {
  const inner = el.shadowRoot?.querySelector<HTMLElement>(CONTROLS);
  if (!inner) throw new Error(`<${el.localName}> has no control to focus`);
  inner.focus();
  const outside = document.createElement('button');
  outside.textContent = 'outside';
  (el.form ?? el).after(outside);
  outside.focus();
  outside.remove();
  await el.updateComplete;
}

/** Every inner control is disabled (itself or through a disabled fieldset). */
function innerControlsDisabled(el: HTMLElement): boolean {
  const controls = [...(el.shadowRoot?.querySelectorAll(CONTROLS) ?? [])];
  return controls.length > 0 && controls.every((c) => c.matches(':disabled'));
}

/** Registers the suite: call it inside a test file, after the element's tag is defined. */
export function runFormControlSuite<E extends ZwfwFormElement>(options: FormControlSuiteOptions<E>): void {
  const { tag, expectedValue } = options;

  async function make(extra: Record<string, string> = {}, wrap: 'form' | 'fieldset' = 'form'): Promise<{ form: HTMLFormElement; el: E }> {
    const el = document.createElement(tag) as E;
    const attrs = { ...(await options.attributes?.()), name: NAME, ...extra };
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const form = await fixture<HTMLFormElement>(
      wrap === 'fieldset' ? html`<form><fieldset>${el}</fieldset></form>` : html`<form>${el}</form>`,
    );
    await el.updateComplete;
    await options.ready?.(el);
    await el.updateComplete;
    return { form, el };
  }

  // A change that reflects an attribute (disabled) makes the browser call back and update once more.
  const settle = async (el: E) => {
    for (let i = 0; i < 5 && !(await el.updateComplete); i += 1);
  };

  describe(`<${tag}> as a form control`, () => {
    it('is associated with its form and puts its value in FormData under its name', async () => {
      const { form, el } = await make();
      expect(el.form).to.equal(form);
      expect(new FormData(form).get(NAME)).to.equal(null);
      await options.setValidValue(el);
      await settle(el);
      expect(new FormData(form).get(NAME)).to.equal(expectedValue);
    });

    it('when required, is invalid with a message in its locale until it has a value', async () => {
      const { form, el } = await make({ required: '', lang: 'en' });
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.match(/[a-z]/i);
      expect(el.validationMessage).not.to.match(/[\u4e00-\u9fff]/);
      expect(el.matches(':invalid')).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      el.setAttribute('lang', 'zh-CN');
      await settle(el);
      expect(el.validationMessage).to.match(/[\u4e00-\u9fff]/);
      await options.setValidValue(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('is not valueMissing when not required and empty', async () => {
      const { form, el } = await make();
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('sets :state(user-invalid) only after the user passed through it', async () => {
      const { el } = await make({ required: '' });
      expect(el.validity.valid).to.equal(false);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
      await (options.interact ?? passThrough)(el);
      await settle(el);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      await options.setValidValue(el);
      await settle(el);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('sets :state(user-invalid) after a submit attempt, which the invalid value blocks', async () => {
      const { form, el } = await make({ required: '' });
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted += 1;
      });
      expect(el.matches(':state(user-invalid)')).to.equal(false);
      form.requestSubmit();
      await settle(el);
      expect(submitted).to.equal(0);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      await options.setValidValue(el);
      await settle(el);
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('form.reset() clears the value and the user-invalid state', async () => {
      const { form, el } = await make({ required: '' });
      form.requestSubmit();
      await options.setValidValue(el);
      await settle(el);
      expect(new FormData(form).get(NAME)).to.equal(expectedValue);
      form.reset();
      await settle(el);
      expect(new FormData(form).get(NAME)).to.equal(null);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('restores the state the browser saved (formStateRestoreCallback)', async () => {
      const first = await make();
      await options.setValidValue(first.el);
      await settle(first.el);
      const data = new FormData(first.form);
      const entries = [...data.entries()];
      // The browser hands back what the element gave setFormValue: its FormData, or a single string.
      const saved = entries.length === 1 && entries[0]![0] === NAME ? entries[0]![1] : data;
      const second = await make();
      expect(new FormData(second.form).get(NAME)).to.equal(null);
      second.el.formStateRestoreCallback(saved);
      await settle(second.el);
      expect([...new FormData(second.form).entries()]).to.deep.equal(entries);
    });

    it('the disabled attribute disables its controls and leaves it out of the form and validation', async () => {
      const { form, el } = await make({ required: '' });
      await options.setValidValue(el);
      el.disabled = true;
      await settle(el);
      expect(el.isDisabled).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(innerControlsDisabled(el)).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(null);
      el.disabled = false;
      await settle(el);
      expect(innerControlsDisabled(el)).to.equal(false);
      expect(new FormData(form).get(NAME)).to.equal(expectedValue);
    });

    it('a disabled <fieldset> disables it', async () => {
      const { form, el } = await make({ required: '' }, 'fieldset');
      await options.setValidValue(el);
      await settle(el);
      form.querySelector('fieldset')!.disabled = true;
      await settle(el);
      expect(el.isDisabled).to.equal(true);
      expect(innerControlsDisabled(el)).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(null);
      expect(form.checkValidity()).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await settle(el);
      expect(el.isDisabled).to.equal(false);
      expect(new FormData(form).get(NAME)).to.equal(expectedValue);
    });

    it('takes its accessible name from its label', async () => {
      const { el } = await make();
      const text = '对窗口服务的总体评价';
      (options.setLabel ?? ((e: E, t: string) => e.setAttribute('label', t)))(el, text);
      await settle(el);
      const node = options.labelledNode?.(el) ?? el.shadowRoot?.querySelector(`fieldset, ${CONTROLS}`) ?? null;
      expect(node, 'the labelled node').to.not.equal(null);
      expect(accessibleName(node!)).to.contain(text);
    });
  });
}
