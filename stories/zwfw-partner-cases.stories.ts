import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient, type ZwfwClient } from '@zwfw/sdk';
import type { Case, CaseStatus, CaseStep, Progress } from '@zwfw/core';
import '../packages/elements/src/components/provider/define.js';
import '../packages/elements/src/components/partner-cases/define.js';
import { LIVE_BASE_URL } from './live-server.js';

// Stories marked "demo data" run without a server: the SDK is given a stand-in fetch that answers the partner
// operations with illustrative cases of a bank (personal data masked, as the API sends it), so its validation
// and error mapping run as they would against a server. "Live" talks to `npm start` with the demo counter key.
const BASE_URL = LIVE_BASE_URL;
const DEMO_COUNTER_KEY = 'pk_demo_zwfw_bank_counter_000000000000';
const AGENT = { staffId: 'B0012', staffName: '王柜员', partner: 'demo-bank', consentRef: 'consent-2026-0001' };

const time = (day: number, hour: number) => `2026-12-0${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const deadline = (remainingWorkingDays: number, projected = false) =>
  ({ limit: { value: 3, unit: 'working_day' as const }, dueDate: '2026-12-08', remainingWorkingDays, paused: false, pausedWorkingDays: 0, ...(projected ? { projected } : {}) });

/** An illustrative 企业开办 case taken at a branch counter. */
function demoCase(n: number, status: CaseStatus, branch: string): Case {
  return {
    caseNumber: `B20261201000${n}`, status, name: '企业开办一件事（示例）', bundleId: 'enterprise-establishment', receivedAt: time(n, 9),
    deadline: null, channel: 'partner_counter', tolerance: false, updatedAt: time(n, 10),
    applicant: { type: 'legal', name: '示例市示例区一致性测试有限公司', idType: 'credit_code', idNumber: '9144**********1234', mobile: '138****8000' },
    agent: { ...AGENT, branch },
  };
}

const CASES = [demoCase(3, 'processing', 'demo-bank-001'), demoCase(2, 'submitted', 'demo-bank-001'), demoCase(1, 'concluded_approved', 'demo-bank-002')];

/** The case's departments: 设立登记 done, then 刻章 / 发票 / 社保 side by side. */
function demoProgress(c: Case): Progress {
  const step = (order: number, department: string, name: string, status: CaseStatus, left: number | undefined): CaseStep => ({
    caseNumber: `${c.caseNumber}-${order}${name.length}`, matterCode: `M${order}${name.length}`, name, department, order, optional: false, status,
    deadline: left === undefined ? deadline(3, true) : deadline(left),
  });
  return {
    case: c,
    events: [{ id: 'e1', code: 'submit', status: 'submitted', name: '申报', startAt: c.receivedAt, endAt: null }],
    evaluableStages: [],
    steps: [
      step(1, '市市场监督管理局', '企业设立登记', 'concluded_approved', 1),
      step(2, '市公安局', '公章刻制备案', 'processing', 2),
      step(2, '市税务局', '发票申领', 'accepted', -1),
      step(2, '市人社局', '社保登记', 'submitted', undefined),
    ],
    pendingMaterials: [{ materialId: 'lease', name: '住所使用证明', dueDate: '2026-12-10' }],
  };
}

type Answer = 'cases' | 'empty' | 'hang' | 'not-allowed' | 'offline';

/** A client whose stand-in fetch gives `answer` (the locale follows the story's). */
function demoClient(answer: Answer, locale: 'zh-CN' | 'zh-TW' | 'en'): ZwfwClient {
  const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  return createClient({
    baseUrl: 'https://demo.invalid/', publishableKey: 'pk_test_storybook_demo', locale, retry: false, cache: false,
    fetch: (url, init) => {
      if (answer === 'hang') return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
      if (answer === 'not-allowed') return Promise.resolve(json({ type: 'urn:zwfw:problem:forbidden', title: 'forbidden', status: 403, code: 'forbidden' }, 403, 'application/problem+json'));
      const path = new URL(String(url)).pathname;
      const one = CASES.find((c) => path.endsWith(`/${c.caseNumber}`));
      if (one) return Promise.resolve(json(demoProgress(one)));
      return Promise.resolve(json({ items: answer === 'empty' ? [] : CASES, nextCursor: null }));
    },
  });
}

interface Args {
  lang: 'zh-CN' | 'zh-TW' | 'en';
  theme: string;
  elderly: boolean;
  branch: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwfw-partner-cases',
  component: 'zwfw-partner-cases',
  args: { lang: 'zh-CN', theme: 'light', elderly: false, branch: '' },
  argTypes: { lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] }, theme: { control: 'select', options: ['light', 'dark', 'auto'] } },
};
export default meta;

const demo = (answer: Answer) => (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${demoClient(answer, args.lang)}>
    <zwfw-partner-cases branch=${args.branch}></zwfw-partner-cases>
  </zwfw-provider>
`;

/** A bank's assisted cases; expand one to see its departments side by side (demo data). */
export const Default: StoryObj<Args> = { render: demo('cases') };

/** Filtered to one branch: the attribute a branch's page sets (demo data: the stand-in answers the same list). */
export const OneBranch: StoryObj<Args> = { args: { branch: 'demo-bank-001' }, render: demo('cases') };

/** No case matches. */
export const Empty: StoryObj<Args> = { args: { branch: 'demo-bank-002' }, render: demo('empty') };

/** Loading. */
export const Loading: StoryObj<Args> = { render: demo('hang') };

/** A key of no partner (a website key): not allowed, in plain words and without a useless retry. */
export const NotAllowed: StoryObj<Args> = { render: demo('not-allowed') };

/** Offline: plain words and a retry. */
export const Offline: StoryObj<Args> = { render: demo('offline') };

/** 繁體中文 (demo data). */
export const TraditionalChinese: StoryObj<Args> = { args: { lang: 'zh-TW' }, render: demo('cases') };

/** English (demo data). */
export const English: StoryObj<Args> = { args: { lang: 'en' }, render: demo('cases') };

/** Dark colour scheme (demo data). */
export const Dark: StoryObj<Args> = { args: { theme: 'dark' }, render: demo('cases') };

/** 适老化: larger text and 44px targets (demo data). */
export const Elderly: StoryObj<Args> = { args: { elderly: true }, render: demo('cases') };

/**
 * The demo bank's real cases on `npm start`'s server, with its counter key (which accepts the server's own origin,
 * http://127.0.0.1:8080, so run this story from a page served there). Submit at the bank counter demo page first.
 */
export const Live: StoryObj<Args> = {
  render: (args) => html`
    <zwfw-provider base-url=${BASE_URL} publishable-key=${DEMO_COUNTER_KEY} lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly}>
      <zwfw-partner-cases branch=${args.branch}></zwfw-partner-cases>
    </zwfw-provider>
  `,
};
