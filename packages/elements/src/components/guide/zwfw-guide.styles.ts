import { css } from 'lit';

/** Screen styles of `<zwfw-guide>` (print styles are in zwfw-guide.print.styles.ts). */
export const guideStyles = css`
  .guide { display: grid; gap: calc(var(--_space) * 2); background: var(--_surface); }
  .header { display: grid; gap: var(--_space); }
  .title { font-size: 1.5em; font-weight: 700; }
  p, dl, ul, ol, fieldset { margin: 0 0 var(--_space); }
  .header > * { margin: 0; }
  .row { display: grid; grid-template-columns: minmax(6em, 12em) 1fr; gap: 0 calc(var(--_space) * 2); padding: calc(var(--_space) / 2) 0; }
  .facts { padding: var(--_space) calc(var(--_space) * 2); border-radius: var(--_radius); background: var(--_surface-alt); }
  dt, .muted, .kind, .way, .url { color: var(--_muted); }
  dd { margin: 0; }
  dd, .text, .url, a { overflow-wrap: anywhere; }
  .toc { padding: var(--_space) 0; border-block: 1px solid var(--_border); }
  .toc ol { display: flex; flex-wrap: wrap; gap: 0 calc(var(--_space) * 2); padding: 0; list-style: none; }
  .toc-link { min-height: var(--_target); padding: 0; border: 0; background: none; color: var(--_primary); font: inherit; text-decoration: underline; }
  .section-heading { font-size: 1.2em; font-weight: 700; }
  .toggle { display: flex; align-items: center; gap: var(--_space); width: 100%; min-height: max(var(--_target), 2.5em); padding: var(--_space) 0; border: 0; border-block-end: 1px solid var(--_border); background: none; color: inherit; font: inherit; text-align: start; }
  .toggle::before { content: ''; flex: none; width: 0.5em; height: 0.5em; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(-45deg); }
  .toggle[aria-expanded='true']::before { transform: rotate(45deg); }
  .panel:not([hidden]) { padding-block: var(--_space); }
  .text { white-space: pre-line; }
  .rich { white-space: normal; }
  .rich td, .rich th { border: 1px solid var(--_border); }
  .item-heading, .summary, .count, .notice, legend { font-weight: 700; }
  .cards, .plain, .materials { display: grid; gap: var(--_space); padding: 0; list-style: none; }
  .cards > li, .material { padding: var(--_space) calc(var(--_space) * 1.5); border: 1px solid var(--_border); border-radius: var(--_radius); }
  .steps { padding-inline-start: 1.5em; }
  .marker { margin-inline-end: 0.25em; padding: 0 0.4em; border: 1px solid; border-radius: var(--_radius); font-size: 0.85em; }
  .required { color: var(--_danger); }
  .tolerance, .notice { color: var(--_warning); }
  .exempt, .exempt-note { color: var(--_success); }
  .links { display: flex; flex-wrap: wrap; gap: 0 calc(var(--_space) * 2); }
  a, .links > * { display: inline-block; min-height: var(--_target); }
  .situations { padding: var(--_space) calc(var(--_space) * 1.5); border-radius: var(--_radius); background: var(--_surface-alt); }
  fieldset { padding: 0; border: 0; }
  legend { padding: 0; }
  .option { display: flex; align-items: center; gap: var(--_space); min-height: var(--_target); }
  .option input { flex: none; width: max(1.1em, calc(var(--_target) / 2)); height: max(1.1em, calc(var(--_target) / 2)); margin: 0; accent-color: var(--_primary); }
`;
