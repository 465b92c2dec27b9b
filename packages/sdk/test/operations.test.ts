// Each operation's definition is loaded on its first call (src/operations/*, one dynamic import each): every
// module must hand over core's definition of the operation its name says, and a chunk that cannot be loaded
// must surface as a typed, actionable error without any request being sent.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { operations, type OperationId } from '@zwfw/core';
import { loadChunk } from '../src/chunks.js';
import { ZwfwNetworkError, isZwfwError } from '../src/errors.js';
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

  test('sends no request: callOperation fails before the transport is reached', async () => {
    let requests = 0;
    const transport = new Transport({
      baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_test_1', locale: 'zh-CN',
      fetch: async () => {
        requests += 1;
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
      timeout: 1000, retry: 0, cache: undefined, random: () => 0.5,
    });
    await assert.rejects(
      callOperation(transport, 'applications.submit', () => Promise.reject(new Error('offline')), { body: {} }, undefined),
      (e: unknown) => e instanceof ZwfwNetworkError && e.operation === 'applications.submit',
    );
    assert.equal(requests, 0);
  });
});
