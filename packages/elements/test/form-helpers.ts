// Helpers of the form elements' browser tests: find controls by the pointer of their value, type and choose
// as a person would, and fill a whole form step by step through its controls (never by setting its state).
import { fixture, html } from '@open-wc/testing';
import { computeIdCheckChar, type FormField, type FormSpec, type ScalarFormField } from '@zwfw/core';
import type { ZwfwClient } from '@zwfw/sdk';
import type { ZwfwForm } from '../src/components/form/zwfw-form.js';
import { domId } from '../src/components/form/fields.js';
import { referenceServer, until } from './helpers.js';

export const sr = (el: ZwfwForm): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ZwfwForm, selector: string): T | null => sr(el).querySelector<T>(selector);
export const $$ = (el: ZwfwForm, selector: string): HTMLElement[] => [...sr(el).querySelectorAll<HTMLElement>(selector)];
export const control = <T extends HTMLElement = HTMLInputElement>(el: ZwfwForm, pointer: string): T => {
  const c = $<T>(el, `#${CSS.escape(domId(pointer))}`);
  if (!c) throw new Error(`no control for ${pointer}`);
  return c;
};
export const stepTitle = (el: ZwfwForm): string => $(el, '[part~="step-title"]')?.textContent?.trim() ?? '';
export const active = (el: ZwfwForm): Element | null => sr(el).activeElement;
export const ready = (el: ZwfwForm) => until(() => $(el, '[part~="step-title"]') !== null, 'the form to load', 8000);

/** A valid resident ID number for a birth date and a sequence (odd: male). */
export function idNumber(birth: string, seq = '123'): string {
  const first17 = `110101${birth}${seq}`;
  return first17 + computeIdCheckChar(first17);
}

/** A form element inside a provider pointed at the reference server (or given a client). */
export async function mount(template: unknown, lang = 'zh-CN', client?: ZwfwClient, publishableKey?: string): Promise<ZwfwForm> {
  const { baseUrl, key } = await referenceServer();
  const pk = publishableKey ?? key;
  const root = await fixture(html`<zwfw-provider lang=${lang} base-url=${baseUrl} publishable-key=${pk} .client=${client}>${template}</zwfw-provider>`);
  const el = root.querySelector<ZwfwForm>('zwfw-form, zwfw-business-registration')!;
  await ready(el);
  return el;
}

/** Sets a text control as typing would, then leaves it. */
export async function type(el: ZwfwForm, pointer: string, value: string): Promise<void> {
  const c = control<HTMLInputElement>(el, pointer);
  c.focus();
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.blur();
  await el.updateComplete;
}

/** The next step, through the primary nav button. */
export async function next(el: ZwfwForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="nav"] .button.primary')!.click();
  await el.updateComplete;
}

/** A value the reference catalogue's forms accept for a field (for driving the UI, not bypassing it). */
export function valueFor(field: FormField | ScalarFormField, item = 0): unknown {
  switch (field.kind) {
    case 'idCard': return idNumber('19900307', String(123 + item * 2));
    case 'creditCode': return '91440106MA9XYW1234';
    case 'mobile': return '13800138000';
    case 'companyName': return '云溪市明湖示例科技有限公司';
    case 'email': return 'test@example.com';
    case 'address': return '示例路1号（测试）';
    case 'number':
    case 'money': return field.id.toLowerCase().includes('capital') || field.id.includes('subscribedAmount') ? '100' : String(typeof field.min === 'number' ? Math.max(field.min, 1) : 1);
    case 'date': return typeof field.min === 'string' ? field.min : typeof field.max === 'string' ? field.max : '2026-12-21';
    case 'checkbox': return field.required === true;
    default: return field.minLength !== undefined || field.pattern !== undefined ? '示例测试' : '测试内容';
  }
}

