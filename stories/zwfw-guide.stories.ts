import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ZwfwApiError, ZwfwNetworkError, type ZwfwClient } from '@zwfw/sdk';
import type { Matter } from '@zwfw/core';
import '../packages/elements/src/components/provider/define.js';
import '../packages/elements/src/components/guide/define.js';
import { LIVE_BASE_URL } from './live-server.js';

// "Demo data" stories need no server: the guide gets a ready matter through its `matter` property, or a stand-in
// client that hangs or fails. "Live" stories talk to `npm start` (stories/live-server.ts).
const BASE_URL = LIVE_BASE_URL;
/** 内资公司登记 of the illustrative catalogue `npm start` serves. */
const LIVE_CODE = '11445402MB2C00013H4000117002000';

/** An illustrative matter (not a real one) with every section filled, 情景导办 and each kind of material marker. */
const DEMO: Matter = {
  code: 'DEMO00000000000000400000000000',
  catalogCode: '000000000000',
  taskCode: 'DEMO00000000000000400000000000',
  name: '食品经营许可（示例）',
  type: 'license',
  state: 'in_use',
  version: 1,
  legalBasis: [{ lawName: '《中华人民共和国食品安全法》', article: '第三十五条', text: '国家对食品生产经营实行许可制度。' }],
  level: ['county'],
  agency: { name: '示例区市场监督管理局', code: '11000000MB0000000X', nature: 'statutory' },
  powerSource: 'statutory_own_level',
  audience: ['enterprise', 'unincorporated_enterprise'],
  acceptConditions: '1. 具有与经营的食品品种、数量相适应的经营场所；\n2. 具有食品安全管理人员和保证食品安全的规章制度。',
  caseType: 'promised',
  legalTimeLimit: { value: 20, unit: 'working_day' },
  promisedTimeLimit: { value: 5, unit: 'working_day', note: '自受理之日起计算' },
  channels: ['online', 'window'],
  onSiteVisits: 0,
  specialProcedures: [{ name: '现场核查', duration: 5, unit: 'working_day', basis: '《食品经营许可和备案管理办法》', countsTowardLimit: false }],
  isCharged: false,
  fees: [],
  process: [
    { order: 1, kind: 'acceptance', name: '受理', description: '材料齐全、符合法定形式的当场受理。', timeLimit: { value: 0, unit: 'working_day' } },
    { order: 2, kind: 'investigate', name: '审查', timeLimit: { value: 3, unit: 'working_day' } },
    { order: 3, kind: 'decide', name: '决定' },
  ],
  windows: [{ name: '示例区政务服务中心一楼 A01–A08 窗口', address: '示例区示例大道 1 号', hours: '周一至周五 9:00–12:00\n13:30–17:30（法定节假日除外）', phone: '0000-00000000' }],
  consultation: [{ way: 'phone', value: '0000-00000000', note: '工作日' }],
  complaint: [{ way: 'email', value: 'jiandu@example.gov.cn' }],
  online: { isOnline: true, depth: 'IV', url: 'https://zwfw.example.gov.cn/apply', payOnline: false, appointment: true, express: true, selfServiceTerminal: false },
  handleArea: 'municipal',
  result: { type: 'certificate', name: '食品经营许可证' },
  themes: { person: [], enterprise: ['开办餐饮'] },
  situations: [
    { id: 'agent', text: '是否委托他人代为办理？', options: [{ id: 'self', label: '否，本人办理' }, { id: 'agent', label: '是，委托他人' }] },
  ],
  materials: [
    { id: 'm1', name: '食品经营许可申请书', order: 1, necessity: 'required', form: 'both', source: 'applicant', originalCopies: 1, photocopies: 0, blankFormUrl: '/files/blank.docx', sampleUrl: '/files/sample.pdf' },
    { id: 'm2', name: '营业执照', order: 2, necessity: 'required', form: 'electronic', source: 'government_issued', originalCopies: 0, photocopies: 1, eLicense: { exempt: true, licenseType: '营业执照' } },
    { id: 'm3', name: '食品安全管理制度', order: 3, necessity: 'tolerance', form: 'paper', source: 'applicant', originalCopies: 1, photocopies: 0 },
    { id: 'm4', name: '经营场所平面图', order: 4, necessity: 'optional', form: 'paper', source: 'applicant', originalCopies: 1, photocopies: 0 },
    { id: 'm5', name: '授权委托书', order: 5, necessity: 'required', form: 'paper', source: 'applicant', originalCopies: 1, photocopies: 0, situation: '委托他人代为办理的', condition: { questionId: 'agent', optionIds: ['agent'] } },
  ],
  faq: [{ question: '可以先受理后补材料吗？', answer: '标注“容缺后补”的材料可签署承诺书后先行受理，须在承诺期限内补齐。' }],
  keywords: ['餐饮'],
};

