import type { UploadReceipt } from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { asDate, toTimestamp } from '../domain/time.js';

/** An upload as stored. */
export interface UploadRow {
  ref: string;
  partner_key: string;
  form_id: string;
  material_id: string;
  matter_code: string | null;
  name: string;
  content_type: string;
  size: number | string;
  sha256: string;
  storage_key: string;
  created_at: Date;
  expires_at: Date;
  case_number: string | null;
}

/** A new upload row (created_at is the database's now()). */
export type NewUpload = Omit<UploadRow, 'created_at' | 'case_number'>;

export async function insertUpload(db: Queryable, u: NewUpload): Promise<void> {
  await db.query(
    `insert into uploads (ref, partner_key, form_id, material_id, matter_code, name, content_type, size, sha256, storage_key, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [u.ref, u.partner_key, u.form_id, u.material_id, u.matter_code, u.name, u.content_type, u.size, u.sha256, u.storage_key, u.expires_at.toISOString()],
  );
}

/** Bytes `partnerKey` uploaded since `since`. */
export async function bytesSince(db: Queryable, partnerKey: string, since: Date): Promise<number> {
  const rows = await db.query<{ total: string | number | null }>(
    'select coalesce(sum(size), 0) as total from uploads where partner_key = $1 and created_at >= $2',
    [partnerKey, since.toISOString()],
  );
  return Number(rows[0]?.total ?? 0);
}

/** The uploads of `partnerKey` among `refs` (another key's refs are simply not found). */
export async function uploadsOf(db: Queryable, partnerKey: string, refs: readonly string[]): Promise<Map<string, UploadRow>> {
  const out = new Map<string, UploadRow>();
  if (refs.length === 0) return out;
  const rows = await db.query<UploadRow>('select * from uploads where partner_key = $1 and ref = any($2::text[])', [partnerKey, [...refs]]);
  for (const r of rows) out.set(r.ref, r);
  return out;
}

/**
 * Marks `refs` as cited by `caseNumber`, each only if it is still the key's, unexpired and unclaimed (or
 * already this case's). Returns how many were claimed: fewer than asked means a concurrent submission won.
 */
export async function claimUploads(db: Queryable, partnerKey: string, refs: readonly string[], caseNumber: string, now: Date): Promise<number> {
  if (refs.length === 0) return 0;
  const rows = await db.query(
    `update uploads set case_number = $3
     where partner_key = $1 and ref = any($2::text[]) and (case_number is null or case_number = $3) and expires_at > $4
     returning ref`,
    [partnerKey, [...refs], caseNumber, now.toISOString()],
  );
  return rows.length;
}

/** Removes up to `limit` unclaimed uploads that expired before `now`, returning their storage keys. */
export async function deleteExpiredUploads(db: Queryable, now: Date, limit = 500): Promise<string[]> {
  const rows = await db.query<{ storage_key: string }>(
    `delete from uploads where ref in (
       select ref from uploads where case_number is null and expires_at <= $1 order by expires_at limit $2
     ) returning storage_key`,
    [now.toISOString(), limit],
  );
  return rows.map((r) => r.storage_key);
}

/** The receipt of a stored upload. */
export function toUploadReceipt(row: Pick<UploadRow, 'ref' | 'form_id' | 'material_id' | 'matter_code' | 'name' | 'content_type' | 'size' | 'sha256' | 'expires_at'>): UploadReceipt {
  return {
    fileRef: row.ref,
    formId: row.form_id,
    materialId: row.material_id,
    ...(row.matter_code !== null ? { matterCode: row.matter_code } : {}),
    name: row.name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    expiresAt: toTimestamp(asDate(row.expires_at)),
  };
}
