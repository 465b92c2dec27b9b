import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MatterSchema, conditionOutcome, exampleMatter, materialApplies, materialsForAnswers, problemErrorsFromZod,
  type Material, type MaterialCondition, type Matter, type SituationQuestion,
} from '../src/index.js';

const clone = <T>(v: T): T => structuredClone(v);
const ids = (materials: readonly Material[]) => materials.map((m) => m.id);
const ALL = ids(exampleMatter.materials);
const without = (...drop: string[]) => ALL.filter((id) => !drop.includes(id));

/** `path code` of every issue of a failed parse. */
function problems(value: unknown): string[] {
  const r = MatterSchema.safeParse(value);
  assert.equal(r.success, false, 'expected the parse to fail');
  return problemErrorsFromZod(r.error!).map((e) => `${e.path} ${e.code}`).sort();
}

// A matter with three questions (one multiple-choice) for the combinations the example matter lacks.
const QUESTIONS: SituationQuestion[] = [
  { id: 'agent', text: '是否委托他人代为办理？', options: [{ id: 'self', label: '本人办理' }, { id: 'agent', label: '委托代理人办理' }] },
  { id: 'foreign', text: '企业是否为外商投资企业？', options: [{ id: 'no', label: '否' }, { id: 'yes', label: '是' }] },
  {
    id: 'rep', text: '法定代表人的身份是？', multiple: true,
    options: [{ id: 'mainland', label: '中国内地居民' }, { id: 'hmt', label: '港澳台居民' }, { id: 'foreign', label: '外籍人士' }],
  },
];

function matterWith(conditions: Record<string, MaterialCondition>): Matter {
  const m = clone(exampleMatter);
  m.situations = clone(QUESTIONS);
  m.materials = Object.entries(conditions).map(([id, condition], i) => ({ ...clone(exampleMatter.materials[0]!), id, order: i + 1, condition }));
  return MatterSchema.parse(m);
}

describe('situations: the example matter', () => {
  it('validates, and a new SDK reads the fields while a matter without them still parses', () => {
    const m = MatterSchema.parse(exampleMatter);
    assert.deepEqual(m.situations?.map((q) => q.id), ['agent', 'vending']);
    assert.deepEqual(m.materials.find((x) => x.id === 'power-of-attorney')?.condition, { questionId: 'agent', optionIds: ['agent'] });
    const old = clone(exampleMatter) as Partial<Matter>;
    delete old.situations;
    old.materials = old.materials!.map(({ condition: _condition, ...rest }) => rest);
    assert.equal(MatterSchema.safeParse(old).success, true);
  });
  it('lists every material before any answer', () => {
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, {})), ALL);
  });
  it('hides conditioned materials once a question is answered against them', () => {
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, { agent: ['self'] })), without('power-of-attorney'));
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, { agent: 'self', vending: 'no' })), without('power-of-attorney', 'vending-machine'));
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, { agent: ['agent'], vending: ['yes'] })), ALL);
  });
  it('an unanswered question, an empty answer, unknown questions and stale options leave materials listed', () => {
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, { vending: ['no'], agent: [] })), without('vending-machine'));
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, { agent: undefined, nope: ['x'] })), ALL);
    // An option the question no longer has reads as unanswered rather than as "none of these".
    assert.deepEqual(ids(materialsForAnswers(exampleMatter, { agent: ['retired-option'] })), ALL);
  });
  it('keeps the matter order and leaves the matter as it was', () => {
    const before = clone(exampleMatter);
    const listed = materialsForAnswers(exampleMatter, { agent: ['self'] });
    assert.deepEqual(listed.map((m) => m.order), [...listed.map((m) => m.order)].sort((a, b) => a - b));
    assert.deepEqual(exampleMatter, before);
  });
});

