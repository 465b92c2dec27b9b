import type { Migration } from './index.js';

// Material uploads: a file is stored before the application that cites it. The row binds the file to the
// publishable key that uploaded it and to the form material it was checked against; case_number stays null
// until a submission claims it, and unclaimed rows past expires_at are removed with their files.
export const uploads: Migration = {
  version: 3,
  name: 'uploads',
  statements: [
    `create table uploads (
       ref text primary key,
       partner_key text not null,
       form_id text not null,
       material_id text not null,
       matter_code text,
       name text not null,
       content_type text not null,
       size bigint not null,
       sha256 text not null,
       storage_key text not null,
       created_at timestamptz not null default now(),
       expires_at timestamptz not null,
       case_number text
     )`,
    // The daily quota sums a key's bytes since China midnight.
    'create index uploads_key_created_idx on uploads (partner_key, created_at)',
    'create index uploads_unclaimed_expiry_idx on uploads (expires_at) where case_number is null',
  ],
};
