import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApplicationInputSchema, ApplicationReceiptSchema, BundleSchema, CaseActionInputSchema, EvaluationInputSchema,
  EvaluationReasonListSchema, FormSpecSchema, MatterListQuerySchema, MatterSchema, MatterSummarySchema,
  ProgressSchema, RegionSchema, SearchResponseSchema, bundleStages, exampleApplicationInput,
  exampleApplicationReceipt, exampleBundle, exampleCaseNumber, exampleEvaluationInput,
  exampleEvaluationReasonList, exampleFormSpec, exampleMatter, exampleProgress, exampleRegions, listFormFields,
  problemErrorsFromZod, problemFromZodError, toMatterSummary, type ApplicationInput, type EvaluationInput,
} from '../src/schemas/index.js';

/** JSON pointers of every issue of a failed parse, sorted. */
function failingPaths(result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; code: string; message: string }[] } }): string[] {
  assert.equal(result.success, false, 'expected the parse to fail');
  return problemErrorsFromZod(result.error!).map((e) => e.path).sort();
}

const clone = <T>(v: T): T => structuredClone(v);

describe('illustrative examples are valid', () => {
  it('matter (食品经营许可) with a 容缺 and an e-licence-exempt material', () => {
    const m = MatterSchema.parse(exampleMatter);
    assert.ok(m.materials.some((x) => x.necessity === 'tolerance'));
    assert.ok(m.materials.some((x) => x.eLicense?.exempt === true));
    assert.equal(m.taskCode.length, 31);
  });
  it('form spec, application, receipt, progress, evaluation, reasons, bundle, regions', () => {
    FormSpecSchema.parse(exampleFormSpec);
    ApplicationInputSchema.parse(exampleApplicationInput);
    ApplicationReceiptSchema.parse(exampleApplicationReceipt);
    ProgressSchema.parse(exampleProgress);
    EvaluationInputSchema.parse(exampleEvaluationInput);
    EvaluationReasonListSchema.parse(exampleEvaluationReasonList);
    BundleSchema.parse(exampleBundle);
    for (const r of exampleRegions) RegionSchema.parse(r);
    assert.equal(exampleCaseNumber.length, 43);
  });
  it('toMatterSummary yields a valid summary', () => {
    const s = MatterSummarySchema.parse(toMatterSummary(exampleMatter));
    assert.equal(s.department, exampleMatter.agency.name);
    assert.equal(s.hasForm, true);
    assert.equal(s.onlineDepth, 'IV');
  });
});

describe('responses are lenient, inputs strict', () => {
  it('a matter with an unknown field still parses (forward compatible) and the field is dropped', () => {
    const parsed = MatterSchema.parse({ ...clone(exampleMatter), futureField: 1 }) as Record<string, unknown>;
    assert.equal('futureField' in parsed, false);
  });
  it('an application with an unknown field is rejected at that field', () => {
    const bad = { ...clone(exampleApplicationInput), extra: true, applicant: { ...exampleApplicationInput.applicant, nickname: 'x' } };
    assert.deepEqual(failingPaths(ApplicationInputSchema.safeParse(bad)), ['/applicant/nickname', '/extra']);
  });
  it('an unknown field does not hide the cross-field errors of the fields beside it', () => {
    const bad = clone(exampleApplicationInput) as ApplicationInput & Record<string, unknown>;
    bad.applicant = { ...bad.applicant, idType: 'id_card', idNumber: '440106198803151235', extra: 1 } as ApplicationInput['applicant'];
    bad.channel = 'partner_counter';
    bad.bogus = 1;
    assert.deepEqual(failingPaths(ApplicationInputSchema.safeParse(bad)), ['/agent', '/applicant/extra', '/applicant/idType', '/bogus']);
  });
});

