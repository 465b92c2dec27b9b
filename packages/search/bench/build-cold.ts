/**
 * One cold index build, for bench/run.ts (run in a fresh process each time): the ~20k county catalogue is
 * built and serialised once, with nothing cached (the OpenCC character map and the common-character readings
 * are derived inside the timed build, as on a build server). Prints one JSON line.
 *
 *   node --import tsx packages/search/bench/build-cold.ts [--1k]
 */
import { readFileSync } from 'node:fs';
import { buildIndex, serializeIndex } from '../src/builder/index.js';
import type { SearchDocument } from '../src/index.js';
import { countyCatalogue } from './counties.js';

const catalogue = JSON.parse(readFileSync(new URL('../eval/data/catalogue.json', import.meta.url), 'utf8')) as SearchDocument[];
const docs = process.argv.includes('--1k') ? catalogue : countyCatalogue(catalogue).docs;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const index = buildIndex(docs);
const t1 = performance.now();
const json = serializeIndex(index);
const t2 = performance.now();
// CPU time beside wall time: on a loaded machine the wall time also counts the waits for a core.
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ docs: docs.length, buildMs: t1 - t0, serializeMs: t2 - t1, totalMs: t2 - t0, cpuMs: (cpu.user + cpu.system) / 1000, bytes: json.length }));
