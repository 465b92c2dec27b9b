import {
  label, materialFileRules, type ApplicationInput, type FormMaterial, type Locale, type LocalizedLabel,
  type ProblemFieldError, type UploadFields,
} from '@zwfw/core';
import type { UploadLimits } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { getForm } from '../repo/catalogue-read.js';
import { asDate } from './time.js';
import { claimUploads, deleteExpiredUploads, uploadsOf } from '../repo/uploads.js';
import type { FileStorage } from '../storage/file-storage.js';

// The rules an upload is held to, and the checks a submission's fileRefs pass before a case may cite them.

const fieldError = (path: string, code: string, message: LocalizedLabel, locale: Locale): ProblemFieldError =>
  ({ path, code, message: message[locale] });

/** What an upload is checked against: its form material, the types it accepts and the largest file. */
export interface UploadTarget {
  material: FormMaterial;
  accept: readonly string[];
  maxBytes: number;
}

/**
 * The form material an upload is for, with its file rules capped by the server's ceiling. An unknown form
 * or material is a 422 naming the field, as for any other reference to the catalogue.
 */
export async function resolveUploadTarget(db: Queryable, fields: UploadFields, limits: UploadLimits, locale: Locale): Promise<UploadTarget> {
  const form = await getForm(db, fields.formId);
  if (form === undefined) {
    throw new ProblemError('validation_failed', { errors: [fieldError('/formId', 'unknown_form', label('表单不存在', '表單不存在', 'Unknown form'), locale)] });
  }
  const sameId = form.materials.filter((m) => m.materialId === fields.materialId);
  const material = fields.matterCode === undefined ? sameId[0] : sameId.find((m) => m.matterCode === fields.matterCode);
  if (material === undefined) {
    const [path, code, msg] = sameId.length > 0
      ? ['/matterCode', 'unknown_matter', label('该材料不属于此事项', '該材料不屬於此事項', 'The material does not belong to this matter')] as const
      : ['/materialId', 'material_unknown', label('表单中没有该材料', '表單中沒有該材料', 'The form has no such material')] as const;
    throw new ProblemError('validation_failed', { errors: [fieldError(path, code, msg, locale)] });
  }
  const rules = materialFileRules(material, form);
  return { material, accept: rules.accept, maxBytes: Math.min(rules.maxBytes, limits.maxMb * 1024 * 1024) };
}

/** A client's file name made safe to store and show: no path, no control characters, bounded. */
export function sanitizeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/\s+/g, ' ').trim();
  const bounded = [...clean].slice(-200).join('').trim();
  return bounded === '' || bounded === '.' || bounded === '..' ? 'file' : bounded;
}

const REF_MESSAGES = {
  file_ref_unknown: label('未找到该上传文件，请重新上传', '未找到該上傳檔案，請重新上傳', 'No such upload: upload the file again'),
  file_ref_expired: label('上传的文件已过期，请重新上传', '上傳的檔案已過期，請重新上傳', 'The upload has expired: upload the file again'),
  file_ref_other_material: label('该文件是为其他材料上传的', '該檔案是為其他材料上傳的', 'The file was uploaded for another material'),
  file_ref_claimed: label('该文件已用于其他申请', '該檔案已用於其他申請', 'The file is already part of another application'),
} as const;

/** Every fileRef of a submission, with the JSON Pointer of where it was cited. */
function citedRefs(input: ApplicationInput): { ref: string; path: string; materialId: string; matterCode: string | undefined }[] {
  return input.materials.flatMap((m, i) => (m.fileRefs ?? []).map((ref, j) => ({
    ref, path: `/materials/${i}/fileRefs/${j}`, materialId: m.materialId, matterCode: m.matterCode,
  })));
}

/**
 * Refuses a submission whose fileRefs are not uploads of this key, for the cited material, still unclaimed and
 * unexpired: `file_ref_invalid` with one error per bad ref. Another key's ref reads exactly like an unknown one,
 * so refs cannot be probed across partners. Too many files in all is a plain 422.
 */
export async function checkApplicationFileRefs(db: Queryable, partnerKey: string, input: ApplicationInput, limits: UploadLimits, locale: Locale, now = new Date()): Promise<void> {
  const cited = citedRefs(input);
  if (cited.length > limits.maxFiles) {
    throw new ProblemError('validation_failed', {
      errors: [fieldError('/materials', 'too_many_files', label(`一次申请最多附 ${limits.maxFiles} 个文件`, `一次申請最多附 ${limits.maxFiles} 個檔案`, `An application may cite at most ${limits.maxFiles} files`), locale)],
    });
  }
  const rows = await uploadsOf(db, partnerKey, [...new Set(cited.map((c) => c.ref))]);
  const errors: ProblemFieldError[] = [];
  for (const c of cited) {
    const row = rows.get(c.ref);
    const reason = row === undefined ? 'file_ref_unknown'
      : row.case_number !== null ? 'file_ref_claimed'
        : asDate(row.expires_at).getTime() <= now.getTime() ? 'file_ref_expired'
          : row.form_id !== input.formId || row.material_id !== c.materialId
              || (row.matter_code !== null && c.matterCode !== undefined && row.matter_code !== c.matterCode) ? 'file_ref_other_material'
            : undefined;
    if (reason !== undefined) errors.push(fieldError(c.path, reason, REF_MESSAGES[reason], locale));
  }
  if (errors.length > 0) throw new ProblemError('file_ref_invalid', { errors });
}

/**
 * Claims the submission's uploads for its case, inside the submission's transaction. A ref claimed by a
 * concurrent submission since the check rolls this one back with `file_ref_invalid`.
 */
export async function claimApplicationFileRefs(tx: Queryable, partnerKey: string, input: ApplicationInput, caseNumber: string, locale: Locale, now = new Date()): Promise<void> {
  const refs = [...new Set(citedRefs(input).map((c) => c.ref))];
  if (refs.length === 0) return;
  const claimed = await claimUploads(tx, partnerKey, refs, caseNumber, now);
  if (claimed < refs.length) {
    throw new ProblemError('file_ref_invalid', {
      errors: [fieldError('/materials', 'file_ref_claimed', REF_MESSAGES.file_ref_claimed, locale)],
    });
  }
}

/** Deletes expired, never-cited uploads: rows first (so no case can claim a file being removed), then files. */
export async function removeExpiredUploads(db: Db, storage: FileStorage, now = new Date()): Promise<number> {
  const keys = await deleteExpiredUploads(db, now);
  await Promise.all(keys.map((k) => storage.delete(k)));
  return keys.length;
}
