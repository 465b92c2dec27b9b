import type { BundleListQuery, MatterListQuery, RegionListQuery } from '@zwfw/core';
import type { Db } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import {
  getBundle, getForm, getMatter, getReasonList, listBundles, listMatters, listRegions,
} from '../repo/catalogue-read.js';
import type { HandlerContext, HandlerResult } from './operation.js';

const ok = (body: unknown): HandlerResult => ({ status: 200, body });

/** Handlers of the public catalogue reads. */
export function catalogueHandlers(db: Db) {
  const matterOr404 = async (code: string) => {
    const matter = await getMatter(db, code);
    if (matter === undefined) {
      throw new ProblemError('not_found', {
        detail: `No matter with code ${code}. Matter codes are 实施编码 or 业务办理项编码; find them with GET /v1/matters or GET /v1/search?q=…`,
      });
    }
    return matter;
  };
  const bundleOr404 = async (id: string) => {
    const bundle = await getBundle(db, id);
    if (bundle === undefined) {
      throw new ProblemError('not_found', { detail: `No bundle (一件事) with id ${id}; list them with GET /v1/bundles.` });
    }
    return bundle;
  };
  return {
    listMatters: async ({ query }: HandlerContext<unknown, MatterListQuery>) => ok(await listMatters(db, query)),
    getMatter: async ({ params }: HandlerContext<{ code: string }>) => ok(await matterOr404(params.code)),
    getMatterForm: async ({ params }: HandlerContext<{ code: string }>) => {
      const matter = await matterOr404(params.code);
      const form = matter.formId === undefined ? undefined : await getForm(db, matter.formId);
      if (form === undefined) {
        throw new ProblemError('not_found', {
          detail: `Matter ${params.code} (${matter.name}) has no online form here; its guide lists the windows where it is handled.`,
        });
      }
      return ok(form);
    },
    listBundles: async ({ query }: HandlerContext<unknown, BundleListQuery>) => ok(await listBundles(db, query)),
    getBundle: async ({ params }: HandlerContext<{ id: string }>) => ok(await bundleOr404(params.id)),
    getBundleForm: async ({ params }: HandlerContext<{ id: string }>) => {
      const bundle = await bundleOr404(params.id);
      const form = await getForm(db, bundle.formId);
      if (form === undefined) throw new ProblemError('not_found', { detail: `Bundle ${params.id} has no merged form yet.` });
      return ok(form);
    },
    listRegions: async ({ query }: HandlerContext<unknown, RegionListQuery>) => {
      const page = await listRegions(db, query);
      if (page.items.length === 0 && query.parent !== undefined && query.cursor === undefined) {
        const exists = await db.query('select 1 from regions where code = $1', [query.parent]);
        if (exists.length === 0) throw new ProblemError('not_found', { detail: `No region with code ${query.parent}.` });
      }
      return ok(page);
    },
    getEvaluationReasons: async () => {
      const list = await getReasonList(db);
      if (list === undefined) throw new ProblemError('not_found', { detail: 'No evaluation reason list is configured.' });
      return ok(list);
    },
  };
}
