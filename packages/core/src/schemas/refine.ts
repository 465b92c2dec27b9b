import type { core } from 'zod/mini';

/**
 * `when` option for cross-field refinements: run the refinement as soon as the fields it reads are valid,
 * even if other fields failed. zod skips object refinements after any issue by default, which would hide
 * cross-field errors until the user fixed unrelated fields; forms must show every error at once.
 * The refinement body must then read only `keys`.
 */
export function whenValid(...keys: readonly string[]): { when: (payload: core.ParsePayload) => boolean } {
  return {
    when: (payload) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !Array.isArray(payload.value) &&
      !payload.issues.some((issue) => {
        // An unknown key is reported on its own; the known fields beside it were still checked and are usable.
        if (issue.code === 'unrecognized_keys') return false;
        const head = issue.path?.[0];
        // A root-level issue (wrong type of the whole value) means no field can be trusted.
        return head === undefined || keys.includes(String(head));
      }),
  };
}

/** Ids an earlier item already used, with the index of each repeat. */
export function repeatedIds<T>(items: readonly T[], idOf: (item: T) => string): { index: number; id: string }[] {
  const seen = new Set<string>();
  const repeats: { index: number; id: string }[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    if (seen.has(id)) repeats.push({ index, id });
    seen.add(id);
  });
  return repeats;
}
