// npm run test:mutation [-- scope…]: runs Stryker once per scope (see stryker.config.mjs) and prints the
// mutation score per file against its target. Not part of npm test: a full run takes tens of minutes.
// ZWFW_MUTATION_CONCURRENCY=2 uses two cores; --report-only reprints the table from the last reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { scopes } from '../stryker.config.mjs';

// Personal-data masking is held to a higher bar than the rest.
const TARGETS = { 'packages/core/src/validators/mask.ts': 95 };
const DEFAULT_TARGET = 90;

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const names = args.filter((a) => !a.startsWith('--'));
for (const n of names) if (!(n in scopes)) throw new Error(`unknown scope ${n}; one of ${Object.keys(scopes).join(', ')}`);
const chosen = names.length > 0 ? names : Object.keys(scopes);

let failedRun = false;
if (!reportOnly) {
  for (const name of chosen) {
    const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, ZWFW_MUTATION_SCOPE: name } });
    if (r.status !== 0) failedRun = true;
  }
}

/** Score as Stryker counts it: detected over valid mutants; ignored (disable comments) and compile errors excluded. */
function score(mutants) {
  const count = (...s) => mutants.filter((m) => s.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return { detected, valid, survived: valid - detected, ignored: count('Ignored'), pct: valid === 0 ? 100 : (100 * detected) / valid };
}

/** The files a scope mutates: its patterns are plain paths, `dir/*.ts`, and `!path` exclusions. */
function scopeFiles(patterns) {
  const out = new Set();
  for (const p of patterns.filter((x) => !x.startsWith('!'))) {
    const star = p.lastIndexOf('/*');
    if (star === -1) out.add(p);
    else for (const f of readdirSync(p.slice(0, star))) if (f.endsWith(p.slice(star + 2))) out.add(`${p.slice(0, star)}/${f}`);
  }
  for (const p of patterns.filter((x) => x.startsWith('!'))) out.delete(p.slice(1));
  return [...out].sort();
}

// The scope's report and those of ZWFW_MUTATE runs (<scope>.partial-*.json): each file from its newest report.
mkdirSync('reports/mutation', { recursive: true });
const rows = [];
for (const name of chosen) {
  const reports = readdirSync('reports/mutation', { withFileTypes: true })
    .map((e) => e.name)
    .filter((f) => f === `${name}.json` || (f.startsWith(`${name}.partial-`) && f.endsWith('.json') && !f.endsWith('.incremental.json')))
    .map((f) => `reports/mutation/${f}`)
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const byFile = new Map();
  for (const file of reports) {
    for (const [path, data] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).files)) byFile.set(relative(process.cwd(), path) || path, data);
  }
  for (const rel of scopeFiles(scopes[name].mutate)) {
    const data = byFile.get(rel);
    rows.push(data ? { file: rel, target: TARGETS[rel] ?? DEFAULT_TARGET, ...score(data.mutants) } : { file: `${rel} (${name}: not run)`, missing: true });
  }
}

console.log('\nmutation score per file (killed+timeout / valid mutants; ignored = Stryker disable comments)');
console.log(`${'file'.padEnd(56)} ${'score'.padStart(7)} ${'target'.padStart(6)} ${'killed'.padStart(6)} ${'valid'.padStart(6)} ${'surv'.padStart(5)} ${'ign'.padStart(4)}`);
let unmet = 0;
for (const r of rows) {
  if (r.missing) { console.log(r.file); unmet++; continue; }
  const met = r.pct >= r.target;
  if (!met) unmet++;
  console.log(`${r.file.padEnd(56)} ${r.pct.toFixed(1).padStart(6)}% ${String(r.target).padStart(5)}% ${String(r.detected).padStart(6)} ${String(r.valid).padStart(6)} ${String(r.survived).padStart(5)} ${String(r.ignored).padStart(4)} ${met ? 'met' : 'BELOW'}`);
}
console.log(unmet === 0 ? '\nevery target met' : `\n${unmet} file(s) below target`);
process.exitCode = failedRun || unmet > 0 ? 1 : 0;
