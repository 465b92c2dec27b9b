import { DEFAULT_PAGE_SIZE, type PartnerCaseListQuery, type ServicePoint, type ServicePointListQuery } from '@zwfw/core';
import type { Partner } from '../auth/keys.js';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { caseEvents, partnerCases, toCaseView } from '../repo/cases.js';
import { decodeCursor, toPage } from '../repo/cursor.js';
import type { HandlerContext, HandlerResult } from './operation.js';

// The keyset of the list: submission time then case number, newest first, in one opaque cursor.
const SEP = '|';

/** GET /v1/partner/cases: a partner sees the cases its counters submitted, and nobody else's. */
export function partnerHandlers(db: Db, config: ServerConfig) {
  return {
    listPartnerCases: async ({ request, query }: HandlerContext<unknown, PartnerCaseListQuery>): Promise<HandlerResult> => {
      const partnerId = request.partnerKey?.partnerId;
      if (partnerId === undefined) {
        throw new ProblemError('forbidden', { detail: 'This key belongs to no partner; partner case lists are for the keys of partners (zwfw keys create --partner ID).' });
      }
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const last = decodeCursor(query.cursor);
      const [submittedAt, caseNumber] = last === undefined ? [] : last.split(SEP);
      if (last !== undefined && (caseNumber === undefined || Number.isNaN(Date.parse(submittedAt ?? '')))) {
        throw new ProblemError('validation_failed', {
          errors: [{ path: '/query/cursor', code: 'invalid_cursor', message: 'Unknown or malformed cursor; start again without it.' }],
        });
      }
      const rows = (await partnerCases(db, partnerId, {
        limit: limit + 1,
        after: submittedAt !== undefined && caseNumber !== undefined ? { submittedAt, caseNumber } : undefined,
        status: query.status,
      }));
      const page = toPage(rows, limit, (r) => `${r.submitted_at.toISOString()}${SEP}${r.case_number}`);
      const items = [];
      for (const row of page.items) {
        items.push(toCaseView(row, await caseEvents(db, row.case_number), { countStartDay: config.countAcceptanceDay, viewerPartnerId: partnerId }));
      }
      return { status: 200, body: { items, nextCursor: page.nextCursor } };
    },
    listServicePoints: async ({ query }: HandlerContext<unknown, ServicePointListQuery>): Promise<HandlerResult> => {
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const after = decodeCursor(query.cursor);
      // Partners are few and each lists its branches in one row: flattened in (partner, branch) order.
      const partners = await db.query<Partner>(
        'select id, name, branches from partners where ($1::text is null or id = $1)',
        [query.partner ?? null],
      );
      const keyOf = (sp: ServicePoint) => `${sp.partner}${SEP}${sp.id}`;
      // Sorted by code units here, not by the database's collation, so the cursor comparison below agrees.
      const points: ServicePoint[] = partners.flatMap((p) => p.branches.map((b) => ({
        partner: p.id, partnerName: p.name, id: b.id, name: b.name, ...(b.address !== undefined ? { address: b.address } : {}),
      }))).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
      const start = after === undefined ? 0 : points.findIndex((sp) => keyOf(sp) > after);
      const rest = start < 0 ? [] : points.slice(start, start + limit + 1);
      return { status: 200, body: toPage(rest, limit, keyOf) };
    },
  };
}


