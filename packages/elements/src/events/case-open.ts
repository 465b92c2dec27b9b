import type { Case } from '@zwfw/core';
import { ZwfwEvent } from './zwfw-event.js';

/** Detail of `zwfw-case-open`. */
export interface ZwfwCaseOpenDetail {
  caseNumber: string;
  /** The case as listed (personal data masked by the server, the 帮办代办 agent included). */
  case: Case;
}

/**
 * A row of `<zwfw-partner-cases>` is being expanded to show the case's progress. Cancelable: `preventDefault()`
 * keeps the row closed (a page that shows the case its own way, e.g. on a page of its own).
 */
export class ZwfwCaseOpenEvent extends ZwfwEvent<ZwfwCaseOpenDetail> {
  constructor(detail: ZwfwCaseOpenDetail) {
    super('zwfw-case-open', detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-case-open': ZwfwCaseOpenEvent;
  }
}
