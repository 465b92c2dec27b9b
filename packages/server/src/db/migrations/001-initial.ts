import type { Migration } from './index.js';

// The first schema. Catalogue tables keep the validated document as JSONB (the API serves it as is) plus
// the columns the list filters and cursors need, indexed. Case tables hold everything the API promises to
// remember (idempotency, rate limits) so several replicas can share one database.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  statements: [
    `create table matters (
       code text primary key,
       task_code text not null,
       name text not null,
       department text not null,
       agency_code text not null,
       region_code text,
       type text not null,
       state text not null,
       level text[] not null,
       audience text[] not null,
       themes text[] not null,
       is_online boolean not null,
       on_site_visits integer not null,
       handle_area text,
       form_id text,
       doc jsonb not null,
       summary jsonb not null,
       updated_at timestamptz not null default now()
     )`,
    'create index matters_agency_idx on matters (agency_code)',
    'create index matters_type_idx on matters (type)',
    'create index matters_audience_idx on matters using gin (audience)',
    'create index matters_level_idx on matters using gin (level)',
    'create index matters_themes_idx on matters using gin (themes)',
    `create table forms (
       id text primary key,
       version text not null,
       matter_code text,
       bundle_id text,
       doc jsonb not null
     )`,
    'create index forms_matter_idx on forms (matter_code)',
    `create table bundles (
       id text primary key,
       name text not null,
       audience text[] not null,
       doc jsonb not null
     )`,
    `create table regions (
       code text primary key,
       parent_code text,
       doc jsonb not null
     )`,
    `create table evaluation_reason_lists (
       version text primary key,
       doc jsonb not null,
       is_current boolean not null default false,
       created_at timestamptz not null default now()
     )`,
    // At most one current list.
    'create unique index evaluation_reason_lists_current_idx on evaluation_reason_lists (is_current) where is_current',
    `create table catalogue_meta (
       key text primary key,
       value text not null
     )`,
    `create table case_serials (
       task_code text not null,
       day text not null,
       last_serial integer not null,
       primary key (task_code, day)
     )`,
    `create table applications (
       case_number text primary key,
       task_code text not null,
       matter_code text,
       bundle_id text,
       name text not null,
       department text,
       status text not null,
       channel text not null,
       tolerance boolean not null,
       verifier_tail text not null,
       token_hash text not null,
       input jsonb not null,
       time_limit jsonb not null,
       submitted_at timestamptz not null,
       accepted_at timestamptz,
       concluded_at timestamptz,
       partner_key text,
       updated_at timestamptz not null default now()
     )`,
    `create table progress_events (
       id bigserial primary key,
       case_number text not null references applications (case_number),
       action text not null,
       from_status text,
       to_status text not null,
       at timestamptz not null,
       detail jsonb not null
     )`,
    'create index progress_events_case_idx on progress_events (case_number, id)',
    `create table idempotency_keys (
       scope text not null,
       key text not null,
       request_hash text not null,
       status_code integer,
       response jsonb,
       created_at timestamptz not null default now(),
       primary key (scope, key)
     )`,
    `create table evaluations (
       id bigserial primary key,
       case_number text not null references applications (case_number),
       stage text not null,
       level integer not null,
       doc jsonb not null,
       created_at timestamptz not null default now(),
       unique (case_number, stage)
     )`,
    `create table partner_keys (
       key text primary key,
       name text not null,
       origins text[] not null,
       created_at timestamptz not null default now(),
       revoked_at timestamptz
     )`,
    `create table rate_limits (
       bucket text not null,
       window_start timestamptz not null,
       hits integer not null,
       primary key (bucket, window_start)
     )`,
  ],
};