describe('rejects bad input with the path of every failing field', () => {
  it('application: several independent errors at once, including cross-field ones', () => {
    const bad = clone(exampleApplicationInput) as Record<string, unknown> & ApplicationInput;
    bad.formId = '';
    bad.applicant = { ...bad.applicant, mobile: '12345', idNumber: '91440106MA9XYW123I' };
    bad.materials = [...bad.materials, { materialId: 'safety-rules', status: 'lost' as 'provided' }];
    delete (bad as { commitment?: unknown }).commitment;
    (bad as { channel: string }).channel = 'fax';
    const result = ApplicationInputSchema.safeParse(bad);
    assert.deepEqual(failingPaths(result), [
      '/applicant/idNumber',
      '/applicant/mobile',
      '/channel',
      '/formId',
      '/materials/5/status',
    ]);
  });
  it('application: commitment is required when a material is deferred (容缺)', () => {
    const bad = clone(exampleApplicationInput);
    delete bad.commitment;
    bad.formId = '';
    const problem = problemFromZodError(ApplicationInputSchema.safeParse(bad).error!);
    assert.equal(problem.status, 422);
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.errors?.map((e) => [e.path, e.code]).sort(), [['/commitment', 'commitment_required'], ['/formId', 'invalid_format']]);
  });
  it('application: no commitment needed without deferred materials', () => {
    const ok = clone(exampleApplicationInput);
    delete ok.commitment;
    ok.materials = ok.materials.filter((m) => m.status !== 'tolerance');
    assert.equal(ApplicationInputSchema.safeParse(ok).success, true);
  });
  it('application: exactly one of matterCode / bundleId', () => {
    const both = { ...clone(exampleApplicationInput), bundleId: 'business-startup' };
    assert.deepEqual(failingPaths(ApplicationInputSchema.safeParse(both)), ['/matterCode']);
    const neither = clone(exampleApplicationInput);
    delete neither.matterCode;
    assert.deepEqual(failingPaths(ApplicationInputSchema.safeParse(neither)), ['/matterCode']);
  });
  it('application: a legal applicant needs a credit code; partner counters name the agent', () => {
    const bad = clone(exampleApplicationInput);
    bad.applicant = { ...bad.applicant, idType: 'id_card', idNumber: '440106198803151235' };
    bad.channel = 'partner_counter';
    assert.deepEqual(failingPaths(ApplicationInputSchema.safeParse(bad)), ['/agent', '/applicant/idType']);
  });
  it('application: applicant ID numbers must pass their checksums (GB 11643 / GB 32100)', () => {
    const person = clone(exampleApplicationInput);
    person.applicant = { type: 'person', name: '李示例', idType: 'id_card', idNumber: '110105194912310021', mobile: '13800138000' };
    const r = ApplicationInputSchema.safeParse(person);
    assert.deepEqual(problemErrorsFromZod(r.error!).map((e) => [e.path, e.code]), [['/applicant/idNumber', 'id_card_checksum']]);
    person.applicant.idNumber = '11010519491231002X';
    assert.equal(ApplicationInputSchema.safeParse(person).success, true);
    const legal = clone(exampleApplicationInput);
    legal.applicant = { ...legal.applicant, idNumber: '91350200776049653B' };
    assert.deepEqual(failingPaths(ApplicationInputSchema.safeParse(legal)), ['/applicant/idNumber']);
  });
  it('matter: bad enum, missing field, bad nested values, duplicate material id', () => {
    const bad = clone(exampleMatter) as Record<string, unknown> & typeof exampleMatter;
    (bad as { type: string }).type = 'licence';
    delete (bad as { name?: string }).name;
    bad.legalTimeLimit = { value: -1, unit: 'working_day' };
    bad.materials = [...bad.materials, { ...bad.materials[0]!, order: 8 }];
    bad.windows = [{ ...bad.windows[0]!, mapUrl: 'not a url' }];
    assert.deepEqual(failingPaths(MatterSchema.safeParse(bad)), [
      '/legalTimeLimit/value',
      '/materials/7/id',
      '/name',
      '/type',
      '/windows/0/mapUrl',
    ]);
  });
  it('form spec: options, repeat items, unknown rule target, duplicate ids, 容缺 without commitment text', () => {
    const bad = clone(exampleFormSpec);
    const fields = bad.sections[1]!.fields;
    delete fields[2]!.options; // multiselect without options
    fields[5]!.rules = [{ effect: 'show', when: { field: 'business.nope', equals: true } }];
    bad.sections[2]!.fields[0]!.kind = 'text'; // itemFields on a non-repeat
    bad.sections[0]!.fields[1]!.id = 'operator.name';
    delete bad.commitmentText;
    assert.deepEqual(failingPaths(FormSpecSchema.safeParse(bad)), [
      '/commitmentText',
      '/sections/0/fields/1/id',
      '/sections/1/fields/2/options',
      '/sections/1/fields/5/rules/0/when/field',
      '/sections/2/fields/0/itemFields',
    ]);
  });
  it('form spec: rule conditions take exactly one operator', () => {
    const bad = clone(exampleFormSpec);
    bad.sections[1]!.fields[5]!.rules = [{ effect: 'show', when: { field: 'business.online', equals: true, notEmpty: true } as never }];
    assert.deepEqual(failingPaths(FormSpecSchema.safeParse(bad)), ['/sections/1/fields/5/rules/0/when']);
  });
  it('listFormFields flattens repeats', () => {
    const paths = listFormFields(exampleFormSpec).map((f) => f.path);
    assert.ok(paths.includes('staff.managers[].idNumber'));
    assert.equal(new Set(paths).size, paths.length);
  });
});

