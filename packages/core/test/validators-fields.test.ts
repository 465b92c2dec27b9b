import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VALIDATORS,
  VALIDATOR_KINDS,
  formatMobile,
  maskIdNumber,
  maskMobile,
  maskName,
  validateByKind,
  validateCompanyName,
  validateMobile,
  validateRegionCode,
} from '../src/validators/index.js';

describe('validateMobile — domain.md §5.4 vectors (lenient rule)', () => {
  it('13812345678 ✔', () => {
    const r = validateMobile('13812345678');
    assert.ok(r.ok);
    assert.deepEqual(r.info, { national: '13812345678', e164: '+8613812345678' });
  });
  it('+8619212345678 ✔ (192 中国广电), normalised to 11 digits', () => {
    const r = validateMobile('+8619212345678');
    assert.ok(r.ok && r.value === '19212345678');
  });
  it('16212345678 ✔ and 15412345678 ✔ under the lenient rule (segment tables go stale)', () => {
    assert.ok(validateMobile('16212345678').ok);
    assert.ok(validateMobile('15412345678').ok);
  });
  it('12345678901 ✘ format', () => {
    const r = validateMobile('12345678901');
    assert.ok(!r.ok && r.reason === 'format');
  });
  it('1381234567 ✘ length, message says 11 and 10', () => {
    const r = validateMobile('1381234567');
    assert.ok(!r.ok && r.reason === 'length');
    assert.equal(r.message['zh-CN'], '手机号码应为11位数字，当前为10位');
  });
  it('strips spaces, dashes, 0086 / 86 prefixes and full-width digits', () => {
    for (const raw of ['138 1234 5678', '138-1234-5678', '0086 13812345678', '8613812345678', '+86 138-1234-5678', '１３８１２３４５６７８']) {
      const r = validateMobile(raw);
      assert.ok(r.ok && r.value === '13812345678', raw);
    }
  });
  it('letters → charset with position; empty → empty', () => {
    const r = validateMobile('1381234567a');
    assert.ok(!r.ok && r.reason === 'charset' && r.position === 10);
    assert.equal(validateMobile(' ').ok ? 'ok' : 'empty', 'empty');
  });
  it('formatMobile groups 3-4-4', () => {
    assert.equal(formatMobile('13812345678'), '138 1234 5678');
  });
});

describe('masks', () => {
  it('maskMobile', () => {
    assert.equal(maskMobile('13812345678'), '138****5678');
    assert.equal(maskMobile('+86 138-1234-5678'), '138****5678');
    assert.equal(maskMobile('1234'), '****');
  });
  it('maskIdNumber keeps the first 6 and last 4', () => {
    assert.equal(maskIdNumber('11010519491231002x'), '110105********002X');
    assert.equal(maskIdNumber('abc'), '***');
    assert.equal(maskIdNumber('e12345678'), '*******78');
  });
  it('maskName keeps the surname (incl. compound surnames) and separators', () => {
    assert.equal(maskName('张三'), '张*');
    assert.equal(maskName('张三丰'), '张**');
    assert.equal(maskName('欧阳娜娜'), '欧阳**');
    assert.equal(maskName('欧阳修'), '欧阳*');
    assert.equal(maskName('买买提·艾力'), '买**·**');
    assert.equal(maskName('李'), '*');
    assert.equal(maskName(''), '');
  });
});

describe('validateRegionCode — GB/T 2260 structure', () => {
  const cases: Array<[string, string, string | null]> = [
    ['110000', 'province', null],
    ['110100', 'prefecture', '110000'],
    ['110101', 'county', '110100'],
    ['500200', 'prefecture', '500000'],
    ['429000', 'prefecture', '420000'],
    ['429004', 'county', '420000'],
    ['652301', 'county', '652300'],
    ['110101001', 'township', '110101000'],
    ['110101001000', 'township', '110101000000'],
    ['110101001001', 'village', '110101001000'],
    ['110101000000', 'county', '110100000000'],
    ['810000', 'province', null],
  ];
  for (const [code, level, parent] of cases) {
    it(`${code} → ${level}, parent ${String(parent)}`, () => {
      const r = validateRegionCode(code);
      assert.ok(r.ok, r.ok ? '' : r.message.en);
      assert.equal(r.info.level, level);
      assert.equal(r.info.parentCode, parent);
      assert.equal(r.info.provinceCode, code.slice(0, 2));
    });
  }
  const failures: Array<[string, string]> = [
    ['', 'empty'],
    ['11010', 'length'],
    ['1101011', 'length'],
    ['11010a', 'charset'],
    ['990000', 'region_prefix'],
    ['720000', 'region_prefix'],
    ['830000', 'region_prefix'], // 83 is a residence-permit prefix, not a division
    ['117100', 'region_prefecture'],
    ['118900', 'region_prefecture'],
    ['110001', 'region_prefecture'],
    ['110100001000', 'region_county'],
    ['110101000001', 'region_township'],
  ];
  for (const [code, expected] of failures) {
    it(`${JSON.stringify(code)} ✘ ${expected}`, () => {
      const r = validateRegionCode(code);
      assert.equal(r.ok ? 'ok' : r.reason, expected);
    });
  }
});

