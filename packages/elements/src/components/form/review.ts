import { html, nothing, type TemplateResult } from 'lit';
import { fieldState, getValueAt, type FormMaterial, type FormSection, type FormSpec } from '@zwfw/core';
import type { FormKey } from '../../translations/form.js';
import type { MessageVars } from '../../translations/format.js';
import { displayValue } from './fields.js';
import { isELicenseExempt, materialKey, type FormState } from './form-state.js';

// The review page (GOV.UK's "check your answers"): every answer the form will send, section by section, each
// section with a way back to change it. Hidden fields are not listed: they are not sent.

/** What the element gives the review page. */
export interface ReviewHost {
  t(key: FormKey, vars?: MessageVars): string;
  /** Goes to the step of a section (index in the spec) or the materials step (-1). */
  change(step: number): void;
  /** A region code's names. */
  region(code: string): string;
}

function renderSection(section: FormSection, index: number, values: Record<string, unknown>, host: ReviewHost): TemplateResult {
  const rows = section.fields.filter((f) => fieldState(f, values).visible).map((f) => {
    const value = getValueAt(values, f.id);
    if (f.kind === 'regionCode' && typeof value === 'string' && value) return html`<dt>${f.label}</dt><dd>${host.region(value)}</dd>`;
    if (f.kind !== 'repeat') return html`<dt>${f.label}</dt><dd>${displayValue(f, value, host)}</dd>`;
    const items = Array.isArray(value) ? value : [];
    return html`<dt>${f.label}</dt><dd>${items.length === 0 ? host.t('notProvided') : html`<ol class="items">${items.map((item) => html`<li>
      ${(f.itemFields ?? []).filter((i) => fieldState(i, item).visible).map((i) => html`<span class="pair">${i.label}：${displayValue(i, getValueAt(item, i.id), host)}</span>`)}
    </li>`)}</ol>`}</dd>`;
  });
  return html`<section class="review-section" part="review-section" aria-labelledby=${`review-${section.id}`}>
    <div class="review-head">
      <h3 id=${`review-${section.id}`}>${section.title}</h3>
      <button type="button" class="link-button" part="change-button" aria-label=${host.t('changeSection', { title: section.title })}
        @click=${() => host.change(index)}>${host.t('change')}</button>
    </div>
    <dl class="answers">${rows}</dl>
  </section>`;
}

function materialLine(m: FormMaterial, state: FormState, host: ReviewHost): TemplateResult {
  const entry = state.materials[materialKey(m)];
  const status = isELicenseExempt(m) ? host.t('eLicenseExempt')
    : entry?.deferred ? host.t('deferred')
      : entry && entry.files.length > 0 ? host.t('filesCount', { count: entry.files.length })
        : host.t('notProvided');
  return html`<dt>${m.name ?? m.materialId}</dt><dd>${status}</dd>`;
}

/** Every section's answers and the materials, with their change buttons. */
export function renderReview(spec: FormSpec, sections: readonly FormSection[], materials: readonly FormMaterial[], values: Record<string, unknown>, state: FormState, host: ReviewHost): TemplateResult {
  return html`<p class="intro">${host.t('reviewIntro')}</p>
    ${sections.map((s) => renderSection(s, spec.sections.indexOf(s), values, host))}
    ${materials.length > 0
      ? html`<section class="review-section" part="review-section" aria-labelledby="review-materials">
          <div class="review-head">
            <h3 id="review-materials">${host.t('materialsStep')}</h3>
            <button type="button" class="link-button" part="change-button" aria-label=${host.t('changeSection', { title: host.t('materialsStep') })}
              @click=${() => host.change(-1)}>${host.t('change')}</button>
          </div>
          <dl class="answers">${materials.map((m) => materialLine(m, state, host))}</dl>
        </section>`
      : nothing}`;
}
