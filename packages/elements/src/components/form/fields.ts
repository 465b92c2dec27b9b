import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatFieldValue, maskIdNumber, maskMobile, type FieldState, type FormField, type FormOption, type ScalarFormField } from '@zwfw/core';
import type { FormKey } from '../../translations/form.js';
import type { MessageVars } from '../../translations/format.js';

// One render function per field kind, all on native controls: the keyboard, autofill, the on-screen keyboards of
// phones and screen readers then work as people expect, and the form needs no widget code of its own. The
// element owns the values; these functions only draw them and report what the person did.

/** What a field is drawn from. */
export interface FieldView {
  readonly field: FormField | ScalarFormField;
  /** JSON pointer of the value in the submission (`/values/applicant/idNumber`), also its key for errors. */
  readonly pointer: string;
  readonly value: unknown;
  readonly state: FieldState;
  /** The message shown next to the field, if any. */
  readonly error: string | undefined;
  /** The person is typing in it: show what they typed, not its formatted form (which would move the caret). */
  readonly editing: boolean;
  /** Filled from the government's records: where from, and whether the person may change it. */
  readonly prefill: { readonly source: string; readonly locked: boolean } | undefined;
}

/** What the element gives the render functions. */
export interface FieldHost {
  t(key: FormKey, vars?: MessageVars): string;
  /** The person changed the control; `raw` is what it holds (text, a boolean, the chosen option values). */
  input(view: FieldView, raw: unknown): void;
  /** The person left the control: parse, keep and show errors from now on. */
  leave(view: FieldView): void;
  /** A region picker for a regionCode field. */
  region(view: FieldView, id: string, describedBy: string | undefined): TemplateResult;
  /** An upload for a file field (the same control as the materials step's). */
  file(view: FieldView, id: string): TemplateResult;
  /** The item fields of a repeat. */
  repeat(view: FieldView): TemplateResult;
  /** The element's shadow root (to move focus after a change). */
  root(): ParentNode;
}

/** A DOM id for a pointer (pointers hold only field-id characters and slashes). */
export const domId = (pointer: string): string => `f${pointer.replace(/\//g, '-')}`;

const INPUT_MODE: Partial<Record<FormField['kind'], string>> = { idCard: 'text', creditCode: 'text', mobile: 'tel', number: 'decimal', money: 'decimal', email: 'email' };
const AUTOCOMPLETE: Partial<Record<FormField['kind'], string>> = { mobile: 'tel-national', email: 'email', address: 'street-address' };
/** Widest value each coded kind can hold, so a pasted value with spaces still fits before it is cleaned. */
const MAX_LENGTH: Partial<Record<FormField['kind'], number>> = { idCard: 40, creditCode: 40, mobile: 30 };

function sourceName(host: FieldHost, source: string): string {
  const root = source.split('.')[0];
  return host.t(root === 'user' ? 'sourceUser' : root === 'eLicense' ? 'sourceELicense' : root === 'district' ? 'sourceDistrict' : 'sourceOther');
}

function optionOf(field: FormField | ScalarFormField, raw: string): FormOption['value'] | undefined {
  return field.options?.find((o) => String(o.value) === raw)?.value;
}

/** Whether the person cannot change the field (derived, locked prefill, or disabled by a rule). */
export function isReadOnly(view: FieldView): boolean {
  return view.field.derive !== undefined || view.prefill?.locked === true;
}

/** Label, hint, error and control of one field (nothing for a hidden one). */
export function renderField(view: FieldView, host: FieldHost): TemplateResult | typeof nothing {
  const { field, state } = view;
  if (!state.visible) return nothing;
  if (field.kind === 'repeat') return host.repeat(view);
  const id = domId(view.pointer);
  const notes = [
    field.help,
    field.derive !== undefined ? host.t('derivedFrom') : undefined,
    view.prefill ? host.t(view.prefill.locked ? 'prefilledFrom' : 'prefilledEditable', { source: sourceName(host, view.prefill.source) }) : undefined,
    field.kind === 'money' && field.unit ? host.t('unit', { unit: field.unit }) : undefined,
  ].filter((n): n is string => n !== undefined && n !== '');
  const hintId = notes.length > 0 ? `${id}-hint` : undefined;
  const errorId = view.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const hint = hintId ? html`<p part="field-hint" class="hint" id=${hintId}>${notes.join(' ')}</p>` : nothing;
  const error = errorId ? html`<p part="field-error" class="error-message" id=${errorId}><span class="visually-hidden">${host.t('hasErrors')}：</span>${view.error}</p>` : nothing;
  const required = state.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing;
  const grouped = field.kind === 'radio' || field.kind === 'multiselect';
  if (grouped) {
    return html`<fieldset part="field" class="field group ${view.error ? 'invalid' : ''}" aria-describedby=${ifDefined(describedBy)}
      ?disabled=${!state.enabled || isReadOnly(view)} role=${field.kind === 'radio' ? 'radiogroup' : nothing}
      aria-required=${field.kind === 'radio' && state.required ? 'true' : nothing}>
      <legend part="field-label">${field.label}${required}</legend>${hint}${error}${renderChoices(view, host, id)}
    </fieldset>`;
  }
  if (field.kind === 'checkbox') {
    return html`<div part="field" class="field check ${view.error ? 'invalid' : ''}">${error}
      <label part="field-label"><input type="checkbox" id=${id} .checked=${live(view.value === true)} ?disabled=${!state.enabled || isReadOnly(view)}
        aria-describedby=${ifDefined(describedBy)} aria-invalid=${view.error ? 'true' : 'false'} ?required=${state.required}
        @change=${(e: Event) => host.input(view, (e.target as HTMLInputElement).checked)} @blur=${() => host.leave(view)} />
        ${field.label}${required}</label>${hint}
    </div>`;
  }
  return html`<div part="field" class="field ${view.error ? 'invalid' : ''}">
    <label part="field-label" for=${id}>${field.label}${required}</label>${hint}${error}${renderControl(view, host, id, describedBy)}
  </div>`;
}

