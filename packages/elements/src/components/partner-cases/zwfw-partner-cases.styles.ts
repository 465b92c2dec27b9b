import { css } from 'lit';

// The case's look comes from the progress element's styles; these lay out the list.
export const partnerCasesStyles = css`
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); margin-block-end: var(--_space); }
  .list > li { border-block-end: 1px solid var(--_border); padding-block-end: var(--_space); }
  .case-heading { font-size: 1.1em; font-weight: 700; }
  .toggle {
    display: flex; align-items: center; gap: var(--_space); width: 100%; min-height: max(var(--_target), 2.5em);
    padding: var(--_space) 0; border: 0; background: none; color: var(--_primary); font: inherit; text-align: start; cursor: pointer;
  }
  .toggle::before { content: ''; flex: none; width: .5em; height: .5em; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(-45deg); }
  .toggle[aria-expanded='true']::before { transform: rotate(45deg); }
  .summary { grid-template-columns: repeat(auto-fit, minmax(11em, 1fr)); gap: 0 var(--_space); margin: 0; }
  .panel { margin-block-start: var(--_space); padding: var(--_space) calc(var(--_space) * 2); background: var(--_surface-alt); }
  .department > * { display: block; }
  .due > span + span::before { content: ' · '; }
  .more { margin-block-start: calc(var(--_space) * 2); }
`;
