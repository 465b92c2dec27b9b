// What the conformance suite lends its check modules: its request helper and its response assertions.
import type { Problem } from '@zwfw/core';
import type { z } from 'zod';

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
  conforms<S extends z.ZodType>(schema: S, r: Res, status?: number): z.output<S>;
  isProblem(r: Res, status: number, code?: string): Problem;
}
