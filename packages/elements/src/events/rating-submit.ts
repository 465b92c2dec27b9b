import type { Evaluation } from '@zwfw/core';
import { ZwfwEvent } from './zwfw-event.js';

/**
 * `zwfw-rating-submit`: `<zwfw-rating>` stored an evaluation (好差评). `detail` is the evaluation the server
 * created (id, caseNumber, stage, level, isNegative, reasons, reasonListVersion, createdAt …).
 */
export class ZwfwRatingSubmitEvent extends ZwfwEvent<Evaluation> {
  constructor(evaluation: Evaluation) {
    super('zwfw-rating-submit', evaluation);
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-rating-submit': ZwfwRatingSubmitEvent;
  }
}
