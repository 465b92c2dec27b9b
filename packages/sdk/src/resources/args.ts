// Argument checks shared by the resources. The server validates everything too, but a missing identifier is
// a programming error best reported before a round trip, with the call spelled out.

import { ZwfwConfigError } from '../errors.js';

/** Throws ZwfwConfigError unless `value` is a non-empty string. */
export function requireString(value: unknown, name: string, operation: string, example: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ZwfwConfigError(`${operation} needs ${name} as a non-empty string, e.g. ${example}; got ${JSON.stringify(value)}.`, {
      option: name,
      operation,
    });
  }
  return value;
}

/** Idempotency keys must be 8–255 printable ASCII characters (the contract's rule); a UUID is ideal. */
export function checkIdempotencyKey(value: string | undefined, operation: string): void {
  if (value !== undefined && !/^[\x21-\x7E]{8,255}$/.test(value)) {
    throw new ZwfwConfigError(
      `${operation}: idempotencyKey must be 8–255 printable ASCII characters (use crypto.randomUUID()); got ${JSON.stringify(value)}.`,
      { option: 'idempotencyKey', operation },
    );
  }
}

/** A fresh idempotency key. crypto.randomUUID exists in Node 20 and in every browser on a secure origin. */
export function newIdempotencyKey(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c !== undefined && typeof c.randomUUID === 'function') return c.randomUUID();
  // Insecure (http) origins lack randomUUID; getRandomValues is still there and just as unpredictable.
  const bytes = c!.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
