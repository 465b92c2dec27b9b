import { css } from 'lit';

export const formStyles = css`
  /* The element paints its own surface, so its text keeps its contrast on any page. */
  [part~='base'] {
    background: var(--_surface);
  }
  h2,
  h3,
  p {
    margin: 0 0 var(--_space);
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @media (max-width: 720px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .task-list ol {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: task;
  }
  .task {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    min-height: var(--_target);
    margin-bottom: 2px;
    padding: 0.4em var(--_space);
    border: 0;
    border-inline-start: 4px solid transparent;
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .task[aria-current='step'] {
    border-inline-start-color: var(--_primary);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .task-state {
    font-size: 0.875em;
    font-weight: normal;
    color: var(--_muted);
  }
  .task-state.done {
    color: var(--_success);
  }
  .task-state.has_errors {
    color: var(--_danger);
  }
  .step-of,
  .hint,
  .muted {
    color: var(--_muted);
  }
  .intro {
    max-width: 44em;
  }
  .error-summary {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
    max-width: 36em;
    margin: 0 0 calc(var(--_space) * 2.5);
    padding: 0;
    border: 0;
  }
  .field.invalid {
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_danger);
  }
  .field > label,
  legend {
    padding: 0;
    font-weight: 600;
  }
  .req {
    color: var(--_danger);
  }
  .error-message {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .control {
    width: 100%;
    max-width: 100%;
  }
  textarea.control {
    padding: var(--_space);
    resize: vertical;
  }
  .control.mobile,
  .control.idCard,
  .control.creditCode,
  .control.number,
  .control.money {
    max-width: 20em;
    font-variant-numeric: tabular-nums;
  }
  .control:read-only:not(select),
  .control:disabled {
    background: var(--_surface-alt);
  }
  .choices {
    display: grid;
    gap: 0.25em;
  }
  .choice,
  .check label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    cursor: pointer;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .region {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .region .control {
    width: auto;
    min-width: 10em;
  }
  .repeat {
    max-width: 44em;
  }
  .repeat-item {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .repeat-item legend {
    padding: 0 0.25em;
  }
  .materials {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .material {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0 0 calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: normal;
    color: var(--_muted);
  }
  .upload {
    display: grid;
    gap: 0.25em;
  }
  .file-input {
    min-height: var(--_target);
    font: inherit;
  }
  .files {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .link-button {
    min-height: var(--_target);
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .commitment {
    max-width: 44em;
    margin-top: calc(var(--_space) * 2);
  }
  .commitment-text {
    max-height: 16em;
    overflow: auto;
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    white-space: pre-wrap;
  }
  .answers {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr;
    gap: 0.25em calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .answers dt {
    color: var(--_muted);
  }
  .answers dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .items {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .pair {
    display: block;
  }
  .review-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .draft-status {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }
  .agent-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_primary);
  }
  .result .case-number,
  .result .token {
    font-size: 1.2em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
`;
