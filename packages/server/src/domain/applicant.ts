import { validateByKind, type Applicant, type Locale, type ProblemFieldError } from '@zwfw/core';

/** Checksums of the applicant's identifiers (the schema only checks their shape). */
export function validateApplicant(applicant: Applicant, locale: Locale): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const check = (kind: 'idCard' | 'creditCode' | 'mobile', value: string, path: string) => {
    const r = validateByKind(kind, value);
    if (!r.ok) errors.push({ path, code: r.reason, message: r.message[locale] });
  };
  if (applicant.idType === 'id_card') check('idCard', applicant.idNumber, '/applicant/idNumber');
  if (applicant.idType === 'credit_code') check('creditCode', applicant.idNumber, '/applicant/idNumber');
  check('mobile', applicant.mobile, '/applicant/mobile');
  return errors;
}
