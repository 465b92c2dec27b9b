import { DEFAULT_PAGE_SIZE, type FacetCount, type Highlight, type SearchQuery, type SearchResponse } from '@zwfw/core';
import type { Db } from '../db/types.js';
import { etagOf } from '../http/etag.js';
import { catalogueVersion } from '../repo/catalogue-write.js';
import type { SearchIndexArtifact, SearchProvider } from './provider.js';

interface Row {
  code: string;
  name: string;
  department: string;
  type: string;
  audience: string[];
  themes: string[];
  keywords: string[] | null;
}

const MAX_CANDIDATES = 2000;

/**
 * Interim search: substring match on name, keywords and department in SQL, ranked in JS. No pinyin, no
 * synonyms; it exists so the endpoint works before @zwfw/search's builder is wired in.
 */
export function interimSearch(db: Db): SearchProvider {
  let cached: { version: string; artifact: SearchIndexArtifact } | undefined;
  return {
    engine: 'interim-like',
    async search(q: SearchQuery): Promise<SearchResponse> {
      const terms = q.q.split(/\s+/).filter(Boolean).slice(0, 5);
      const params: unknown[] = [];
      const where = terms.map((t) => {
        params.push(`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        const p = `$${params.length}`;
        return `(name ilike ${p} or department ilike ${p} or (doc->'keywords')::text ilike ${p})`;
      });
      const filter = (sql: string, v: unknown) => {
        params.push(v);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (q.audience) filter('? = any(audience)', q.audience);
      if (q.department) filter('agency_code = ?', q.department);
      if (q.theme) filter('? = any(themes)', q.theme);
      if (q.type) filter('type = ?', q.type);
      params.push(MAX_CANDIDATES);
      const rows = await db.query<Row>(
        `select code, name, department, type, audience, themes,
           array(select jsonb_array_elements_text(doc->'keywords')) as keywords
         from matters where ${where.join(' and ')} order by code limit $${params.length}`,
        params,
      );
      const scored = rows.map((r) => {
        let score = 0;
        const highlights: Highlight[] = [];
        for (const t of terms) {
          const at = r.name.toLowerCase().indexOf(t.toLowerCase());
          if (at >= 0) {
            score += r.name === t ? 10 : at === 0 ? 6 : 4;
            highlights.push({ field: 'name', start: at, end: at + t.length });
          } else if ((r.keywords ?? []).some((k) => k.toLowerCase().includes(t.toLowerCase()))) score += 2;
          else score += 1;
        }
        score += 1 / (1 + r.name.length / 20);
        return { r, score, highlights };
      });
      scored.sort((a, b) => b.score - a.score || a.r.code.localeCompare(b.r.code));
      const count = (values: string[]): FacetCount[] => {
        const m = new Map<string, number>();
        for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
        return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([value, n]) => ({ value: value.slice(0, 200), count: n }));
      };
      return {
        query: q.q,
        items: scored.slice(0, q.limit ?? DEFAULT_PAGE_SIZE).map(({ r, score, highlights }) => ({
          code: r.code, name: r.name, department: r.department, score: Math.round(score * 1000) / 1000, highlights,
        })),
        total: rows.length,
        facets: {
          audience: count(rows.flatMap((r) => r.audience)).slice(0, 20),
          department: count(rows.map((r) => r.department)).slice(0, 500),
          theme: count(rows.flatMap((r) => r.themes)).slice(0, 500),
          type: count(rows.map((r) => r.type)).slice(0, 20),
        },
      };
    },
    async indexArtifact(): Promise<SearchIndexArtifact> {
      const version = await catalogueVersion(db);
      if (cached?.version === version) return cached.artifact;
      const rows = await db.query<{ summary: unknown; keywords: unknown }>(
        "select summary, doc->'keywords' as keywords from matters order by code",
      );
      const serialized = JSON.stringify({
        format: 'zwfw-interim-summaries/1',
        catalogueVersion: version,
        documents: rows.map((r) => ({ ...(r.summary as object), keywords: r.keywords })),
      });
      cached = { version, artifact: { serialized, etag: etagOf(serialized) } };
      return cached.artifact;
    },
  };
}
