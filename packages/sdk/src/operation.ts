// Glue between the @zwfw/core contract and the transport. The contract is the single description of every
// v1 operation (method, path, schemas, key/verifier/idempotency requirements, cache policy); the SDK reads
// it at call time instead of restating any of it, so a contract change cannot leave the SDK behind silently.

import { VERIFIER_HEADER, fillPath, operations, type OperationId, type ResponseOf } from '@zwfw/core';
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
 * The key travels only where the contract requires it (a citizen's case operations). Catalogue reads are
 * public: sending the key there would only add a CORS preflight and tie a cacheable read to one partner.
 */
function keyRequirement(def: { publishableKey: string }): KeyRequirement {
  return def.publishableKey === 'required' ? 'required' : 'none';
}

/** Calls contract operation `id` through the transport, returning its validated, typed response. */
export function callOperation<Id extends OperationId>(
  transport: Transport,
  sdkName: string,
  id: Id,
  input: OperationInput,
  options: CallOptions | undefined,
): Promise<ResponseOf<Id>> {
  const def = operations[id];
  // The first declared success response is the operation's body schema (every v1 operation has exactly one).
  const schema = Object.values(def.responses)[0]?.schema as unknown as StandardSchemaV1<unknown, ResponseOf<Id>>;
  const spec: RequestSpec<ResponseOf<Id>> = {
    operation: sdkName,
    method: def.method.toUpperCase() as HttpMethod,
    path: fillPath(def.path, input.params ?? {}),
    query: input.query,
    body: input.body,
    formData: input.formData,
    fetch: input.fetch,
    schema,
    key: keyRequirement(def),
    idempotencyKey: input.idempotencyKey,
    cacheable: def.cache !== 'none',
    headers: def.verifier && input.verifier !== undefined ? { [VERIFIER_HEADER]: input.verifier } : undefined,
  };
  return transport.request(spec, options);
}
