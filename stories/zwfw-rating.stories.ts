import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ZwfwNetworkError, type ZwfwClient } from '@zwfw/sdk';
import type { Evaluation, EvaluationInput, EvaluationReasonList, Progress } from '@zwfw/core';
import '../packages/elements/src/components/provider/define.js';
import '../packages/elements/src/components/rating/define.js';
import { LIVE_BASE_URL } from './live-server.js';

// Stories marked "demo data" run without a server: a stand-in client answers with a small illustrative reason
// list and a case in the state the story shows. "Live" stories talk to `npm start` (stories/live-server.ts).
const BASE_URL = LIVE_BASE_URL;

const REASONS: EvaluationReasonList = {
  version: 'demo',
  reasons: [
    { code: 'ON-EFF-01', channel: 'online', appliesToLevels: [1, 2], label: { 'zh-CN': '办事效率低，办理时间超出承诺时限', 'zh-TW': '辦事效率低，辦理時間超出承諾時限', en: 'Slow: took longer than the promised time' } },
    { code: 'ON-GUI-02', channel: 'online', appliesToLevels: [1, 2], label: { 'zh-CN': '办事指南表述不清，看不懂', 'zh-TW': '辦事指南表述不清，看不懂', en: 'The service guide was unclear' } },
    { code: 'ALL-OTH-99', channel: 'both', appliesToLevels: [1, 2], label: { 'zh-CN': '其他（请在评价意见中说明）', 'zh-TW': '其他（請在評價意見中說明）', en: 'Other (explain in the comments)' } },
    { code: 'ON-POS-01', channel: 'online', appliesToLevels: [4, 5], label: { 'zh-CN': '全程网办，不用跑腿', 'zh-TW': '全程網辦，不用跑腿', en: 'Fully online, no trips needed' } },
  ],
};

type CaseState = 'open' | 'rated' | 'not-open';

/** A stand-in client for stories that need no server. */
function demoClient(state: CaseState, mode: 'answer' | 'hang' | 'fail' = 'answer'): ZwfwClient {
  const now = new Date().toISOString();
  const progress = {
    case: {
      caseNumber: 'DEMO20250101000001', status: state === 'not-open' ? 'processing' : 'concluded_approved', name: '个体工商户设立登记（示例）',
      receivedAt: now, acceptedAt: now, ...(state === 'not-open' ? {} : { concludedAt: now }), deadline: null,
      applicant: { type: 'natural_person', name: '张*三' }, updatedAt: now,
    },
    events: [],
    evaluableStages: state === 'open' ? ['acceptance', 'conclusion'] : ['acceptance'],
    // The stored rating progress carries for a rated stage (made on any device).
    ...(state === 'rated'
      ? {
          evaluations: [{
            id: 'ev-demo-stored', caseNumber: 'DEMO20250101000001', stage: 'conclusion', level: 2, isNegative: true, reasons: ['ON-EFF-01', 'ALL-OTH-99'],
            comment: '材料补正通知来得太晚（示例）', channel: 'app', reasonListVersion: 'demo', anonymous: false, createdAt: now,
          }] satisfies Evaluation[],
        }
      : {}),
  } as unknown as Progress;
  const answer = <T>(value: T): Promise<T> =>
    mode === 'hang' ? new Promise<T>(() => {}) : mode === 'fail' ? Promise.reject(new ZwfwNetworkError('demo: offline')) : Promise.resolve(value);
  return {
    evaluations: {
      reasons: () => answer(REASONS),
      create: (_ref: unknown, input: EvaluationInput) =>
        new Promise<Evaluation>((resolve) =>
          setTimeout(() => resolve({ id: 'ev-demo', caseNumber: 'DEMO20250101000001', isNegative: input.level <= 2, createdAt: new Date().toISOString(), ...input }), 1200),
        ),
    },
    applications: { progress: () => answer(progress) },
  } as unknown as ZwfwClient;
}