describe('validateCompanyName — advisory', () => {
  const warningsOf = (name: string): string[] => {
    const r = validateCompanyName(name);
    assert.ok(r.ok, `${name} should not be a hard failure`);
    return r.warnings.map((w) => w.code);
  };
  it('clean names have no warnings and report their organisation form', () => {
    for (const [name, form] of [
      ['北京小米科技有限责任公司', '有限责任公司'],
      ['招商银行股份有限公司', '股份有限公司'],
      ['杭州某某电子商务有限公司', '有限公司'],
      ['深圳市某某投资合伙企业（有限合伙）', '合伙企业（有限合伙）'],
      ['上海某某律师事务所合伙企业（特殊普通合伙）', '合伙企业（特殊普通合伙）'],
      ['张三五金个人独资企业', '个人独资企业'],
      ['某某县绿源蔬菜种植农民专业合作社', '农民专业合作社'],
    ] as const) {
      const r = validateCompanyName(name);
      assert.ok(r.ok);
      assert.deepEqual(r.warnings, [], name);
      assert.equal(r.info.organizationForm, form);
    }
  });
  it('half-width brackets and spaces are normalised', () => {
    const r = validateCompanyName(' 深圳市某某投资合伙企业 (有限合伙) ');
    assert.ok(r.ok && r.value === '深圳市某某投资合伙企业（有限合伙）');
  });
  it('branches are recognised', () => {
    const r = validateCompanyName('招商银行股份有限公司深圳分行');
    assert.ok(r.ok && r.info.branch && r.warnings.length === 0);
  });
  it('Latin letters or digits are a warning, never a failure (TCL科技集团股份有限公司 is registered)', () => {
    assert.deepEqual(warningsOf('TCL科技集团股份有限公司'), ['charset']);
    assert.deepEqual(warningsOf('北京58科技有限公司'), ['charset']);
  });
  it('other symbols → charset warning', () => {
    assert.deepEqual(warningsOf('北京小米&科技有限公司'), ['charset']);
  });
  it('no known organisation form → warning', () => {
    assert.deepEqual(warningsOf('北京小米科技'), ['organization_form']);
  });
  it('字号 shorter than two characters → warning', () => {
    assert.deepEqual(warningsOf('北京市有限公司'), ['trade_name']);
    assert.deepEqual(warningsOf('米有限公司'), ['trade_name']);
  });
  it('hard failures: empty, too long, invisible characters', () => {
    assert.equal(validateCompanyName('  ').ok ? 'ok' : 'empty', 'empty');
    const long = validateCompanyName('某'.repeat(101) + '有限公司');
    assert.ok(!long.ok && long.reason === 'length');
    const ctl = validateCompanyName('北京\u0007小米有限公司');
    assert.ok(!ctl.ok && ctl.reason === 'charset' && ctl.position === 2);
  });
});

describe('validateByKind', () => {
  it('dispatches every kind to the same validator as VALIDATORS', () => {
    const samples: Record<(typeof VALIDATOR_KINDS)[number], string> = {
      idCard: '11010519491231002x',
      creditCode: '91350200776049653a',
      mobile: '+86 138 1234 5678',
      regionCode: '110101',
      companyName: '北京小米科技有限责任公司',
    };
    for (const kind of VALIDATOR_KINDS) {
      const r = validateByKind(kind, samples[kind], { today: '2025-01-01' });
      assert.ok(r.ok, kind);
      assert.deepEqual(r, VALIDATORS[kind].validate(samples[kind], { today: '2025-01-01' }));
      assert.equal(VALIDATORS[kind].parse(samples[kind]), r.value);
    }
  });
  it('typed info per kind', () => {
    const r = validateByKind('idCard', '11010519491231002X');
    assert.ok(r.ok && r.info.sex === 'female');
  });
  it('passes options through (today, minBirthDate)', () => {
    assert.equal(validateByKind('idCard', '110101199003071233', { today: '1990-01-01' }).ok, false);
    assert.equal(validateByKind('idCard', '440524188001010014', { minBirthDate: '1900-01-01' }).ok, false);
  });
  it('unknown kinds and non-string values fail softly', () => {
    const r = validateByKind('passport', 'E12345678');
    assert.ok(!r.ok && r.reason === 'unknown_kind');
    const n = validateByKind('mobile', null as unknown as string);
    assert.ok(!n.ok && n.reason === 'empty');
  });
});

describe('untyped input from JavaScript or JSON never throws', async () => {
  const v = await import('../src/validators/index.js');
  const fns = { validateIdCard: v.validateIdCard, validateCreditCode: v.validateCreditCode, validateMobile, validateRegionCode,
    validateCompanyName, maskIdNumber, maskMobile, maskName };
  for (const input of [null, undefined, {}, [], Number.NaN, true]) {
    it(`${JSON.stringify(input) ?? 'undefined'} is read as empty`, () => {
      for (const [name, fn] of Object.entries(fns)) {
        const out = (fn as (x: unknown) => unknown)(input);
        if (name.startsWith('validate')) assert.equal((out as { reason?: string }).reason, 'empty', name);
      }
    });
  }
  it('a number is read as its digits', () => {
    assert.equal(validateByKind('mobile', 13812345678 as unknown as string).ok, true);
    assert.equal(validateMobile(13812345678 as unknown as string).ok, true);
  });
  it('messages show whole characters, never half a surrogate pair', () => {
    const r = v.validateIdCard('😀1234567890123456');
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.message['zh-CN'], /"😀"/);
  });
});
