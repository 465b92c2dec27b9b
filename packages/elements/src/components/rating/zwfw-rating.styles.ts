import { css } from 'lit';

export const ratingStyles = css`
  /* The element paints its own surface, so its text keeps its contrast on any page (dark mode on a light page). */
  [part~='base'] {
    background: var(--_surface);
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  p {
    margin: 0;
  }
  .case {
    color: var(--_muted);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.invalid {
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_danger);
  }
  legend {
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: 600;
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  label {
    cursor: pointer;
  }
  .level,
  .reason {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
  }
  .level {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .level:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface-alt);
  }
  .reason {
    align-items: flex-start;
    padding-block: 0.2em;
  }
  input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.2em 0 0;
    accent-color: var(--_primary);
  }
  .level input {
    margin: 0;
  }
  .stars {
    color: var(--_warning);
    letter-spacing: -0.1em;
    white-space: nowrap;
  }
  .comment {
    display: grid;
    gap: 0.25em;
  }
  textarea.control {
    width: 100%;
    min-height: 5em;
    padding: 0.5em;
    resize: vertical;
  }
  .counter {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error-message {
    margin-bottom: var(--_space);
    color: var(--_danger);
    font-weight: 600;
  }
  .button {
    justify-self: start;
  }
  .result {
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_success);
    border-radius: var(--_radius);
  }
  .title {
    margin-bottom: var(--_space);
    font-size: 1.125em;
    font-weight: 600;
  }
  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em var(--_space);
    margin: var(--_space) 0 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .comment-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