describe('situations: clause, all and any', () => {
  const m = matterWith({
    poa: { questionId: 'agent', optionIds: ['agent'] },
    approval: { all: [{ questionId: 'foreign', optionIds: ['yes'] }, { questionId: 'agent', optionIds: ['self'] }] },
    passport: { any: [{ questionId: 'rep', optionIds: ['foreign'] }, { questionId: 'foreign', optionIds: ['yes'] }] },
    'id-card': { questionId: 'rep', optionIds: ['mainland'] },
  });
  const listed = (answers: Record<string, string[]>) => ids(materialsForAnswers(m, answers));

  it('a multiple-choice answer matches when any picked option is listed', () => {
    assert.deepEqual(listed({ rep: ['mainland', 'foreign'] }), ['poa', 'approval', 'passport', 'id-card']);
    assert.deepEqual(listed({ rep: ['hmt'] }), ['poa', 'approval', 'passport']);
  });
  it('all: hidden as soon as one clause is false, listed while the rest is unanswered', () => {
    assert.deepEqual(listed({ foreign: ['no'] }).includes('approval'), false);
    assert.deepEqual(listed({ foreign: ['yes'] }).includes('approval'), true);
    assert.deepEqual(listed({ foreign: ['yes'], agent: ['agent'] }).includes('approval'), false);
  });
  it('any: listed as soon as one clause is true, hidden only when every clause is false', () => {
    assert.deepEqual(listed({ foreign: ['yes'], rep: ['mainland'] }).includes('passport'), true);
    assert.deepEqual(listed({ foreign: ['no'] }).includes('passport'), true, 'rep not answered yet');
    assert.deepEqual(listed({ foreign: ['no'], rep: ['mainland'] }).includes('passport'), false);
  });
  it('conditionOutcome is three-valued; materialApplies needs a definite false to hide', () => {
    const all: MaterialCondition = { all: [{ questionId: 'a', optionIds: ['x'] }, { questionId: 'b', optionIds: ['y'] }] };
    const any: MaterialCondition = { any: [{ questionId: 'a', optionIds: ['x'] }, { questionId: 'b', optionIds: ['y'] }] };
    assert.equal(conditionOutcome(all, {}), undefined);
    assert.equal(conditionOutcome(all, { a: 'x' }), undefined);
    assert.equal(conditionOutcome(all, { a: 'x', b: 'y' }), true);
    assert.equal(conditionOutcome(all, { a: 'z' }), false);
    assert.equal(conditionOutcome(any, { a: 'z' }), undefined);
    assert.equal(conditionOutcome(any, { a: 'z', b: ['q'] }), false);
    assert.equal(conditionOutcome(any, { b: ['q', 'y'] }), true);
    assert.equal(materialApplies({}, { a: 'z' }), true);
    assert.equal(materialApplies({ condition: all }, { a: 'z' }), false);
    assert.equal(materialApplies({ condition: any }, { a: 'z' }), true);
  });
});

describe('situations: integrity checks in MatterSchema', () => {
  it('duplicate question ids and duplicate option ids within a question', () => {
    const bad = clone(exampleMatter);
    bad.situations = [...clone(QUESTIONS), { ...clone(QUESTIONS[1]!), options: [{ id: 'no', label: '否' }, { id: 'no', label: '不是' }] }];
    bad.materials = bad.materials.map(({ condition: _c, ...rest }) => rest);
    assert.deepEqual(problems(bad), ['/situations/3/id duplicate_id', '/situations/3/options/1/id duplicate_id']);
  });
  it('the same option id in two questions is fine', () => {
    const ok = clone(exampleMatter);
    ok.situations = [...clone(QUESTIONS), clone(exampleMatter.situations![1]!)];
    assert.equal(MatterSchema.safeParse(ok).success, true, 'foreign, rep and vending reuse no, yes and foreign');
  });
  it('conditions must name an existing question and its options, at the clause that is wrong', () => {
    const bad = clone(exampleMatter);
    bad.materials[0]!.condition = { questionId: 'nope', optionIds: ['x'] };
    bad.materials[1]!.condition = { all: [{ questionId: 'agent', optionIds: ['self'] }, { questionId: 'vending', optionIds: ['yes', 'maybe'] }] };
    bad.materials[2]!.condition = { any: [{ questionId: 'ghost', optionIds: ['yes'] }] };
    assert.deepEqual(problems(bad), [
      '/materials/0/condition/questionId unknown_question',
      '/materials/1/condition/all/1/optionIds/1 unknown_option',
      '/materials/2/condition/any/0/questionId unknown_question',
    ]);
  });
  it('a condition on a matter without situations is an unknown question', () => {
    const bad = clone(exampleMatter);
    delete bad.situations;
    assert.deepEqual(problems(bad), ['/materials/5/condition/questionId unknown_question', '/materials/6/condition/questionId unknown_question']);
  });
  it('shape: 2 to 10 options, non-empty optionIds, and the integrity errors still show beside field errors', () => {
    const bad = clone(exampleMatter);
    bad.situations![1]!.options = [{ id: 'yes', label: '是' }];
    bad.materials[0]!.condition = { questionId: 'agent', optionIds: [] };
    bad.legalTimeLimit = { value: -1, unit: 'working_day' };
    assert.deepEqual(problems(bad), ['/legalTimeLimit/value too_small', '/materials/0/condition/optionIds too_small', '/situations/1/options too_small']);
  });
  it('the fields round-trip through JSON unchanged', () => {
    assert.deepEqual(MatterSchema.parse(JSON.parse(JSON.stringify(exampleMatter))), MatterSchema.parse(exampleMatter));
  });
});
