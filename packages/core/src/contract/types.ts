import type * as z from 'zod/mini';
import type { OperationDef, OperationId, Operations } from './operations.js';

/** Path parameters of an operation as the caller passes them. */
export type PathParamsOf<Id extends OperationId> = Operations[Id] extends { params: infer P extends z.ZodMiniType }
  ? z.input<P> : Record<string, never>;

/** Query of an operation as the caller passes it (before coercion). */
export type QueryOf<Id extends OperationId> = Operations[Id] extends { query: infer Q extends z.ZodMiniType }
  ? z.input<Q> : Record<string, never>;

/** Parsed query of an operation (what a server handler receives). */
export type ParsedQueryOf<Id extends OperationId> = Operations[Id] extends { query: infer Q extends z.ZodMiniType }
  ? z.output<Q> : Record<string, never>;

/** Request body of an operation, or never when it takes none. */
export type BodyOf<Id extends OperationId> = Operations[Id] extends { body: infer B extends z.ZodMiniType }
  ? z.input<B> : never;

/** Success status codes of an operation. */
export type SuccessStatusOf<Id extends OperationId> = keyof Operations[Id]['responses'] & number;

/** Parsed success response body of an operation (union over its success statuses). */
export type ResponseOf<Id extends OperationId> = ResponseOfDefinition<Operations[Id]>;

/** Parsed success response body of one operation's definition (e.g. `typeof getMatterOperation`). */
export type ResponseOfDefinition<D extends Pick<OperationDef, 'responses'>> = {
  [S in keyof D['responses'] & number]: D['responses'][S] extends { schema: infer R extends z.ZodMiniType } ? z.output<R> : never;
}[keyof D['responses'] & number];
