import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient, type ZwfwClient } from '@zwfw/sdk';
import type { Progress } from '@zwfw/core';
import '../packages/elements/src/components/provider/define.js';
import '../packages/elements/src/components/progress/define.js';
import { LIVE_BASE_URL } from './live-server.js';

// Stories marked "demo data" run without a server: the SDK is given a stand-in fetch that answers with an
// illustrative case (or a problem), so its validation and error mapping run as they would against a server.
// "Live" stories talk to `npm start` (stories/live-server.ts) with its demo key.
const BASE_URL = LIVE_BASE_URL;
const DEMO_KEY = 'pk_demo_zwfw_local_0000000000000000';
const CASE = '11445402MB2C00013H4000117001000202612010001';

const time = (day: number, hour: number) => `2026-12-0${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const step = (id: string, status: Progress['events'][number]['status'], name: string, at: string, extra: Partial<Progress['events'][number]> = {}) =>
  ({ id, code: id, status, name, startAt: at, endAt: null, ...extra });

type Demo = 'processing' | 'correction' | 'due-soon' | 'overdue' | 'tolerance' | 'bundle' | 'estimated';

/** An illustrative case in the state a story shows (personal data masked, as the API sends it). */
function demoProgress(state: Demo): Progress {
  const deadline = {
    limit: { value: 10, unit: 'working_day' as const }, dueDate: '2026-12-15', remainingWorkingDays: 8, paused: false, pausedWorkingDays: 0,
    ...(state === 'due-soon' ? { remainingWorkingDays: 2 } : {}),
    ...(state === 'overdue' ? { dueDate: '2026-11-30', remainingWorkingDays: -3 } : {}),
    ...(state === 'correction' ? { paused: true, pausedWorkingDays: 2, dueDate: '2026-12-17' } : {}),
    ...(state === 'estimated' ? { limit: { value: 90, unit: 'working_day' as const }, dueDate: '2027-04-08', remainingWorkingDays: 88, estimated: true } : {}),
  };
  const events = [
    step('e1', 'submitted', '申报', time(1, 9)),
    step('e2', 'accepted', '已受理', time(1, 10), { department: '云溪市明湖区政务服务中心' }),
    ...(state === 'bundle'
      ? [
          step('e3', 'processing', '刻制公章', time(1, 11), { department: '市公安局', parallelGroup: 'g1', matterCode: 'SEAL' }),
          step('e4', 'processing', '申领发票', time(1, 11), { department: '市税务局', parallelGroup: 'g1', matterCode: 'INVOICE' }),
          step('e5', 'processing', '社保登记', time(1, 11), { department: '市人社局', parallelGroup: 'g1', matterCode: 'SOCIAL' }),
        ]
      : [step('e3', 'processing', '办理中', time(2, 9))]),
    ...(state === 'correction' ? [step('e4', 'correction_requested', '补正中', time(2, 15), { opinion: '请一次性补正以下材料：\n- 营业执照副本\n- 从业人员健康证明' })] : []),
    ...(state === 'tolerance' ? [step('e4', 'concluded_approved_tolerance', '办结（容缺通过）', time(3, 16))] : []),
  ];
  return {
    case: {
      caseNumber: CASE, status: events.at(-1)!.status, name: state === 'bundle' ? '开办企业一件事（示例）' : '食品经营许可（示例）',
      department: '云溪市明湖区市场监督管理局', receivedAt: time(1, 9), acceptedAt: time(1, 10), deadline,
      applicant: { type: 'person', name: '张*', idType: 'id_card', idNumber: '110101********1233', mobile: '138****8000' },
      tolerance: state === 'tolerance', updatedAt: events.at(-1)!.startAt,
    },
    events,
    evaluableStages: state === 'tolerance' ? ['acceptance', 'conclusion'] : ['acceptance'],
    ...(state === 'tolerance' ? { pendingMaterials: [{ materialId: 'health', name: '从业人员健康证明', dueDate: '2026-12-31' }] } : {}),
  };
}

type Answer = Demo | 'hang' | 'not-found' | 'rate-limited' | 'locked';

/** A client whose stand-in fetch gives `answer` (the locale follows the story's). */
function demoClient(answer: Answer, locale: 'zh-CN' | 'zh-TW' | 'en'): ZwfwClient {
  const problem = (status: number, code: string, retryAfter?: string) =>
    new Response(JSON.stringify({ type: `urn:zwfw:problem:${code}`, title: code, status, code }), {
      status,
      headers: { 'content-type': 'application/problem+json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
    });
  return createClient({
    baseUrl: 'https://demo.invalid/', publishableKey: 'pk_test_storybook_demo', locale, retry: false, cache: false,
    fetch: (_url, init) => {
      if (answer === 'hang') return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      if (answer === 'not-found') return Promise.resolve(problem(404, 'not_found'));
      if (answer === 'rate-limited') return Promise.resolve(problem(429, 'rate_limited', '45'));
      if (answer === 'locked') return Promise.resolve(problem(429, 'case_locked', '7200'));
      return Promise.resolve(new Response(JSON.stringify(demoProgress(answer)), { headers: { 'content-type': 'application/json' } }));
    },
  });
}

interface Args {
  lang: 'zh-CN' | 'zh-TW' | 'en';
  theme: string;
  elderly: boolean;
  caseNumber: string;
  verifier: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwfw-progress',
  component: 'zwfw-progress',
  args: { lang: 'zh-CN', theme: 'light', elderly: false, caseNumber: '', verifier: '' },
  argTypes: { lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] }, theme: { control: 'select', options: ['light', 'dark', 'auto'] } },
};
export default meta;

/** A case loaded at once from `case-number` + `verifier` (demo data). */
const demo = (answer: Answer) => (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${demoClient(answer, args.lang)}>
    <zwfw-progress case-number=${CASE} verifier="8000"></zwfw-progress>
  </zwfw-provider>
`;

