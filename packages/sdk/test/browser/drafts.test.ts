// Drafts and the response cache in a real browser's IndexedDB (Chromium): what a citizen typed must outlive
// the page, so each test writes through one store instance and reads through a fresh one, as after a reload.
import { expect } from '@open-wc/testing';
import { createDrafts, IndexedDbDraftStore, IndexedDbCacheStore, createClient, type CacheEntry } from '../../src/index.js';

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
