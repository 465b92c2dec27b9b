import type { FormField, FormSpec } from '../schemas/form-spec.js';
import { fieldState } from './rules.js';
import type { FormIssue } from './validate.js';
import { getValueAt, isEmptyValue, valuePointer } from './values.js';

/** Where the applicant stands in one section (the element's step list). */
export type SectionState = 'not_started' | 'in_progress' | 'done' | 'has_errors';

/** One section's progress. */
export interface SectionProgress {
  readonly id: string;
  readonly state: SectionState;
  /** Visible required fields. */
  readonly requiredCount: number;
  /** Visible required fields holding a value. */
  readonly filledCount: number;
}

/**
 * Each section's state: has_errors when an issue lies inside one of its visible fields; done when every
 * visible required field holds a value (a section asking nothing required is done); not_started when no
 * visible field holds a value (prefilled values count); else in_progress.
 */
export function sectionStates(spec: FormSpec, values: unknown, issues: readonly FormIssue[], options: { prefix?: string } = {}): SectionProgress[] {
  const prefix = options.prefix ?? '/values';
  return spec.sections.map((section) => {
    const states = section.fields.map((f) => ({ f, state: fieldState(f, values) }));
    const visible = states.filter((x) => x.state.visible).map((x) => x.f);
    const required = states.filter((x) => x.state.required).map((x) => x.f);
    const filledCount = required.filter((f) => holdsValue(f, values)).length;
    const pointers = visible.map((f) => valuePointer(f.id, prefix));
    const hasErrors = issues.some((i) => pointers.some((p) => i.path === p || i.path.startsWith(`${p}/`)));
    const state: SectionState = hasErrors ? 'has_errors'
      : filledCount === required.length ? 'done'
        : visible.some((f) => holdsValue(f, values)) ? 'in_progress' : 'not_started';
    return { id: section.id, state, requiredCount: required.length, filledCount };
  });
}

// An unchecked box is no answer to a required checkbox (an undertaking must be ticked).
function holdsValue(field: FormField, values: unknown): boolean {
  const value = getValueAt(values, field.id);
  return !isEmptyValue(value) && !(field.kind === 'checkbox' && value === false);
}

/** The section holding a field, by its path (`company.name`, `shareholders[].name` or `shareholders.0.name`). */
export function sectionOfField(spec: FormSpec, path: string): string | undefined {
  const bare = path.replace(/\[\]/g, '');
  return spec.sections.find((s) => s.fields.some((f) => bare === f.id || bare.startsWith(`${f.id}.`)))?.id;
}
