import type { Migration } from './index.js';

// Real applications: a bundle (一件事) is one parent case with one case per step, each in its department
// (一窗受理, 并联审批); 容缺 materials are owed per case with a due date set at 受理, until supplied; a case
// remembers the partner whose counter submitted it, so that partner (and only it) can list it.
export const cases: Migration = {
  version: 5,
  name: 'cases',
  statements: [
    'alter table applications add column parent_case_number text references applications (case_number)',
    'alter table applications add column step_order integer',
    'alter table applications add column parallel_group text',
    'alter table applications add column step_optional boolean not null default false',
    'alter table applications add column partner_id text references partners (id)',
    'alter table applications add column delivery jsonb',
    'create index applications_parent_idx on applications (parent_case_number)',
    'create index applications_partner_idx on applications (partner_id, submitted_at desc, case_number desc)',
    `create table owed_materials (
       case_number text not null references applications (case_number),
       material_id text not null,
       name text not null,
       within_working_days integer not null,
       due_date text,
       supplied_at timestamptz,
       supplied_by text,
       file_refs jsonb not null default '[]'::jsonb,
       primary key (case_number, material_id)
     )`,
  ],
};