/** Fills one visible control as a person would (typing, choosing, ticking). */
export async function fillControl(el: ZwfwForm, field: FormField | ScalarFormField, pointer: string, item = 0): Promise<void> {
  if (field.derive !== undefined) return;
  const id = domId(pointer);
  // A region field shows its first select once the regions have loaded.
  if (field.kind === 'regionCode' && $(el, `[part~="field"]:has(> label[for="${CSS.escape(id)}"]) [role="status"]`)) {
    await until(() => $(el, `#${CSS.escape(id)}`) !== null, 'the regions');
  }
  const c = $<HTMLInputElement>(el, `#${CSS.escape(id)}`);
  if (!c || c.readOnly) return; // hidden by a rule, or locked by a prefill from the government's records
  switch (field.kind) {
    case 'select': {
      const s = control<HTMLSelectElement>(el, pointer);
      if (s.value !== '') break; // chosen already (a preset)
      s.value = String(field.options![0]!.value);
      s.dispatchEvent(new Event('change', { bubbles: true }));
      break;
    }
    case 'radio':
    case 'multiselect': {
      // A group already answered (a preset, a prefill) is left as it is.
      const group = $$(el, `input[name="${CSS.escape(id)}"]`) as HTMLInputElement[];
      if (!group.some((b) => b.checked)) group[0]!.click();
      break;
    }
    case 'checkbox': {
      const box = control<HTMLInputElement>(el, pointer);
      if (box.checked !== valueFor(field)) box.click();
      break;
    }
    case 'regionCode': {
      for (let depth = 0; depth < 3; depth++) {
        await until(() => ($$(el, `[id^="${CSS.escape(id)}"][part~="region-level"]`)[depth]?.querySelectorAll('option').length ?? 0) > 1, 'a region level');
        const s = $$(el, `[id^="${CSS.escape(id)}"][part~="region-level"]`)[depth] as HTMLSelectElement;
        s.value = (s.querySelectorAll('option')[1] as HTMLOptionElement).value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      }
      break;
    }
    case 'file':
      break;
    default:
      if (c.value !== '') break; // filled already (a preset or a prefill)
      await type(el, pointer, String(valueFor(field, item)));
  }
  await el.updateComplete;
}

/** Fills every step of a form through its controls, then goes on to the review. */
export async function fillForm(el: ZwfwForm, spec: FormSpec, materials?: (el: ZwfwForm) => Promise<void>): Promise<void> {
  for (let guard = 0; guard < 60 && !/核对并提交|Check and submit/.test(stepTitle(el)); guard++) {
    const title = stepTitle(el);
    const section = spec.sections.find((s) => s.title === title);
    if (section) {
      for (const field of section.fields) {
        const pointer = `/values/${field.id.split('.').join('/')}`;
        if (field.kind === 'repeat') {
          const items = Math.max(1, field.minItems ?? 1);
          for (let i = 0; i < items; i++) {
            if (!$(el, `#${CSS.escape(domId(`${pointer}/${i}/${field.itemFields![0]!.id.split('.').join('/')}`))}`)) {
              [...$$(el, '[part~="add-button"]')].find((b) => b.textContent!.includes(field.label))?.click();
              await el.updateComplete;
            }
            for (const f of field.itemFields ?? []) await fillControl(el, f, `${pointer}/${i}/${f.id.split('.').join('/')}`, i);
          }
        } else await fillControl(el, field, pointer);
      }
    } else if (materials) await materials(el);
    await next(el);
    const summary = $(el, '[part~="error-summary"]');
    if (summary) throw new Error(`step "${title}" was refused: ${summary.textContent!.replace(/\s+/g, ' ')} ${JSON.stringify(el.values)}`);
  }
}


/** A small PDF (the server checks the bytes, not the name). */
export function pdf(name = '材料.pdf'): File {
  return new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, { type: 'application/pdf' });
}

/** On the materials step: uploads a file for every required material, defers those listed (容缺后补), signs. */
export async function uploadMaterials(el: ZwfwForm, defer: readonly string[] = [], signer = '测试'): Promise<void> {
  for (const material of $$(el, '[part~="material"]')) {
    const name = material.querySelector('h3')!.textContent!;
    const input = material.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) continue; // 免提交
    const deferBox = material.querySelector<HTMLInputElement>('.defer input');
    if (deferBox && defer.some((d) => name.includes(d))) {
      if (!deferBox.checked) deferBox.click();
      await el.updateComplete;
      continue;
    }
    if (/按需提交|If it applies/.test(name)) continue;
    const data = new DataTransfer();
    data.items.add(pdf());
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => material.querySelector('[part~="files"] li') !== null || material.querySelector('.upload-status .error-message') !== null, `the upload of ${name}`, 8000);
    const failed = material.querySelector('.upload-status .error-message');
    if (failed) throw new Error(failed.textContent!);
  }
  const signerInput = $<HTMLInputElement>(el, '#f-commitment-signer');
  if (signerInput) {
    await type(el, '/commitment/signer', signer); // the signer's input is #f-commitment-signer
    const agree = $<HTMLInputElement>(el, '#f-commitment')!;
    if (!agree.checked) agree.click();
    await el.updateComplete;
  }
}