describe('evaluations', () => {
  const base: EvaluationInput = { ...exampleEvaluationInput };
  for (const level of [1, 2] as const) {
    it(`level ${level} (差评) without reasons fails at /reasons`, () => {
      const r = EvaluationInputSchema.safeParse({ ...base, level, reasons: [] });
      assert.deepEqual(failingPaths(r), ['/reasons']);
      assert.equal(problemErrorsFromZod(r.error!)[0]?.code, 'reasons_required');
    });
  }
  for (const level of [3, 4, 5] as const) {
    it(`level ${level} needs no reason`, () => {
      assert.equal(EvaluationInputSchema.safeParse({ ...base, level, reasons: [] }).success, true);
    });
  }
  it('the reasons rule is reported together with other errors', () => {
    const r = EvaluationInputSchema.safeParse({ ...base, level: 1, reasons: [], comment: 'x'.repeat(501), channel: 'pigeon' });
    assert.deepEqual(failingPaths(r), ['/channel', '/comment', '/reasons']);
  });
  it('levels outside 1–5 and non-integers are rejected', () => {
    for (const level of [0, 6, 2.5, '5']) {
      assert.deepEqual(failingPaths(EvaluationInputSchema.safeParse({ ...base, level })), ['/level'], `level ${String(level)}`);
    }
  });
});

describe('admin actions', () => {
  it('conclude needs an outcome; request_correction needs items', () => {
    assert.deepEqual(failingPaths(CaseActionInputSchema.safeParse({ action: 'conclude' })), ['/outcome']);
    assert.deepEqual(failingPaths(CaseActionInputSchema.safeParse({ action: 'request_correction' })), ['/items']);
    assert.equal(CaseActionInputSchema.safeParse({ action: 'conclude', outcome: 'approved_tolerance' }).success, true);
    assert.deepEqual(failingPaths(CaseActionInputSchema.safeParse({ action: 'accept', outcome: 'approved' })), ['/outcome']);
  });
});

describe('queries and search', () => {
  it('coerces query strings and bounds limit to 100', () => {
    assert.deepEqual(MatterListQuerySchema.parse({ limit: '50', onSiteVisits: '0', online: 'true' }), { limit: 50, onSiteVisits: 0, online: 'true' });
    assert.deepEqual(failingPaths(MatterListQuerySchema.safeParse({ limit: '101', online: 'yes', audiance: 'x' })), ['/audiance', '/limit', '/online']);
  });
  it('search response shape', () => {
    const response = {
      query: '开饭店',
      items: [{ code: exampleMatter.code, name: exampleMatter.name, department: exampleMatter.agency.name, score: 3.2, highlights: [{ field: 'name', start: 0, end: 2 }] }],
      facets: { audience: [{ value: 'enterprise', count: 1 }], department: [], theme: [], type: [{ value: 'license', count: 1 }] },
    };
    assert.deepEqual(SearchResponseSchema.parse(response), response);
    // Facet counts are whole and non-negative; the four base facets are required; at most 100 hits.
    const bad = structuredClone(response) as any;
    bad.facets.audience[0].count = -1;
    bad.facets.type[0].count = 1.5;
    delete bad.facets.theme;
    bad.items = Array.from({ length: 101 }, () => response.items[0]);
    assert.deepEqual(failingPaths(SearchResponseSchema.safeParse(bad)), ['/facets/audience/0/count', '/facets/theme', '/facets/type/0/count', '/items']);
  });
});

