import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { Db } from './types.js';

// Arbitrary constant: the advisory-lock id all replicas agree on for migrating.
const MIGRATION_LOCK_ID = 727_270_001;

/**
 * Applies pending migrations. Everything runs in one transaction that first takes a transaction-scoped
 * advisory lock, so two replicas starting together migrate once: the second waits, then sees the versions
 * the first recorded. Returns the versions applied now.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => Number(r.version)),
    );
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const sql of m.statements) await tx.query(sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
