// Deterministic variation for the generated catalogue. The sample must be identical on every run and
// machine (tests compare two runs, the seeded database must not churn), so no Math.random and no clock:
// every "choice" is a pure function of a stable key such as the matter name.

/** 32-bit FNV-1a hash of a string (stable across platforms; enough spread for picking variants). */
export function hash32(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One element of a non-empty list, chosen by the key. */
export function pick<T>(key: string, items: readonly [T, ...T[]]): T {
  return items[hash32(key) % items.length] as T;
}

/** True for roughly `percent`% of keys. */
export function chance(key: string, percent: number): boolean {
  return hash32(key) % 100 < percent;
}