describe('bundles', () => {
  it('groups parallel steps by order', () => {
    const stages = bundleStages(exampleBundle);
    assert.deepEqual(stages.map((s) => s.length), [1, 5]);
  });
  it('rejects a matter listed twice', () => {
    const bad = clone(exampleBundle);
    bad.steps.push({ ...bad.steps[0]!, order: 3 });
    assert.deepEqual(failingPaths(BundleSchema.safeParse(bad)), ['/steps/6/matterCode']);
  });
});

describe('input schemas on hostile top-level values', () => {
  it('an array, a string or null body is a validation error, never an exception', async () => {
    const { ApplicationInputSchema, EvaluationInputSchema, FormSpecSchema } = await import('../src/index.js');
    for (const schema of [ApplicationInputSchema, EvaluationInputSchema, FormSpecSchema]) {
      for (const value of [[1, 2], 'x', null, 42, [], [{}]]) {
        const r = schema.safeParse(value);
        assert.equal(r.success, false);
      }
    }
  });
});

describe('field errors in the request’s language', () => {
  const bad = (): Record<string, unknown> => {
    const b = clone(exampleApplicationInput) as Record<string, unknown> & ApplicationInput;
    b.applicant = { ...b.applicant, mobile: '12345', name: '' };
    b.materials = [{ materialId: 'x', status: 'tolerance' }];
    delete (b as { commitment?: unknown }).commitment;
    delete (b as { formVersion?: unknown }).formVersion;
    b['bogus'] = 1;
    return b;
  };
  const byPath = (locale?: 'zh-CN' | 'zh-TW' | 'en') => {
    const r = ApplicationInputSchema.safeParse(bad());
    assert.equal(r.success, false);
    return Object.fromEntries(problemErrorsFromZod(r.error!, [], locale).map((e) => [e.path, e.message]));
  };
  it('zh-CN: every message is Chinese, names the fix, and refinements carry their own text', () => {
    const m = byPath('zh-CN');
    assert.equal(m['/formVersion'], '必填字段缺失');
    assert.equal(m['/applicant/name'], '请填写此项');
    assert.equal(m['/applicant/mobile'], '格式不正确');
    assert.equal(m['/bogus'], '不支持的字段“bogus”，请删除');
    assert.equal(m['/commitment'], '容缺后补需要签署告知承诺书');
    for (const text of Object.values(m)) assert.match(text, /[\u4e00-\u9fff]/, text);
  });
  it('zh-TW and en have their own texts; the schema’s own English message is kept', () => {
    assert.equal(byPath('zh-TW')['/commitment'], '容缺後補需要簽署告知承諾書');
    const en = byPath('en');
    assert.equal(en['/applicant/mobile'], 'Expected an 11-digit mainland mobile number');
    assert.equal(en['/formVersion'], 'This field is required');
    assert.equal(en['/bogus'], 'Unknown field "bogus": remove it');
  });
  it('an enum lists the values to choose from', () => {
    const b = clone(exampleApplicationInput);
    (b as { channel: string }).channel = 'fax';
    const r = ApplicationInputSchema.safeParse(b);
    assert.match(problemErrorsFromZod(r.error!, [], 'zh-CN')[0]?.message ?? '', /^取值无效，可选：.*"web"/);
  });
  it('without a locale, zod’s messages are kept (library callers that translate by code)', () => {
    assert.match(byPath()['/formVersion'] ?? '', /expected/);
  });
  it('an ID number that fails its checksum explains why in Chinese', () => {
    const b = clone(exampleApplicationInput);
    b.applicant = { ...b.applicant, type: 'person', idType: 'id_card', idNumber: '11010519491231002X'.replace(/X$/, '1') };
    const r = ApplicationInputSchema.safeParse(b);
    assert.equal(r.success, false);
    const e = problemErrorsFromZod(r.error!, [], 'zh-CN').find((x) => x.path === '/applicant/idNumber');
    assert.ok(e && /[\u4e00-\u9fff]/.test(e.message), JSON.stringify(e));
  });
});
