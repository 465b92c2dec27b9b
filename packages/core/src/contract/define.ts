import type { OperationCall, OperationDef } from './operations.js';

/**
 * An operation's full definition: its call part (what a client needs) joined with the rest (documentation,
 * request schemas, problem codes). Called with a pure annotation, so a bundle that uses only the call part
 * drops the rest, and the request schemas with it (an object spread would be kept: it may run getters).
 * Its own module so that an operation module imports nothing that reaches the other operations.
 */
export function defineOperation<const C extends OperationCall, const R extends Omit<OperationDef, keyof OperationCall>>(call: C, rest: R): C & R {
  return { ...call, ...rest };
}
