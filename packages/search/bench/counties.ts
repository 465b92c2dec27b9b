/**
 * The ~20k catalogue: the same matters implemented by 30 county-level agencies. Each county implements a
 * deterministic ~56% of the main matters (counties do not all run every matter) with all their sub-items;
 * departments are renamed per county and codes made unique. A judged matter's copies in every county count as
 * relevant with the same grade.
 */
import type { SearchDocument } from '../src/index.js';
import type { Judgements } from './metrics.js';

const COUNTIES = [
  '东湖', '西山', '南岗', '北林', '青山', '白云', '龙泉', '凤凰', '金水', '银川', '长宁', '安定', '太和', '永和', '新华',
  '和平', '红旗', '光明', '清河', '临江', '望城', '平安', '兴隆', '丰泽', '宝山', '嘉定', '梅江', '桃源', '松溪', '柳林',
].map((n, i) => `${n}${i % 3 === 0 ? '区' : '县'}`);

/** FNV-1a, so the subset is stable across runs and machines. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface Scaled {
  docs: SearchDocument[];
  /** original code → codes of its copies */
  copies: Map<string, string[]>;
}

/** Replicate `docs` across counties until about `target` documents. */
export function countyCatalogue(docs: readonly SearchDocument[], target = 20_000): Scaled {
  const share = Math.min(1, target / (docs.length * COUNTIES.length));
  const out: SearchDocument[] = [];
  const copies = new Map<string, string[]>();
  COUNTIES.forEach((county, ci) => {
    const suffix = `-${String(ci).padStart(2, '0')}`;
    for (const d of docs) {
      const main = d.parentCode ?? d.code;
      if (hash(`${county}|${main}`) / 2 ** 32 >= share) continue;
      const department = /^[区市县]/.test(d.department) ? county + d.department.slice(1) : county + d.department;
      const copy: SearchDocument = { ...d, code: d.code + suffix, department };
      if (d.parentCode !== undefined) copy.parentCode = d.parentCode + suffix;
      out.push(copy);
      const list = copies.get(d.code);
      if (list) list.push(copy.code);
      else copies.set(d.code, [copy.code]);
    }
  });
  return { docs: out, copies };
}

/** Judgements mapped onto every county copy. */
export function scaleJudgements(rel: Judgements, copies: Map<string, string[]>): Judgements {
  const out: Judgements = {};
  for (const [code, g] of Object.entries(rel)) for (const c of copies.get(code) ?? []) out[c] = g;
  return out;
}
