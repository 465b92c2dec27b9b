// The response cache's stores and eviction. IndexedDB itself runs in the browser tests (test/browser); the
// choice of what to evict is a pure function, tested here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evictionVictims, MemoryCacheStore, resolveCacheStore, type CacheEntry } from '../src/cache.js';

const entry = (storedAt: number): CacheEntry => ({ etag: `"${storedAt}"`, body: null, storedAt, maxAge: 0 });

describe('cache', () => {
  test('evictionVictims drops the oldest by storedAt beyond maxEntries, in any key order', () => {
    const stored: Array<[string, CacheEntry]> = [
      ['c', entry(30)],
      ['a', entry(10)],
      ['d', entry(40)],
      ['b', entry(20)],
    ];
    assert.deepEqual(evictionVictims(stored, 4), []);
    assert.deepEqual(evictionVictims(stored, 5), []);
    assert.deepEqual(evictionVictims(stored, 3), ['a']);
    assert.deepEqual(evictionVictims(stored, 1), ['a', 'b', 'c']);
  });

  test('evictionVictims never evicts the entry just written, and evicts unreadable entries first', () => {
    const sameMs: Array<[string, unknown]> = [
      ['new', entry(5)],
      ['old', entry(5)],
      ['junk', { nonsense: true }],
      ['nothing', undefined],
    ];
    assert.deepEqual(evictionVictims(sameMs, 2, 'new').sort(), ['junk', 'nothing']);
    assert.deepEqual(evictionVictims(sameMs, 1, 'new').sort(), ['junk', 'nothing', 'old']);
  });

  test('MemoryCacheStore keeps maxEntries, dropping the least recently used', () => {
    const store = new MemoryCacheStore(2);
    store.set('a', entry(1));
    store.set('b', entry(2));
    store.get('a'); // a is now more recent than b
    store.set('c', entry(3));
    assert.equal(store.get('b'), undefined);
    assert.ok(store.get('a') !== undefined && store.get('c') !== undefined);
  });

  test("resolveCacheStore honours maxEntries (and 'indexeddb' is memory outside a browser)", () => {
    for (const kind of ['memory', 'indexeddb'] as const) {
      const store = resolveCacheStore({ store: kind, maxEntries: 1 });
      assert.ok(store instanceof MemoryCacheStore);
      void store.set('a', entry(1));
      void store.set('b', entry(2));
      assert.equal(store.get('a'), undefined, kind);
    }
    assert.equal(resolveCacheStore(false), undefined);
  });
});
