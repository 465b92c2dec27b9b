import type { ApplicationReceipt } from '@zwfw/core';
import { ZwfwEvent } from './zwfw-event.js';

/**
 * `zwfw-submit`: `<zwfw-form>` submitted an application and the server created its case (or, for a retried
 * submission, returned the case the first attempt created). `detail` is the receipt: the case (with its
 * 办件编号) and the access token that verifies progress look-ups and ratings. Show `<zwfw-progress .receipt>`
 * with it, or keep it for the person.
 */
export class ZwfwSubmitEvent extends ZwfwEvent<ApplicationReceipt> {
  constructor(receipt: ApplicationReceipt) {
    super('zwfw-submit', receipt);
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-submit': ZwfwSubmitEvent;
  }
}
