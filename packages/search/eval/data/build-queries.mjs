#!/usr/bin/env node
// Resolves the hand-judged queries in queries.src.mjs (written by matter NAME) against catalogue.json
// and writes queries.json (relevance keyed by matter CODE). Deterministic, plain Node.
// Usage: node packages/search/eval/data/build-queries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queries } from './queries.src.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export function buildQueries(catalogue = JSON.parse(readFileSync(join(here, 'catalogue.json'), 'utf8'))) {
  const byName = new Map(catalogue.map((m) => [m.name, m]));
  const children = new Map();
  for (const m of catalogue) {
    if (m.parentCode) {
      if (!children.has(m.parentCode)) children.set(m.parentCode, []);
      children.get(m.parentCode).push(m);
    }
  }
  const lookup = (name, q) => {
    const m = byName.get(name);
    if (!m) throw new Error(`query "${q}": unknown matter name "${name}"`);
    return m;
  };
  return queries.map(([kind, query, spec, note], i) => {
    const relevant = {};
    // wildcards first, explicit names override them
    for (const [key, grade] of Object.entries(spec)) {
      if (!key.endsWith('/*')) continue;
      const main = lookup(key.slice(0, -2), query);
      const subs = children.get(main.code) ?? [];
      if (!subs.length) throw new Error(`query "${query}": "${main.name}" has no sub-items`);
      for (const s of subs) relevant[s.code] = grade;
    }
    for (const [key, grade] of Object.entries(spec)) {
      if (key.endsWith('/*')) continue;
      relevant[lookup(key, query).code] = grade;
    }
    // stable order: grade desc, then code
    const ordered = Object.fromEntries(
      Object.entries(relevant).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    );
    const row = { id: `q${String(i + 1).padStart(3, '0')}`, kind, query, relevant: ordered };
    if (note) row.note = note;
    return row;
  });
}

export function serializeQueries(rows) {
  return '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = buildQueries();
  writeFileSync(join(here, 'queries.json'), serializeQueries(rows));
  const kinds = {};
  for (const r of rows) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  console.log(`queries.json: ${rows.length} queries`, kinds);
}