/** The look-up form: 办件编号 and 查询码 (demo data: any valid input shows the case). */
export const Default: StoryObj<Args> = {
  render: (args) => html`
    <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${demoClient('processing', args.lang)}>
      <zwfw-progress></zwfw-progress>
    </zwfw-provider>
  `,
};

/** Processing, on time (按时), with the rating entry point (demo data). */
export const OnTime: StoryObj<Args> = { render: demo('processing') };

/** 补正 requested: the items to correct, the paused clock and the working days paused so far (demo data). */
export const CorrectionRequested: StoryObj<Args> = { render: demo('correction') };

/** 即将到期: 3 working days or fewer left (demo data). */
export const DueSoon: StoryObj<Args> = { render: demo('due-soon') };

/** 已超期 (demo data). */
export const Overdue: StoryObj<Args> = { render: demo('overdue') };

/** A due date in a year without a published holiday notice: the estimate is said (demo data). */
export const EstimatedDeadline: StoryObj<Args> = { render: demo('estimated') };

/** 容缺通过 with materials still owed and both stages open for rating (demo data). */
export const Tolerance: StoryObj<Args> = { render: demo('tolerance') };

/** A 一件事 case whose departments work in parallel: one branch each, side by side (demo data). */
export const ParallelDepartments: StoryObj<Args> = { render: demo('bundle') };

/** Loading. */
export const Loading: StoryObj<Args> = { render: demo('hang') };

/** No case matches the number and verifier (the API answers a wrong verifier and an unknown number alike). */
export const NotFound: StoryObj<Args> = { render: demo('not-found') };

/** Too many look-ups: the wait comes from Retry-After. */
export const RateLimited: StoryObj<Args> = { render: demo('rate-limited') };

/** Mobile-tail look-ups paused after too many failures (problem code `case_locked`, proposed). */
export const Locked: StoryObj<Args> = { render: demo('locked') };

/** No base URL anywhere: the configuration message (no server needed). */
export const NotConfigured: StoryObj<Args> = {
  render: (args) => html`<zwfw-progress lang=${args.lang} case-number=${CASE} verifier="8000"></zwfw-progress>`,
};

/** 繁體中文 (demo data). */
export const TraditionalChinese: StoryObj<Args> = { args: { lang: 'zh-TW' }, render: demo('correction') };

/** English (demo data). */
export const English: StoryObj<Args> = { args: { lang: 'en' }, render: demo('correction') };

/** Dark colour scheme (demo data). */
export const Dark: StoryObj<Args> = { args: { theme: 'dark' }, render: demo('bundle') };

/** 适老化: larger text and 44px targets (demo data). */
export const Elderly: StoryObj<Args> = { args: { elderly: true }, render: demo('correction') };

/**
 * A real case on `npm start`'s server: paste a case number and its verifier (the applicant mobile's last 4
 * digits or the receipt's access token), or use the form. The demo key accepts the server's own origin
 * (http://127.0.0.1:8080), so run this story from a page served there.
 */
export const Live: StoryObj<Args> = {
  render: (args) => html`
    <zwfw-provider base-url=${BASE_URL} publishable-key=${DEMO_KEY} lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly}>
      <zwfw-progress case-number=${args.caseNumber} verifier=${args.verifier}></zwfw-progress>
    </zwfw-provider>
  `,
};
