// The CI size check fails, naming the budget, when a figure is over it; and passes when every figure is under.
// A tiny budget file stands in for size-budgets.json, and `--only` keeps the run to one esbuild build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'zwfw-size-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function check(searchEngineBudget: number): { status: number | null; out: string } {
  const file = join(dir, `budgets-${searchEngineBudget}.json`);
  writeFileSync(file, JSON.stringify({
    sdkTypical: { budget: 1, bundlers: ['esbuild'] },
    searchEngine: { budget: searchEngineBudget, bundlers: ['esbuild'] },
    cdnElements: { budget: 1 },
    elements: {},
  }));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/size-check.ts', '--budgets', file, '--only', 'searchEngine'], { encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

test('size:check fails with the name of the budget exceeded, and its figures', () => {
  const { status, out } = check(100);
  assert.equal(status, 1, out);
  assert.match(out, /size budget exceeded/);
  assert.match(out, /searchEngine \(esbuild\): \d+ B gzip, budget 100 B \(\+\d+ B\)/);
  // --only: the other (tiny) budgets were not measured, so they are not reported.
  assert.doesNotMatch(out, /sdkTypical|cdnElements/);
});

test('size:check passes when every measured figure is within its budget', () => {
  const { status, out } = check(1_000_000);
  assert.equal(status, 0, out);
  assert.match(out, /every size budget met/);
});
