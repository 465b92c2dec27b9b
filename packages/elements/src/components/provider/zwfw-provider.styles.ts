import { css } from 'lit';

// No tokens here: the provider only passes them on (appearance sets them inline on the element), so a
// page's tokens on any ancestor reach every element.
export const providerStyles = css`
  :host {
    display: contents;
  }
`;
