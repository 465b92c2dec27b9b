// The CDN autoloader's core: each known tag's module is loaded once, the first time the tag is in the page or
// added to it (nested too); defined tags and unknown ones are left alone; a failed load can be retried.
import { expect } from '@open-wc/testing';
import { autoload } from '../src/internal/autoload.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autoload', () => {
  let host: HTMLElement;
  let stop: () => void = () => {};
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    stop();
    host.remove();
  });

  it('loads a tag already in the root, then each newly added tag once, nested ones included', async () => {
    host.innerHTML = '<zwfw-auto-a></zwfw-auto-a><zwfw-auto-a></zwfw-auto-a>';
    const loaded: string[] = [];
    stop = autoload({ root: host, tags: ['zwfw-auto-a', 'zwfw-auto-b', 'zwfw-auto-c'], load: async (tag) => void loaded.push(tag) });
    expect(loaded).to.deep.equal(['zwfw-auto-a']);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<p><zwfw-auto-b></zwfw-auto-b></p><zwfw-auto-a></zwfw-auto-a><other-tag></other-tag>';
    host.append(wrapper);
    host.append(document.createElement('zwfw-auto-b'));
    await tick();
    expect(loaded).to.deep.equal(['zwfw-auto-a', 'zwfw-auto-b']);
  });

  it('leaves a defined tag alone and retries a tag whose load failed', async () => {
    customElements.define('zwfw-auto-defined', class extends HTMLElement {});
    const calls: string[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      stop = autoload({
        root: host, tags: ['zwfw-auto-defined', 'zwfw-auto-flaky'],
        load: (tag) => (calls.push(tag), calls.length === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()),
      });
      host.innerHTML = '<zwfw-auto-defined></zwfw-auto-defined><zwfw-auto-flaky></zwfw-auto-flaky>';
      await tick();
      expect(errors).to.have.length(1);
      host.append(document.createElement('zwfw-auto-flaky'));
      await tick();
      expect(calls).to.deep.equal(['zwfw-auto-flaky', 'zwfw-auto-flaky']);
    } finally {
      console.error = original;
    }
  });

  it('stops watching when asked', async () => {
    const loaded: string[] = [];
    autoload({ root: host, tags: ['zwfw-auto-late'], load: async (tag) => void loaded.push(tag) })();
    host.append(document.createElement('zwfw-auto-late'));
    await tick();
    expect(loaded).to.deep.equal([]);
  });
});
