/**
 * Ranking metrics over graded judgements (grades 1..3; anything not judged is irrelevant).
 */
export type Judgements = Record<string, number>;

/** Reciprocal rank of the first relevant result within the top 10. */
export function mrr10(ranked: readonly string[], rel: Judgements): number {
  for (let i = 0; i < Math.min(10, ranked.length); i++) if ((rel[ranked[i] as string] ?? 0) > 0) return 1 / (i + 1);
  return 0;
}

/**
 * Recall@5, capped: relevant results in the top 5 divided by min(5, number relevant), so a query with 25
 * relevant matters can still reach 1.
 */
export function recall5(ranked: readonly string[], rel: Judgements): number {
  const relevant = Object.values(rel).filter((g) => g > 0).length;
  if (relevant === 0) return 0;
  let found = 0;
  for (const code of ranked.slice(0, 5)) if ((rel[code] ?? 0) > 0) found++;
  return found / Math.min(5, relevant);
}

/** nDCG@10 with gain 2^grade − 1. */
export function ndcg10(ranked: readonly string[], rel: Judgements): number {
  const dcg = (grades: number[]): number => grades.slice(0, 10).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(rel).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((c) => rel[c] ?? 0)) / ideal;
}

/** Value at quantile q of a list of numbers. */
export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}
