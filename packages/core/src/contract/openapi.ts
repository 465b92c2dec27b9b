import * as z from 'zod/mini';
import { PROBLEM_CODES, problemType, type ProblemCode } from '../schemas/problem.js';
import { COMPONENT_SCHEMAS } from './components.js';
import { COMMON_ERRORS, operationList, type OperationDef } from './operations.js';
import {
  CATALOGUE_NOTICE_HEADER, IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, IdempotencyKeySchema, PUBLISHABLE_KEY_HEADER,
} from './params.js';
import { VERIFIER_HEADER } from './verifier.js';

/** A JSON object (the OpenAPI document is plain JSON). */
export type JsonObject = { [key: string]: unknown };

/** Options of buildOpenApiDocument. */
export interface OpenApiOptions {
  /** Server URLs to list (e.g. the deployment's public origin). */
  readonly servers?: readonly { url: string; description?: string }[];
  /** `info.version`; defaults to the contract version. */
  readonly version?: string;
  readonly title?: string;
}

/** Version of the v1 contract's shape (bumped on additive changes; breaking ones get /v2). */
export const CONTRACT_VERSION = '1.1.0';

const REF = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const PROBLEM_JSON = 'application/problem+json';

/** Reverse index schema -> component name, so an operation's schema becomes a $ref when it has a name. */
function nameOf(schema: z.ZodMiniType): string | undefined {
  for (const [name, s] of Object.entries(COMPONENT_SCHEMAS)) if (s === schema) return name;
  return undefined;
}

function cleanSchema(json: Record<string, unknown>): JsonObject {
  // Component schemas live inside the OpenAPI document: a per-schema $id would change the base URI that
  // "#/components/..." refs resolve against, and $schema is implied by jsonSchemaDialect.
  const { $id: _id, $schema: _schema, ...rest } = json;
  return rest;
}

/**
 * Converts the named components plus the operations' unnamed schemas in one pass, so every reference to a
 * named schema, however deep, is a `$ref` into components.schemas.
 */
function convertSchemas(): { components: Record<string, JsonObject>; inline: Map<z.ZodMiniType, JsonObject> } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENT_SCHEMAS)) registry.add(schema, { id });
  const inlineIds = new Map<z.ZodMiniType, string>();
  const addInline = (schema: z.ZodMiniType | undefined, id: string) => {
    if (!schema || nameOf(schema) !== undefined || inlineIds.has(schema)) return;
    inlineIds.set(schema, id);
    registry.add(schema, { id });
  };
  for (const op of operationList) {
    addInline(op.params, `__${op.operationId}_params`);
    addInline(op.query, `__${op.operationId}_query`);
    addInline(op.body, `__${op.operationId}_body`);
    for (const [status, res] of Object.entries(op.responses)) addInline(res.schema, `__${op.operationId}_${status}`);
  }
  addInline(IdempotencyKeySchema, '__idempotencyKey');
  // io 'input': inputs (.strict()) get additionalProperties:false while responses stay open for additions,
  // which is exactly the leniency split of the schemas; the schemas avoid transforms so input == output.
  const out = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Record<string, unknown>> };
  const components: Record<string, JsonObject> = {};
  const inline = new Map<z.ZodMiniType, JsonObject>();
  for (const [id, json] of Object.entries(out.schemas)) {
    if (id.startsWith('__')) continue;
    components[id] = cleanSchema(json);
  }
  for (const [schema, id] of inlineIds) inline.set(schema, cleanSchema(out.schemas[id] ?? {}));
  return { components, inline };
}

function schemaRef(schema: z.ZodMiniType, inline: Map<z.ZodMiniType, JsonObject>): JsonObject {
  const name = nameOf(schema);
  if (name !== undefined) return REF(name);
  const json = inline.get(schema);
  if (!json) throw new Error('schema was not converted');
  return json;
}