function renderChoices(view: FieldView, host: FieldHost, id: string): TemplateResult {
  const { field } = view;
  const multi = field.kind === 'multiselect';
  const chosen = multi ? (Array.isArray(view.value) ? view.value.map(String) : []) : [String(view.value ?? '')];
  const onChange = (e: Event) => {
    const box = e.target as HTMLInputElement;
    const value = optionOf(field, box.value);
    if (!multi) return host.input(view, value);
    const rest = (Array.isArray(view.value) ? view.value : []).filter((v) => String(v) !== box.value);
    host.input(view, box.checked && value !== undefined ? [...rest, value] : rest);
  };
  return html`<div class="choices" part="choices">${(field.options ?? []).map((o, i) => html`<label part="choice" class="choice">
    <input type=${multi ? 'checkbox' : 'radio'} name=${id} id=${i === 0 ? id : `${id}-${i}`} value=${String(o.value)}
      .checked=${live(chosen.includes(String(o.value)))} aria-invalid=${view.error ? 'true' : 'false'}
      @change=${onChange} @blur=${() => host.leave(view)} />
    <span>${o.label}</span></label>`)}</div>`;
}

/** What a text control shows: the typed text while editing, else the value formatted (masked when locked). */
function shownText(view: FieldView): string {
  if (view.editing && typeof view.value === 'string') return view.value;
  const text = formatFieldValue(view.field, view.value);
  return view.prefill?.locked ? masked(view.field, text) : text;
}

function renderControl(view: FieldView, host: FieldHost, id: string, describedBy: string | undefined): TemplateResult {
  const { field, state } = view;
  const readOnly = isReadOnly(view);
  const common = {
    invalid: view.error ? 'true' : 'false',
    onInput: (e: Event) => host.input(view, (e.target as HTMLInputElement).value),
    onLeave: () => host.leave(view),
  };
  switch (field.kind) {
    case 'regionCode':
      return host.region(view, id, describedBy);
    case 'file':
      return host.file(view, id);
    case 'select':
      return html`<select part="control" class="control" id=${id} ?disabled=${!state.enabled || readOnly} ?required=${state.required}
        aria-describedby=${ifDefined(describedBy)} aria-invalid=${common.invalid}
        @change=${(e: Event) => host.input(view, optionOf(field, (e.target as HTMLSelectElement).value))} @blur=${common.onLeave}>
        <option value="" ?selected=${view.value === undefined || view.value === ''}>${host.t('choose')}</option>
        ${(field.options ?? []).map((o) => html`<option value=${String(o.value)} ?selected=${String(o.value) === String(view.value ?? '')}>${o.label}</option>`)}
      </select>`;
    case 'textarea':
      return html`<textarea part="control" class="control" id=${id} rows="4" .value=${live(shownText(view))}
        ?readonly=${readOnly} ?disabled=${!state.enabled} ?required=${state.required} maxlength=${ifDefined(field.maxLength)}
        placeholder=${ifDefined(field.placeholder)} aria-describedby=${ifDefined(describedBy)} aria-invalid=${common.invalid}
        @input=${common.onInput} @blur=${common.onLeave}></textarea>`;
    case 'date':
      return html`<input part="control" class="control" type="date" id=${id} .value=${live(formatFieldValue(field, view.value))}
        min=${ifDefined(typeof field.min === 'string' ? field.min : undefined)} max=${ifDefined(typeof field.max === 'string' ? field.max : undefined)}
        ?readonly=${readOnly} ?disabled=${!state.enabled} ?required=${state.required} aria-describedby=${ifDefined(describedBy)} aria-invalid=${common.invalid}
        @input=${common.onInput} @blur=${common.onLeave} />`;
    default:
      return html`<input part="control" class="control ${field.kind}" type=${field.kind === 'email' ? 'email' : 'text'} id=${id}
        .value=${live(shownText(view))} ?readonly=${readOnly} ?disabled=${!state.enabled} ?required=${state.required}
        inputmode=${ifDefined(INPUT_MODE[field.kind])} autocomplete=${ifDefined(AUTOCOMPLETE[field.kind] ?? (field.kind === 'text' ? undefined : 'off'))}
        spellcheck=${field.kind === 'text' || field.kind === 'address' || field.kind === 'companyName' ? nothing : 'false'}
        maxlength=${ifDefined(MAX_LENGTH[field.kind] ?? field.maxLength)} placeholder=${ifDefined(field.placeholder)}
        aria-describedby=${ifDefined(describedBy)} aria-invalid=${common.invalid} @input=${common.onInput} @blur=${common.onLeave} />`;
  }
}

/** A value as the review page shows it. */
export function displayValue(field: FormField | ScalarFormField, value: unknown, host: Pick<FieldHost, 't'>): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return host.t('notProvided');
  if (field.kind === 'checkbox') return host.t(value === true ? 'yes' : 'no');
  const label = (v: unknown) => field.options?.find((o) => String(o.value) === String(v))?.label ?? String(v);
  if (field.options) return Array.isArray(value) ? value.map(label).join('、') : label(value);
  return masked(field, formatFieldValue(field, value));
}

/** Identity numbers and mobiles as a screen shows them when nobody is typing them (review, locked prefills). */
export function masked(field: FormField | ScalarFormField, text: string): string {
  if (field.kind === 'idCard') return maskIdNumber(text);
  if (field.kind === 'mobile') return maskMobile(text);
  return text;
}
