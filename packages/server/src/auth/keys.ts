import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types.js';

/**
 * The demo publishable key, seeded on every fresh database for the demo pages served by this server
 * (origins http://127.0.0.1:8080 and http://localhost:8080; startServer adds the origins of the address it
 * actually listens on, so the demo works on any PORT). Publishable keys are public by design (they sit
 * in page source, like Stripe's pk_…); what protects partners is the origin binding.
 */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_zwfw_local_0000000000000000';
/** Origins of the demo key. */
// Storybook's dev server (`npm run storybook`, port 6006) too, so the elements' live stories can submit,
// track and rate against `npm start`; the demo key is for this machine only.
export const DEMO_ORIGINS = ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://127.0.0.1:6006', 'http://localhost:6006'] as const;

/** A partner's publishable key. */
export interface PartnerKey {
  key: string;
  name: string;
  origins: string[];
}

/** Canonical origin (scheme://host[:port], lower case, default ports dropped) or undefined if not one. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname !== '/' || url.search || url.hash || url.username) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** A new random publishable key. */
export function generatePublishableKey(): string {
  return `pk_${randomBytes(18).toString('base64url')}`;
}

/** Stores a key; returns it. Throws on an invalid origin. */
export async function createPartnerKey(
  db: Queryable,
  input: { name: string; origins: readonly string[]; key?: string; ifAbsent?: boolean },
): Promise<PartnerKey> {
  const origins = input.origins.map((o) => {
    const n = normalizeOrigin(o);
    if (n === undefined) throw new Error(`Not an origin: ${o} (expected scheme://host[:port])`);
    return n;
  });
  if (origins.length === 0) throw new Error('A key needs at least one origin');
  const key = input.key ?? generatePublishableKey();
  await db.query(
    input.ifAbsent
      ? 'insert into partner_keys (key, name, origins) values ($1, $2, $3) on conflict (key) do nothing'
      : `insert into partner_keys (key, name, origins) values ($1, $2, $3)
         on conflict (key) do update set name = excluded.name, origins = excluded.origins, revoked_at = null`,
    [key, input.name, origins],
  );
  return { key, name: input.name, origins };
}

/** The active key, or undefined. */
export async function findPartnerKey(db: Queryable, key: string): Promise<PartnerKey | undefined> {
  const rows = await db.query<{ key: string; name: string; origins: string[] }>(
    'select key, name, origins from partner_keys where key = $1 and revoked_at is null',
    [key],
  );
  return rows[0];
}

/** Whether any active key allows `origin` (CORS preflights carry no key, so this is all they can check). */
export async function isKnownOrigin(db: Queryable, origin: string): Promise<boolean> {
  const rows = await db.query('select 1 from partner_keys where revoked_at is null and $1 = any(origins) limit 1', [origin]);
  return rows.length > 0;
}

/**
 * Origins a browser on this machine uses to reach a server listening on `host:port`: the address itself,
 * and both spellings of loopback (127.0.0.1 and localhost are different origins to a browser). A wildcard
 * address (0.0.0.0, ::) is reached through loopback locally; other names are reached as given.
 */
export function listenOrigins(host: string, port: number): string[] {
  const loopback = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  let origins: string[];
  if (bare === '' || bare === '0.0.0.0' || bare === '::' || bare === '127.0.0.1' || bare === 'localhost') origins = loopback;
  else if (bare === '::1') origins = [`http://[::1]:${port}`, `http://localhost:${port}`];
  else origins = [`http://${bare.includes(':') ? `[${bare}]` : bare}:${port}`];
  return origins.map(normalizeOrigin).filter((o): o is string => o !== undefined);
}

/**
 * Adds origins to an active key, keeping the ones it has (an operator may have bound it to more). Used for
 * the demo key at start; a revoked demo key stays revoked.
 */
export async function addKeyOrigins(db: Queryable, key: string, origins: readonly string[]): Promise<void> {
  await db.query(
    `update partner_keys set origins = origins || array(select o from unnest($2::text[]) as o where o <> all(origins))
     where key = $1 and revoked_at is null`,
    [key, origins],
  );
}
