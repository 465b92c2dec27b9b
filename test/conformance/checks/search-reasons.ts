// Conformance: why a search hit matched. `matchedBy` is optional (older servers omit it); when present, `event`
// appears only on a hit found through a life event, and a matter searched by its own official name is found by
// its name, never by a looser field.
import assert from 'node:assert/strict';
import { MatterSummaryPageSchema, SearchResponseSchema } from '@zwfw/core';
import type { ExOfficioToolkit } from './ex-officio.js';

/** What these checks borrow from the suite (the same tools as the 依职权 checks). */
export type SearchReasonToolkit = Pick<ExOfficioToolkit, 'request' | 'check' | 'conforms'>;

export async function searchReasonChecks({ request, check, conforms }: SearchReasonToolkit): Promise<void> {
  await check('search: matchedBy names the field that matched; event only on event hits', async () => {
    const matters = conforms(MatterSummaryPageSchema, await request('/v1/matters?limit=5'));
    for (const m of matters.items) {
      const res = conforms(SearchResponseSchema, await request(`/v1/search?q=${encodeURIComponent(m.name.slice(0, 100))}&limit=10`));
      const own = res.items.find((h) => h.code === m.code);
      if (own?.matchedBy !== undefined) assert.equal(own.matchedBy, 'name', `${m.name} found by ${own.matchedBy}`);
      for (const h of res.items) if (h.event !== undefined) assert.equal(h.matchedBy, 'event', `${h.name}: event without matchedBy event`);
    }
    const everyday = conforms(SearchResponseSchema, await request(`/v1/search?q=${encodeURIComponent('生孩子')}&limit=20`));
    for (const h of everyday.items) if (h.event !== undefined) assert.equal(h.matchedBy, 'event', h.name);
  });
}
