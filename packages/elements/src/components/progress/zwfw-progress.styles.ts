import { css } from 'lit';

// Kept terse: the element's budget is 6 kB gzip beyond the shared runtime. The partner view draws cases with
// these rules too (its list's own follow them).
export const progressStyles = css`
  .base { background: var(--_surface); }
  .heading, .section-heading { margin: 1em 0 .5em; font-size: 1.1em; font-weight: 700; }
  .heading { font-size: 1.3em; }
  ul, ol { margin: 0; padding: 0; list-style: none; }
  .form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: calc(var(--_space) * 2); }
  .field { display: flex; flex-direction: column; flex: 1 1 16em; }
  label, .step-label, .branch-label, .field-error { font-weight: 600; }
  .hint, .muted, dt, .upcoming { color: var(--_muted); }
  .field-error { color: var(--_danger); }
  .summary, .branches { display: grid; grid-template-columns: repeat(auto-fit, minmax(13em, 1fr)); gap: var(--_space); margin: var(--_space) 0; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .deadline, [part='pending'] {
    margin-block: calc(var(--_space) * 2); padding: 0 calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_tone, var(--_border)); background: var(--_surface-alt);
  }
  .deadline p > span + span::before { content: ' · '; }
  .badge { margin-inline-end: var(--_space); padding: 0 var(--_space); border: 1px solid; color: var(--_tone); }
  .on-time { --_tone: var(--_success); }
  .due-soon, [part='pending'] { --_tone: var(--_warning); }
  .overdue { --_tone: var(--_danger); }
  .step { position: relative; margin-inline-start: .5em; padding: 0 0 var(--_space) calc(var(--_space) * 3); border-inline-start: 2px solid var(--_border); }
  .step:last-child { border-color: transparent; }
  .step::before {
    content: ''; position: absolute; inset-inline-start: -.45em; top: .35em; width: .8em; height: .8em;
    border-radius: 50%; background: var(--_primary);
  }
  .upcoming::before { background: var(--_surface); border: 2px solid var(--_border); }
  [aria-current] > .step-label { color: var(--_primary); }
  .step > * + *, li > time, li > span + span { margin-inline-start: var(--_space); }
  .opinion { margin: 0; white-space: pre-line; }
  .branch { padding: var(--_space); border: 1px solid var(--_border); }
  .branch-label, .branch-steps li { display: block; }
  .rate { display: flex; flex-wrap: wrap; gap: var(--_space); }
`;
