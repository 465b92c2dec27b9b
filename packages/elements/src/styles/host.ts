import { css } from 'lit';

/**
 * The theme, read from the page's `--zwfw-*` tokens with fallbacks. Tokens are never set here (nor on any
 * `:host`), so a page may set them on any ancestor: `<body>`, a section, or the provider. Each element keeps
 * the resolved values in private `--_*` properties for its own rules; dark and 适老化 (elderly) modes switch
 * those through custom states, and forced-colors mode hands colours to the system.
 *
 * Contrast of the defaults (WCAG 2.2 AA): text 15.9:1, muted 6.3:1, primary 6.6:1, danger 6.6:1 and border
 * 3.4:1 on white; dark: text 14.6:1, muted 8.6:1, primary 8.7:1 on #1b1f24.
 */
export const hostStyles = css`
  :host {
    --_primary: var(--zwfw-color-primary, #0b5cad);
    --_on-primary: var(--zwfw-color-on-primary, #ffffff);
    --_text: var(--zwfw-color-text, #1f2329);
    --_muted: var(--zwfw-color-muted, #4f5661);
    --_surface: var(--zwfw-color-surface, #ffffff);
    --_surface-alt: var(--zwfw-color-surface-alt, #f3f5f8);
    --_border: var(--zwfw-color-border, #858d99);
    --_danger: var(--zwfw-color-danger, #b42318);
    --_success: var(--zwfw-color-success, #05603a);
    --_warning: var(--zwfw-color-warning, #8a4b00);
    --_focus: var(--zwfw-color-focus, var(--_primary));
    --_radius: var(--zwfw-radius, 4px);
    --_font: var(--zwfw-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_font-size: var(--zwfw-font-size, 16px);
    --_space: var(--zwfw-space, 8px);
    --_target: 24px;

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.6;
    /* A host page's global rules (text-align, letter-spacing, white-space) must not leak in through inheritance. */
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-transform: none;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(dark)) {
    --_primary: var(--zwfw-dark-color-primary, #8cc4ff);
    --_on-primary: var(--zwfw-dark-color-on-primary, #0b1b2b);
    --_text: var(--zwfw-dark-color-text, #e8eaed);
    --_muted: var(--zwfw-dark-color-muted, #b9c0ca);
    --_surface: var(--zwfw-dark-color-surface, #1b1f24);
    --_surface-alt: var(--zwfw-dark-color-surface-alt, #262b32);
    --_border: var(--zwfw-dark-color-border, #7d8794);
    --_danger: var(--zwfw-dark-color-danger, #ff9b91);
    --_success: var(--zwfw-dark-color-success, #75d9a0);
    --_warning: var(--zwfw-dark-color-warning, #f5bd66);
    color-scheme: dark;
  }
  /* 适老化: GB/T 37668 and the MIIT ageing-friendly rules ask for larger text, larger targets, stronger contrast. */
  :host(:state(elderly)) {
    --_font-size: max(18px, var(--zwfw-font-size, 16px));
    --_target: 44px;
    --_muted: var(--_text);
    --_border: var(--_text);
    --_space: max(10px, var(--zwfw-space, 8px));
    line-height: 1.75;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (forced-colors: active) {
    :host {
      --_primary: LinkText;
      --_on-primary: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_danger: CanvasText;
      --_success: CanvasText;
      --_warning: CanvasText;
      --_focus: Highlight;
    }
  }
`;

/** Pieces every component uses: focus ring, visually hidden text, buttons, loading/error/empty states. */
export const sharedStyles = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-height: max(var(--_target), 2.25em);
    min-width: var(--_target);
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* Text inputs and textareas: one look for every element's controls (the smart form's too). */
  .control {
    min-height: max(var(--_target), 2.25em);
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .control[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  a {
    color: var(--_primary);
  }
  .state {
    margin: var(--_space) 0;
    color: var(--_muted);
  }
  .state.error {
    color: var(--_danger);
  }
  .state.error p {
    margin: 0 0 var(--_space);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: zwfw-spin 0.8s linear infinite;
  }
  @keyframes zwfw-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
