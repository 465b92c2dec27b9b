import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ZwfwNetworkError, type SearchResponse, type ZwfwClient } from '@zwfw/sdk';
import type { Bundle, MatterSummary } from '@zwfw/core';
import '../packages/elements/src/components/provider/define.js';
import '../packages/elements/src/components/matter-search/define.js';
import { LIVE_BASE_URL } from './live-server.js';

// "Live" stories talk to `npm start` (stories/live-server.ts) (the illustrative catalogue). Stories marked
// "demo data" need no server: a stand-in client answers in the state the story shows.
const BASE_URL = LIVE_BASE_URL;

const DEMO_HITS: SearchResponse = {
  query: '营业执照',
  items: [
    {
      code: 'DEMO0001', name: '营业执照遗失补领（示例）', department: '区市场监督管理局', score: 1,
      highlights: [{ field: 'name', start: 0, end: 4 }], onSiteVisits: 0, onlineDepth: 'IV', handleArea: 'municipal',
      promisedTimeLimit: { value: 1, unit: 'working_day' }, legalTimeLimit: { value: 15, unit: 'working_day' },
    },
    {
      code: 'DEMO0002', name: '企业开办一件事（示例）', department: '区政务服务和数据管理局', score: 0.9, bundleId: 'demo-bundle',
      highlights: [], onSiteVisits: 0, promisedTimeLimit: { value: 1, unit: 'working_day' },
    },
    {
      code: 'DEMO0003', name: '<img src=x>营业执照换发（名称含标记，按文字显示）', department: '区市场监督管理局', score: 0.8,
      highlights: [{ field: 'name', start: 10, end: 14 }], onSiteVisits: 1, onlineDepth: 'III',
      promisedTimeLimit: { value: 5, unit: 'working_day' }, legalTimeLimit: { value: 20, unit: 'working_day' },
    },
  ],
  total: 3,
  facets: {
    audience: [{ value: 'enterprise', count: 3 }, { value: 'natural_person', count: 1 }],
    department: [{ value: '11445402MB2C00013H', count: 2, label: '区市场监督管理局' }],
    theme: [{ value: '开办企业', count: 2 }],
    type: [],
    onlineDepth: [{ value: 'IV', count: 2 }],
    onSiteVisits: [{ value: '0', count: 2 }],
  },
};

type Mode = 'answer' | 'empty' | 'hang' | 'fail';

/** A stand-in client for stories that need no server. */
function demoClient(mode: Mode): ZwfwClient {
  const answer = <T>(value: T): Promise<T> =>
    mode === 'hang' ? new Promise<T>(() => {}) : mode === 'fail' ? Promise.reject(new ZwfwNetworkError('demo: offline')) : Promise.resolve(value);
  const search = Object.assign(
    (q: string) => answer<SearchResponse>(mode === 'empty' ? { query: q, items: [], total: 0, facets: { audience: [], department: [], theme: [], type: [] } } : { ...DEMO_HITS, query: q }),
    { loadIndex: () => Promise.resolve(), indexLoaded: false },
  );
  return {
    search,
    bundles: { page: () => answer({ items: [] as Bundle[], nextCursor: null }) },
    matters: { page: () => answer({ items: [] as MatterSummary[], nextCursor: null }) },
  } as unknown as ZwfwClient;
}

interface Args {
  lang: string;
  label: string;
  placeholder: string;
  value: string;
  limit: number;
  suggestionCount: number;
  hrefTemplate: string;
  theme: string;
  elderly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwfw-matter-search',
  component: 'zwfw-matter-search',
  args: { lang: 'zh-CN', label: '', placeholder: '', value: '', limit: 20, suggestionCount: 6, hrefTemplate: '', theme: 'light', elderly: false },
  argTypes: { lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] } },
  // Room below the box for the list, which opens over the page.
  decorators: [(story) => html`<div style="max-width: 40rem; min-height: 36rem">${story()}</div>`],
};
export default meta;

const live = (args: Args) => html`
  <zwfw-provider base-url=${BASE_URL} lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly}>
    <zwfw-matter-search label=${args.label} placeholder=${args.placeholder} value=${args.value} limit=${args.limit}
      suggestion-count=${args.suggestionCount} href-template=${args.hrefTemplate}></zwfw-matter-search>
  </zwfw-provider>
`;

const demo = (mode: Mode) => (args: Args) => html`
  <zwfw-provider lang=${args.lang} theme=${args.theme} ?elderly=${args.elderly} .client=${demoClient(mode)}>
    <zwfw-matter-search label=${args.label} value=${args.value || '营业执照'}></zwfw-matter-search>
  </zwfw-provider>
`;

/** Live: focus the box for bundles and common matters, then type 开饭店, 公积金 or the initials yyzz. */
export const Default: StoryObj<Args> = { render: live };

/** Live, with a query already in the box (focus it, or press ↓, to see the results). */
export const WithQuery: StoryObj<Args> = { render: live, args: { value: '公积金' } };

/** Live: up to 100 results, virtualised past 50 rows (End jumps to the last one and scrolls it into view). */
export const LongList: StoryObj<Args> = { render: live, args: { value: '登记', limit: 100 } };

/** Live: choosing a row opens /guide.html?code=… (the select event could cancel it). */
export const WithHrefTemplate: StoryObj<Args> = { render: live, args: { hrefTemplate: '/guide.html?code={code}&kind={kind}' } };

/** Live, dark colour scheme. */
export const Dark: StoryObj<Args> = { render: live, args: { theme: 'dark' } };

/** Live, 适老化 mode: larger text, 44px targets, stronger contrast. */
export const Elderly: StoryObj<Args> = { render: live, args: { elderly: true } };

/** Live, traditional Chinese. */
export const TraditionalChinese: StoryObj<Args> = { render: live, args: { lang: 'zh-TW' } };

/** Live, English. */
export const English: StoryObj<Args> = { render: live, args: { lang: 'en' } };

/** Demo data: results with badges, a 一件事, and a name holding markup shown as text (focus the box). */
export const DemoResults: StoryObj<Args> = { render: demo('answer') };

/** Demo data: nothing matches (focus the box). */
export const NoResults: StoryObj<Args> = { render: demo('empty'), args: { value: 'xqzvk' } };

/** Demo data: the server is still answering (focus the box). */
export const Loading: StoryObj<Args> = { render: demo('hang') };

/** Demo data: the network failed; plain words and a retry (focus the box). */
export const ErrorState: StoryObj<Args> = { render: demo('fail') };

/** No base-url anywhere: the element says the site is not configured. */
export const ConfigMissing: StoryObj<Args> = {
  render: (args) => html`<zwfw-matter-search lang=${args.lang}></zwfw-matter-search>`,
};
