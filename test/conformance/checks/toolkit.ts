// What the conformance suite lends its check modules: its request helper and its response assertions.
import type { Problem } from '@zwfw/core';
import type * as z from 'zod/mini';

/** A response with its body read (JSON when JSON). */
export interface Res {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** The suite's helpers a check module works with. */
export interface SuiteTools {
  request(path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }): Promise<Res>;
  keyed(extra?: Record<string, string>): Record<string, string>;
  conforms<S extends z.ZodMiniType>(schema: S, r: Res, status?: number): z.output<S>;
  isProblem(r: Res, status: number, code?: string): Problem;
}

/** Runs one check into `results`: skipped with `skip` as the reason when given, else passed or failed by `fn`. */
export async function runCheck(
  results: { name: string; status: 'pass' | 'fail' | 'skip'; detail?: string; ms: number }[],
  name: string,
  skip: string | undefined,
  fn: () => Promise<void>,
): Promise<void> {
  if (skip !== undefined) {
    results.push({ name, status: 'skip', detail: skip, ms: 0 });
    return;
  }
  const start = performance.now();
  const outcome = await fn().then(
    () => ({ status: 'pass' as const }),
    (err: unknown) => ({ status: 'fail' as const, detail: err instanceof Error ? err.message : String(err) }),
  );
  results.push({ name, ...outcome, ms: Math.round(performance.now() - start) });
}
