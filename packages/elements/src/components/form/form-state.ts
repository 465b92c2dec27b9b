import {
  applicantFromValues, applyDerived, cleanFormValues, type Agent, type FormMaterial, type FormSpec, type MaterialSubmission,
} from '@zwfw/core';
import type { ApplicationSubmission } from '@zwfw/sdk';

// What <zwfw-form> holds while a person fills it in, as one plain object: it is the draft saved on this device
// after every change, so a reload, a crash or a lost connection gives back exactly this, including the
// idempotency key that makes a retried submission return the first case.

/** A file uploaded for a material (the server's reference and what the person recognises it by). */
export interface UploadedFile {
  readonly fileRef: string;
  readonly name: string;
  readonly size: number;
}

/** How one material of the checklist stands. */
export interface MaterialEntry {
  readonly files: readonly UploadedFile[];
  /** 容缺后补: supplied after acceptance, under the signed commitment. */
  readonly deferred?: boolean;
}

/** 帮办代办: the staff member helping at a partner's counter, and the customer's consent. */
export interface AgentSession {
  readonly staffId: string;
  readonly staffName?: string;
  readonly branch: string;
  readonly consentRef: string;
}

/** Everything typed or chosen so far; saved as the draft. */
export interface FormState {
  readonly values: Record<string, unknown>;
  /** By {@link materialKey}. */
  readonly materials: Readonly<Record<string, MaterialEntry>>;
  readonly commitment: { readonly signerName: string; readonly agreed: boolean };
  /** Index of the step shown: the spec's sections, then materials, then review. */
  readonly step: number;
  /** Optional bundle steps the applicant goes without. */
  readonly skipSteps: readonly string[];
  /** Sent with every attempt of this application, so retries (after reloads too) create one case. */
  readonly idempotencyKey: string;
  /** Pointers of fields whose errors are shown (left once, or a step was checked). */
  readonly touched: readonly string[];
  readonly agent?: AgentSession;
}

/** A fresh state for a spec. */
export function emptyState(idempotencyKey: string): FormState {
  return { values: {}, materials: {}, commitment: { signerName: '', agreed: false }, step: 0, skipSteps: [], idempotencyKey, touched: [] };
}

/** Whether a saved object is a usable form state (drafts may be old, foreign or corrupt). */
export function isFormState(value: unknown): value is FormState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s['values'] === 'object' && s['values'] !== null && typeof s['materials'] === 'object' && s['materials'] !== null
    && typeof s['idempotencyKey'] === 'string' && typeof s['step'] === 'number' && Array.isArray(s['touched']) && Array.isArray(s['skipSteps'])
    && typeof s['commitment'] === 'object' && s['commitment'] !== null;
}

/** The key of a form material in the state (a bundle may list one id under several matters). */
export function materialKey(m: Pick<FormMaterial, 'materialId' | 'matterCode'>): string {
  return m.matterCode === undefined ? m.materialId : `${m.matterCode}/${m.materialId}`;
}

/** Materials of the spec that are needed for the steps the applicant keeps. */
export function activeMaterials(spec: FormSpec, skipSteps: readonly string[]): FormMaterial[] {
  if (skipSteps.length === 0) return spec.materials;
  const skip = new Set(skipSteps);
  return spec.materials.filter((m) => {
    const users = m.usedBy?.map((u) => u.matterCode) ?? (m.matterCode === undefined ? [] : [m.matterCode]);
    return users.length === 0 || users.some((c) => !skip.has(c));
  });
}

/** Whether the material is taken from the e-licence library (免提交), so nothing is uploaded for it. */
export function isELicenseExempt(m: FormMaterial): boolean {
  return m.eLicense?.exempt === true;
}

/** The materials as submitted: uploaded files, 免提交 e-licences and deferred (容缺) ones. */
export function submittedMaterials(spec: FormSpec, state: FormState): MaterialSubmission[] {
  const out: MaterialSubmission[] = [];
  for (const m of activeMaterials(spec, state.skipSteps)) {
    const entry = state.materials[materialKey(m)];
    const matter = m.matterCode === undefined ? {} : { matterCode: m.matterCode };
    if (isELicenseExempt(m) && (entry === undefined || entry.files.length === 0)) out.push({ materialId: m.materialId, status: 'eLicense', ...matter });
    else if (entry?.deferred === true && m.toleranceAllowed) out.push({ materialId: m.materialId, status: 'tolerance', ...matter });
    else if (entry !== undefined && entry.files.length > 0) out.push({ materialId: m.materialId, status: 'provided', fileRefs: entry.files.map((f) => f.fileRef), ...matter });
  }
  return out;
}

/** Whether the state defers any material (and so needs the signed commitment). */
export function defersMaterials(spec: FormSpec, state: FormState): boolean {
  return submittedMaterials(spec, state).some((m) => m.status === 'tolerance');
}

/** Options of {@link buildSubmission}. */
export interface SubmissionOptions {
  readonly channel: ApplicationSubmission['channel'];
  /** The partner the counter key belongs to (agent mode). */
  readonly partner?: string;
  readonly now: Date;
  readonly draftId?: string;
}

/**
 * The body of `applications.submit` for the state: only the values the spec shows (what a hidden branch left
 * behind is not sent), derived values recomputed, the applicant from the form's own fields, the materials, and
 * the commitment with the text version the person read when anything is deferred.
 */
export function buildSubmission(spec: FormSpec, state: FormState, options: SubmissionOptions): ApplicationSubmission {
  const values = applyDerived(spec, cleanFormValues(spec, state.values).values);
  const materials = submittedMaterials(spec, state);
  const applicant = applicantFromValues(values) ?? { type: 'person', name: '', idType: 'id_card', idNumber: '', mobile: '' };
  const commitment = materials.some((m) => m.status === 'tolerance') && spec.commitmentText !== undefined
    ? { signed: true as const, signerName: state.commitment.signerName.trim(), signedAt: options.now.toISOString(), textVersion: spec.commitmentText.version }
    : undefined;
  const agent: Agent | undefined = state.agent !== undefined && options.partner !== undefined
    ? {
        staffId: state.agent.staffId,
        ...(state.agent.staffName ? { staffName: state.agent.staffName } : {}),
        branch: state.agent.branch,
        partner: options.partner,
        consentRef: state.agent.consentRef.trim(),
      }
    : undefined;
  return {
    ...(spec.bundleId === undefined ? { matterCode: spec.matterCode } : { bundleId: spec.bundleId }),
    formId: spec.id,
    formVersion: spec.version,
    values,
    materials,
    applicant,
    channel: options.channel,
    ...(commitment === undefined ? {} : { commitment }),
    ...(agent === undefined ? {} : { agent }),
    ...(state.skipSteps.length > 0 && spec.bundleId !== undefined ? { skipSteps: [...state.skipSteps] } : {}),
    ...(options.draftId === undefined ? {} : { draftId: options.draftId }),
  } as ApplicationSubmission;
}
