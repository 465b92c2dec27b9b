// uploads.create in a real browser (Chromium) against the reference server, cross-origin with the partner key:
// the CORS preflight lets the upload through, and progress comes from XMLHttpRequest's upload events (fetch
// would only give the 0 % and 100 % reports).
import { expect } from '@open-wc/testing';
import { createClient, type UploadProgress } from '../../src/index.js';

describe('uploads in a browser', () => {
  it('sends through XMLHttpRequest, reports progress as bytes go out, and returns the receipt', async () => {
    const { baseUrl, key } = (await (await fetch('/__zwfw/fixture.json')).json()) as { baseUrl: string; key: string };
    const client = createClient({ baseUrl, publishableKey: key, cache: false });
    const { items } = await client.matters.list({ limit: 50 }).first();
    const matter = items.find((m) => m.hasForm)!;
    const form = await client.forms.get({ matterCode: matter.code });
    const material = form.materials[0]!;
    const bytes = new Uint8Array(3 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
    const events: UploadProgress[] = [];
    const receipt = await client.uploads.create(new File([bytes], 'scan.pdf', { type: 'application/pdf' }), {
      formId: form.id, materialId: material.materialId, material, onProgress: (p) => events.push(p),
    });
    expect(receipt.size).to.equal(bytes.length);
    expect(receipt.contentType).to.equal('application/pdf');
    // 0 %, at least one report from XHR's upload events, 100 %.
    expect(events.length).to.be.greaterThan(2);
    expect(events[0]!.fraction).to.equal(0);
    expect(events[events.length - 1]!.fraction).to.equal(1);
    for (let i = 1; i < events.length; i++) expect(events[i]!.loaded).to.be.at.least(events[i - 1]!.loaded);
    expect(events.every((e) => e.total === bytes.length)).to.equal(true);
  });
});
