import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarCoverage } from '@zwfw/core';
import { caseDeadline, countedLimit, pausesFrom, type StatusChange } from '../src/domain/deadline.js';

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
  it('month limits reach the calendar as months; hours and fractional working days count working minutes', () => {
    assert.deepEqual(countedLimit({ value: 2, unit: 'month' }), { kind: 'days', limit: { value: 2, unit: 'month' } });
    assert.deepEqual(countedLimit({ value: 1.5, unit: 'calendar_day' }), { kind: 'days', limit: { value: 2, unit: 'calendar_day' } });
    assert.deepEqual(countedLimit({ value: 4, unit: 'hour' }), { kind: 'time', minutes: 240 });
    assert.deepEqual(countedLimit({ value: 0.5, unit: 'working_day' }), { kind: 'time', minutes: 210 });
    assert.deepEqual(countedLimit({ value: 0.5, unit: 'working_day' }, { periods: [{ start: '08:30', end: '16:00' }] }), { kind: 'time', minutes: 225 });
    const d = caseDeadline({ limit: { value: 1, unit: 'month' }, acceptedAt: at('2024-01-31'), history: [{ toStatus: 'accepted', at: at('2024-01-31') }], countStartDay: false, now: at('2024-01-31') });
    assert.equal(d?.dueDate, '2024-02-29');
  });
});

describe('caseDeadline in working time', () => {
  const t = (dateTime: string) => new Date(`${dateTime}:00+08:00`);
  const hours4 = { value: 4, unit: 'hour' } as const;
  const accepted = (dateTime: string): StatusChange[] => [{ toStatus: 'submitted', at: t(dateTime) }, { toStatus: 'accepted', at: t(dateTime) }];

  it('an hour limit accepted on Friday 16:00 before 清明 is due the next working morning', () => {
    const d = caseDeadline({ limit: hours4, acceptedAt: t('2026-04-03T16:00'), history: accepted('2026-04-03T16:00'), countStartDay: false, now: t('2026-04-07T10:00') });
    assert.deepEqual(d, {
      limit: hours4, dueDate: '2026-04-07', dueAt: '2026-04-07T11:30:00+08:00', remainingWorkingDays: 0, remainingWorkingMinutes: 90,
      paused: false, pausedWorkingDays: 0,
    });
  });
  it('is projected from now before 受理', () => {
    const d = caseDeadline({ limit: hours4, acceptedAt: null, history: [{ toStatus: 'submitted', at: t('2026-04-08T10:00') }], countStartDay: false, now: t('2026-04-08T10:00') });
    assert.deepEqual(d, {
      limit: hours4, dueDate: '2026-04-08', dueAt: '2026-04-08T15:30:00+08:00', remainingWorkingDays: 0, remainingWorkingMinutes: 240, paused: false, projected: true,
    });
  });
  const special = (countsTowardLimit: boolean): StatusChange[] => [
    ...accepted('2026-04-08T09:00'),
    { toStatus: 'special_procedure', at: t('2026-04-08T14:00'), countsTowardLimit },
    { toStatus: 'processing', at: t('2026-04-08T15:00') },
  ];
  it('a special procedure that does not count pauses the clock from the instant it starts to the instant it ends', () => {
    const d = caseDeadline({ limit: hours4, acceptedAt: t('2026-04-08T09:00'), history: special(false), countStartDay: false, now: t('2026-04-08T15:10') });
    assert.equal(d?.dueAt, '2026-04-08T15:30:00+08:00');
    assert.equal(d?.remainingWorkingMinutes, 20);
    const running = caseDeadline({ limit: hours4, acceptedAt: t('2026-04-08T09:00'), history: special(false).slice(0, 3), countStartDay: false, now: t('2026-04-08T14:20') });
    assert.equal(running?.paused, true);
    assert.equal(running?.remainingWorkingMinutes, 30, 'frozen at the 30 minutes left when it started');
  });
  it('a special procedure counted toward the limit leaves the clock running', () => {
    const d = caseDeadline({ limit: hours4, acceptedAt: t('2026-04-08T09:00'), history: special(true), countStartDay: false, now: t('2026-04-08T15:10') });
    assert.equal(d?.dueAt, '2026-04-08T14:30:00+08:00');
    assert.equal(d?.remainingWorkingMinutes, -40);
    const running = caseDeadline({ limit: hours4, acceptedAt: t('2026-04-08T09:00'), history: special(true).slice(0, 3), countStartDay: false, now: t('2026-04-08T14:20') });
    assert.equal(running?.paused, false);
  });
  it('day pauses skip a counted special procedure too', () => {
    const history = (countsTowardLimit: boolean): StatusChange[] => [
      { toStatus: 'accepted', at: at('2026-04-08') },
      { toStatus: 'special_procedure', at: at('2026-04-09'), countsTowardLimit },
      { toStatus: 'processing', at: at('2026-04-13') },
    ];
    assert.deepEqual(pausesFrom(history(false)), [{ from: '2026-04-09', to: '2026-04-12' }]);
    assert.deepEqual(pausesFrom(history(true)), []);
  });
});
