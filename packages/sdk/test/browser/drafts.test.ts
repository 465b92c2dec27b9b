// Drafts and the response cache in a real browser's IndexedDB (Chromium): what a citizen typed must outlive
// the page, so each test writes through one store instance and reads through a fresh one, as after a reload.
// The cache store is also bounded by maxEntries there (oldest storedAt dropped first).
import { expect } from '@open-wc/testing';
import { createDrafts, IndexedDbDraftStore, IndexedDbCacheStore, createClient, type CacheEntry } from '../../src/index.js';
import { resolveCacheStore } from '../../src/cache.js';

const unique = () => `zwfw-test-${Math.random().toString(36).slice(2)}`;

describe('drafts in IndexedDB', () => {
  it('the default store in a browser is IndexedDB, and a draft survives a new connection', async () => {
    const db = unique();
    const first = createDrafts(new IndexedDbDraftStore(db));
    const key = { formId: 'food-business-license', matterCode: '11440106MB2C9F7X2K4000117016000', scope: 'user-1' };
    await first.save(key, { operator: { name: '示例餐饮有限公司' } }, { formVersion: '2025.1' });
    await first.save(key, { operator: { name: '示例餐饮有限公司', mobile: '13800138000' } }, { formVersion: '2025.1' });

    const afterReload = createDrafts(new IndexedDbDraftStore(db));
    const draft = await afterReload.load<{ operator: { name: string; mobile?: string } }>(key);
    expect(draft?.values.operator.mobile).to.equal('13800138000');
    expect(draft?.version).to.equal(2);
    expect(await afterReload.list({ scope: 'user-1' })).to.have.length(1);
    expect(await afterReload.list({ scope: 'user-2' })).to.have.length(0);

    await afterReload.remove(key);
    expect(await createDrafts(new IndexedDbDraftStore(db)).load(key)).to.equal(undefined);
  });

  it('a client created in a browser keeps drafts in IndexedDB by default', async () => {
    const key = { formId: unique(), bundleId: 'enterprise-opening' };
    const client = createClient({ baseUrl: 'http://127.0.0.1:9/', publishableKey: 'pk_test_browser' });
    await client.drafts.save(key, { company: { name: '示例科技有限公司' } });
    const other = createClient({ baseUrl: 'http://127.0.0.1:9/', publishableKey: 'pk_test_browser' });
    expect((await other.drafts.load<{ company: { name: string } }>(key))?.values.company.name).to.equal('示例科技有限公司');
    await other.drafts.remove(key);
  });
});

describe('response cache in IndexedDB', () => {
  it('stores and returns entries across instances', async () => {
    const db = unique();
    const entry: CacheEntry = { etag: '"abc"', body: { items: [] }, storedAt: Date.now(), maxAge: 0 };
    await new IndexedDbCacheStore(db).set('GET /v1/matters', entry);
    const back = await new IndexedDbCacheStore(db).get('GET /v1/matters');
    expect(back?.etag).to.equal('"abc"');
    expect(back?.body).to.deep.equal({ items: [] });
  });
});

describe('response cache in IndexedDB: maxEntries', () => {
  it('keeps at most maxEntries, dropping the entries stored longest ago', async () => {
    const db = unique();
    const store = new IndexedDbCacheStore(db, 2);
    const at = (storedAt: number): CacheEntry => ({ etag: `"${storedAt}"`, body: storedAt, storedAt, maxAge: 0 });
    // Written out of age order: eviction goes by storedAt, not by write order or key order.
    await store.set('b', at(2000));
    await store.set('a', at(1000));
    await store.set('c', at(3000));
    const reopened = new IndexedDbCacheStore(db, 2);
    expect(await reopened.get('a')).to.equal(undefined);
    expect((await reopened.get('b'))?.body).to.equal(2000);
    expect((await reopened.get('c'))?.body).to.equal(3000);
    // A revalidation refreshes storedAt, which protects the entry.
    await reopened.set('b', at(4000));
    await reopened.set('d', at(3500));
    expect(await reopened.get('c')).to.equal(undefined);
    expect((await reopened.get('b'))?.body).to.equal(4000);
    expect((await reopened.get('d'))?.body).to.equal(3500);
  });

  it("the cache option { store: 'indexeddb', maxEntries } gives a bounded IndexedDB store", async () => {
    const store = resolveCacheStore({ store: 'indexeddb', maxEntries: 1 });
    expect(store).to.be.instanceOf(IndexedDbCacheStore);
    const key = unique();
    await store!.set(`${key}-old`, { etag: '"1"', body: 1, storedAt: 1, maxAge: 0 });
    await store!.set(`${key}-new`, { etag: '"2"', body: 2, storedAt: 2, maxAge: 0 });
    expect(await store!.get(`${key}-old`)).to.equal(undefined);
    expect((await store!.get(`${key}-new`))?.body).to.equal(2);
    await store!.clear();
  });
});
