import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AUDIENCE_CODES, AUDIENCE_LABELS, CASE_ACTIONS, CASE_ACTION_FROM, CASE_STATUSES, CASE_STATUS_INFO,
  CLOCK_PAUSING_STATUSES, CODE_LISTS, CODE_LIST_VARIANTS, EVALUATION_LEVELS, EVALUATION_LEVEL_INFO,
  MATERIAL_NECESSITY_CODES, MATERIAL_SOURCE_CODES, MATTER_TYPE_CODES, MATTER_TYPE_LABELS, RESULT_TYPE_CODES,
  TERMINAL_CASE_STATUSES, TIME_UNIT_CODES, USE_LEVEL_CODES, MatterTypeSchema, fromProvinceCode, fromProvinceCodes,
  BLZT_CODES, blztOfCaseStatus, caseStatusFromBlzt, isNegativeLevel, labelOf, nextCaseStatus, toProvinceCode, type CaseStatus, type CodeList,
} from '../src/schemas/index.js';

describe('province code lists', () => {
  it('matter type: national 10 / 20 vs Guangdong 20 / 21, both ways', () => {
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, '10', 'national'), { ok: true, value: 'other_power' });
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, '20', 'national'), { ok: true, value: 'public_service' });
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, '20', 'guangdong'), { ok: true, value: 'other_power' });
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, '21', 'guangdong'), { ok: true, value: 'public_service' });
    assert.deepEqual(toProvinceCode(MATTER_TYPE_CODES, 'public_service', 'guangdong'), { ok: true, code: '21' });
    assert.deepEqual(toProvinceCode(MATTER_TYPE_CODES, 'license', 'national'), { ok: true, code: '01' });
  });
  it('leading zeros are significant; whitespace is not', () => {
    assert.equal(fromProvinceCode(MATTER_TYPE_CODES, '1').ok, false);
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, ' 01 '), { ok: true, value: 'license' });
  });
  it('unknown codes and variants are reported, never thrown', () => {
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, '21', 'national'), {
      ok: false, reason: 'unknown_code', list: 'matterType', code: '21', variant: 'national',
    });
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, '01', 'atlantis'), {
      ok: false, reason: 'unknown_variant', list: 'matterType', code: '01', variant: 'atlantis',
    });
    // Inherited object keys must not count as variants or codes.
    assert.equal(fromProvinceCode(MATTER_TYPE_CODES, '01', 'toString').ok, false);
    assert.equal(toProvinceCode(MATTER_TYPE_CODES, 'constructor' as 'license').ok, false);
  });
  it('cells that are not text (numbers, null from JSON or CSV readers) are read as text, never thrown', () => {
    const untyped = (v: unknown) => v as string;
    assert.deepEqual(fromProvinceCode(MATTER_TYPE_CODES, untyped(1)), {
      ok: false, reason: 'unknown_code', list: 'matterType', code: '1', variant: 'national',
    });
    assert.equal(fromProvinceCode(MATTER_TYPE_CODES, untyped(null)).ok, false);
    assert.deepEqual(fromProvinceCodes(MATTER_TYPE_CODES, untyped(null)), { values: [], errors: [] });
    assert.deepEqual(fromProvinceCodes(AUDIENCE_CODES, untyped(1)).values, ['natural_person']);
  });
  it('a label table answers an unknown value with the value itself', () => {
    assert.equal(labelOf(MATTER_TYPE_LABELS, 'x' as 'license'), 'x');
    assert.equal(labelOf(MATTER_TYPE_LABELS, 'toString' as 'license', 'en'), 'toString');
  });
  it('result type: dictionary 1–4 vs Guangdong 10/20/30; 无 has no Guangdong code', () => {
    assert.deepEqual(fromProvinceCode(RESULT_TYPE_CODES, '10', 'guangdong'), { ok: true, value: 'certificate' });
    assert.deepEqual(fromProvinceCode(RESULT_TYPE_CODES, '30', 'guangdong'), { ok: true, value: 'other' });
    assert.equal(fromProvinceCode(RESULT_TYPE_CODES, '10', 'national').ok, false);
    assert.deepEqual(toProvinceCode(RESULT_TYPE_CODES, 'none', 'guangdong'), {
      ok: false, reason: 'unmapped_value', list: 'resultType', value: 'none', variant: 'guangdong',
    });
  });
  it('necessity 1/2/3, source 10/20/99, use level 1–6, time unit only 工作日 attested', () => {
    assert.deepEqual(fromProvinceCode(MATERIAL_NECESSITY_CODES, '3'), { ok: true, value: 'tolerance' });
    assert.deepEqual(fromProvinceCode(MATERIAL_SOURCE_CODES, '99'), { ok: true, value: 'other' });
    assert.deepEqual(fromProvinceCode(USE_LEVEL_CODES, '6'), { ok: true, value: 'village' });
    assert.deepEqual(toProvinceCode(TIME_UNIT_CODES, 'working_day'), { ok: true, code: '1' });
    assert.equal(toProvinceCode(TIME_UNIT_CODES, 'calendar_day').ok, false);
  });
  it('multi-valued fields split on the usual separators and keep failures apart', () => {
    const r = fromProvinceCodes(AUDIENCE_CODES, '1,2，5;9 2');
    assert.deepEqual(r.values, ['natural_person', 'enterprise', 'unincorporated_enterprise']);
    assert.deepEqual(r.errors.map((e) => e.code), ['9']);
  });
  it('every table round-trips every mapped value in every variant, and codes are unique per variant', () => {
    for (const list of Object.values(CODE_LISTS) as CodeList<string>[]) {
      for (const variant of CODE_LIST_VARIANTS) {
        const table = list.variants[variant] as Record<string, string>;
        const codes = Object.values(table);
        assert.equal(new Set(codes).size, codes.length, `${list.id}/${variant} has duplicate codes`);
        for (const [value, code] of Object.entries(table)) {
          assert.deepEqual(fromProvinceCode(list, code, variant), { ok: true, value }, `${list.id}/${variant}/${code}`);
          assert.deepEqual(toProvinceCode(list, value, variant), { ok: true, code });
        }
      }
    }
  });
  it('national matter type codes cover the canonical enum', () => {
    for (const t of MatterTypeSchema.options) assert.ok(toProvinceCode(MATTER_TYPE_CODES, t).ok, t);
    assert.equal(Object.keys(AUDIENCE_CODES.variants.national).length, Object.keys(AUDIENCE_LABELS).length);
  });
});

