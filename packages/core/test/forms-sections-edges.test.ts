// Edges of section progress (forms/sections.ts): what counts as an answer to a required field. A ticked box
// answers a required checkbox and an unticked one does not; `false` in any other kind (a yes/no radio) is an
// answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormSpecSchema, sectionStates } from '../src/index.js';

const spec = FormSpecSchema.parse({
  id: 'f', version: '1', title: 't', matterCode: 'm1', materials: [],
  sections: [{ id: 's', title: 's', fields: [
    { id: 'undertaking', label: '承诺', kind: 'checkbox', required: true },
    { id: 'hasBranch', label: '是否设分支机构', kind: 'radio', required: true, options: [{ value: 'true', label: '是' }, { value: 'false', label: '否' }] },
  ] }],
});
const progress = (values: unknown) => {
  const [s] = sectionStates(spec, values, []);
  return `${s!.state} ${s!.filledCount}/${s!.requiredCount}`;
};

describe('sectionStates: answers to required fields', () => {
  it('a ticked box is an answer', () => {
    assert.equal(progress({ undertaking: true }), 'in_progress 1/2');
  });

  it('an unticked box is no answer', () => {
    assert.equal(progress({ undertaking: false }), 'not_started 0/2');
  });

  it('false in a field that is not a checkbox is an answer', () => {
    assert.equal(progress({ hasBranch: false }), 'in_progress 1/2');
    assert.equal(progress({ undertaking: false, hasBranch: false }), 'in_progress 1/2');
  });

  it('done once the box is ticked and the radio answered, even with false', () => {
    assert.equal(progress({ undertaking: true, hasBranch: false }), 'done 2/2');
  });
});
