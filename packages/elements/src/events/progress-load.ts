import type { CaseStatus, Progress } from '@zwfw/core';
import { ZwfwEvent } from './zwfw-event.js';

/** Detail of `zwfw-progress-load`. */
export interface ZwfwProgressLoadDetail {
  caseNumber: string;
  /** The case's canonical status. */
  status: CaseStatus;
  /** The whole progress document, its applicant's name, ID number and mobile masked as on screen. */
  progress: Progress;
}

/** A case's progress was loaded and shown by `<zwfw-progress>`. */
export class ZwfwProgressLoadEvent extends ZwfwEvent<ZwfwProgressLoadDetail> {
  constructor(detail: ZwfwProgressLoadDetail) {
    super('zwfw-progress-load', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-progress-load': ZwfwProgressLoadEvent;
  }
}