interface Args {
  lang: string;
  stage: string;
  channel: string;
  level: number;
  label: string;
  anonymous: boolean;
  caseNumber: string;
  verifier: string;
  theme: string;
  elderly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwfw-rating',
  component: 'zwfw-rating',
  args: { lang: 'zh-CN', stage: 'conclusion', channel: 'web', level: 0, label: '', anonymous: false, caseNumber: '', verifier: '', theme: 'light', elderly: false },
  argTypes: { lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] } },
};
export default meta;

const demo = (state: CaseState, mode?: 'answer' | 'hang' | 'fail') => (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${demoClient(state, mode)}>
    <zwfw-rating case-number="DEMO20250101000001" verifier="1234" stage=${args.stage} channel=${args.channel}
      level=${args.level || ''} label=${args.label} ?anonymous=${args.anonymous}></zwfw-rating>
  </zwfw-provider>
`;

/** The form for an open stage (demo data): five levels, reasons for the chosen level, a comment, submit. */
export const Default: StoryObj<Args> = { render: demo('open') };

/** A 差评 (level 2) chosen: at least one reason is required before submitting (demo data). */
export const Negative: StoryObj<Args> = { args: { level: 2 }, render: demo('open') };

/** Anonymous: the 差评 thanks does not promise a return visit (回访) (demo data; submit to see it). */
export const Anonymous: StoryObj<Args> = { args: { level: 1, anonymous: true }, render: demo('open') };

/**
 * The 办结 stage was already rated (one rating per case and stage), here on another device: the stored rating from
 * progress (level, reasons, comment, time), no second form (demo data).
 */
export const AlreadyRated: StoryObj<Args> = { render: demo('rated') };

/** The case has not reached the stage yet: a plain notice (demo data). */
export const NotYetOpen: StoryObj<Args> = { render: demo('not-open') };

/** Loading the reason list and progress. */
export const Loading: StoryObj<Args> = { render: demo('open', 'hang') };

/** The reason list could not be loaded: plain words and a retry. */
export const LoadError: StoryObj<Args> = { render: demo('open', 'fail') };

/** 繁體中文 (demo data). */
export const TraditionalChinese: StoryObj<Args> = { args: { lang: 'zh-TW', level: 2 }, render: demo('open') };

/** English (demo data). */
export const English: StoryObj<Args> = { args: { lang: 'en', level: 1 }, render: demo('open') };

/** Dark colour scheme (demo data). */
export const Dark: StoryObj<Args> = { args: { theme: 'dark', level: 2 }, render: demo('open') };

/** 适老化: larger text and 44px targets (demo data). */
export const Elderly: StoryObj<Args> = { args: { elderly: true, level: 1 }, render: demo('open') };

/** A self-service terminal: 线下 reasons only (live: the server's reason list). */
export const Terminal: StoryObj<Args> = {
  args: { channel: 'terminal', level: 1 },
  render: (args) => html`<form><zwfw-rating name="rating" base-url=${BASE_URL} lang=${args.lang} channel=${args.channel} level=${args.level}></zwfw-rating></form>`,
};

/**
 * Inside a page's own form (live: the server's reason list): no submit button of its own; FormData carries
 * `rating`, `rating-reasons`, `rating-comment` and `rating-reason-list-version`.
 */
export const InAForm: StoryObj<Args> = {
  render: (args) => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.textContent = JSON.stringify([...new FormData(e.target as HTMLFormElement).entries()]);
      }}
    >
      <zwfw-rating name="rating" required base-url=${BASE_URL} lang=${args.lang} stage=${args.stage}></zwfw-rating>
      <p><button>提交表单 Submit the form</button></p>
      <output></output>
    </form>
  `,
};

/**
 * A real case on `npm start`'s server: paste a case number and its verifier (the receipt's access token, or the
 * applicant's mobile tail). Without them the element says no case was given.
 */
export const Live: StoryObj<Args> = {
  render: (args) => html`
    <zwfw-provider base-url=${BASE_URL} lang=${args.lang}>
      <zwfw-rating case-number=${args.caseNumber} verifier=${args.verifier} stage=${args.stage} channel=${args.channel}></zwfw-rating>
    </zwfw-provider>
  `,
};
