// Glue between the @zwfw/core contract and the transport. The contract is the single description of every
// v1 operation (method, path, schemas, key/verifier/idempotency requirements, cache policy); the SDK reads
// it at call time instead of restating any of it, so a contract change cannot leave the SDK behind silently.

import { fillPath, operations, type OperationId, type ResponseOf } from '@zwfw/core';
import type { StandardSchemaV1 } from 'ky';
import type { CallOptions, HttpMethod, RequestSpec, Transport } from './transport.js';

/** Inputs of one contract operation. */
export interface OperationInput {
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  body?: unknown;
  idempotencyKey?: string;
}

/**
 * Whether the SDK refuses to send the call without a publishable key. Writes and case lookups (verifier
 * operations) always need one. Catalogue reads are public information: the reference server serves them
 * without a key even where the contract table says `required`, so for reads the server decides (a 401 becomes
 * a ZwfwApiError whose message names the publishableKey option).
 */
function needsKey(def: { publishableKey: string; method: string; verifier: boolean }): boolean {
  return def.publishableKey === 'required' && (def.method !== 'get' || def.verifier);
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
    schema,
    key: needsKey(def) ? 'required' : 'optional',
    idempotencyKey: input.idempotencyKey,
    cacheable: def.cache !== 'none',
  };
  return transport.request(spec, options);
}
