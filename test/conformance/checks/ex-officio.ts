// Conformance: 依职权 matters (处罚, 检查, 强制, 征收) are left out of lists and search unless a query asks for
// them (includeExOfficio=true, or a type naming one), and the flag refuses anything but true or false.
import assert from 'node:assert/strict';
import { MatterSummaryPageSchema, SearchResponseSchema, isExOfficio, type MatterType } from '@zwfw/core';
import type { CheckResult } from '../suite.js';

async function getJson(base: string, path: string): Promise<{ status: number; body: any }> {
  const r = await fetch(`${base}${path}`);
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

async function timed(name: string, fn: () => Promise<void>): Promise<CheckResult> {
  const start = performance.now();
  try {
    await fn();
    return { name, status: 'pass', ms: Math.round(performance.now() - start) };
  } catch (err) {
    return { name, status: 'fail', detail: err instanceof Error ? err.message : String(err), ms: Math.round(performance.now() - start) };
  }
}

/** The 依职权 checks against a backend at `baseUrl`. */
export async function exOfficioChecks(baseUrl: string): Promise<CheckResult[]> {
  const base = baseUrl.replace(/\/$/, '');
  return [
    await timed('依职权: lists and search leave them out by default, flag them when asked', async () => {
      const plain = MatterSummaryPageSchema.parse((await getJson(base, '/v1/matters?limit=100')).body);
      assert.ok(plain.items.every((m) => m.exOfficio !== true && !isExOfficio(m.type)), 'a default list holds an 依职权 matter');
      for (const type of ['penalty', 'inspection', 'enforcement', 'levy'] as const satisfies readonly MatterType[]) {
        const r = await getJson(base, `/v1/matters?type=${type}&limit=100`);
        const page = MatterSummaryPageSchema.parse(r.body);
        assert.ok(page.items.every((m) => m.type === type && m.exOfficio === true), `type=${type} lists unflagged or other matters`);
      }
      const all = await getJson(base, '/v1/matters?includeExOfficio=true&limit=100');
      assert.equal(all.status, 200);
      MatterSummaryPageSchema.parse(all.body);
      const search = SearchResponseSchema.parse((await getJson(base, '/v1/search?q=%E7%BD%9A%E6%AC%BE&limit=50')).body);
      assert.ok(!search.facets.type.some((f) => isExOfficio(f.value as MatterType)), 'default search counts 依职权 types');
    }),
    await timed('依职权: includeExOfficio other than true/false is a 422 naming the parameter', async () => {
      for (const path of ['/v1/matters?includeExOfficio=1', '/v1/search?q=x&includeExOfficio=yes']) {
        const r = await getJson(base, path);
        assert.equal(r.status, 422, path);
        assert.equal(r.body.code, 'validation_failed');
        assert.equal(r.body.errors?.[0]?.path, '/query/includeExOfficio', path);
      }
    }),
  ];
}
