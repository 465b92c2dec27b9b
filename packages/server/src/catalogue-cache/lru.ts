/** Something that knows its own size in bytes. */
export interface Sized {
  readonly bytes: number;
}

/**
 * Least-recently-used map bounded by the sum of its values' sizes, not their count: a search index of
 * 300 kB and a matter guide of 3 kB must not weigh the same. A Map keeps insertion order, so re-inserting on
 * every hit makes its first key the least recently used one.
 */
export class ByteLru<V extends Sized> {
  readonly #map = new Map<string, V>();
  #bytes = 0;

  constructor(readonly budget: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: string): V | undefined {
    const value = this.#map.get(key);
    if (value === undefined) return undefined;
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }

  /** Stores `value` unless it alone exceeds the budget (then it is simply not kept); evicts the oldest. */
  set(key: string, value: V): boolean {
    this.delete(key);
    if (value.bytes > this.budget) return false;
    this.#map.set(key, value);
    this.#bytes += value.bytes;
    for (const [oldest, v] of this.#map) {
      if (this.#bytes <= this.budget) break;
      this.#map.delete(oldest);
      this.#bytes -= v.bytes;
    }
    return true;
  }

  delete(key: string): void {
    const old = this.#map.get(key);
    if (old === undefined) return;
    this.#map.delete(key);
    this.#bytes -= old.bytes;
  }

  clear(): void {
    this.#map.clear();
    this.#bytes = 0;
  }
}
