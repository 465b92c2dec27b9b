import { ZwfwEvent } from './zwfw-event.js';

/** What `zwfw-matter-select` carries. */
export interface MatterSelectDetail {
  /** The matter code (实施编码 / 业务办理项编码), or the bundle id when `kind` is `'bundle'`. */
  readonly code: string;
  /** The name shown in the list. */
  readonly name: string;
  /** A single matter (事项), or a 一件事 bundle (`client.bundles.get(code)`). */
  readonly kind: 'matter' | 'bundle';
}

/**
 * A matter or a 一件事 bundle was chosen in `<zwfw-matter-search>` (click, or Enter on the active option).
 * Cancelable: `preventDefault()` stops the element from following its `href-template`.
 */
export class ZwfwMatterSelectEvent extends ZwfwEvent<MatterSelectDetail> {
  constructor(detail: MatterSelectDetail) {
    super('zwfw-matter-select', detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'zwfw-matter-select': ZwfwMatterSelectEvent;
  }
}