/** The demo matter with markup in its texts, as some provinces publish them (sanitized with DOMPurify). */
const RICH: Matter = {
  ...DEMO,
  acceptConditions: '<p>具有与经营的食品品种相适应的<strong>经营场所</strong>；</p><ul><li>场所卫生</li><li>设备齐全</li></ul><p>详见 <a href="https://zwfw.example.gov.cn/law">办事依据</a>。<img src=x onerror=alert(1)></p>',
  faq: [{ question: '网上怎么办？', answer: '登录后点击<br>“在线办理”。<a href="javascript:alert(1)">这个链接不会被点开</a>' }],
};

/** A stand-in client for the loading and error stories. */
function failingClient(mode: 'hang' | 'not-found' | 'offline'): ZwfwClient {
  const fail = (): Promise<never> =>
    mode === 'hang'
      ? new Promise<never>(() => {})
      : Promise.reject(mode === 'offline' ? new ZwfwNetworkError('demo: offline') : new ZwfwApiError('demo: not found', { status: 404, code: 'not_found', title: 'Not found' }));
  return { matters: { get: fail }, bundles: { list: () => ({ toArray: fail }) } } as unknown as ZwfwClient;
}

interface Args {
  lang: string;
  matterCode: string;
  startHref: string;
  theme: string;
  elderly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwfw-guide',
  component: 'zwfw-guide',
  args: { lang: 'zh-CN', matterCode: LIVE_CODE, startHref: '', theme: 'light', elderly: false },
  argTypes: {
    lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] },
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

const demo = (matter: Matter) => (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly}>
    <zwfw-guide .matter=${matter} start-href=${args.startHref} @zwfw-start=${(e: Event) => e.preventDefault()}></zwfw-guide>
  </zwfw-provider>
`;

const failing = (mode: 'hang' | 'not-found' | 'offline') => (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${failingClient(mode)}>
    <zwfw-guide matter-code="DEMO00000000000000400000000000"></zwfw-guide>
  </zwfw-provider>
`;

/** Live: a matter of the illustrative catalogue, loaded by code from `npm start` (情景导办, 一件事 note). */
export const Live: StoryObj<Args> = {
  render: (args) => html`
    <zwfw-provider base-url=${BASE_URL} lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly}>
      <zwfw-guide matter-code=${args.matterCode} start-href=${args.startHref} @zwfw-start=${(e: Event) => e.preventDefault()}></zwfw-guide>
    </zwfw-provider>
  `,
};

/** Demo data: every section, each material marker, 情景导办 (answer 是 to see the 授权委托书). */
export const DemoMatter: StoryObj<Args> = { render: demo(DEMO) };

/** Demo data with markup in the catalogue texts: sanitized (the image and the javascript: link are dropped). */
export const RichText: StoryObj<Args> = { render: demo(RICH) };

/** English. */
export const English: StoryObj<Args> = { args: { lang: 'en' }, render: demo(DEMO) };

/** Traditional Chinese. */
export const TraditionalChinese: StoryObj<Args> = { args: { lang: 'zh-TW' }, render: demo(DEMO) };

/** Dark colour scheme. */
export const Dark: StoryObj<Args> = { args: { theme: 'dark' }, render: demo(DEMO) };

/** 适老化: larger text, 44px targets, stronger contrast. */
export const Elderly: StoryObj<Args> = { args: { elderly: true }, render: demo(DEMO) };

/** Loading (the stand-in client never answers). */
export const Loading: StoryObj<Args> = { render: failing('hang') };

/** An unknown matter code: 未找到该事项, no retry. */
export const NotFound: StoryObj<Args> = { render: failing('not-found') };

/** Offline: plain words and a retry. */
export const NetworkError: StoryObj<Args> = { render: failing('offline') };

/** No matter code yet. */
export const Idle: StoryObj<Args> = {
  render: (args) => html`<zwfw-guide base-url=${BASE_URL} lang=${args.lang}></zwfw-guide>`,
};

/** No base-url and no provider: the configuration message for the webmaster. */
export const NotConfigured: StoryObj<Args> = {
  render: (args) => html`<zwfw-guide matter-code=${args.matterCode} lang=${args.lang}></zwfw-guide>`,
};
