import { css } from 'lit';

// Kept terse: the element's budget is 6 kB gzip beyond the shared runtime. The timeline's rules are shared
// with the partner view (timeline.styles.ts).
export const progressStyles = css`
  .base { background: var(--_surface); }
  .heading { margin: 1em 0 .5em; font-size: 1.3em; font-weight: 700; }
  .form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: calc(var(--_space) * 2); }
  .field { display: flex; flex-direction: column; flex: 1 1 16em; }
  label, .field-error { font-weight: 600; }
  .hint, dt { color: var(--_muted); }
  .field-error { color: var(--_danger); }
  .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(13em, 1fr)); gap: var(--_space); margin: var(--_space) 0; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .deadline p > span + span::before { content: ' · '; }
  .rate { display: flex; flex-wrap: wrap; gap: var(--_space); }
`;
