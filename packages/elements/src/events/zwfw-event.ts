/**
 * The base of every `zwfw-*` event: it bubbles and is composed (it leaves the element's shadow root), so a page
 * listens once on `document` or on a container. Each event is its own class with a typed `detail`, and is
 * added to `HTMLElementEventMap`, so `addEventListener('zwfw-matter-select', e => e.detail.code)` type-checks.
 */
export class ZwfwEvent<T> extends CustomEvent<T> {
  constructor(type: `zwfw-${string}`, detail: T, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}