describe('labels', () => {
  it('every label table has all three locales', () => {
    assert.equal(labelOf(MATTER_TYPE_LABELS, 'license'), '行政许可');
    assert.equal(labelOf(MATTER_TYPE_LABELS, 'public_service', 'zh-TW'), '公共服務');
    assert.equal(labelOf(MATTER_TYPE_LABELS, 'benefit', 'en'), 'Administrative benefit');
  });
});

describe('case statuses as data', () => {
  it('the canonical list of domain.md §4.3', () => {
    assert.deepEqual([...CASE_STATUSES], [
      'submitted', 'prechecking', 'precheck_returned', 'accepted', 'not_accepted', 'correction_requested',
      'processing', 'special_procedure', 'concluded_approved', 'concluded_approved_tolerance', 'concluded_refused',
      'delivered', 'withdrawn', 'revoked',
    ]);
  });
  it('补正 and 特别程序 pause the clock; closed statuses are terminal', () => {
    assert.deepEqual([...CLOCK_PAUSING_STATUSES].sort(), ['correction_requested', 'special_procedure']);
    assert.deepEqual([...TERMINAL_CASE_STATUSES].sort(), ['delivered', 'not_accepted', 'revoked', 'withdrawn']);
    assert.equal(CASE_STATUS_INFO.processing.clock, 'running');
    assert.equal(CASE_STATUS_INFO.submitted.clock, 'not_started');
  });
  it('the state machine: happy path with 容缺, 补正 and 特别程序', () => {
    let s: CaseStatus = 'submitted';
    const step = (action: (typeof CASE_ACTIONS)[number], outcome?: 'approved' | 'approved_tolerance' | 'refused') => {
      const r = nextCaseStatus(s, action, outcome);
      assert.ok(r.ok, `${action} from ${s}`);
      s = r.status;
    };
    step('accept'); assert.equal(s, 'accepted');
    step('request_correction'); step('resubmit'); assert.equal(s, 'processing');
    step('start_special_procedure'); step('end_special_procedure'); assert.equal(s, 'processing');
    step('conclude', 'approved_tolerance'); assert.equal(s, 'concluded_approved_tolerance');
    step('deliver'); assert.equal(s, 'delivered');
  });
  it('invalid moves are reported, and conclude needs an outcome', () => {
    assert.deepEqual(nextCaseStatus('delivered', 'accept'), { ok: false, reason: 'invalid_transition', from: 'delivered', action: 'accept' });
    assert.deepEqual(nextCaseStatus('processing', 'conclude'), { ok: false, reason: 'outcome_required', from: 'processing', action: 'conclude' });
    assert.equal(nextCaseStatus('special_procedure', 'conclude', 'approved').ok, false);
    assert.deepEqual(nextCaseStatus('processing', 'fly' as 'accept'), { ok: false, reason: 'unknown_action', from: 'processing', action: 'fly' });
    assert.equal(nextCaseStatus('processing', 'toString' as 'accept').ok, false);
  });
  it('no action leaves a terminal status except revoking a delivered licence', () => {
    for (const status of TERMINAL_CASE_STATUSES) {
      const exits = CASE_ACTIONS.filter((a) => CASE_ACTION_FROM[a].includes(status));
      assert.deepEqual(exits, status === 'delivered' ? ['revoke'] : [], status);
    }
  });
  it('every non-terminal status has a way out', () => {
    for (const status of CASE_STATUSES.filter((s) => !CASE_STATUS_INFO[s].terminal)) {
      assert.ok(CASE_ACTIONS.some((a) => CASE_ACTION_FROM[a].includes(status)), status);
    }
  });
});

