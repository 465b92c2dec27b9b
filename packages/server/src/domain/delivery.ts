import { DELIVERY_METHOD_LABELS, getValueAt, type Delivery, type DeliveryMethod, type Locale } from '@zwfw/core';
import type { Partner, PartnerKey } from '../auth/keys.js';
import type { Queryable } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';

const isMethod = (v: unknown): v is DeliveryMethod => typeof v === 'string' && Object.hasOwn(DELIVERY_METHOD_LABELS, v);

/**
 * How the result reaches the applicant, from the form's `delivery.*` values. A bank-branch pick-up names a
 * branch by id or name; it must be a branch some partner declared (the counter's own partner first, so a
 * branch name two banks share means the submitting bank's), else the submission is refused at that field.
 */
export async function resolveDelivery(
  db: Queryable,
  values: Record<string, unknown>,
  key: Pick<PartnerKey, 'partnerId'> | undefined,
  locale: Locale,
): Promise<Delivery | undefined> {
  const method = getValueAt(values, 'delivery.method');
  if (!isMethod(method)) return undefined;
  if (method !== 'bank_branch') return { method };
  const wanted = String(getValueAt(values, 'delivery.branch') ?? '').trim();
  const partners = await db.query<Partner>('select id, name, branches from partners order by id');
  const ordered = [...partners.filter((p) => p.id === key?.partnerId), ...partners.filter((p) => p.id !== key?.partnerId)];
  for (const partner of ordered) {
    const branch = partner.branches.find((b) => b.id === wanted || b.name === wanted);
    if (branch !== undefined) return { method, branch: { partner: partner.id, id: branch.id, name: branch.name } };
  }
  throw new ProblemError('validation_failed', {
    errors: [{
      path: '/values/delivery/branch',
      code: 'unknown_branch',
      message: locale === 'en'
        ? `"${wanted}" is not a partner bank branch that hands out licences; give the branch id or its full name`
        : `“${wanted}”不是可领取证照的合作银行网点，请填写网点编号或完整名称`,
    }],
  });
}
