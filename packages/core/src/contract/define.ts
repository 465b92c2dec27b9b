import type { OperationCall, OperationDef } from './operations.js';
import type { OperationRoute } from './routes.js';

/**
 * An operation's full definition: its call part (what a client needs) joined with the rest (documentation,
 * request schemas, problem codes). Called with a pure annotation, so a bundle that uses only the call part
 * drops the rest, and the request schemas with it (an object spread would be kept: it may run getters).
 * Its own module so that an operation module imports nothing that reaches the other operations.
 */
export function defineOperation<const C extends OperationCall, const R extends Omit<OperationDef, keyof OperationCall>>(call: C, rest: R): C & R {
  return { ...call, ...rest };
}

/**
 * An operation's call part: its route (../routes.ts) with its responses. A function called with a pure
 * annotation for the same reason as defineOperation: a bundle that reads only the route drops the schemas.
 */
export function defineCall<const R extends OperationRoute, const S extends OperationCall['responses']>(route: R, responses: S): R & { readonly responses: S } {
  return { ...route, responses };
}
