import type * as z from 'zod/mini';
import type { ApplicantSchema } from '../schemas/application.js';
import { getValueAt, isEmptyValue } from './values.js';

// The submission's `applicant` comes from the form's conventional fields (the sample forms share ids per
// fact): an existing company (company.creditCode) applies as a legal entity; otherwise the natural person of
// applicant.*, else of legalRep.* (企业开办: the company does not exist yet, its future 法定代表人 applies).

/** The applicant as a submission carries it, before validation. */
export type ApplicantDraft = z.input<typeof ApplicantSchema>;

/** Applicant property → the form field it is read from. */
export type ApplicantFieldSources = Readonly<Partial<Record<keyof ApplicantDraft, string>>>;

/** The conventional field sources, by kind of applicant. */
export const APPLICANT_FIELD_SOURCES = {
  legal: { name: 'company.name', idNumber: 'company.creditCode', mobile: 'contact.mobile', legalRepresentative: 'legalRep.name' },
  person: { name: 'applicant.name', idNumber: 'applicant.idNumber', mobile: 'applicant.mobile', email: 'applicant.email' },
  legalRep: { name: 'legalRep.name', idNumber: 'legalRep.idNumber', mobile: 'legalRep.mobile', email: 'legalRep.email' },
} as const satisfies Record<string, ApplicantFieldSources>;

/**
 * Which fields the applicant comes from, given which paths hold something (`has` reads values, or a spec's
 * fields when no values are at hand); undefined when the form names no applicant.
 */
export function applicantSources(has: (path: string) => boolean): { type: 'legal' | 'person'; fields: ApplicantFieldSources } | undefined {
  if (has('company.creditCode')) {
    const { legal } = APPLICANT_FIELD_SOURCES;
    return { type: 'legal', fields: { ...legal, mobile: has(legal.mobile) ? legal.mobile : 'legalRep.mobile' } };
  }
  if (has('applicant.name') || has('applicant.idNumber')) return { type: 'person', fields: APPLICANT_FIELD_SOURCES.person };
  if (has('legalRep.name') || has('legalRep.idNumber')) return { type: 'person', fields: APPLICANT_FIELD_SOURCES.legalRep };
  return undefined;
}

const present = (values: unknown) => (path: string): boolean => !isEmptyValue(getValueAt(values, path));

/** The submission's applicant from form values, or undefined when they name none. Missing parts are '' (the server says which). */
export function applicantFromValues(values: unknown): ApplicantDraft | undefined {
  const source = applicantSources(present(values));
  if (source === undefined) return undefined;
  const text = (key: keyof ApplicantDraft): string | undefined => {
    const path = source.fields[key];
    const v = path === undefined ? undefined : getValueAt(values, path);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const email = text('email');
  const legalRepresentative = text('legalRepresentative');
  return {
    type: source.type,
    name: text('name') ?? '',
    idType: source.type === 'legal' ? 'credit_code' : 'id_card',
    idNumber: text('idNumber') ?? '',
    mobile: text('mobile') ?? '',
    ...(email === undefined ? {} : { email }),
    // Stryker disable next-line ConditionalExpression: only the legal sources name a legalRepresentative field, so a person's is always undefined
    ...(source.type === 'legal' && legalRepresentative !== undefined ? { legalRepresentative } : {}),
  };
}

/** The form field an `/applicant/<property>` pointer of a submission error came from, given the values. */
export function applicantPointerToField(pointer: string, values: unknown): string | undefined {
  return applicantFieldOf(pointer, present(values));
}

/** Like applicantPointerToField, deciding the source with `has`. */
export function applicantFieldOf(pointer: string, has: (path: string) => boolean): string | undefined {
  const m = /^\/applicant\/([^/]+)/.exec(pointer);
  if (m === null) return undefined;
  const key = m[1] as keyof ApplicantDraft;
  return applicantSources(has)?.fields[key];
}
