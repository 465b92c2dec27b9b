import { css } from 'lit';

/**
 * Printing a guide (to take to the window): every section open, no controls, black on white whatever the
 * theme, and the address of every link written out after it.
 */
export const guidePrintStyles = css`
  @media print {
    :host, :host(:state(dark)), :host(:state(elderly)) {
      --_primary: #000; --_text: #000; --_muted: #000; --_surface: #fff; --_surface-alt: #fff; --_border: #000;
      --_danger: #000; --_success: #000; --_warning: #000;
      color: #000; background: #fff; color-scheme: light;
    }
    .toc, .actions, [part~='clear-answers'] { display: none !important; }
    .panel[hidden] { display: block !important; content-visibility: visible !important; }
    .toggle { min-height: 0; padding: 0; }
    .toggle::before { display: none; }
    .cards > li, .material { break-inside: avoid; }
    a[href]::after { content: ' (' attr(href) ')'; }
  }
`;
