import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { isZwfwError, type ZwfwClient } from '@zwfw/sdk';
import { describeError } from '../errors.js';
import type { ZwfwElement } from '../zwfw-element.js';
import { commonStrings } from '../../translations/common.js';

/** Where a load stands. `idle`: nothing to load yet (no matter code, no case number). */
export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** How a {@link ResourceController} loads. */
export interface ResourceOptions<A extends readonly unknown[], T> {
  /**
   * The inputs of the load, read before every update; the load runs again (aborting the one in flight) when
   * any of them changes by identity. Return `undefined` while there is nothing to load.
   */
  args: () => A | undefined;
  /** Loads the value. `client` is the element's shared client; configuration errors never reach here. */
  load: (client: ZwfwClient, args: A, signal: AbortSignal) => Promise<T>;
  /** Whether a loaded value counts as empty (shown with the empty state). */
  isEmpty?: (value: T) => boolean;
}

/** Templates of the states a component draws itself; the others get the shared ones. */
export interface ResourceTemplates<T> {
  ready: (value: T) => unknown;
  empty?: () => unknown;
  loading?: () => unknown;
  error?: (error: unknown) => unknown;
  idle?: () => unknown;
}

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => Object.is(v, b[i])));

/**
 * Every data load of a component: keyed on the element's client (so a provider's new settings or locale
 * reloads it) and the component's own inputs, aborted on disconnect and on change, with loading, error (plain
 * words and a retry) and empty states. A load aborted by a change never shows an error.
 */
export class ResourceController<A extends readonly unknown[], T> implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: T | undefined;
  error: unknown;

  private lastArgs: readonly unknown[] | undefined;
  private controller: AbortController | undefined;
  private stale = false;

  constructor(
    private readonly host: ZwfwElement,
    private readonly options: ResourceOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.stale) {
      this.stale = false;
      this.lastArgs = undefined;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    const client = this.host.resolvedClient;
    const own = this.options.args();
    const args = own === undefined ? undefined : [client, ...own];
    if (sameArgs(args, this.lastArgs)) return;
    this.lastArgs = args;
    void this.run(client, own);
  }

  hostDisconnected(): void {
    // A load still running when the element leaves would land in a detached element; abort it and load
    // afresh if the element comes back.
    if (this.status === 'loading') this.stale = true;
    this.controller?.abort();
  }

  /** Loads again with the same inputs (the retry button). */
  retry(): void {
    this.lastArgs = undefined;
    this.host.requestUpdate();
  }

  private async run(client: ZwfwClient | Error, args: A | undefined): Promise<void> {
    this.controller?.abort();
    this.controller = undefined;
    if (args === undefined) {
      this.status = 'idle';
      this.value = undefined;
      return;
    }
    if (client instanceof Error) {
      this.fail(client);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.error = undefined;
    try {
      const value = await this.options.load(client, args, controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = this.options.isEmpty?.(value) ? 'empty' : 'ready';
    } catch (error) {
      if (controller.signal.aborted || (isZwfwError(error) && error.type === 'abort_error')) return;
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    this.status = 'error';
    this.error = error;
    this.value = undefined;
    // The webmaster fixes configuration, not the citizen: say it in the console with the SDK's full message.
    if (describeError(error).key === 'errorConfig') console.error(`[zwfw] <${this.host.localName}>: ${(error as Error).message}`);
  }

  /** Draws the current state: the component's templates where given, the shared ones otherwise. */
  render(templates: ResourceTemplates<T>): unknown {
    switch (this.status) {
      case 'idle':
        return templates.idle?.() ?? nothing;
      case 'loading':
        return templates.loading?.() ?? this.loadingTemplate();
      case 'error':
        return templates.error?.(this.error) ?? this.errorTemplate(this.error);
      case 'empty':
        return templates.empty?.() ?? html`<p part="empty" class="state">${this.t('empty')}</p>`;
      case 'ready':
        return templates.ready(this.value as T);
    }
  }

  private t(key: keyof (typeof commonStrings)['zh-CN']): string {
    return this.host.t(commonStrings, key);
  }

  /** The shared loading state: a polite status, so screen readers hear it once. */
  loadingTemplate(): TemplateResult {
    return html`<p part="loading" class="state" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('loading')}</p>`;
  }

  /**
   * The shared error state: what happened in plain words, and a retry where retrying can help. `retry` loads
   * something else again than this controller's value (a row's details, a further page).
   */
  errorTemplate(error: unknown, message?: string, retry: () => void = () => this.retry()): TemplateResult {
    const description = describeError(error);
    return html`<div part="error" class="state error" role="alert">
      <p>${message ?? this.t(description.key)}</p>
      ${description.retryable
        ? html`<button part="retry-button" class="button" type="button" @click=${retry}>${this.t('retry')}</button>`
        : nothing}
    </div>`;
  }
}
