import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { COMPONENT_SCHEMAS, buildOpenApiDocument, operationList } from '../src/contract/index.js';

type Json = Record<string, any>;
const doc = buildOpenApiDocument({ servers: [{ url: 'http://127.0.0.1:8080' }] }) as Json;

describe('OpenAPI 3.1 document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    assert.ok(result.valid, result.valid ? '' : compileErrors(result));
    assert.equal(doc['openapi'], '3.1.0');
  });
  it('the validator is not a rubber stamp: a broken copy fails', async () => {
    const broken = structuredClone(doc);
    broken['paths']['/v1/matters']['get']['responses'] = 'nope';
    const result = await validate(broken as never);
    assert.equal(result.valid, false);
  });
  it('lists every contract operation at its path and method', () => {
    for (const op of operationList) {
      const o = doc['paths'][op.path]?.[op.method];
      assert.ok(o, `${op.method} ${op.path}`);
      assert.equal(o.operationId, op.operationId);
    }
    const count = Object.values(doc['paths'] as Json).reduce((n, item) => n + Object.keys(item).length, 0);
    assert.equal(count, operationList.length);
  });
  it('names the components and leaves no dangling $ref', () => {
    const schemas = doc['components']['schemas'] as Json;
    for (const name of Object.keys(COMPONENT_SCHEMAS)) assert.ok(schemas[name], name);
    assert.ok(!Object.keys(schemas).some((k) => k.startsWith('__')));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const r of refs) assert.ok(schemas[r], `dangling $ref ${r}`);
    assert.equal(schemas['Matter'].properties.materials.items.$ref, '#/components/schemas/Material');
  });
  it('publishes 情景导办: Matter.situations, Material.condition and their components', () => {
    const schemas = doc['components']['schemas'] as Json;
    assert.equal(schemas['Matter'].properties.situations.items.$ref, '#/components/schemas/SituationQuestion');
    assert.ok(!schemas['Matter'].required.includes('situations'));
    assert.equal(schemas['Material'].properties.condition.$ref, '#/components/schemas/MaterialCondition');
    assert.ok(!schemas['Material'].required.includes('condition'));
    assert.equal(schemas['SituationQuestion'].properties.options.items.$ref, '#/components/schemas/SituationOption');
    assert.deepEqual([schemas['SituationQuestion'].properties.options.minItems, schemas['SituationQuestion'].properties.options.maxItems], [2, 10]);
    const forms = schemas['MaterialCondition'].anyOf as Json[];
    assert.deepEqual(forms.map((f) => f.$ref ?? f.required[0]), ['#/components/schemas/SituationClause', 'all', 'any']);
    assert.deepEqual(schemas['SituationClause'].required, ['questionId', 'optionIds']);
    assert.equal(doc['info'].version, '1.1.0');
  });
  it('inputs are closed, responses open for additions', () => {
    const schemas = doc['components']['schemas'] as Json;
    assert.equal(schemas['ApplicationInput'].additionalProperties, false);
    assert.equal(schemas['EvaluationInput'].additionalProperties, false);
    assert.equal(schemas['Matter'].additionalProperties, undefined);
  });
  it('errors are problem+json; security schemes and Idempotency-Key are declared', () => {
    const post = doc['paths']['/v1/applications']['post'];
    assert.equal(post.responses['422'].content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    assert.ok(post.responses['201'].headers['Location']);
    const idem = post.parameters.find((p: Json) => p.name === 'Idempotency-Key');
    assert.equal(idem.required, true);
    assert.deepEqual(post.security, [{ publishableKey: [] }, { publishableKeyBearer: [] }]);
    const schemes = doc['components']['securitySchemes'];
    assert.equal(schemes.publishableKey.name, 'X-Zwfw-Key');
    assert.equal(schemes.adminToken.scheme, 'bearer');
    assert.deepEqual(doc['paths']['/v1/admin/cases/{caseNumber}/actions']['post'].security, [{ adminToken: [] }]);
    assert.deepEqual(doc['paths']['/health']['get'].security, []);
  });
  it('catalogue reads declare the optional Zwfw-Catalogue-Notice header; case operations do not', () => {
    assert.ok(doc['paths']['/v1/matters']['get']['responses']['200']['headers']['Zwfw-Catalogue-Notice']);
    assert.ok(doc['paths']['/v1/search-index']['get']['responses']['200']['headers']['Zwfw-Catalogue-Notice']);
    assert.equal(doc['paths']['/v1/applications']['post']['responses']['201']['headers']?.['Zwfw-Catalogue-Notice'], undefined);
    assert.equal(doc['paths']['/v1/openapi.json']['get']['responses']['200']['headers']?.['Zwfw-Catalogue-Notice'], undefined);
  });
  it('query parameters come from the query schemas', () => {
    const params = doc['paths']['/v1/matters']['get'].parameters as Json[];
    const names = params.filter((p) => p['in'] === 'query').map((p) => p['name']);
    assert.deepEqual(names, ['audience', 'department', 'theme', 'type', 'level', 'online', 'onSiteVisits', 'handleArea', 'region', 'includeExOfficio', 'cursor', 'limit']);
    assert.equal(params.find((p) => p['name'] === 'limit')!['schema'].maximum, 100);
    const progress = doc['paths']['/v1/applications/{caseNumber}/progress']['get'].parameters as Json[];
    // The case proof travels in a header; the query form is deprecated (accepted for one version).
    assert.deepEqual(progress.map((p) => [p['in'], p['name'], p['required'], p['deprecated'] ?? false]), [
      ['path', 'caseNumber', true, false], ['query', 'verifier', false, true], ['header', 'X-Zwfw-Verifier', false, false],
    ]);
    assert.equal(progress[2]!['schema'].pattern, progress[1]!['schema'].pattern, 'one verifier rule for both forms');
  });
});
