// Fills a <zwfw-form> (or <zwfw-business-registration>) with the keyboard alone, as a person would: Tab to the
// next control, type into empty text boxes, ArrowDown in an unchosen select, Space on an unanswered radio group
// or a required box, Enter on 下一步 and on 添加 for a required repeat with no item. Only a file needs more than
// keys: choosing one happens in the operating system's dialog, which no page can drive, so its files are set
// on the focused input directly.
import type { Page } from 'playwright-core';

/** What has focus, looked up through the shadow roots. */
interface Focused {
  tag: string;
  type: string;
  id: string;
  part: string;
  cls: string;
  text: string;
  value: string;
  readOnly: boolean;
  disabled: boolean;
  required: boolean;
  checked: boolean;
  /** Radio / checkbox groups: whether any box of the group is checked. */
  groupChecked: boolean;
  /** The group's legend carries the required mark. */
  groupRequired: boolean;
  /** A material's name, for the controls of a material. */
  material: string;
  stepTitle: string;
}

function focused(): Focused {
  let el: Element | null = document.activeElement;
  let root: ShadowRoot | null = null;
  while (el?.shadowRoot?.activeElement) {
    root = el.shadowRoot;
    el = el.shadowRoot.activeElement;
  }
  const input = el as HTMLInputElement | null;
  const name = input?.getAttribute('name') ?? '';
  const group = name && root ? [...root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)] : [];
  return {
    tag: el?.localName ?? '',
    type: input?.getAttribute('type') ?? '',
    id: el?.id ?? '',
    part: el?.getAttribute('part') ?? '',
    cls: el?.getAttribute('class') ?? '',
    text: (el?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
    value: input && 'value' in input ? String(input.value) : '',
    readOnly: input?.readOnly === true,
    disabled: input?.disabled === true,
    required: input?.required === true,
    checked: input?.checked === true,
    groupChecked: group.some((b) => b.checked),
    groupRequired: el?.closest('fieldset')?.querySelector(':scope > legend .req') != null,
    material: el?.closest('[part~="material"]')?.querySelector('h3')?.textContent ?? '',
    stepTitle: root?.querySelector('[part~="step-title"]')?.textContent?.trim() ?? '',
  };
}

/** A valid resident ID number (GB 11643 check character). */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** What to type into a text box, from its kind (its class) and its field id. */
function textFor(f: Focused): string {
  if (f.id === 'a-staffId') return 'S1001';
  if (f.id === 'a-staffName') return '王柜员';
  if (f.id === 'f-agent-consentRef') return 'CONSENT-DEMO-0001';
  if (f.id === 'f-commitment-signer') return '张三';
  if (f.cls.includes('idCard')) return idNumber('11010119900307123');
  if (f.cls.includes('mobile')) return '13800138000';
  if (f.cls.includes('creditCode')) return '91440106MA9XYW1234';
  if (f.cls.includes('companyName') || f.id.endsWith('-company-name')) return '云溪市明湖示例科技有限公司';
  if (f.cls.includes('money')) return '100';
  if (f.cls.includes('number')) return '1';
  if (f.type === 'email') return 'demo@example.com';
  if (f.id.endsWith('-name')) return '张三';
  return '示例内容';
}

/** A small PDF (the server checks the bytes). */
const PDF = { name: '材料.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

export interface KeyboardFillOptions {
  /** Materials (by a part of their name) to defer: 容缺后补 under the signed commitment. */
  defer?: readonly string[];
  /** Stop when the step with this title is reached (to reload in the middle). */
  stopAt?: string;
  /** Most key presses before giving up (a form that cannot be completed fails the test, not hangs it). */
  maxKeys?: number;
}

/**
 * Tabs through the form, filling each control it reaches, until the review step's submit button has focus (or
 * the step `stopAt` is reached). Returns the number of keys pressed.
 */
export async function fillByKeyboard(page: Page, options: KeyboardFillOptions = {}): Promise<number> {
  const defer = options.defer ?? [];
  const added = new Set<string>();
  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  for (; keys < (options.maxKeys ?? 3000);) {
    const f = await page.evaluate(focused);
    if (options.stopAt && f.stepTitle === options.stopAt) return keys;
    if (f.part.includes('submit-button')) return keys;
    const deferThis = defer.some((d) => f.material.includes(d));
    if (f.tag === 'button' && f.part.includes('add-button') && !added.has(f.text)) {
      added.add(f.text);
      await press('Enter');
      await page.waitForTimeout(50); // focus moves into the new item's first field
      continue;
    } else if (f.tag === 'button' && (/保存并继续|保存并核对|开始办理|继续填写|Save and|^Start$|Continue/.test(f.text))) {
      await press('Enter');
      await page.waitForTimeout(50);
      const after = await page.evaluate(focused);
      // Refused: the summary has focus and lists what to fix. Nothing here can fix it: fail with its text.
      if (after.part.includes('error-summary')) throw new Error(`the step "${f.stepTitle}" was refused: ${after.text}`);
      continue;
    } else if (f.tag === 'input' && f.type === 'file' && !f.disabled && !deferThis) {
      if (!/按需提交|If it applies/.test(f.material)) {
        const handle = await page.evaluateHandle(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el as HTMLInputElement;
        });
        await handle.asElement()!.setInputFiles(PDF);
        await page.waitForFunction(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const item = el?.closest('[part~="material"]');
          return item?.querySelector('[part~="files"] li') !== null || item?.querySelector('.upload-status .error-message') !== null;
        });
      }
    } else if (f.tag === 'input' && f.type === 'checkbox' && !f.checked && (deferThis || f.id === 'f-commitment' || (f.required && !f.groupChecked))) {
      await press('Space');
    } else if (f.tag === 'input' && f.type === 'checkbox' && !f.groupChecked && f.groupRequired) {
      await press('Space'); // a required multi-select: its first option
    } else if (f.tag === 'input' && f.type === 'radio' && !f.groupChecked) {
      await press('Space');
    } else if (f.tag === 'select' && f.value === '') {
      await press('ArrowDown');
      await page.waitForTimeout(30); // a region level loads the next one
    } else if (f.tag === 'input' && f.type === 'date' && f.value === '' && !f.readOnly) {
      await page.keyboard.type('12212026'); // month, day, year: the segments of Chromium's date input (en-US)
      keys += 8;
    } else if ((f.tag === 'input' && ['text', 'email', ''].includes(f.type)) || f.tag === 'textarea') {
      if (f.value === '' && !f.readOnly && !f.disabled) {
        await page.keyboard.type(textFor(f));
        keys += 1;
      }
    }
    await press('Tab');
  }
  throw new Error(`not done after ${keys} keys`);
}
