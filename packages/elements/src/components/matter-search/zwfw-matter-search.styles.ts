import { css } from 'lit';

export const matterSearchStyles = css`
  .base {
    position: relative;
    background: var(--_surface);
  }
  label {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .field {
    position: relative;
  }
  input.control {
    display: block;
    width: 100%;
    min-height: max(var(--_target), 2.75em);
    padding: 0 calc(var(--_space) * 1.5);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-height: min(40em, 80vh);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  .popup[hidden] {
    display: none;
  }
  .popup .state {
    margin: 0;
  }
  .hint {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    flex: none;
  }
  .filter-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .filter-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.1em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .chip .count {
    font-variant-numeric: tabular-nums;
  }
  .listbox {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* A scrollbar appearing must not rewrap the rows (the virtualizer would measure them again in a loop). */
    scrollbar-gutter: stable;
    margin: 0;
    padding: 0;
  }
  .listbox[hidden] {
    display: none;
  }
  .listbox.long {
    height: min(24em, 60vh);
  }
  .group-label {
    margin: var(--_space) 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .group:first-child .group-label {
    margin-top: 0;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em var(--_space);
    width: 100%;
    min-height: max(var(--_target), 2.5em);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    cursor: pointer;
    /* Rows scrolled out of the panel are not laid out on each keystroke (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 4em;
  }
  .option:hover,
  .option[aria-selected='true'] {
    background: var(--_surface-alt);
  }
  /* Focus stays in the box (aria-activedescendant), so the active option draws its own ring. */
  .option[aria-selected='true'] {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .name {
    flex: 1 1 16em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    flex-basis: 100%;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.6;
    white-space: nowrap;
  }
  .badge.bundle {
    color: var(--_primary);
    font-weight: 600;
  }
  .badge.zero-visits,
  .badge.online {
    color: var(--_success);
  }
  :host(:state(elderly)) .chip,
  :host(:state(elderly)) .badge,
  :host(:state(elderly)) .meta,
  :host(:state(elderly)) .filter-label,
  :host(:state(elderly)) .group-label {
    font-size: 1em;
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
    }
    .chip[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
