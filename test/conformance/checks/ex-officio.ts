// Conformance: 依职权 matters (处罚, 检查, 强制, 征收) are left out of lists and search unless a query asks for
// them (includeExOfficio=true, or a type naming one), flagged when listed, and the flag takes only true/false.
import assert from 'node:assert/strict';
import { MatterSummaryPageSchema, SearchResponseSchema, isExOfficio, type MatterType, type Problem } from '@zwfw/core';
import type * as z from 'zod/mini';

interface Res {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** What these checks borrow from the suite. */
export interface ExOfficioToolkit {
  request(path: string): Promise<Res>;
  check(name: string, fn: () => Promise<void>): Promise<void>;
  conforms<S extends z.ZodMiniType>(schema: S, r: Res, status?: number): z.output<S>;
  isProblem(r: Res, status: number, code?: string): Problem;
}

const EX_OFFICIO_TYPES = ['penalty', 'inspection', 'enforcement', 'levy'] as const satisfies readonly MatterType[];

export async function exOfficioChecks({ request, check, conforms, isProblem }: ExOfficioToolkit): Promise<void> {
  await check('依职权: left out of lists and search by default, listed and flagged when asked', async () => {
    const plain = conforms(MatterSummaryPageSchema, await request('/v1/matters?limit=100'));
    assert.ok(plain.items.every((m) => m.exOfficio !== true && !isExOfficio(m.type)), 'a default list holds an 依职权 matter');
    for (const type of EX_OFFICIO_TYPES) {
      const page = conforms(MatterSummaryPageSchema, await request(`/v1/matters?type=${type}&limit=100`));
      assert.ok(page.items.every((m) => m.type === type && m.exOfficio === true), `type=${type} lists unflagged or other matters`);
    }
    conforms(MatterSummaryPageSchema, await request('/v1/matters?includeExOfficio=true&limit=100'));
    const search = conforms(SearchResponseSchema, await request(`/v1/search?q=${encodeURIComponent('罚款')}&limit=50`));
    assert.ok(!search.facets.type.some((f) => isExOfficio(f.value as MatterType)), 'a default search counts 依职权 types');
  });
  await check('依职权: includeExOfficio other than true/false is a 422 naming the parameter', async () => {
    for (const path of ['/v1/matters?includeExOfficio=1', '/v1/search?q=x&includeExOfficio=yes']) {
      const p = isProblem(await request(path), 422, 'validation_failed');
      assert.equal(p.errors?.[0]?.path, '/query/includeExOfficio', path);
    }
  });
}
