/**
 * Diagnostic: which plain-language entries (intents.json) apply to each main item of the evaluation
 * catalogue, worked out exactly as the builder does (same normalisation, name and keywords as the source
 * text, a theme only when it equals an official term, an event's bundle by name). Prints the main items with
 * no entry, or only generic ones, grouped by department, and the totals. Reads the catalogue and the
 * dictionary only, never a query set.
 *   node --import tsx packages/search/bench/coverage.ts [--generic N] [--all] [--subs]
 * --generic N: an entry applying to more than N main items counts as generic (default 12);
 * --thin N: list main items whose specific entries give fewer than N everyday words (default 8);
 * --all: also list every main item with its specific entries;
 * --subs: also list the sub-items no entry sets apart from their siblings (their qualifier has no plain words).
 */
import { readFileSync } from 'node:fs';
import { bundledIntents, IntentExpander, traditionalToSimplified } from '../src/builder/index.js';
import { normalize, type SearchDocument } from '../src/index.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const genericAt = Number(args[args.indexOf('--generic') + 1]) || 12;

const docs = JSON.parse(readFileSync(new URL('../eval/data/catalogue.json', import.meta.url), 'utf8')) as SearchDocument[];
const dictionary = bundledIntents();
const t2s = traditionalToSimplified();
const norm = (s: string): string => normalize(s, t2s);
const expander = new IntentExpander(dictionary, norm, new Set(docs.map((d) => norm(d.name.trim()))));
const bundles = new IntentExpander({ ...dictionary, entries: dictionary.entries.map((e) => ({ ...e, official: e.bundle ?? [] })) }, norm);

/** The entry indices the builder attaches to a document (mirrors build.ts). */
function entriesOf(d: SearchDocument): number[] {
  const source = norm([d.name, ...(d.keywords ?? [])].join('|'));
  const byTheme = (d.themes ?? []).flatMap((t) => expander.equal(norm(t.trim())));
  return [...new Set([...expander.entries(source), ...byTheme, ...bundles.entries(norm(d.name))])].sort((a, b) => a - b);
}

const mains = docs.filter((d) => d.parentCode === undefined);
const of = new Map(docs.map((d) => [d.code, entriesOf(d)]));
// How many main items each entry reaches: the measure of how generic it is.
const reach = new Map<number, number>();
for (const d of mains) for (const e of of.get(d.code)!) reach.set(e, (reach.get(e) ?? 0) + 1);
const specific = (list: readonly number[]): number[] => list.filter((e) => (reach.get(e) ?? 0) <= genericAt);
const label = (e: number): string => {
  const entry = dictionary.entries[e]!;
  return `#${e} ${entry.kind ?? 'intent'} [${entry.everyday.slice(0, 3).join(' ')}${entry.everyday.length > 3 ? ' …' : ''}]`;
};

const none: SearchDocument[] = [];
const genericOnly: SearchDocument[] = [];
for (const d of mains) {
  const list = of.get(d.code)!;
  if (list.length === 0) none.push(d);
  else if (specific(list).length === 0) genericOnly.push(d);
}

function byDepartment(title: string, list: readonly SearchDocument[]): void {
  console.log(`\n== ${title}: ${list.length}`);
  const groups = new Map<string, SearchDocument[]>();
  for (const d of list) groups.set(d.department, [...(groups.get(d.department) ?? []), d]);
  for (const [dept, items] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${dept} (${items.length})`);
    for (const d of items) {
      const generic = of.get(d.code)!.map(label);
      console.log(`  ${d.code} ${d.name}${d.keywords?.length ? ` {${d.keywords.join(',')}}` : ''}${generic.length ? `  ← ${generic.join('; ')}` : ''}`);
    }
  }
}

byDepartment('main items with no entry', none);
byDepartment(`main items with only generic entries (each reaching > ${genericAt} main items)`, genericOnly);

// Thin: the specific entries give a main item few everyday words, so a plain-language query has little to meet.
const thinAt = Number(args[args.indexOf('--thin') + 1]) || 8;
const wordsOf = (d: SearchDocument): number => new Set(specific(of.get(d.code)!).flatMap((e) => dictionary.entries[e]!.everyday)).size;
const thin = mains.filter((d) => of.get(d.code)!.length > 0 && wordsOf(d) < thinAt);
byDepartment(`main items with fewer than ${thinAt} everyday words from specific entries`, thin);

if (flag('--all')) {
  console.log('\n== every main item and its specific entries');
  for (const d of mains) console.log(`  ${d.name}: ${specific(of.get(d.code)!).map(label).join('; ') || '-'}`);
}

// A sub-item's qualifier (新办, 注销, 补领 …) is covered when some entry sets it apart from its siblings: an
// entry that applies to it but not to every sub-item of the same main item.
let subsBare = 0;
const subs = docs.filter((d) => d.parentCode !== undefined);
const siblings = new Map<string, SearchDocument[]>();
for (const d of subs) siblings.set(d.parentCode!, [...(siblings.get(d.parentCode!) ?? []), d]);
for (const d of subs) {
  const others = siblings.get(d.parentCode!)!.filter((s) => s !== d);
  const own = specific(of.get(d.code)!).filter((e) => others.length === 0 || others.some((s) => !of.get(s.code)!.includes(e)));
  if (own.length > 0) continue;
  subsBare++;
  if (flag('--subs')) console.log(`  sub-item not set apart from its siblings: ${d.code} ${d.name}`);
}

const counts = mains.map((d) => specific(of.get(d.code)!).length).sort((a, b) => a - b);
const median = counts[Math.floor(counts.length / 2)] ?? 0;
console.log(`\nentries: ${dictionary.entries.length}; generic (reaching > ${genericAt} main items): ${[...reach.values()].filter((n) => n > genericAt).length}`);
console.log(`main items: ${mains.length}; with no entry: ${none.length}; only generic: ${genericOnly.length}; with 1 specific entry: ${counts.filter((n) => n === 1).length}; median specific entries: ${median}; with at most 2: ${counts.filter((n) => n <= 2).length}; thin (< ${thinAt} everyday words): ${thin.length}`);
console.log(`sub-items: ${subs.length}; with no entry setting them apart from their siblings: ${subsBare}`);
