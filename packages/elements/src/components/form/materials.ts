import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { acceptedMimeTypes, materialFileRules, MATERIAL_FILE_TYPES, type FormMaterial, type FormSpec } from '@zwfw/core';
import type { FormKey } from '../../translations/form.js';
import type { MessageVars } from '../../translations/format.js';
import { isELicenseExempt, materialKey, type FormState, type MaterialEntry } from './form-state.js';

// The materials step: the checklist of the spec (a bundle's shared documents are listed once), an upload per
// material with its progress, 免提交 e-licences, and 容缺后补 with the commitment shown in full and signed.

/** An upload in flight or failed, by material key. */
export type UploadStatus = { readonly name: string; readonly fraction: number } | { readonly name: string; readonly error: string };

/** What the element gives the materials step. */
export interface MaterialsHost {
  t(key: FormKey, vars?: MessageVars): string;
  upload(material: FormMaterial, files: readonly File[]): void;
  removeFile(material: FormMaterial, fileRef: string): void;
  defer(material: FormMaterial, deferred: boolean): void;
  commitment(change: { signerName?: string; agreed?: boolean }): void;
  /** Errors shown, by pointer (`/materials/<key>`, `/commitment`, `/commitment/signerName`). */
  error(pointer: string): string | undefined;
  uploads: ReadonlyMap<string, UploadStatus>;
}

/** The pointer a material's own problems are shown under. */
export const materialPointer = (m: Pick<FormMaterial, 'materialId' | 'matterCode'>): string => `/materials/${materialKey(m)}`;

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/** The file types a material takes, as a person reads them (PDF、JPG …). */
function typeNames(accept: readonly string[]): string {
  const names = acceptedMimeTypes(accept).map((mime) => (MATERIAL_FILE_TYPES[mime]?.[0] ?? mime).replace(/^\./, '').toUpperCase());
  return [...new Set(names)].join('、');
}

/** The `accept` attribute of a material's file input: its MIME types and their extensions. */
function acceptAttribute(accept: readonly string[]): string {
  return acceptedMimeTypes(accept).flatMap((mime) => [mime, ...(MATERIAL_FILE_TYPES[mime] ?? [])]).join(',');
}

/** The upload control of one material: choose, progress, the files uploaded, and their removal. */
export function renderUpload(spec: FormSpec, m: FormMaterial, entry: MaterialEntry | undefined, host: MaterialsHost, id: string): TemplateResult {
  const key = materialKey(m);
  const { accept, maxSizeMb } = materialFileRules(m, spec);
  const name = m.name ?? m.materialId;
  const status = host.uploads.get(key);
  const hintId = `${id}-accept`;
  const error = host.error(materialPointer(m));
  const errorId = `${id}-error`;
  return html`<div class="upload" part="upload">
    <p class="hint" id=${hintId}>${host.t('acceptHint', { types: typeNames(accept), size: maxSizeMb })}</p>
    ${error ? html`<p part="field-error" class="error-message" id=${errorId}>${error}</p>` : nothing}
    <input type="file" part="file-input" class="file-input" id=${id} accept=${acceptAttribute(accept)} multiple
      aria-label=${host.t('chooseFileFor', { name })} aria-describedby=${error ? `${hintId} ${errorId}` : hintId}
      aria-invalid=${error ? 'true' : 'false'} ?disabled=${entry?.deferred === true}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        host.upload(m, [...(input.files ?? [])]);
        input.value = '';
      }} />
    <div role="status" class="upload-status">${status === undefined ? nothing
      : 'error' in status ? html`<span class="error-message">${host.t('uploadFailed', { name: status.name, reason: status.error })}</span>`
      : html`<progress max="100" value=${Math.round(status.fraction * 100)} aria-label=${host.t('uploading', { name: status.name, percent: percent(status.fraction) })}></progress>
          <span>${host.t('uploading', { name: status.name, percent: percent(status.fraction) })}</span>`}</div>
    ${entry && entry.files.length > 0
      ? html`<ul class="files" part="files">${entry.files.map((f) => html`<li>
          <span>${f.name}</span> <span class="muted">${host.t('uploaded')}</span>
          <button type="button" class="link-button" aria-label=${host.t('removeFile', { name: f.name })} @click=${() => host.removeFile(m, f.fileRef)}>${host.t('removeFile', { name: '' }).trim()}</button>
        </li>`)}</ul>`
      : nothing}
  </div>`;
}

