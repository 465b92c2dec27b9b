import type { Migration } from './index.js';

// Partners (banks and other 帮办代办 organisations) own their keys: an agent's partner is the key's, never
// a free text a caller may claim. A key's kind says where it is used: `website` (a district or bank page a
// citizen uses alone) or `counter` (a device at a counter or window where staff assist), which decides the
// channels its callers may claim.
export const partners: Migration = {
  version: 2,
  name: 'partners',
  statements: [
    `create table partners (
       id text primary key,
       name text not null,
       branches jsonb not null default '[]'::jsonb,
       created_at timestamptz not null default now()
     )`,
    'alter table partner_keys add column partner_id text references partners (id)',
    `alter table partner_keys add column kind text not null default 'website'`,
    'create index partner_keys_partner_idx on partner_keys (partner_id)',
  ],
};
