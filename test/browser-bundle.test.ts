// What a partner's bundler sees: the browser entries of @zwfw/search, @zwfw/sdk and @zwfw/elements must bundle
// for the browser with no Node built-ins and without the index builder's dictionaries (pinyin-pro, opencc-js),
// which belong to build time only. esbuild fails hard on `node:*` for platform "browser", as Vite and webpack do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

for (const entry of ['@zwfw/search', '@zwfw/sdk', '@zwfw/elements']) {
  test(`${entry} bundles for the browser without Node built-ins or the index builder`, async () => {
    const result = await build({
      stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const offending = inputs.filter((p) => /node_modules\/(pinyin-pro|opencc-js)\/|\/builder\//.test(p));
    assert.deepEqual(offending, [], `${entry} pulls build-time modules into the browser bundle`);
    assert.ok(inputs.length > 1);
  });
}
