import type { Migration } from './index.js';

// 好差评 beyond the rating: the department answerable for a rating is fixed when it is made (the public
// summary groups by it, and a case's department may be refined later); every 差评 opens one 整改 record,
// keyed by its rating so a second one cannot exist, closed by the back office and followed by a 回访.
// Due dates are China calendar dates kept as 'YYYY-MM-DD' text: they compare as text, and no driver turns
// them into a local-time Date.
export const evaluationFollowup: Migration = {
  version: 4,
  name: 'evaluation-followup',
  statements: [
    'alter table evaluations add column department text',
    // Ratings made before this migration: the case's department, or the 综合窗口 that serves bundles.
    `update evaluations e set department = coalesce(a.department, '综合窗口')
     from applications a where a.case_number = e.case_number`,
    'create index evaluations_department_idx on evaluations (department, created_at)',
    `create table rectifications (
       evaluation_id bigint primary key references evaluations (id),
       department text not null,
       due_date text not null,
       opened_at timestamptz not null,
       done_at timestamptz,
       measures text,
       handler text,
       on_time boolean,
       visit_at timestamptz,
       visit_satisfaction integer,
       visit_note text,
       visit_handler text
     )`,
  ],
};
