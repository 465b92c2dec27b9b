import type { EvaluationStage } from '@zwfw/core';
import { ZwfwEvent } from './zwfw-event.js';

/** Detail of `zwfw-rate-request`. */
export interface ZwfwRateRequestDetail {
  caseNumber: string;
  /** The stage the applicant wants to rate (受理 or 办结). */
  stage: EvaluationStage;
  /**
   * The verifier the case was looked up with, for the rating element's submission. Hand it to the rating
   * element only: never display, log or store it.
   */
  verifier: string;
}

/** The applicant asked to rate a stage of a case (好差评); a page opens the rating element in answer. */
export class ZwfwRateRequestEvent extends ZwfwEvent<ZwfwRateRequestDetail> {
  constructor(detail: ZwfwRateRequestDetail) {
    super('zwfw-rate-request', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-rate-request': ZwfwRateRequestEvent;
  }
}
