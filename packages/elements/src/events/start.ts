import { ZwfwEvent } from './zwfw-event.js';

/** What a `zwfw-start` event carries: the matter to apply for and, when it belongs to one, its 一件事 bundle. */
export interface ZwfwStartDetail {
  /** The matter's code (实施编码 / 业务办理项编码). */
  readonly matterCode: string;
  /** Id of the 一件事 bundle the matter belongs to, when it belongs to one. */
  readonly bundleCode?: string;
}

/**
 * The citizen pressed 在线办理 / 开始办理 in a guide. Cancelable: call `preventDefault()` to start the application
 * yourself (open your application form, route in a single-page app); otherwise the guide goes to its `start-href`.
 */
export class ZwfwStartEvent extends ZwfwEvent<ZwfwStartDetail> {
  constructor(detail: ZwfwStartDetail) {
    super('zwfw-start', detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-start': ZwfwStartEvent;
  }
}
