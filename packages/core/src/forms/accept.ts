import type { FormMaterial, FormSpec } from '../schemas/form-spec.js';
import { DEFAULT_MATERIAL_ACCEPT, DEFAULT_MATERIAL_MAX_SIZE_MB } from '../schemas/upload-defaults.js';

// A material's `accept` list may name MIME types (`application/pdf`) or extensions (`.pdf`); both sides of an
// upload (the SDK before sending, the server on the sniffed bytes) read it through these functions, so they
// agree on what a list allows.

/** File types the catalogue's materials use, by MIME type, with their usual extensions. */
export const MATERIAL_FILE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/ofd': ['.ofd'],
  'application/msword': ['.doc'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/zip': ['.zip'],
};

/**
 * The accept list and size bound (MB) of a material's files: the material's own, else those of the form's
 * `file` field for the same material, else the defaults for scanned documents.
 */
export function materialFileRules(material: Pick<FormMaterial, 'materialId' | 'accept' | 'maxSizeMb'>, form?: Pick<FormSpec, 'sections'>): {
  accept: readonly string[];
  maxSizeMb: number;
  maxBytes: number;
} {
  const field = form?.sections.flatMap((s) => s.fields).find((f) => f.kind === 'file' && f.materialId === material.materialId);
  const listed = material.accept ?? field?.accept;
  const accept = listed !== undefined && listed.length > 0 ? listed : DEFAULT_MATERIAL_ACCEPT;
  const maxSizeMb = material.maxSizeMb ?? field?.maxSizeMb ?? DEFAULT_MATERIAL_MAX_SIZE_MB;
  return { accept, maxSizeMb, maxBytes: Math.floor(maxSizeMb * 1024 * 1024) };
}

/** The MIME types an accept list allows (extensions mapped through MATERIAL_FILE_TYPES; `image/*` kept as is). */
export function acceptedMimeTypes(accept: readonly string[]): string[] {
  const out = new Set<string>();
  for (const entry of accept) {
    const e = entry.trim().toLowerCase();
    if (e.startsWith('.')) {
      for (const [mime, exts] of Object.entries(MATERIAL_FILE_TYPES)) if (exts.includes(e)) out.add(mime);
    } else if (e !== '') out.add(e);
  }
  return [...out];
}

/** Whether a file of MIME type `type` is allowed by `accept` (wildcards such as `image/*` included). */
export function acceptsType(accept: readonly string[], type: string): boolean {
  const t = type.toLowerCase();
  return acceptedMimeTypes(accept).some((a) => a === t || (a.endsWith('/*') && t.startsWith(a.slice(0, -1))));
}

/** The extension of a file name, lower-cased with its dot (`.pdf`), or '' when it has none. */
export function fileExtension(name: string): string {
  const m = /\.[A-Za-z0-9]{1,10}$/.exec(name);
  return m === null ? '' : m[0].toLowerCase();
}

/** The MIME type a file name's extension suggests (only as a hint: a name proves nothing). */
export function typeFromName(name: string): string | undefined {
  const ext = fileExtension(name);
  // A name without an extension ('') matches no type: no type lists ''.
  return Object.entries(MATERIAL_FILE_TYPES).find(([, exts]) => exts.includes(ext))?.[0];
}
