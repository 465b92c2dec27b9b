import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FormSpec } from '@zwfw/core';
import { createDrafts, MemoryDraftStore, type ZwfwClient } from '@zwfw/sdk';
import '../packages/elements/src/components/provider/define.js';
import '../packages/elements/src/components/form/define.js';
import '../packages/elements/src/components/business-registration/define.js';
import { LIVE_BASE_URL } from './live-server.js';

// "Demo data" stories run without a server: the form spec is given to the element and a stand-in client keeps
// drafts in memory (submitting is not wired). "Live" stories talk to `npm start` (stories/live-server.ts).
const BASE_URL = LIVE_BASE_URL;

/** An illustrative form: a person, a company with shareholders checked against its capital, a 容缺 material. */
const DEMO_SPEC: FormSpec = {
  id: 'form-demo', version: 'demo', title: '示例申请表（演示数据）', matterCode: '11440000000000000X4000000000000',
  sections: [
    {
      id: 'applicant', title: '申请人信息', description: '已实名认证的信息自动带出',
      fields: [
        { id: 'applicant.name', label: '申请人姓名', kind: 'text', required: true, prefillFrom: 'user.name', readOnlyWhenPrefilled: true },
        { id: 'applicant.idNumber', label: '公民身份号码', kind: 'idCard', required: true },
        { id: 'applicant.birthDate', label: '出生日期', kind: 'date', derive: { from: 'applicant.idNumber', fact: 'birthDate' } },
        { id: 'applicant.mobile', label: '手机号码', kind: 'mobile', required: true },
        { id: 'applicant.region', label: '户籍所在地', kind: 'regionCode' },
      ],
    },
    {
      id: 'company', title: '企业信息',
      fields: [
        { id: 'company.name', label: '企业名称', kind: 'companyName', required: true, strict: true },
        { id: 'company.capital', label: '注册资本', kind: 'money', unit: '万元', required: true },
        { id: 'shareholders', label: '股东', kind: 'repeat', required: true, itemFields: [
          { id: 'name', label: '股东姓名', kind: 'text', required: true },
          { id: 'amount', label: '认缴出资额', kind: 'money', unit: '万元', required: true },
        ] },
        { id: 'company.total', label: '认缴出资合计', kind: 'money', unit: '万元', derive: { sumOf: 'shareholders[].amount' }, equalsField: 'company.capital' },
        { id: 'byAgent', label: '委托他人代为办理', kind: 'checkbox' },
        { id: 'agent.name', label: '受托人姓名', kind: 'text', rules: [{ effect: 'show', when: { field: 'byAgent', equals: true } }, { effect: 'require', when: { field: 'byAgent', equals: true } }] },
      ],
    },
  ],
  materials: [
    { materialId: 'id-card', name: '居民身份证', necessity: 'required', toleranceAllowed: false, eLicense: { exempt: true } },
    { materialId: 'lease', name: '经营场所使用证明', necessity: 'tolerance', toleranceAllowed: true },
  ],
  commitmentText: { version: 'demo-1', title: '容缺受理告知承诺书（示例）', text: '本人承诺在受理之日起5个工作日内补齐标注为“容缺后补”的材料。（演示文本）', supplyWithinWorkingDays: 5 },
};

/** Drafts in memory; the regions list is empty (demo data). */
function demoClient(): ZwfwClient {
  const empty = { toArray: async () => [] };
  return { drafts: createDrafts(new MemoryDraftStore()), regions: { list: () => empty }, partner: { servicePoints: () => empty } } as unknown as ZwfwClient;
}

interface Args {
  lang: string;
  theme: string;
  elderly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwfw-form',
  component: 'zwfw-form',
  args: { lang: 'zh-CN', theme: 'light', elderly: false },
  argTypes: { lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] }, theme: { control: 'select', options: ['light', 'dark'] } },
};
export default meta;

const demo = (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${demoClient()}>
    <zwfw-form .spec=${DEMO_SPEC} .profile=${{ user: { name: '张三（示例）' } }}></zwfw-form>
  </zwfw-provider>
`;

/** Steps with a task list, a prefilled and locked name, a derived birth date, a repeat with a checked total (demo data). */
export const Default: StoryObj<Args> = { render: demo };

/** English (demo data). */
export const English: StoryObj<Args> = { args: { lang: 'en' }, render: demo };

/** 繁體中文 (demo data). */
export const TraditionalChinese: StoryObj<Args> = { args: { lang: 'zh-TW' }, render: demo };

/** Dark colour scheme (demo data). */
export const Dark: StoryObj<Args> = { args: { theme: 'dark' }, render: demo };

/** 适老化: larger text and 44px targets (demo data). */
export const Elderly: StoryObj<Args> = { args: { elderly: true }, render: demo };

/** A matter's form from the server, submitted for real (live). */
export const LiveMatter: StoryObj<Args> = {
  render: (args) => html`<zwfw-form base-url=${BASE_URL} lang=${args.lang} matter-code="11445402MB2C0003X4400010400100001"></zwfw-form>`,
};

/** 企业开办 at the demo bank's counter in agent mode, with the demo counter key (live). */
export const BankCounter: StoryObj<Args> = {
  render: (args) => html`<zwfw-business-registration base-url=${BASE_URL} publishable-key="pk_demo_zwfw_bank_counter_000000000000" lang=${args.lang}
    partner="demo-bank" branch="demo-bank-001" bank-name="云溪农村商业银行（示例）"></zwfw-business-registration>`,
};
