import { html, nothing, type TemplateResult } from 'lit';
import type { FormField, ScalarFormField } from '@zwfw/core';
import { domId, renderField, type FieldHost, type FieldView } from './fields.js';

// A repeated group (股东, 董事监事, 参保职工 …): each item is a fieldset of the item fields, with its own remove
// button; the add button stays after the last item. Adding moves focus into the new item, removing to the
// group, so keyboard users never lose their place.

/** Views of an item's fields under the item's pointer. */
export type ItemViews = (fields: readonly ScalarFormField[], item: unknown, prefix: string) => FieldView[];

/** The repeat's items, add and remove; `set` replaces the whole list. */
export function renderRepeat(view: FieldView, views: ItemViews, host: FieldHost, set: (items: unknown[]) => void): TemplateResult {
  const field = view.field as FormField;
  const items = Array.isArray(view.value) ? (view.value as unknown[]) : [];
  const itemFields = field.itemFields ?? [];
  const full = field.maxItems !== undefined && items.length >= field.maxItems;
  const id = domId(view.pointer);
  const focus = (selector: string) => requestAnimationFrame(() => (host.root().querySelector<HTMLElement>(selector))?.focus());
  const add = () => {
    set([...items, {}]);
    const first = itemFields[0];
    if (first) focus(`#${CSS.escape(domId(`${view.pointer}/${items.length}/${first.id.split('.').join('/')}`))}`);
  };
  const remove = (i: number) => {
    set(items.filter((_, j) => j !== i));
    focus(`#${CSS.escape(id)}`);
  };
  return html`<fieldset part="repeat field" class="field repeat ${view.error ? 'invalid' : ''}" aria-describedby=${view.error ? `${id}-error` : nothing}>
    <legend part="field-label" id=${id} tabindex="-1">${field.label}${view.state.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</legend>
    ${field.help ? html`<p class="hint">${field.help}</p>` : nothing}
    ${view.error ? html`<p part="field-error" class="error-message" id=${`${id}-error`}>${view.error}</p>` : nothing}
    <p class="hint" role="status">${host.t('itemsCount', { count: items.length })}</p>
    ${items.map((item, i) => html`<fieldset part="repeat-item" class="repeat-item">
      <legend>${host.t('itemLegend', { label: field.label, n: i + 1 })}</legend>
      ${views(itemFields, item, `${view.pointer}/${i}`).map((v) => renderField(v, host))}
      <button type="button" part="remove-button" class="button" @click=${() => remove(i)}>${host.t('removeItem', { label: field.label, n: i + 1 })}</button>
    </fieldset>`)}
    <button type="button" part="add-button" class="button" ?disabled=${full} @click=${add}>${host.t('addItem', { label: field.label })}</button>
  </fieldset>`;
}
