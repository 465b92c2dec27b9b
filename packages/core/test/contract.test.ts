import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  OPERATION_IDS, fillPath, findOperation, matchPath, operationList, operations, type BodyOf, type OperationId,
  type QueryOf, type ResponseOf,
} from '../src/contract/index.js';
import { PROBLEM_CODES, exampleApplicationInput, exampleMatter, type Matter } from '../src/schemas/index.js';

const EXPECTED: readonly [string, string][] = [
  ['get', '/v1/matters'], ['get', '/v1/matters/{code}'], ['get', '/v1/matters/{code}/form'], ['get', '/v1/bundles'],
  ['get', '/v1/bundles/{id}'], ['get', '/v1/bundles/{id}/form'], ['get', '/v1/search'], ['get', '/v1/search-index'],
  ['post', '/v1/applications'], ['get', '/v1/applications/{caseNumber}/progress'],
  ['post', '/v1/applications/{caseNumber}/evaluations'], ['get', '/v1/evaluation-reasons'], ['get', '/v1/regions'],
  ['get', '/v1/openapi.json'], ['get', '/health'], ['post', '/v1/admin/cases/{caseNumber}/actions'],
  ['get', '/v1/partner/cases'], ['get', '/v1/service-points'],
  ['get', '/v1/applications/{caseNumber}/evaluations'], ['get', '/v1/evaluation-summary'],
  ['post', '/v1/admin/cases/{caseNumber}/evaluations'], ['post', '/v1/admin/evaluations/{evaluationId}/rectification'],
  ['post', '/v1/uploads'], ['post', '/v1/applications/{caseNumber}/materials'], ['get', '/v1/partner/cases/{caseNumber}'],
];

describe('contract data', () => {
  it('holds exactly the v1 operations, with unique ids and unique method+path', () => {
    const got = operationList.map((op) => [op.method, op.path] as [string, string]);
    assert.deepEqual([...got].sort(), [...EXPECTED].sort());
    assert.equal(new Set(OPERATION_IDS).size, operationList.length);
    for (const id of OPERATION_IDS) assert.equal(operations[id].operationId, id);
  });
  it('path placeholders and params schemas agree', () => {
    for (const op of operationList) {
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const keys = op.params ? Object.keys(op.params.shape) : [];
      assert.deepEqual(keys.sort(), names.sort(), op.operationId);
    }
  });
  it('writes carry bodies; submission requires an Idempotency-Key; case reads need a verifier', () => {
    for (const op of operationList) {
      assert.equal(op.body !== undefined, op.method === 'post', op.operationId);
      assert.equal(op.verifier, op.query !== undefined && 'verifier' in op.query.shape, op.operationId);
      for (const code of op.errors) assert.ok(code in PROBLEM_CODES);
    }
    assert.equal(operations.submitApplication.idempotencyKey, 'required');
    assert.equal(operations.getProgress.verifier, true);
    assert.equal(operations.submitEvaluation.verifier, true);
    assert.equal(operations.applyCaseAction.adminToken, true);
    assert.equal(operations.applyCaseAction.publishableKey, 'none');
    assert.equal(operations.getHealth.publishableKey, 'none');
  });
  it('input schemas reject unknown fields', () => {
    for (const op of operationList) {
      for (const schema of [op.params, op.query]) {
        if (!schema) continue;
        assert.equal(schema.safeParse({ zzUnknown: '1' }).success, false, op.operationId);
      }
    }
    assert.equal(operations.submitApplication.body.safeParse({ ...exampleApplicationInput, zz: 1 }).success, false);
  });
  it('responses validate with the operation schemas', () => {
    assert.equal(operations.getMatter.responses[200].schema.safeParse(exampleMatter).success, true);
    assert.equal(operations.getProgress.query.safeParse({ verifier: '8000' }).success, true);
    assert.equal(operations.getProgress.query.safeParse({ verifier: '80' }).success, false);
    // The proof now travels in X-Zwfw-Verifier; the query parameter is optional (deprecated).
    assert.equal(operations.getProgress.query.safeParse({}).success, true);
  });
  it('types follow the operations (compile-time checks)', () => {
    const m: ResponseOf<'getMatter'> = exampleMatter satisfies Matter;
    const q: QueryOf<'listMatters'> = { limit: '20', audience: 'enterprise' };
    const b: BodyOf<'submitApplication'> = exampleApplicationInput;
    // @ts-expect-error getHealth takes no body
    const none: BodyOf<'getHealth'> = {};
    const id: OperationId = 'getProgress';
    // @ts-expect-error not an operation id
    const bad: OperationId = 'getNothing';
    assert.ok(m && q && b && id && (none === none) && bad);
  });
});

describe('paths', () => {
  it('fills and encodes parameters', () => {
    assert.equal(fillPath('/v1/matters/{code}/form', { code: 'a b/c' }), '/v1/matters/a%20b%2Fc/form');
    assert.throws(() => fillPath('/v1/matters/{code}', {}), /Missing path parameter "code"/);
  });
  it('matches and decodes', () => {
    assert.deepEqual(matchPath('/v1/applications/{caseNumber}/progress', '/v1/applications/ABC123/progress'), { caseNumber: 'ABC123' });
    assert.equal(matchPath('/v1/matters/{code}', '/v1/matters/a/b'), null);
    assert.equal(matchPath('/v1/matters/{code}', '/v1/matters/%E0%A4%A'), null);
    assert.equal(matchPath('/v1/openapi.json', '/v1/openapiXjson'), null);
  });
  it('finds the operation of a request; static paths do not swallow templated ones', () => {
    assert.equal(findOperation(operationList, 'GET', '/v1/matters/X1/form')?.operation.operationId, 'getMatterForm');
    assert.equal(findOperation(operationList, 'GET', '/v1/search-index')?.operation.operationId, 'getSearchIndex');
    assert.equal(findOperation(operationList, 'POST', '/v1/applications/C1/evaluations')?.params['caseNumber'], 'C1');
    assert.equal(findOperation(operationList, 'DELETE', '/v1/matters'), null);
  });
  it('round-trips every operation path', () => {
    for (const op of operationList) {
      const params = Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, 'V-1']));
      const found = findOperation(operationList, op.method, fillPath(op.path, params));
      assert.equal(found?.operation.operationId, op.operationId);
    }
  });
});

describe('docs/contract.md', () => {
  it('lists every operation with its method and path', () => {
    const doc = readFileSync(new URL('../../../docs/contract.md', import.meta.url), 'utf8');
    for (const op of operationList) {
      assert.ok(doc.includes(`| \`${op.operationId}\` | \`${op.method.toUpperCase()} ${op.path}\` |`), `${op.operationId} missing from docs/contract.md`);
    }
  });
});
