// Odd input over every operation of the contract: NUL and unpaired surrogates, huge strings, wrong types, deep
// nesting, unknown keys, odd headers. Whatever arrives, the answer is never a 5xx and every error is an
// RFC 9457 problem+json whose status matches. `fuzzRequests` generates the requests (seeded, so a failure can
// be replayed); `hardeningInputChecks` sends a few hundred of them for the suite, test/conformance/fuzz.ts
// sends 10,000.
import { exampleEvaluationInput, operationList, ProblemSchema, type ApplicationInput } from '@zwfw/core';
import type { CheckResult } from '../suite.js';

/** One request of the fuzz: a path with its query, a method, headers and a raw body. */
export interface FuzzRequest {
  operationId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** What the fuzz needs from the backend under test. */
export interface FuzzTarget {
  key: string;
  origin: string;
  adminToken?: string | undefined;
  /** A valid application, mutated into odd ones. */
  application?: ApplicationInput | undefined;
  /** An existing case and its access token, so case operations get past the look-up to their writes. */
  caseNumber?: string | undefined;
  verifier?: string | undefined;
}

const FAKE_CASE = '11440106MB2C12345E4000117007000202501010001';

/** A plausible body per operation, for the odd values to be planted in. */
function baseBody(operationId: string, target: FuzzTarget, fields: string[]): unknown {
  switch (operationId) {
    case 'submitApplication': return target.application ?? Object.fromEntries(fields.map((f) => [f, 'x']));
    case 'submitEvaluation':
    case 'recordEvaluation': return { ...exampleEvaluationInput, comment: '办事顺利', ...(operationId === 'recordEvaluation' ? { caseNumber: target.caseNumber ?? FAKE_CASE } : {}) };
    case 'applyCaseAction': return { action: 'request_correction', items: ['营业执照复印件'], note: '请补正', handler: '窗口一' };
    default: return Object.fromEntries(fields.map((f) => [f, 'x']));
  }
}

/** Every path to a string leaf of a JSON value. */
function stringLeaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], out);
  return out;
}

/** `base` with one string leaf spoiled by NUL or an unpaired surrogate: everything else stays valid. */
function poison(base: unknown, pick: () => number): unknown {
  const copy = structuredClone(base);
  const leaves = stringLeaves(copy);
  if (leaves.length === 0) return copy;
  const path = leaves[Math.floor(pick() * leaves.length)]!;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const bad = ['\u0000', '\ud800', '\udfff'][Math.floor(pick() * 3)]!;
  node[last] = pick() < 0.5 ? `${String(node[last])}${bad}` : `${bad}${String(node[last])}`;
  return copy;
}

/** xorshift32: a small seeded PRNG, so a failing request can be generated again from its seed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? { a: v } : [v];
  return v;
}

const ODD_STRINGS = [
  '\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', '', ' ', '\t\n', '𠀀💩', '\u202e\u200b', 'x'.repeat(70_000),
  '../../etc/passwd', "'; drop table applications; --", '<script>alert(1)</script>', 'javascript:alert(1)', '%00', '%',
  '1e999', '-0', 'null', '__proto__', 'constructor', '9'.repeat(400),
];
const ODD_VALUES: unknown[] = [
  ...ODD_STRINGS, null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, [null], { __proto__: { x: 1 } },
  deep(40), deep(10), Array.from({ length: 2000 }, (_, i) => i), Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i])),
];

/**
 * Percent-encodes any JS string, lone surrogates included (as the bytes of their WTF-8 form, which no UTF-8
 * decoder accepts): encodeURIComponent would throw on them, and a server must still answer.
 */
function encodeOdd(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const lone = c >= 0xd800 && c <= 0xdfff && !(c <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) && !(c >= 0xdc00 && (value.charCodeAt(i - 1) & 0xfc00) === 0xd800);
    if (lone) out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    else if (c >= 0xd800 && c <= 0xdbff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else out += encodeURIComponent(value[i]!);
  }
  return out;
}

