// Glue between the @zwfw/core contract and the transport. The contract is the single description of every
// v1 operation (method, path, schemas, key/verifier/idempotency requirements, cache policy); the SDK reads
// it at call time instead of restating any of it, so a contract change cannot leave the SDK behind silently.
//
// The routes (core's `routes`: method, path, requirements; no schema) are held up front. Each operation's
// response schema is loaded on first use, through a dynamic import of its one-line module in ./operations/
// (`() => import('../operations/get-matter.js')`). Bundlers split each into a chunk of its own (sharing zod
// and common schemas among them), so a page downloads up front only the client, the transport, the routes
// and the argument checks, and the schemas of the operations it actually calls when it calls them: a search
// page never loads the submission's schemas. A read is sent at once, while its schema loads beside it (the
// first call waits for no extra round trip); a write is sent only once its schema is there, so a response the
// SDK could not read never follows a write the server has done. The import is written out at every call site
// because bundlers split only on literal specifiers; the module system caches each one after its first load.

import type { OperationCall, ResponseOfDefinition } from '@zwfw/core';
import { VERIFIER_HEADER, fillPath, type OperationRoute } from '@zwfw/core/light';
import { loadChunk } from './chunks.js';
import type { CallOptions, HttpMethod, KeyRequirement, RequestSpec, StandardSchemaV1, Transport } from './transport.js';

/** Inputs of one contract operation. */
export interface OperationInput {
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  body?: unknown;
  /** Multipart operations (uploads): the parts, sent instead of a JSON body. */
  formData?: FormData;
  /** A fetch for this call only (uploads: one that reports progress). */
  fetch?: typeof globalThis.fetch;
  idempotencyKey?: string;
  /** A case operation's proof, sent in the `X-Zwfw-Verifier` header (never in the URL, so never in logs or Referer). */
  verifier?: string;
}

/**
 * Loads what calling one operation needs (core's `…Call`: method, path, requirements, response schema), a
 * dynamic import of its module in ./operations/. Not the full definition: its documentation and request
 * schemas (the application's, with the ID and credit-code validators) would be downloaded and never run.
 */
export type OperationLoader<D extends OperationCall> = () => Promise<{ readonly definition: D }>;

/**
 * The key travels only where the contract requires it (a citizen's case operations). Catalogue reads are
 * public: sending the key there would only add a CORS preflight and tie a cacheable read to one partner.
 */
function keyRequirement(def: { publishableKey: string }): KeyRequirement {
  return def.publishableKey === 'required' ? 'required' : 'none';
}

/** Calls a contract operation through the transport, returning its validated, typed response. */
export async function callOperation<D extends OperationCall>(
  transport: Transport,
  sdkName: string,
  route: OperationRoute & { readonly operationId: D['operationId'] },
  loader: OperationLoader<D>,
  input: OperationInput,
  options: CallOptions | undefined,
): Promise<ResponseOfDefinition<D>> {
  // The first declared success response is the operation's body schema (every v1 operation has exactly one).
  const schema = loadChunk(loader, sdkName).then(
    ({ definition }) => Object.values(definition.responses)[0]?.schema as unknown as StandardSchemaV1<unknown, ResponseOfDefinition<D>>,
  );
  // A read whose request fails first never awaits the schema: its failure (a chunk that did not load) is reported
  // by the request that needs it, not as an unhandled rejection.
  schema.catch(() => undefined);
  if (route.method !== 'get') await schema;
  const spec: RequestSpec<ResponseOfDefinition<D>> = {
    operation: sdkName,
    method: route.method.toUpperCase() as HttpMethod,
    path: fillPath(route.path, input.params ?? {}),
    query: input.query,
    body: input.body,
    formData: input.formData,
    fetch: input.fetch,
    schema,
    key: keyRequirement(route),
    idempotencyKey: input.idempotencyKey,
    cacheable: route.cache !== 'none',
    headers: route.verifier && input.verifier !== undefined ? { [VERIFIER_HEADER]: input.verifier } : undefined,
  };
  return transport.request(spec, options);
}
