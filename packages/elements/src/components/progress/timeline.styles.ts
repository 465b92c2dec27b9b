import { css } from 'lit';

/** The timeline, its parallel branches, deadline badges and owed materials: every view of a case's progress. */
export const timelineStyles = css`
  .section-heading { margin: 1em 0 .5em; font-size: 1.1em; font-weight: 700; }
  ul, ol { margin: 0; padding: 0; list-style: none; }
  .step-label, .branch-label { font-weight: 600; }
  .muted, .upcoming { color: var(--_muted); }
  .branches { display: grid; grid-template-columns: repeat(auto-fit, minmax(13em, 1fr)); gap: var(--_space); margin: var(--_space) 0; }
  .deadline, [part='pending'] {
    margin-block: calc(var(--_space) * 2); padding: 0 calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_tone, var(--_border)); background: var(--_surface-alt);
  }
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
`;
