// The CDN build: versioned entry copies and Subresource Integrity hashes (scripts/rollup-cdn-files.mjs) on
// a small real rollup build: the hash in sri.json and in the printed line is that of the file as written.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
// @ts-expect-error: a plain .mjs script without declarations
import { cdnFiles } from '../scripts/rollup-cdn-files.mjs';

const dir = mkdtempSync(join(tmpdir(), 'zwfw-cdn-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('writes a versioned copy of each entry and sri.json with the sha384 of the entries and chunks as written', async () => {
  writeFileSync(join(dir, 'entry.js'), "export const one = 1;\nexport const later = () => import('./lazy.js');\n");
  writeFileSync(join(dir, 'lazy.js'), 'export const two = 2;\n');
  const lines: string[] = [];
  const bundle = await rollup({ input: { 'zwfw-demo': join(dir, 'entry.js') }, plugins: [cdnFiles({ version: '1.2.3', log: (l: string) => lines.push(l) })] });
  const out = join(dir, 'out');
  await bundle.write({ dir: out, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' });
  await bundle.close();

  const written = readFileSync(join(out, 'zwfw-demo.js'));
  assert.deepEqual(readFileSync(join(out, 'zwfw-demo-1.2.3.js')), written);
  const expected = `sha384-${createHash('sha384').update(written).digest('base64')}`;
  const { 'zwfw-demo.js': entry, 'zwfw-demo-1.2.3.js': copy, ...chunks } = JSON.parse(readFileSync(join(out, 'sri.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual([entry, copy], [expected, expected]);
  // The lazy chunk is listed too, with the hash of its file.
  const [chunk, ...more] = Object.entries(chunks);
  assert.equal(more.length, 0);
  assert.match(chunk?.[0] ?? '', /^chunks\/lazy-[\w-]+\.js$/);
  assert.equal(chunk?.[1], `sha384-${createHash('sha384').update(readFileSync(join(out, chunk?.[0] ?? ''))).digest('base64')}`);
  assert.deepEqual(lines, [`[cdn] ${out}/zwfw-demo.js integrity="${expected}"`, `[cdn] ${out}/zwfw-demo-1.2.3.js integrity="${expected}"`]);
});

it('the autoloader knows the tag of every element that has a CDN entry (one per components/ folder)', async () => {
  const { ELEMENT_TAGS } = await import('../packages/elements/src/internal/autoload.js');
  const folders = readdirSync(fileURLToPath(new URL('../packages/elements/src/components/', import.meta.url)));
  assert.deepEqual([...ELEMENT_TAGS].sort(), folders.map((name) => `zwfw-${name}`).sort());
});
