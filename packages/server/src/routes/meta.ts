import { buildOpenApiDocument, calendarCoverage, type LocalizedLabel, type OperationId, type SearchQuery } from '@zwfw/core';
import type { Db } from '../db/types.js';
import { etagOf } from '../http/etag.js';
import { toTimestamp } from '../domain/time.js';
import type { SearchProvider } from '../search/provider.js';
import type { HandlerContext, HandlerResult } from './operation.js';

/** Health, the OpenAPI document, search. */
export function metaHandlers(db: Db, search: SearchProvider, version: string, notice: () => Promise<LocalizedLabel | undefined>) {
  let openapi: { serialized: string; etag: string } | undefined;
  return {
    getHealth: async ({ locale }: HandlerContext): Promise<HandlerResult> => {
      let database: 'ok' | 'failing' = 'ok';
      try {
        await db.query('select 1');
      } catch {
        database = 'failing';
      }
      const label = await notice();
      return {
        status: 200,
        body: { status: database === 'ok' ? 'ok' : 'degraded', version, time: toTimestamp(new Date()), checks: { database } },
        // Health is the one document every consumer reads first, and its schema is open: what the data is
        // (e.g. illustrative) goes here, in the request's language, without touching core's Matter.
        // The last year with holiday data tells an operator when a new 国务院 notice must be loaded.
        extra: {
          calendar: { lastYear: calendarCoverage().lastYear },
          ...(label !== undefined ? { catalogueNotice: label[locale] } : {}),
        },
      };
    },
    getOpenApi: async (): Promise<HandlerResult> => {
      // The document is a pure function of the contract: built once per process.
      if (openapi === undefined) {
        const serialized = JSON.stringify(buildOpenApiDocument({ version }));
        openapi = { serialized, etag: etagOf(serialized) };
      }
      return { status: 200, body: undefined, ...openapi };
    },
    searchMatters: async ({ query }: HandlerContext<unknown, SearchQuery>): Promise<HandlerResult> => ({
      status: 200,
      body: await search.search(query),
    }),
    getSearchIndex: async (): Promise<HandlerResult> => {
      const artifact = await search.indexArtifact();
      return { status: 200, body: undefined, ...artifact };
    },
  } satisfies Partial<Record<OperationId, unknown>>;
}
