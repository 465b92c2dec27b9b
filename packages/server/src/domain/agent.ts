import { applicationChannelsFor, type ApplicationInput, type Locale } from '@zwfw/core';
import { findPartner, type PartnerKey } from '../auth/keys.js';
import type { Queryable } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';

// 帮办代办 (domain.md §6.3): a bank's staff may apply on a citizen's behalf, at its counter, with the citizen's
// consent. Who the agent works for is the key's business, not the body's: a partner key belongs to one
// partner, and only that partner's counter keys may submit on the partner_counter channel.

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/**
 * Refuses a channel the key cannot claim, an agent of another partner, and a branch the partner does not have.
 * Nothing is stored before these checks pass.
 */
export async function checkChannelAndAgent(
  db: Queryable,
  key: PartnerKey | undefined,
  input: Pick<ApplicationInput, 'channel' | 'agent'>,
  locale: Locale,
): Promise<void> {
  const allowed = key === undefined ? [] : applicationChannelsFor(key.kind, key.partnerId !== undefined);
  if (!allowed.includes(input.channel)) {
    throw new ProblemError('channel_not_allowed', {
      detail: t(
        locale,
        `此接入密钥不能以“${input.channel}”渠道申报；可用渠道：${allowed.join('、') || '无'}。合作网点代办需使用该合作机构的柜台密钥。`,
        `This key cannot submit on the channel "${input.channel}"; it may use: ${allowed.join(', ') || 'none'}. Partner-counter applications need a counter key of that partner.`,
      ),
    });
  }
  const agent = input.agent;
  if (agent === undefined) return;
  if (key?.partnerId === undefined || agent.partner !== key.partnerId) {
    throw new ProblemError('agent_not_allowed', {
      detail: t(
        locale,
        `帮办代办人员所属机构“${agent.partner}”与此接入密钥所属的合作机构不一致。`,
        `The agent's partner "${agent.partner}" is not the partner this key belongs to.`,
      ),
    });
  }
  const partner = await findPartner(db, key.partnerId);
  const branches = partner?.branches ?? [];
  if (branches.length > 0 && !branches.some((b) => b.id === agent.branch || b.name === agent.branch)) {
    throw new ProblemError('validation_failed', {
      errors: [{
        path: '/agent/branch',
        code: 'unknown_branch',
        message: t(locale, `“${agent.branch}”不是${partner?.name ?? '该机构'}的网点；请填写网点编号或名称`, `"${agent.branch}" is not a branch of ${partner?.name ?? 'this partner'}; give a branch id or name`),
      }],
    });
  }
}