/** Field names of a zod object schema (empty for anything else). */
function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/** Sets `value` at a random path of a JSON object (a field it has, or a new key). */
function mutate(base: unknown, value: unknown, pick: () => number): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let depth = 0; depth < 3; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[Math.floor(pick() * keys.length)]!;
    const child = node[key];
    if (pick() < 0.5 || typeof child !== 'object' || child === null) {
      node[key] = value;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  node[pick() < 0.5 ? 'unexpected' : ODD_STRINGS[Math.floor(pick() * ODD_STRINGS.length)]!.slice(0, 50)] = value;
  return copy;
}

/** Multipart body with odd part names, values and file names. */
function oddMultipart(pick: () => number, one: () => unknown): { body: Uint8Array<ArrayBuffer>; type: string } {
  const boundary = `----zwfwfuzz${Math.floor(pick() * 1e9)}`;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="formId"\r\n\r\n${text(one())}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="materialId"\r\n\r\n${text(one())}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${text(one()).slice(0, 300)}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 ${text(one()).slice(0, 1000)}\r\n`,
    pick() < 0.8 ? `--${boundary}--\r\n` : '',
  ];
  return { body: new TextEncoder().encode(parts.join('')), type: `multipart/form-data; boundary=${boundary}` };
}

/** `count` odd requests over every operation of the contract, from `seed`. */
export function fuzzRequests(seed: number, count: number, target: FuzzTarget): FuzzRequest[] {
  const pick = random(seed);
  const any = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const odd = () => any(ODD_VALUES);
  const oddText = () => any(ODD_STRINGS);
  const out: FuzzRequest[] = [];
  for (let n = 0; n < count; n++) {
    const op = any(operationList);
    // Mostly well-formed path parameters (so the request reaches the handler), sometimes odd ones.
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (pick() < 0.6) return name === 'caseNumber' ? encodeURIComponent(target.caseNumber ?? FAKE_CASE) : 'ev000000001';
      return encodeOdd(oddText().slice(0, 300));
    });
    const query: string[] = [];
    for (const field of fieldsOf(op.query)) {
      if (field === 'verifier' && target.verifier !== undefined && pick() < 0.7) query.push(`verifier=${encodeURIComponent(target.verifier)}`);
      else if (pick() < 0.5) query.push(`${field}=${encodeOdd(String(typeof odd() === 'string' ? oddText() : JSON.stringify(odd()) ?? '').slice(0, 3000))}`);
    }
    if (pick() < 0.1) query.push(`${encodeOdd(oddText().slice(0, 100))}=1`);
    const headers: Record<string, string> = { origin: target.origin, 'x-zwfw-key': target.key };
    if (op.adminToken && target.adminToken !== undefined && pick() < 0.8) headers['authorization'] = `Bearer ${target.adminToken}`;
    if (op.idempotencyKey !== 'none' && pick() < 0.85) headers['idempotency-key'] = pick() < 0.9 ? `fuzz-${seed}-${n}` : any(['short', 'x'.repeat(300), 'with space ok?']);
    if (pick() < 0.15) headers['accept-language'] = any(['*', 'en;q=abc', 'zh-Hant-HK', ';;;,,,', 'x'.repeat(500)]);
    if (pick() < 0.05) headers['x-zwfw-key'] = any(['', 'pk_nope', 'x'.repeat(2000)]);
    if (pick() < 0.05) headers['origin'] = any(['null', 'https://evil.example', 'http://[::1', 'x'.repeat(1000)]);
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (op.method !== 'get') {
      if (op.requestMediaType === 'multipart/form-data' && pick() < 0.7) {
        const m = oddMultipart(pick, odd);
        body = m.body;
        headers['content-type'] = m.type;
      } else {
        const base = baseBody(op.operationId, target, fieldsOf(op.body));
        const roll = pick();
        body = roll < 0.35 ? JSON.stringify(poison(base, pick))
          : roll < 0.7 ? JSON.stringify(mutate(base, odd(), pick))
          : roll < 0.8 ? JSON.stringify(odd())
            : roll < 0.9 ? any(['{', '{"a":', '[1,2', '\u0000', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', ''])
              : JSON.stringify(base);
        headers['content-type'] = pick() < 0.9 ? 'application/json' : any(['text/plain', 'application/json; charset=latin1', 'application/xml', ';;', 'multipart/form-data']);
        if (pick() < 0.03) headers['content-encoding'] = any(['gzip', 'br', 'bogus']);
      }
    }
    out.push({ operationId: op.operationId, method: op.method.toUpperCase(), path: `${path}${query.length > 0 ? `?${query.join('&')}` : ''}`, headers, ...(body !== undefined ? { body } : {}) });
  }
  return out;
}

/** What a fuzz run saw: 5xx answers and errors that are not problem+json, with the first examples of each. */
export interface FuzzReport {
  requests: number;
  serverErrors: number;
  nonProblemErrors: number;
  byStatus: Record<number, number>;
  examples: string[];
}

/** Sends `requests` to `baseUrl`, `concurrency` at a time, and classifies every answer. */
export async function runFuzz(baseUrl: string, requests: readonly FuzzRequest[], concurrency = 8): Promise<FuzzReport> {
  const base = baseUrl.replace(/\/$/, '');
  const report: FuzzReport = { requests: requests.length, serverErrors: 0, nonProblemErrors: 0, byStatus: {}, examples: [] };
  const note = (what: string, r: FuzzRequest, status: number, text: string) => {
    if (report.examples.length < 10) report.examples.push(`${what}: ${r.method} ${r.path.slice(0, 120)} → ${status} ${text.slice(0, 160)}`);
  };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const r = requests[next++]!;
      let status: number;
      let text: string;
      let type: string;
      try {
        const res = await fetch(`${base}${r.path}`, { method: r.method, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) });
        status = res.status;
        type = res.headers.get('content-type') ?? '';
        text = await res.text();
      } catch (err) {
        // A refused request the client cannot even send (e.g. a header fetch rejects) says nothing about the server.
        if (err instanceof TypeError && /header|ByteString/i.test(String(err.message) + String((err as { cause?: unknown }).cause))) continue;
        report.serverErrors++;
        note('connection failed', r, 0, String(err));
        continue;
      }
      report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
      if (status >= 500) {
        report.serverErrors++;
        note('5xx', r, status, text);
      }
      if (status >= 400) {
        let ok = type.startsWith('application/problem+json');
        if (ok) {
          try {
            const p = ProblemSchema.safeParse(JSON.parse(text));
            ok = p.success && p.data.status === status;
          } catch {
            ok = false;
          }
        }
        if (!ok) {
          report.nonProblemErrors++;
          note('not a problem', r, status, `${type} ${text}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}

/** The suite's bounded fuzz: a few hundred odd requests, none may get a 5xx or a non-problem error. */
export async function hardeningInputChecks(o: FuzzTarget & { baseUrl: string; requests?: number; seed?: number }): Promise<CheckResult[]> {
  const start = performance.now();
  const name = `fuzz: ${o.requests ?? 300} odd requests over every operation get no 5xx, and every error is a problem`;
  if (!o.key) return [{ name, status: 'skip', detail: 'no --key given', ms: 0 }];
  const seed = o.seed ?? 20261203;
  const report = await runFuzz(o.baseUrl, fuzzRequests(seed, o.requests ?? 300, o), 4);
  const ms = Math.round(performance.now() - start);
  const failed = report.serverErrors > 0 || report.nonProblemErrors > 0;
  return [{
    name,
    status: failed ? 'fail' : 'pass',
    ...(failed ? { detail: `seed ${seed}: ${report.serverErrors} 5xx, ${report.nonProblemErrors} non-problem errors; ${report.examples.join(' | ')}` } : {}),
    ms,
  }];
}
