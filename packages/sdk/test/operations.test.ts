// Each operation's definition is loaded on its first call (src/operations/*, one dynamic import each): every
// module must hand over core's definition of the operation its name says, and a chunk that cannot be loaded
// must surface as a typed, actionable error. A read is sent while its schema loads; a write waits for it, so a
// submission is never sent when its answer could not be read.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { getMatterCall, operations, routes, type OperationId } from '@zwfw/core';
import { loadChunk } from '../src/chunks.js';
import { ZwfwNetworkError, ZwfwValidationError, isZwfwError } from '../src/errors.js';
import { callOperation } from '../src/operation.js';
import { Transport } from '../src/transport.js';

const dir = new URL('../src/operations/', import.meta.url);
const camel = (file: string): string => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('per-operation modules', () => {
  test('each module exports the call part of core\'s definition of the operation it is named after', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 19, `only ${files.length} operation modules`);
    for (const file of files) {
      const id = camel(file);
      assert.ok(id in operations, `${file}: no operation ${id} in the contract`);
      const { definition } = (await import(new URL(file, dir).href)) as { definition: Record<string, unknown> };
      const full = operations[id as OperationId] as unknown as Record<string, unknown>;
      assert.equal(definition.operationId, id, `${file} re-exports another operation's definition`);
      // Everything a call reads, and nothing it does not: no documentation, no request schema.
      for (const key of ['method', 'path', 'publishableKey', 'verifier', 'idempotencyKey', 'cache', 'responses']) assert.equal(definition[key], full[key], `${file}: ${key}`);
      for (const key of ['summary', 'description', 'tags', 'errors', 'params', 'query', 'body']) assert.ok(!(key in definition), `${file} carries ${key}`);
    }
  });

  test('every module the resources import exists, and names the operation the call is for', async () => {
    const resources = new URL('../src/resources/', import.meta.url);
    const { readFileSync } = await import('node:fs');
    const cited = new Set<string>();
    for (const file of readdirSync(resources).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(new URL(file, resources), 'utf8').matchAll(/import\('\.\.\/operations\/([a-z-]+)\.js'\)/g)) cited.add(`${m[1]}.ts`);
    }
    assert.deepEqual([...cited].sort(), readdirSync(dir).filter((f) => f.endsWith('.ts')).sort(), 'an operation module is unused, or a resource cites a missing one');
  });
});

describe('a chunk that cannot be loaded', () => {
  test('is a ZwfwNetworkError naming the call and the fix, with the cause, and is tried again on the next call', async () => {
    let attempts = 0;
    const failing = (): Promise<never> => {
      attempts += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/chunks/get-matter-x.js'));
    };
    for (const expected of [1, 2]) {
      const error = await loadChunk(failing, 'matters.get').then(() => assert.fail('resolved'), (e: unknown) => e);
      assert.ok(error instanceof ZwfwNetworkError && isZwfwError(error));
      assert.equal(error.type, 'network_error');
      assert.equal(error.operation, 'matters.get');
      assert.match(error.message, /^matters\.get: could not load .*Failed to fetch dynamically imported module.*chunks\/ folder/);
      assert.ok(error.cause instanceof TypeError);
      assert.equal(attempts, expected);
    }
  });

  const transportCounting = (onFetch: () => void) => new Transport({
    baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_test_1', locale: 'zh-CN',
    fetch: async () => {
      onFetch();
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
    timeout: 1000, retry: 0, cache: undefined, random: () => 0.5,
  });

  test('a write sends no request: the submission is not sent when its answer could not be read', async () => {
    let requests = 0;
    const transport = transportCounting(() => { requests += 1; });
    await assert.rejects(
      callOperation(transport, 'applications.submit', routes.submitApplication, () => Promise.reject(new Error('offline')), { body: {}, idempotencyKey: 'k'.repeat(32) }, undefined),
      (e: unknown) => e instanceof ZwfwNetworkError && e.operation === 'applications.submit',
    );
    assert.equal(requests, 0);
  });

  test('a read is sent at once, while its schema loads (no extra round trip), and a chunk that fails is its error', async () => {
    const events: string[] = [];
    const transport = transportCounting(() => events.push('fetch'));
    let release!: (m: { definition: typeof getMatterCall }) => void;
    const loading = new Promise<{ definition: typeof getMatterCall }>((resolve) => { release = resolve; });
    const call = callOperation(transport, 'matters.get', routes.getMatter, () => { events.push('load'); return loading; }, { params: { code: 'X' } }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(events, ['load', 'fetch'], 'the request went out before the schema arrived');
    release({ definition: getMatterCall });
    // '{}' is not a matter: the schema that arrived after the response is the one that judged it.
    await assert.rejects(call, (e: unknown) => e instanceof ZwfwValidationError && e.operation === 'matters.get');

    let requests = 0;
    const failing = transportCounting(() => { requests += 1; });
    await assert.rejects(
      callOperation(failing, 'matters.get', routes.getMatter, () => Promise.reject(new Error('offline')), { params: { code: 'X' } }, undefined),
      (e: unknown) => e instanceof ZwfwNetworkError && e.operation === 'matters.get' && /could not load/.test(e.message),
    );
    assert.equal(requests, 1);
  });
});
