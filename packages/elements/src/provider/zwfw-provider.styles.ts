import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: contents;
    /* Theme tokens every element reads; a site overrides them on the provider or any ancestor. */
    --zwfw-color-primary: #0b5cad;
    --zwfw-color-text: #1f2329;
    --zwfw-color-muted: #5c6370;
    --zwfw-color-danger: #b42318;
    --zwfw-color-border: #c9ced6;
    --zwfw-radius: 4px;
    --zwfw-font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
`;