describe('evaluation levels', () => {
  it('1–2 are 差评, 3–5 are not', () => {
    assert.deepEqual(EVALUATION_LEVELS.filter(isNegativeLevel), [1, 2]);
    assert.equal(EVALUATION_LEVEL_INFO[5].labels['zh-CN'], '非常满意');
    assert.equal(EVALUATION_LEVEL_INFO[1].labels['zh-CN'], '非常不满意');
  });
});

describe('工改 BLZT 办理状态 codes (domain.md §4.3a)', () => {
  it('every code 1–15 lands on a canonical status; events of one state share it', () => {
    assert.deepEqual(BLZT_CODES.map((e) => e.code), Array.from({ length: 15 }, (_, i) => String(i + 1)));
    const status = (code: unknown) => { const r = caseStatusFromBlzt(code); return r.ok ? r.status : undefined; };
    assert.equal(status('6'), 'correction_requested');
    assert.equal(status(' 7 '), 'processing');
    assert.equal(status(12), 'concluded_approved_tolerance');
    for (const e of BLZT_CODES) assert.ok(CASE_STATUSES.includes(e.status), e.code);
  });
  it('local extensions and junk are reported, never thrown', () => {
    assert.deepEqual(caseStatusFromBlzt('101'), { ok: false, reason: 'unknown_code', code: '101' });
    assert.deepEqual(caseStatusFromBlzt(null), { ok: false, reason: 'unknown_code', code: '' });
  });
  it('exported codes read back as the same status', () => {
    for (const status of CASE_STATUSES) {
      const code = blztOfCaseStatus(status);
      if (code === undefined) continue;
      const back = caseStatusFromBlzt(code);
      assert.ok(back.ok && back.status === status, status);
    }
    assert.equal(blztOfCaseStatus('prechecking'), undefined);
    assert.equal(blztOfCaseStatus('delivered'), undefined);
  });
});
