#!/usr/bin/env node
// Consistency checks for the search evaluation data. Exits 1 on any problem.
// Usage: node packages/search/eval/data/check.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQueries, serializeQueries } from './build-queries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const read = (f) => readFileSync(join(here, f), 'utf8');
const errors = [];
const fail = (msg) => errors.push(msg);

// ---------------- catalogue ----------------
const catalogue = JSON.parse(read('catalogue.json'));
const TYPES = new Set(['license', 'penalty', 'enforcement', 'levy', 'benefit', 'inspection', 'confirmation',
  'reward', 'adjudication', 'other_power', 'public_service']);
const AUDIENCES = new Set(['natural_person', 'enterprise', 'public_institution', 'social_organization',
  'unincorporated_enterprise', 'government_agency', 'other_organization']);
const byCode = new Map();
const names = new Set();
for (const m of catalogue) {
  if (byCode.has(m.code)) fail(`catalogue: duplicate code ${m.code}`);
  byCode.set(m.code, m);
  if (names.has(m.name)) fail(`catalogue: duplicate name ${m.name}`);
  names.add(m.name);
  if (!m.name || /事项\d|\d{3,}/.test(m.name.replace(/12345|12348|APEC/g, ''))) fail(`catalogue: suspicious name ${m.name}`);
  if (!m.department) fail(`catalogue: ${m.code} has no department`);
  if (!TYPES.has(m.type)) fail(`catalogue: ${m.code} bad type ${m.type}`);
  if (!Array.isArray(m.audience) || !m.audience.length || m.audience.some((a) => !AUDIENCES.has(a))) fail(`catalogue: ${m.code} bad audience`);
  if (!Array.isArray(m.themes) || m.themes.length < 1 || m.themes.length > 3) fail(`catalogue: ${m.code} needs 1–3 themes`);
  if (!Array.isArray(m.keywords) || m.keywords.length > 3) fail(`catalogue: ${m.code} needs 0–3 keywords`);
  if (m.popularity !== undefined && !(m.popularity >= 0 && m.popularity <= 1)) fail(`catalogue: ${m.code} popularity out of range`);
  if (m.parentCode === undefined) {
    if (!/^\d{12}$/.test(m.code)) fail(`catalogue: main item ${m.code} is not 12 digits`);
  } else if (!/^\d{14}$/.test(m.code) || !m.code.startsWith(m.parentCode)) {
    fail(`catalogue: sub-item ${m.code} must be parentCode + 2 digits`);
  }
}
for (const m of catalogue) {
  if (m.parentCode === undefined) continue;
  const p = byCode.get(m.parentCode);
  if (!p) fail(`catalogue: ${m.code} parent ${m.parentCode} missing`);
  else if (p.parentCode !== undefined) fail(`catalogue: ${m.code} parent is itself a sub-item`);
  else if (p.department !== m.department) fail(`catalogue: ${m.code} department differs from parent`);
}
const departments = new Set(catalogue.map((m) => m.department));
if (catalogue.length < 1000) fail(`catalogue: only ${catalogue.length} matters (need ≥ 1000)`);
if (departments.size < 35) fail(`catalogue: only ${departments.size} departments (need ≥ 35)`);

// ---------------- queries ----------------
const queries = JSON.parse(read('queries.json'));
const KINDS = ['exact', 'fragment', 'colloquial', 'pinyin_full', 'pinyin_initials', 'traditional', 'typo', 'mixed'];
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
const ids = new Set();
const texts = new Set();
for (const q of queries) {
  if (!/^q\d{3,}$/.test(q.id)) fail(`queries: bad id ${q.id}`);
  if (ids.has(q.id)) fail(`queries: duplicate id ${q.id}`);
  ids.add(q.id);
  const norm = q.query.trim().toLowerCase();
  if (!norm) fail(`queries: ${q.id} empty query`);
  if (texts.has(norm)) fail(`queries: duplicate query "${q.query}"`);
  texts.add(norm);
  if (!KINDS.includes(q.kind)) fail(`queries: ${q.id} unknown kind ${q.kind}`);
  else counts[q.kind]++;
  const rel = Object.entries(q.relevant ?? {});
  if (!rel.length) fail(`queries: ${q.id} has no judgments`);
  for (const [code, g] of rel) {
    if (!byCode.has(code)) fail(`queries: ${q.id} unknown code ${code}`);
    if (![1, 2, 3].includes(g)) fail(`queries: ${q.id} grade ${g} for ${code} not in 1..3`);
  }
  if (!rel.some(([, g]) => g === 3)) fail(`queries: ${q.id} "${q.query}" has no grade-3 code`);
  // kind sanity
  if (q.kind === 'exact' && !names.has(q.query)) fail(`queries: ${q.id} exact query is not a catalogue name`);
  if ((q.kind === 'pinyin_full' || q.kind === 'pinyin_initials') && !/^[a-z ]+$/.test(q.query)) fail(`queries: ${q.id} pinyin query has non-latin characters`);
  if (q.kind === 'mixed' && !(/[a-z]/i.test(q.query) || /[\u4e00-\u9fff]/.test(q.query))) fail(`queries: ${q.id} mixed query`);
}
if (queries.length < 170) fail(`queries: only ${queries.length} (need ≥ 170)`);
for (const k of KINDS) if (counts[k] < 20) fail(`queries: kind ${k} has ${counts[k]} (need ≥ 20)`);
if (serializeQueries(buildQueries(catalogue)) !== read('queries.json')) fail('queries.json is stale: run node build-queries.mjs');

const mains = catalogue.filter((m) => m.parentCode === undefined).length;
console.log(`catalogue: ${catalogue.length} matters (${mains} main, ${catalogue.length - mains} sub-items), ${departments.size} departments`);
console.log(`queries: ${queries.length}`, counts);
if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n` + errors.map((e) => '  - ' + e).join('\n'));
  process.exit(1);
}
console.log('OK');
