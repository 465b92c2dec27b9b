// In-flight deduplication: when several components ask for the same read at the same time (a page with a
// guide, a form and a search box all loading matter X), one HTTP request serves them all.
//
// Each caller keeps its own AbortSignal: aborting one caller rejects only that caller. The shared request is
// cancelled only when every caller waiting on it has aborted, so no one's abort cancels someone else's data.

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/** Shares identical in-flight reads by key. */
export class InFlight {
  readonly #flights = new Map<string, Flight<unknown>>();

  /**
   * Run `task` for `key`, or join the run already in flight for it.
   * @param task - receives the shared signal, which aborts only when all joined callers have aborted.
   * @param signal - this caller's own signal.
   */
  run<T>(key: string, task: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let flight = this.#flights.get(key) as Flight<T> | undefined;
    if (flight === undefined) {
      const controller = new AbortController();
      const created: Flight<T> = { promise: Promise.resolve() as Promise<T>, controller, waiters: 0 };
      created.promise = task(controller.signal).finally(() => {
        if (this.#flights.get(key) === created) this.#flights.delete(key);
      });
      // The shared promise may reject after every caller left; keep that from surfacing as unhandled.
      created.promise.catch(() => undefined);
      this.#flights.set(key, created as Flight<unknown>);
      flight = created;
    }
    return this.#join(key, flight, signal);
  }

  /** Number of distinct reads currently in flight (for tests and diagnostics). */
  get size(): number {
    return this.#flights.size;
  }

  #join<T>(key: string, flight: Flight<T>, signal?: AbortSignal): Promise<T> {
    flight.waiters++;
    if (signal === undefined) return flight.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        flight.waiters--;
        if (flight.waiters === 0) {
          // Nobody wants the answer any more: cancel the request, and forget it so a new caller starts fresh.
          if (this.#flights.get(key) === flight) this.#flights.delete(key);
          flight.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