function objectParameters(
  schema: z.ZodMiniType | undefined,
  where: 'path' | 'query',
  inline: Map<z.ZodMiniType, JsonObject>,
): JsonObject[] {
  if (!schema) return [];
  const json = inline.get(schema);
  const properties = (json?.['properties'] ?? {}) as Record<string, JsonObject>;
  const required = new Set((json?.['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, propSchema]) => {
    const { description, ...rest } = propSchema as JsonObject & { description?: string };
    const param: JsonObject = { name, in: where, required: where === 'path' || required.has(name), schema: rest };
    if (description !== undefined) param['description'] = description;
    return param;
  });
}

function security(op: OperationDef): JsonObject[] {
  if (op.adminToken) return [{ adminToken: [] }];
  if (op.publishableKey === 'none') return [];
  const keyed = [{ publishableKey: [] }, { publishableKeyBearer: [] }];
  return op.publishableKey === 'optional' ? [...keyed, {}] : keyed;
}

function problemResponse(codes: readonly ProblemCode[]): JsonObject {
  const described = codes.map((c) => `\`${c}\``).join(', ');
  return {
    description: `Problem details (RFC 9457); code: ${described}`,
    content: { [PROBLEM_JSON]: { schema: REF('Problem') } },
  };
}

function operationObject(op: OperationDef, inline: Map<z.ZodMiniType, JsonObject>): JsonObject {
  const parameters: JsonObject[] = [
    ...objectParameters(op.params, 'path', inline),
    ...objectParameters(op.query, 'query', inline),
  ];
  if (op.verifier) {
    // The query form is the deprecated one; the header carries the proof from now on.
    const query = parameters.find((p) => p['in'] === 'query' && p['name'] === 'verifier');
    if (query) query['deprecated'] = true;
    const { deprecated: _d, description: _t, ...rule } = (query?.['schema'] ?? {}) as JsonObject;
    parameters.push({
      name: VERIFIER_HEADER, in: 'header', required: false,
      description: 'The case proof: the accessToken from the receipt, or the 4-digit tail of the applicant\'s mobile (progress only; rating takes the token). Required unless the deprecated verifier query parameter is sent.',
      schema: rule,
    });
  }
  if (op.idempotencyKey !== 'none') {
    parameters.push({
      name: IDEMPOTENCY_KEY_HEADER, in: 'header', required: op.idempotencyKey === 'required',
      description: 'Client-generated key (a UUID); a retried request with the same key never creates a second resource.',
      schema: schemaRef(IdempotencyKeySchema, inline),
    });
  }
  if (op.cache === 'etag' || op.cache === 'static') {
    parameters.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });
  }
  const responses: JsonObject = {};
  for (const [status, res] of Object.entries(op.responses)) {
    const headers: JsonObject = {};
    if (op.cache !== 'none') {
      headers['ETag'] = { schema: { type: 'string' } };
      headers['Cache-Control'] = { schema: { type: 'string' } };
    }
    if (op.idempotencyKey !== 'none') {
      headers[IDEMPOTENT_REPLAYED_HEADER] = { description: '`true` when the response is a replay', schema: { type: 'string', enum: ['true'] } };
    }
    if (status === '201') headers['Location'] = { schema: { type: 'string' } };
    if (op.publishableKey === 'none' && op.cache !== 'none' && !op.tags.includes('meta')) {
      headers[CATALOGUE_NOTICE_HEADER] = { description: 'Present when the catalogue is not official data (e.g. illustrative demo data)', schema: { type: 'string' } };
    }
    const response: JsonObject = {
      description: res.description,
      content: { 'application/json': { schema: schemaRef(res.schema, inline) } },
    };
    if (Object.keys(headers).length > 0) response['headers'] = headers;
    responses[status] = response;
  }
  if (op.cache !== 'none') responses['304'] = { description: 'Not modified (If-None-Match matched the ETag)' };
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of [...op.errors, ...COMMON_ERRORS]) {
    const status = PROBLEM_CODES[code].status;
    const list = byStatus.get(status) ?? [];
    if (!list.includes(code)) list.push(code);
    byStatus.set(status, list);
  }
  for (const [status, codes] of [...byStatus.entries()].sort(([a], [b]) => a - b)) {
    responses[String(status)] = problemResponse(codes);
  }
  const operation: JsonObject = {
    operationId: op.operationId,
    summary: op.summary,
    tags: [...op.tags],
    parameters,
    responses,
    security: security(op),
  };
  if (op.description !== undefined) operation['description'] = op.description;
  if (op.body) {
    operation['requestBody'] = { required: true, content: { [op.requestMediaType ?? 'application/json']: { schema: schemaRef(op.body, inline) } } };
  }
  if (parameters.length === 0) delete operation['parameters'];
  return operation;
}

/** The OpenAPI 3.1 document of the v1 contract, generated from the operations and the zod schemas. */
export function buildOpenApiDocument(options: OpenApiOptions = {}): JsonObject {
  const { components, inline } = convertSchemas();
  const paths: Record<string, JsonObject> = {};
  for (const op of operationList) {
    const item = (paths[op.path] ??= {});
    item[op.method] = operationObject(op, inline);
  }
  const problemCodes = Object.entries(PROBLEM_CODES)
    .map(([code, p]) => `| \`${code}\` | ${p.status} | \`${problemType(code as ProblemCode)}\` | ${p.title['zh-CN']} ${p.title.en} |`)
    .join('\n');
  const doc: JsonObject = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: options.title ?? 'zwfw one-network government services API (一网通办)',
      version: options.version ?? CONTRACT_VERSION,
      description: 'Generated from the zod schemas of @zwfw/core; do not edit by hand.\n\n'
        + 'Errors are `application/problem+json` with a stable `code`:\n\n| code | status | type | title |\n| --- | --- | --- | --- |\n'
        + problemCodes,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        publishableKey: {
          type: 'apiKey', in: 'header', name: PUBLISHABLE_KEY_HEADER,
          description: 'Publishable key of a partner site, valid only from its allowed origins.',
        },
        publishableKeyBearer: {
          type: 'http', scheme: 'bearer',
          description: 'The publishable key sent as `Authorization: Bearer <key>`.',
        },
        adminToken: {
          type: 'http', scheme: 'bearer',
          description: 'Admin token of the reference server (back-office simulator only).',
        },
      },
    },
    tags: [
      { name: 'matters', description: '事项 and 办事指南' },
      { name: 'forms', description: '智能表单' },
      { name: 'bundles', description: '一件事' },
      { name: 'search', description: '事项搜索' },
      { name: 'applications', description: '申报与办件进度' },
      { name: 'evaluations', description: '好差评' },
      { name: 'regions', description: '行政区划' },
      { name: 'meta', description: 'Contract and health' },
      { name: 'admin', description: 'Back-office simulator' },
    ],
  };
  if (options.servers) doc['servers'] = options.servers.map((s) => ({ ...s }));
  return doc;
}
