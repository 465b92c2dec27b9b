import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildOpenApiDocument } from '../src/contract/index.js';

// The published contract, pinned byte for byte: a schema refactoring (zod classic to zod/mini, a changed
// helper) must not move the document. A deliberate contract change regenerates the file:
//   ZWFW_UPDATE_OPENAPI=1 node --import tsx --test packages/core/test/openapi-snapshot.test.ts
// and the reviewed diff of fixtures/openapi.json goes into the same commit.
const FILE = new URL('./fixtures/openapi.json', import.meta.url);

type Json = Record<string, unknown>;

/** The top-level paths and components whose JSON differs, so a failure names what moved. */
function changedParts(actual: Json, expected: Json): string[] {
  const parts = (doc: Json): Map<string, string> => {
    const out = new Map<string, string>();
    const components = (doc['components'] as Json)['schemas'] as Json;
    for (const [k, v] of Object.entries(doc['paths'] as Json)) out.set(`paths ${k}`, JSON.stringify(v));
    for (const [k, v] of Object.entries(components)) out.set(`components.schemas.${k}`, JSON.stringify(v));
    out.set('info', JSON.stringify(doc['info']));
    return out;
  };
  const a = parts(actual);
  const e = parts(expected);
  return [...new Set([...a.keys(), ...e.keys()])].filter((k) => a.get(k) !== e.get(k));
}

describe('OpenAPI document snapshot', () => {
  it('equals fixtures/openapi.json byte for byte', () => {
    const text = `${JSON.stringify(buildOpenApiDocument({ servers: [{ url: 'http://127.0.0.1:8080' }] }), null, 2)}\n`;
    if (process.env['ZWFW_UPDATE_OPENAPI'] === '1') writeFileSync(FILE, text);
    const pinned = readFileSync(FILE, 'utf8');
    if (text !== pinned) {
      const moved = changedParts(JSON.parse(text) as Json, JSON.parse(pinned) as Json);
      assert.fail(`the OpenAPI document changed (${moved.join(', ') || 'key order or formatting'}); regenerate with ZWFW_UPDATE_OPENAPI=1 if intended`);
    }
  });
});
