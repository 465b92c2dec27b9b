import type { Migration } from './index.js';

// Rate-limit counters: one row per bucket whose window moves forward in place (upsert), instead of one row per
// bucket and window, and an expiry the housekeeping timer deletes by. 50,000 look-ups left 56,860 rows that
// only a 0.2%-chance clean-up removed. The old counters are dropped: at worst a client gets one fresh window.
export const rateLimitWindows: Migration = {
  version: 7,
  name: 'rate-limit-windows',
  statements: [
    'drop table rate_limits',
    `create table rate_limits (
       bucket text primary key,
       window_start timestamptz not null,
       hits integer not null,
       expires_at timestamptz not null
     )`,
    'create index rate_limits_expires_idx on rate_limits (expires_at)',
  ],
};
