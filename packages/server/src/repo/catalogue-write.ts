import { randomUUID } from 'node:crypto';
import {
  BundleSchema, EvaluationReasonListSchema, FormSpecSchema, LocalizedLabelSchema, MatterSchema, RegionSchema,
  toMatterSummary, type Bundle, type EvaluationReasonList, type FormSpec, type LocalizedLabel, type Matter, type Region,
} from '@zwfw/core';
import { catalogueWritten } from '../catalogue-cache/signal.js';
import type { Db, Queryable } from '../db/types.js';

/** A catalogue to load: what the sample generator yields and what the importer produces. */
export interface CatalogueData {
  matters: readonly Matter[];
  bundles?: readonly Bundle[];
  forms?: readonly FormSpec[];
  regions?: readonly Region[];
  evaluationReasons?: EvaluationReasonList;
  /**
   * What the data is, for API consumers (e.g. that it is illustrative); replaces the stored notice when
   * given, keeps it otherwise (an import adds matters to what is there, notice and all).
   */
  notice?: LocalizedLabel;
}

/** Counts of rows written. */
export interface CatalogueWriteResult {
  matters: number;
  bundles: number;
  forms: number;
  regions: number;
  reasonListVersion: string | undefined;
}

/**
 * Upserts a catalogue in one transaction (the importer and the seed both call this). Every document is
 * parsed with its core schema first: the API serves stored documents as they are, so only valid ones may
 * enter (the catalogue cache serves them without validating each response again). Bumps the catalogue
 * version, which the catalogue cache and the search index key on.
 */
export async function saveCatalogue(db: Db, data: CatalogueData): Promise<CatalogueWriteResult> {
  const matters = data.matters.map((m) => MatterSchema.parse(m));
  const bundles = (data.bundles ?? []).map((b) => BundleSchema.parse(b));
  const forms = (data.forms ?? []).map((f) => FormSpecSchema.parse(f));
  const regions = (data.regions ?? []).map((r) => RegionSchema.parse(r));
  const reasons = data.evaluationReasons === undefined ? undefined : EvaluationReasonListSchema.parse(data.evaluationReasons);
  const notice = data.notice === undefined ? undefined : LocalizedLabelSchema.parse(data.notice);
  await writeCatalogue(db, async (tx) => {
    for (const m of matters) await upsertMatter(tx, m);
    for (const b of bundles) {
      await tx.query(
        `insert into bundles (id, name, audience, doc) values ($1, $2, $3, $4::jsonb)
         on conflict (id) do update set name = excluded.name, audience = excluded.audience, doc = excluded.doc`,
        [b.id, b.name, b.audience, JSON.stringify(b)],
      );
    }
    for (const f of forms) {
      await tx.query(
        `insert into forms (id, version, matter_code, bundle_id, doc) values ($1, $2, $3, $4, $5::jsonb)
         on conflict (id) do update set version = excluded.version, matter_code = excluded.matter_code,
           bundle_id = excluded.bundle_id, doc = excluded.doc`,
        [f.id, f.version, f.matterCode ?? null, f.bundleId ?? null, JSON.stringify(f)],
      );
    }
    for (const r of regions) {
      await tx.query(
        `insert into regions (code, parent_code, doc) values ($1, $2, $3::jsonb)
         on conflict (code) do update set parent_code = excluded.parent_code, doc = excluded.doc`,
        [r.code, r.parentCode, JSON.stringify(r)],
      );
    }
    if (reasons !== undefined) await saveReasonList(tx, reasons);
    if (notice !== undefined) {
      await tx.query(
        `insert into catalogue_meta (key, value) values ('notice', $1)
         on conflict (key) do update set value = excluded.value`,
        [JSON.stringify(notice)],
      );
    }
  });
  return {
    matters: matters.length,
    bundles: bundles.length,
    forms: forms.length,
    regions: regions.length,
    reasonListVersion: reasons?.version,
  };
}

async function upsertMatter(tx: Queryable, m: Matter): Promise<void> {
  const summary = toMatterSummary(m);
  await tx.query(
    `insert into matters (code, task_code, name, department, agency_code, region_code, type, state, level,
       audience, themes, is_online, on_site_visits, handle_area, form_id, doc, summary, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17::jsonb, now())
     on conflict (code) do update set task_code = excluded.task_code, name = excluded.name,
       department = excluded.department, agency_code = excluded.agency_code, region_code = excluded.region_code,
       type = excluded.type, state = excluded.state, level = excluded.level, audience = excluded.audience,
       themes = excluded.themes, is_online = excluded.is_online, on_site_visits = excluded.on_site_visits,
       handle_area = excluded.handle_area, form_id = excluded.form_id, doc = excluded.doc,
       summary = excluded.summary, updated_at = now()`,
    [
      m.code, m.taskCode, m.name, m.agency.name, m.agency.code, m.regionCode ?? null, m.type, m.state, m.level,
      m.audience, [...m.themes.person, ...m.themes.enterprise], m.online.isOnline, m.onSiteVisits,
      m.handleArea ?? null, m.formId ?? null, JSON.stringify(m), JSON.stringify(summary),
    ],
  );
}

/** Stores a reason list version and makes it the current one (older versions stay for old evaluations). */
export async function saveReasonList(tx: Queryable, list: EvaluationReasonList): Promise<void> {
  await tx.query('update evaluation_reason_lists set is_current = false where is_current and version <> $1', [list.version]);
  await tx.query(
    `insert into evaluation_reason_lists (version, doc, is_current) values ($1, $2::jsonb, true)
     on conflict (version) do update set doc = excluded.doc, is_current = true`,
    [list.version, JSON.stringify(list)],
  );
}

/** Channel of the NOTIFY every catalogue write sends (payload: the new version) to every replica. */
export const CATALOGUE_CHANNEL = 'zwfw_catalogue';

/**
 * Marks the catalogue as changed: a new version, unique per write, and a NOTIFY that PostgreSQL delivers to
 * every listening replica when the transaction commits (never if it rolls back).
 */
export async function bumpCatalogueVersion(tx: Queryable): Promise<string> {
  const version = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  await tx.query(
    `insert into catalogue_meta (key, value) values ('version', $1)
     on conflict (key) do update set value = excluded.value`,
    [version],
  );
  await tx.query('select pg_notify($1, $2)', [CATALOGUE_CHANNEL, version]);
  return version;
}

/**
 * Every catalogue write goes through here: `fn` and the version bump in one transaction, then this
 * process's caches are told at once (other replicas hear the NOTIFY).
 */
export async function writeCatalogue<T>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const { result, version } = await db.transaction(async (tx) => ({ result: await fn(tx), version: await bumpCatalogueVersion(tx) }));
  catalogueWritten(db, version);
  return result;
}

/** Current catalogue version ('empty' before any seed). */
export async function catalogueVersion(db: Queryable): Promise<string> {
  const rows = await db.query<{ value: string }>("select value from catalogue_meta where key = 'version'");
  return rows[0]?.value ?? 'empty';
}

/** The stored notice of the catalogue (see CatalogueData.notice), or undefined for data with none. */
export async function catalogueNotice(db: Queryable): Promise<LocalizedLabel | undefined> {
  const rows = await db.query<{ value: string }>("select value from catalogue_meta where key = 'notice'");
  const value = rows[0]?.value;
  if (value === undefined) return undefined;
  const parsed = LocalizedLabelSchema.safeParse(JSON.parse(value));
  return parsed.success ? parsed.data : undefined;
}
