#!/usr/bin/env node
// Deterministically expands source.mjs into catalogue.json (plain Node, no dependencies).
// Usage: node packages/search/eval/data/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { departments } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TYPES = {
  L: 'license', X: 'penalty', Q: 'enforcement', Z: 'levy', G: 'benefit', J: 'inspection',
  C: 'confirmation', R: 'reward', D: 'adjudication', O: 'other_power', S: 'public_service',
};
const AUDIENCE = {
  N: 'natural_person', E: 'enterprise', P: 'public_institution', S: 'social_organization',
  U: 'unincorporated_enterprise', G: 'government_agency', O: 'other_organization',
};

const round2 = (x) => Math.round(x * 100) / 100;
const words = (s) => (s ? s.split(/\s+/).filter(Boolean) : []);

export function buildCatalogue() {
  const out = [];
  const codes = new Set();
  const names = new Map();
  const deptCodes = new Set();
  const add = (item) => {
    if (codes.has(item.code)) throw new Error(`duplicate code ${item.code}`);
    if (names.has(item.name)) throw new Error(`duplicate name ${item.name} (${names.get(item.name)} / ${item.department})`);
    codes.add(item.code);
    names.set(item.name, item.department);
    out.push(item);
  };

  for (const dept of departments) {
    if (!/^\d{4}$/.test(dept.code) || deptCodes.has(dept.code)) throw new Error(`bad dept code ${dept.code}`);
    deptCodes.add(dept.code);
    if (dept.matters.length > 999) throw new Error('too many matters');
    dept.matters.forEach((row, i) => {
      const [name, t, aud, themes, keywords, popularity, subs] = row;
      if (!TYPES[t]) throw new Error(`bad type ${t} in ${name}`);
      const audience = [...aud].map((c) => {
        if (!AUDIENCE[c]) throw new Error(`bad audience ${c} in ${name}`);
        return AUDIENCE[c];
      });
      const th = words(themes);
      const kw = words(keywords);
      if (th.length < 1 || th.length > 3) throw new Error(`themes 1–3: ${name}`);
      if (kw.length > 3) throw new Error(`keywords 0–3: ${name}`);
      const code = `00${dept.code}${String(i + 1).padStart(3, '0')}000`;
      const base = { type: TYPES[t], audience, themes: th, keywords: kw };
      add({ code, name, department: dept.name, ...base, popularity: round2(popularity) });
      if (subs.length > 99) throw new Error('too many sub-items');
      subs.forEach((spec, j) => {
        const [label, pop] = spec.split('|');
        const subName = label.startsWith('（') ? name + label : label;
        // default: slightly below the main item, decreasing with position (first sub-items are the common ones)
        const p = pop !== undefined ? Number(pop) : Math.max(0.01, popularity * (0.85 - 0.1 * j));
        add({
          code: code + String(j + 1).padStart(2, '0'),
          name: subName,
          department: dept.name,
          ...base,
          parentCode: code,
          popularity: round2(p),
        });
      });
    });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cat = buildCatalogue();
  // one object per line: diff-friendly and still valid JSON
  const text = '[\n' + cat.map((m) => '  ' + JSON.stringify(m)).join(',\n') + '\n]\n';
  writeFileSync(join(here, 'catalogue.json'), text);
  const depts = new Set(cat.map((m) => m.department));
  const mains = cat.filter((m) => !m.parentCode).length;
  console.log(`catalogue.json: ${cat.length} matters (${mains} main items, ${cat.length - mains} sub-items), ${depts.size} departments`);
}
