import { DEFAULT_PAGE_SIZE, type PartnerCaseListQuery, type ServicePoint, type ServicePointListQuery } from '@zwfw/core';
import type { FastifyRequest } from 'fastify';
import { findPartner, type Partner } from '../auth/keys.js';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { caseEvents, findCase, partnerCases, toCaseView } from '../repo/cases.js';
import { decodeCursor, toPage } from '../repo/cursor.js';
import type { HandlerContext, HandlerResult } from './operation.js';
import { buildProgress } from './progress.js';

// The keyset of the list: submission time then case number, newest first, in one opaque cursor.
const SEP = '|';

/** The partner of the request's key; a key of no partner is refused whatever it lists. */
function partnerOf(request: FastifyRequest): string {
  const partnerId = request.partnerKey?.partnerId;
  if (partnerId === undefined) {
    throw new ProblemError('forbidden', { detail: 'This key belongs to no partner; partner cases are for the keys of partners (zwfw keys create --partner ID).' });
  }
  return partnerId;
}

/**
 * The spellings of a branch the agent may have recorded: an agent names its branch by id or by name, so a
 * filter by either finds both. A value that is no branch of the partner is matched as given.
 */
async function branchSpellings(db: Db, partnerId: string, branch: string | undefined): Promise<string[] | undefined> {
  if (branch === undefined) return undefined;
  const found = (await findPartner(db, partnerId))?.branches.find((b) => b.id === branch || b.name === branch);
  return found === undefined ? [branch] : [found.id, found.name];
}

/** GET /v1/partner/cases(/{caseNumber}): a partner sees the cases its counters submitted, and nobody else's. */
export function partnerHandlers(db: Db, config: ServerConfig) {
  return {
    listPartnerCases: async ({ request, query }: HandlerContext<unknown, PartnerCaseListQuery>): Promise<HandlerResult> => {
      const partnerId = partnerOf(request);
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
        branches: await branchSpellings(db, partnerId, query.branch),
      }));
      const page = toPage(rows, limit, (r) => `${r.submitted_at.toISOString()}${SEP}${r.case_number}`);
      const items = [];
      for (const row of page.items) {
        items.push(toCaseView(row, await caseEvents(db, row.case_number), { countStartDay: config.countAcceptanceDay, officeDay: config.officeDay, now: config.now(), viewerPartnerId: partnerId }));
      }
      return { status: 200, body: { items, nextCursor: page.nextCursor } };
    },
    getPartnerCase: async ({ request, params, locale }: HandlerContext<{ caseNumber: string }>): Promise<HandlerResult> => {
      const partnerId = request.partnerKey?.partnerId;
      const row = partnerId === undefined ? undefined : await findCase(db, params.caseNumber);
      // A case of another partner or of none, an unknown number and a key of no partner all get the very same
      // answer: case numbers are guessable, and this door needs no verifier.
      if (row === undefined || partnerId === undefined || row.partner_id !== partnerId) {
        throw new ProblemError('not_found', {
          detail: 'No case with this number was submitted through this key\'s partner (a key of no partner has none). Check the case number and the key.',
        });
      }
      return { status: 200, body: await buildProgress(db, config, row, locale, { partnerId }) };
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


