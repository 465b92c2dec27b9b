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

/**
 * Where a key is used. `website`: a page a citizen uses alone (a district site, a bank's public site).
 * `counter`: a device at a counter or service window where staff assist (a bank branch's 帮办代办 desk, a hall's
 * rating device); its callers may claim the in-person channels a website cannot.
 */
export type KeyKind = 'website' | 'counter';
/** Every key kind. */
export const KEY_KINDS: readonly KeyKind[] = ['website', 'counter'];

/**
 * The demo partner (an illustrative bank, not a real one) and its counter key, seeded beside the demo key so
 * the bank flow can be tried on this machine: the key is bound to the demo origins only.
 */
export const DEMO_PARTNER: Partner = {
  id: 'demo-bank',
  name: '示例银行（演示数据）',
  branches: [
    { id: 'demo-bank-001', name: '示例银行城东支行（演示）', address: '示例市城东区示例路1号（演示地址）' },
    { id: 'demo-bank-002', name: '示例银行城西支行（演示）', address: '示例市城西区示例街2号（演示地址）' },
  ],
};
/** The demo partner's counter key (public by design, like every publishable key; local origins only). */
export const DEMO_COUNTER_KEY = 'pk_demo_zwfw_bank_counter_000000000000';

/** A partner's publishable key. */
export interface PartnerKey {
  key: string;
  name: string;
  origins: string[];
  kind: KeyKind;
  /** The partner (bank, 帮办代办 organisation) the key belongs to; absent for a plain district website key. */
  partnerId?: string;
}

/** A branch of a partner: a service point, and a licence pick-up point (delivery option `bank_branch`). */
export interface PartnerBranch {
  id: string;
  name: string;
  address?: string;
}

/** A partner organisation (a bank running 帮办代办 at its branches). */
export interface Partner {
  id: string;
  name: string;
  branches: PartnerBranch[];
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
  input: { name: string; origins: readonly string[]; key?: string; ifAbsent?: boolean; kind?: KeyKind; partnerId?: string },
): Promise<PartnerKey> {
  const origins = input.origins.map((o) => {
    const n = normalizeOrigin(o);
    if (n === undefined) throw new Error(`Not an origin: ${o} (expected scheme://host[:port])`);
    return n;
  });
  if (origins.length === 0) throw new Error('A key needs at least one origin');
  const kind = input.kind ?? 'website';
  if (!KEY_KINDS.includes(kind)) throw new Error(`Not a key kind: ${String(kind)} (expected ${KEY_KINDS.join(' or ')})`);
  if (input.partnerId !== undefined && (await findPartner(db, input.partnerId)) === undefined) {
    throw new Error(`No partner ${input.partnerId}: create it first (zwfw partners create)`);
  }
  const key = input.key ?? generatePublishableKey();
  await db.query(
    input.ifAbsent
      ? 'insert into partner_keys (key, name, origins, kind, partner_id) values ($1, $2, $3, $4, $5) on conflict (key) do nothing'
      : `insert into partner_keys (key, name, origins, kind, partner_id) values ($1, $2, $3, $4, $5)
         on conflict (key) do update set name = excluded.name, origins = excluded.origins, kind = excluded.kind,
           partner_id = excluded.partner_id, revoked_at = null`,
    [key, input.name, origins, kind, input.partnerId ?? null],
  );
  return { key, name: input.name, origins, kind, ...(input.partnerId !== undefined ? { partnerId: input.partnerId } : {}) };
}

/** Stores (or updates) a partner and its branches. */
export async function createPartner(db: Queryable, partner: Partner): Promise<Partner> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(partner.id)) throw new Error(`Not a partner id: ${partner.id} (letters, digits, _ . : -)`);
  await db.query(
    `insert into partners (id, name, branches) values ($1, $2, $3::jsonb)
     on conflict (id) do update set name = excluded.name, branches = excluded.branches`,
    [partner.id, partner.name, JSON.stringify(partner.branches)],
  );
  return partner;
}

/** A partner by id, or undefined. */
export async function findPartner(db: Queryable, id: string): Promise<Partner | undefined> {
  const rows = await db.query<Partner>('select id, name, branches from partners where id = $1', [id]);
  return rows[0];
}

/** The active key, or undefined. */
export async function findPartnerKey(db: Queryable, key: string): Promise<PartnerKey | undefined> {
  const rows = await db.query<{ key: string; name: string; origins: string[]; kind: KeyKind; partner_id: string | null }>(
    'select key, name, origins, kind, partner_id from partner_keys where key = $1 and revoked_at is null',
    [key],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return {
    key: row.key, name: row.name, origins: row.origins, kind: row.kind,
    ...(row.partner_id !== null ? { partnerId: row.partner_id } : {}),
  };
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
