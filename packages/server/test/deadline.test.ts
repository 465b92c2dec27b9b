import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarCoverage } from '@zwfw/core';
import { caseDeadline, deadlineLimit } from '../src/domain/deadline.js';

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('caseDeadline', () => {
  it('projects the promised limit at submission, before 受理', () => {
    const d = caseDeadline({ limit: { value: 5, unit: 'working_day' }, acceptedAt: null, history: [{ toStatus: 'submitted', at: at('2024-09-27') }], countStartDay: false, now: at('2024-09-27') });
    assert.deepEqual(d, { limit: { value: 5, unit: 'working_day' }, dueDate: '2024-10-10', remainingWorkingDays: 5, paused: false, projected: true });
  });
  it('says when the due date runs into a year without a holiday notice', () => {
    const { lastYear } = calendarCoverage();
    const day = `${lastYear}-12-20`;
    const d = caseDeadline({ limit: { value: 20, unit: 'working_day' }, acceptedAt: at(day), history: [{ toStatus: 'accepted', at: at(day) }], countStartDay: false, now: at(day) });
    assert.equal(d?.estimated, true);
    const inside = caseDeadline({ limit: { value: 5, unit: 'working_day' }, acceptedAt: at(`${lastYear}-03-02`), history: [{ toStatus: 'accepted', at: at(`${lastYear}-03-02`) }], countStartDay: false, now: at(`${lastYear}-03-02`) });
    assert.equal(inside?.estimated, undefined);
  });
  it('month limits reach the calendar as months; hours are due the same day', () => {
    assert.deepEqual(deadlineLimit({ value: 2, unit: 'month' }), { value: 2, unit: 'month' });
    assert.deepEqual(deadlineLimit({ value: 4, unit: 'hour' }), { value: 0, unit: 'working_day' });
    const d = caseDeadline({ limit: { value: 1, unit: 'month' }, acceptedAt: at('2024-01-31'), history: [{ toStatus: 'accepted', at: at('2024-01-31') }], countStartDay: false, now: at('2024-01-31') });
    assert.equal(d?.dueDate, '2024-02-29');
  });
});