/** The checklist with an upload per material, and the commitment when anything is deferred. */
export function renderMaterials(spec: FormSpec, materials: readonly FormMaterial[], state: FormState, host: MaterialsHost, deferring: boolean): TemplateResult {
  return html`<p class="intro">${host.t('materialsIntro')}</p>
    <ol class="materials" part="materials">${materials.map((m, i) => {
      const key = materialKey(m);
      const entry = state.materials[key];
      const name = m.name ?? m.materialId;
      const id = `m${i}`;
      const necessity = m.necessity === 'tolerance' ? 'necessityTolerance' : m.necessity === 'optional' ? 'necessityOptional' : 'necessityRequired';
      return html`<li part="material" class="material">
        <h3 class="material-name" id=${`${id}-name`}>${name} <span class="tag">${host.t(necessity)}</span></h3>
        ${m.usedBy && m.usedBy.length > 1 ? html`<p class="hint">${host.t('usedByCount', { count: m.usedBy.length })}</p>` : nothing}
        ${isELicenseExempt(m)
          ? html`<p class="exempt" part="exempt">${host.t('eLicenseExempt')}</p>`
          : html`${renderUpload(spec, m, entry, host, id)}
            ${m.toleranceAllowed
              ? html`<label class="check defer"><input type="checkbox" .checked=${live(entry?.deferred === true)}
                  @change=${(e: Event) => host.defer(m, (e.target as HTMLInputElement).checked)} />${host.t('defer')}</label>`
              : nothing}`}
      </li>`;
    })}</ol>
    ${deferring && spec.commitmentText ? renderCommitment(spec, state, host) : nothing}`;
}

function renderCommitment(spec: FormSpec, state: FormState, host: MaterialsHost): TemplateResult {
  const text = spec.commitmentText!;
  const agreeError = host.error('/commitment');
  const nameError = host.error('/commitment/signerName');
  return html`<section class="commitment" part="commitment" aria-labelledby="commitment-title">
    <h3 id="commitment-title">${host.t('commitmentTitle')}：${text.title}</h3>
    <p class="hint">${host.t('commitmentVersion', { version: text.version })}</p>
    <div class="commitment-text" part="commitment-text" tabindex="0" role="document" aria-labelledby="commitment-title">${text.text}</div>
    <div class="field ${nameError ? 'invalid' : ''}">
      <label for="f-commitment-signer">${host.t('signerName')}</label>
      ${nameError ? html`<p class="error-message" id="f-commitment-signer-error">${nameError}</p>` : nothing}
      <input class="control" id="f-commitment-signer" .value=${live(state.commitment.signerName)} autocomplete="name"
        aria-invalid=${nameError ? 'true' : 'false'} aria-describedby=${ifDefined(nameError ? 'f-commitment-signer-error' : undefined)}
        @input=${(e: Event) => host.commitment({ signerName: (e.target as HTMLInputElement).value })} />
    </div>
    <div class="field check ${agreeError ? 'invalid' : ''}">
      ${agreeError ? html`<p class="error-message" id="f-commitment-error">${agreeError}</p>` : nothing}
      <label><input type="checkbox" id="f-commitment" .checked=${live(state.commitment.agreed)}
        aria-invalid=${agreeError ? 'true' : 'false'} aria-describedby=${ifDefined(agreeError ? 'f-commitment-error' : undefined)}
        @change=${(e: Event) => host.commitment({ agreed: (e.target as HTMLInputElement).checked })} />${host.t('commitmentAgree')}</label>
    </div>
  </section>`;
}
