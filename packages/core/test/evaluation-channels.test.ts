// Which channels a rating's recorder may claim, and the back-office input beside the citizen's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EVALUATION_CHANNEL_LABELS, ONLINE_EVALUATION_CHANNELS, RecordedEvaluationInputSchema, RectificationActionInputSchema,
  evaluationChannelsFor, exampleEvaluationInput,
} from '../src/schemas/index.js';

describe('evaluationChannelsFor', () => {
  it('website: online only; counter: online plus the hall devices; back office: hotline, SMS and paper', () => {
    assert.deepEqual([...evaluationChannelsFor('website')], [...ONLINE_EVALUATION_CHANNELS]);
    assert.deepEqual([...evaluationChannelsFor('counter')], [...ONLINE_EVALUATION_CHANNELS, 'window_device', 'terminal']);
    assert.deepEqual([...evaluationChannelsFor('back_office')], ['hotline', 'sms', 'paper']);
  });
  it('every channel has a recorder, and partner keys never reach the back office\'s channels', () => {
    const all = new Set([...evaluationChannelsFor('counter'), ...evaluationChannelsFor('back_office')]);
    assert.deepEqual([...all].sort(), Object.keys(EVALUATION_CHANNEL_LABELS).sort());
    assert.ok(evaluationChannelsFor('counter').every((c) => !evaluationChannelsFor('back_office').includes(c)));
  });
});

describe('back-office schemas', () => {
  it('a recorded rating is the citizen\'s input plus an optional time, with the same 差评 rule', () => {
    assert.ok(RecordedEvaluationInputSchema.safeParse({ ...exampleEvaluationInput, at: '2026-09-30T10:00:00+08:00' }).success);
    const noReason = RecordedEvaluationInputSchema.safeParse({ ...exampleEvaluationInput, level: 1, reasons: [] });
    assert.deepEqual(noReason.error?.issues.map((i) => i.path.join('/')), ['reasons']);
    assert.equal(RecordedEvaluationInputSchema.safeParse({ ...exampleEvaluationInput, at: 'yesterday' }).success, false);
  });
  it('a rectification step is complete (with measures) or return_visit (with a satisfaction level)', () => {
    assert.ok(RectificationActionInputSchema.safeParse({ action: 'complete', measures: '优化流程' }).success);
    assert.ok(RectificationActionInputSchema.safeParse({ action: 'return_visit', satisfaction: 3 }).success);
    assert.equal(RectificationActionInputSchema.safeParse({ action: 'complete', measures: '  ' }).success, false);
    assert.equal(RectificationActionInputSchema.safeParse({ action: 'return_visit', satisfaction: 6 }).success, false);
    assert.equal(RectificationActionInputSchema.safeParse({ action: 'complete', measures: 'x', satisfaction: 3 }).success, false);
  });
});
