// Drafts: keyed by form + matter/bundle + scope, versioned, listed newest first, pluggable store.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient, createDrafts, draftId, MemoryDraftStore, ZwfwConfigError, type Draft, type DraftStore } from '../src/index.js';

describe('drafts', () => {
  test('save → load → save bumps version; remove deletes', async () => {
    let t = Date.parse('2025-03-01T01:00:00Z');
    const drafts = createDrafts(new MemoryDraftStore(), () => new Date((t += 1000)));
    const key = { formId: 'f-001', matterCode: 'M1' };
    const d1 = await drafts.save(key, { applicant: { name: '张三' } }, { formVersion: '3' });
    assert.equal(d1.version, 1);
    assert.equal(d1.formVersion, '3');
    const d2 = await drafts.save(key, { applicant: { name: '张三', mobile: '13800138000' } });
    assert.equal(d2.version, 2);
    const loaded = await drafts.load<{ applicant: { name: string; mobile?: string } }>(key);
    assert.equal(loaded?.values.applicant.mobile, '13800138000');
    assert.ok(loaded !== undefined && loaded.updatedAt > d1.updatedAt);
    await drafts.remove(key);
    assert.equal(await drafts.load(key), undefined);
  });

  test('keys are isolated by matter/bundle and by user scope; list filters by scope, newest first', async () => {
    let t = 0;
    const drafts = createDrafts(new MemoryDraftStore(), () => new Date(Date.UTC(2025, 0, 1) + (t += 60_000)));
    await drafts.save({ formId: 'f', matterCode: 'A' }, { v: 1 });
    await drafts.save({ formId: 'f', bundleId: 'A' }, { v: 2 });
    await drafts.save({ formId: 'f', matterCode: 'A', scope: 'agent-7' }, { v: 3 });
    await drafts.save({ formId: 'g', matterCode: 'B', scope: 'agent-7' }, { v: 4 });
    assert.equal((await drafts.load({ formId: 'f', matterCode: 'A' }))?.values['v'], 1);
    assert.equal((await drafts.load({ formId: 'f', bundleId: 'A' }))?.values['v'], 2);
    assert.deepEqual((await drafts.list()).map((d) => d.values['v']), [2, 1]);
    assert.deepEqual((await drafts.list({ scope: 'agent-7' })).map((d) => d.values['v']), [4, 3]);
    assert.deepEqual((await drafts.list({ scope: 'agent-7', formId: 'f' })).map((d) => d.values['v']), [3]);
    assert.notEqual(draftId({ formId: 'a|b', matterCode: 'c' }), draftId({ formId: 'a', matterCode: 'b|c' }));
  });

  test('loaded drafts are copies; corrupt records read as absent', async () => {
    const store = new MemoryDraftStore();
    const drafts = createDrafts(store);
    const key = { formId: 'f', matterCode: 'A' };
    await drafts.save(key, { list: [1] });
    const a = await drafts.load<{ list: number[] }>(key);
    a?.values.list.push(2);
    assert.deepEqual((await drafts.load<{ list: number[] }>(key))?.values.list, [1]);
    await store.set(draftId(key), { nonsense: true } as unknown as Draft);
    assert.equal(await drafts.load(key), undefined);
  });

  test('bad keys and values are config errors', async () => {
    const drafts = createDrafts(new MemoryDraftStore());
    await assert.rejects(drafts.save({ formId: '' }, {}), ZwfwConfigError);
    await assert.rejects(drafts.save({ formId: 'f', matterCode: 'a', bundleId: 'b' }, {}), /not both/);
    await assert.rejects(drafts.save({ formId: 'f' }, [] as never), /plain object/);
  });

  test('client.drafts uses memory in Node, or the store passed to createClient', async () => {
    const calls: string[] = [];
    const inner = new MemoryDraftStore();
    const spy: DraftStore = {
      get: (id) => (calls.push('get'), inner.get(id)),
      set: (id, d) => (calls.push('set'), inner.set(id, d)),
      delete: (id) => (calls.push('delete'), inner.delete(id)),
      entries: () => (calls.push('entries'), inner.entries()),
    };
    const client = createClient({ baseUrl: 'https://x/', drafts: spy });
    await client.drafts.save({ formId: 'f', matterCode: 'A' }, { a: 1 });
    assert.deepEqual(calls, ['get', 'set']);
    const plain = createClient({ baseUrl: 'https://x/' });
    await plain.drafts.save({ formId: 'f', matterCode: 'A' }, { a: 1 });
    assert.equal((await plain.drafts.list()).length, 1);
  });
});
