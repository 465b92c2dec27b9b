import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/define.js';
import { LIVE_BASE_URL } from './live-server.js';

const meta: Meta = {
  title: 'Elements/zwfw-provider',
  component: 'zwfw-provider',
  args: { baseUrl: LIVE_BASE_URL, lang: 'zh-CN' },
  argTypes: { lang: { control: 'select', options: ['zh-CN', 'zh-TW', 'en'] } },
};
export default meta;

/** The provider wraps a page section and hands the API base URL, key, locale and theme to every element in it. */
export const Default: StoryObj = {
  render: (args) => html`
    <zwfw-provider base-url=${args.baseUrl} lang=${args.lang}>
      <p>zwfw-* 组件放在这里（示例）。Place zwfw-* elements here.</p>
    </zwfw-provider>
  `,
};

/** A bank's brand colours, set on the provider. */
export const Themed: StoryObj = {
  render: () => html`
    <zwfw-provider style="--zwfw-color-primary: #c8102e; --zwfw-font-family: serif">
      <p>品牌主题示例 (illustrative brand theme)</p>
    </zwfw-provider>
  `,
};
