import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyDerived, fieldOfPointer, sectionOfField, sectionStates, validateFormValues, valuePointer, type FormIssue } from '../src/index.js';
import { engineSpec, TODAY, validValues } from './form-engine-fixture.js';

const states = (values: unknown, issues: readonly FormIssue[] = []) =>
  Object.fromEntries(sectionStates(engineSpec, values, issues).map((s) => [s.id, `${s.state} ${s.filledCount}/${s.requiredCount}`]));

describe('sectionStates', () => {
  it('not_started, in_progress, done and has_errors', () => {
    assert.deepEqual(states({}), {
      applicant: 'not_started 0/3', company: 'not_started 0/1', shareholders: 'not_started 0/1', agent: 'done 0/0',
    });
    const partial = { applicant: { name: '张三' }, company: { registeredCapital: 100 } };
    assert.deepEqual(states(partial), {
      applicant: 'in_progress 1/3', company: 'done 1/1', shareholders: 'not_started 0/1', agent: 'done 0/0',
    });
    const values: any = applyDerived(engineSpec, validValues(), { today: TODAY });
    values.company.registeredCapital = 120;
    values.byAgent = true;
    const issues = validateFormValues(engineSpec, values, { today: TODAY });
    assert.deepEqual(states(values, issues), {
      applicant: 'done 3/3', company: 'done 1/1', shareholders: 'has_errors 1/1', agent: 'has_errors 0/2',
    });
  });

  it('an issue inside a repeat item marks its section; an issue of a hidden field does not', () => {
    const issue = (path: string): FormIssue => ({ path, code: 'x', message: { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' } });
    assert.equal(sectionStates(engineSpec, validValues(), [issue('/values/shareholders/1/name')])[2]!.state, 'has_errors');
    assert.equal(sectionStates(engineSpec, validValues(), [issue('/values/agent/name')])[3]!.state, 'done');
    assert.equal(sectionStates(engineSpec, validValues(), [issue('/x/applicant/name')], { prefix: '/x' })[0]!.state, 'has_errors');
  });

  it('odd shapes never throw', () => {
    for (const v of [null, 1, 'x', [], { applicant: 'x', shareholders: {} }]) {
      assert.equal(sectionStates(engineSpec, v, []).length, 4);
    }
    for (const p of ['/values/', '/values//', '/values/~', '/values/shareholders/-1', '/applicant', 5 as unknown as string]) {
      assert.doesNotThrow(() => fieldOfPointer(engineSpec, p));
    }
  });

  it('sectionOfField finds a field by its path, an item path or an item value path', () => {
    assert.equal(sectionOfField(engineSpec, 'company.subscribedTotal'), 'shareholders');
    assert.equal(sectionOfField(engineSpec, 'shareholders[].name'), 'shareholders');
    assert.equal(sectionOfField(engineSpec, 'shareholders.0.name'), 'shareholders');
    assert.equal(sectionOfField(engineSpec, 'nothing.here'), undefined);
  });
});

describe('fieldOfPointer', () => {
  it('inverts valuePointer for fields and repeat items', () => {
    assert.deepEqual(fieldOfPointer(engineSpec, '/values/applicant/idNumber'), { path: 'applicant.idNumber', sectionId: 'applicant' });
    assert.deepEqual(fieldOfPointer(engineSpec, '/values/shareholders/0/idNumber'), { path: 'shareholders', sectionId: 'shareholders', index: 0, itemId: 'idNumber' });
    assert.deepEqual(fieldOfPointer(engineSpec, '/values/shareholders/3'), { path: 'shareholders', sectionId: 'shareholders', index: 3 });
    assert.deepEqual(fieldOfPointer(engineSpec, valuePointer('company.address.regionCode', '/v'), '/v'), { path: 'company.address.regionCode', sectionId: 'company' });
  });

  it('undefined for what is no field', () => {
    for (const p of ['/values/agent', '/values/shareholders/x/name', '/values/shareholders/01/name', '/values/shareholders/0/nope', '/materials/0', '', '/values/applicant/idNumber/x']) {
      assert.equal(fieldOfPointer(engineSpec, p), undefined, p);
    }
  });

  it('maps a submission applicant pointer back to the value field it was built from', () => {
    assert.deepEqual(fieldOfPointer(engineSpec, '/applicant/idNumber'), { path: 'applicant.idNumber', sectionId: 'applicant' });
    assert.deepEqual(fieldOfPointer(engineSpec, '/applicant/mobile', '/values', validValues()), { path: 'applicant.mobile', sectionId: 'applicant' });
    assert.equal(fieldOfPointer(engineSpec, '/applicant/type'), undefined);
  });
});
