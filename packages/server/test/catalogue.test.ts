import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BundleSchema, EvaluationReasonListSchema, FormSpecSchema, MatterSchema, RegionSchema, listFormFields,
  conditionClauses, materialsForAnswers, validateCreditCode, validateRegionCode, type FormSpec, type Matter,
} from '@zwfw/core';
import { CATALOGUE_NOTICE_LABEL, generateCatalogue } from '../src/catalogue/index.js';
import { MATTER_LIST, MATTER_SPECIFICS, mostPopular } from '../src/catalogue/matter-list.js';

const catalogue = generateCatalogue();
const { matters, forms, bundles, regions, evaluationReasons } = catalogue;
const matterByCode = new Map(matters.map((m) => [m.code, m]));
const formById = new Map(forms.map((f) => [f.id, f]));

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }, value: unknown): string {
  const r = schema.safeParse(value);
  return r.success ? '' : JSON.stringify(r.error?.issues.slice(0, 3));
}

describe('sample catalogue: schemas', () => {
  it('every matter validates against MatterSchema', () => {
    const bad = matters.map((m) => [m.name, issues(MatterSchema, m)]).filter(([, e]) => e !== '');
    assert.deepEqual(bad, []);
  });
  it('every form, bundle, region and the reason list validate', () => {
    assert.deepEqual(forms.map((f) => [f.id, issues(FormSpecSchema, f)]).filter(([, e]) => e !== ''), []);
    assert.deepEqual(bundles.map((b) => [b.id, issues(BundleSchema, b)]).filter(([, e]) => e !== ''), []);
    assert.deepEqual(regions.map((r) => [r.code, issues(RegionSchema, r)]).filter(([, e]) => e !== ''), []);
    assert.equal(issues(EvaluationReasonListSchema, evaluationReasons), '');
  });
});

describe('sample catalogue: size', () => {
  it('has at least 1,000 matters across at least 35 departments', () => {
    assert.ok(matters.length >= 1000, `${matters.length} matters`);
    assert.ok(new Set(matters.map((m) => m.agency.name)).size >= 35);
  });
  it('has at least 30 matter forms and the four bundles with merged forms', () => {
    assert.ok(forms.filter((f) => f.matterCode !== undefined).length >= 30);
    assert.deepEqual(bundles.map((b) => b.id), ['enterprise-establishment', 'restaurant-opening', 'newborn', 'retirement']);
  });
});

describe('sample catalogue: codes', () => {
  it('agency codes pass GB 32100 and task codes are USCC + level + 12-char catalog code', () => {
    const levelDigit = { national: '1', provincial: '2', municipal: '3', county: '4', township: '5', village: '6' } as const;
    for (const m of matters) {
      assert.ok(validateCreditCode(m.agency.code).ok, m.agency.code);
      assert.equal(m.taskCode.length, 31, m.name);
      assert.equal(m.taskCode, `${m.agency.code}${levelDigit[m.level[0] ?? 'county']}${m.catalogCode}`, m.name);
      if (m.handleItemCode !== undefined) {
        assert.equal(m.handleItemCode.length, 33);
        assert.ok(m.handleItemCode.startsWith(m.taskCode));
        assert.equal(m.code, m.handleItemCode);
        assert.ok(m.parentCode !== undefined && matterByCode.has(m.parentCode), `parent of ${m.name}`);
      } else {
        assert.equal(m.code, m.taskCode);
      }
    }
  });
  it('matter codes and material ids are unique', () => {
    assert.equal(new Set(matters.map((m) => m.code)).size, matters.length);
    const ids = matters.flatMap((m) => m.materials.map((x) => x.id));
    assert.equal(new Set(ids).size, ids.length);
  });
  it('regions are structurally valid GB/T 2260 codes whose parents exist', () => {
    const codes = new Set(regions.map((r) => r.code));
    for (const r of regions) {
      assert.ok(validateRegionCode(r.code).ok, r.code);
      if (r.parentCode !== null) assert.ok(codes.has(r.parentCode), r.code);
    }
  });
});

describe('sample catalogue: guides are complete', () => {
  it('every matter has legal basis, conditions, limits, process, windows, contacts and result', () => {
    for (const m of matters) {
      assert.ok(m.legalBasis.every((l) => l.lawName.startsWith('《')), m.name);
      assert.ok(m.acceptConditions.length > 10 && m.windows.length > 0 && m.consultation.length > 0 && m.complaint.length > 0, m.name);
      assert.ok(m.process.length >= 3 && m.faq.length >= 2, m.name);
      assert.ok(m.promisedTimeLimit.unit !== 'working_day' || m.legalTimeLimit.unit !== 'working_day' || m.promisedTimeLimit.value <= m.legalTimeLimit.value || m.legalTimeLimit.value === 0, m.name);
      if (m.caseType === 'instant') assert.equal(m.promisedTimeLimit.value, 0, m.name);
      if (m.onSiteVisits > 0) assert.ok(m.onSiteVisitsReason, m.name);
    }
  });
  it('names each special procedure once per matter, as the simulator must be sent it', () => {
    // start_special_procedure matches procedureName exactly against these names.
    const withProcedures = matters.filter((m) => m.specialProcedures.length > 0);
    assert.ok(withProcedures.length > 0);
    for (const m of withProcedures) {
      const names = m.specialProcedures.map((p) => p.name);
      assert.equal(new Set(names).size, names.length, m.name);
      assert.ok(names.every((n) => n.length > 0 && n === n.trim()), m.name);
    }
  });
  it('carries the real fee of 不动产登记 and e-licence exemptions', () => {
    const transfer = matters.find((m) => m.name === '国有建设用地使用权及房屋所有权转移登记（二手房）' || m.name.startsWith('国有建设用地使用权及房屋所有权转移登记'));
    assert.ok(transfer?.fees.some((f) => f.standard.includes('80元') && (f.basis ?? '').includes('财税〔2016〕79号')));
    const food = matters.find((m) => m.name === '食品经营许可（新办）');
    assert.ok(food?.materials.some((x) => x.eLicense?.exempt === true && x.eLicense.licenseType === '营业执照'));
    assert.equal(food?.legalBasis[0]?.article, '第三十五条');
    const fund = matters.find((m) => m.name === '离退休提取住房公积金');
    assert.equal(fund?.legalBasis[0]?.article, '第二十四条');
  });
});

describe('sample catalogue: forms and bundles', () => {
  it('every 容缺 material belongs to a form with a commitment text', () => {
    for (const m of matters) {
      if (!m.materials.some((x) => x.necessity === 'tolerance')) continue;
      assert.ok(m.formId !== undefined, `${m.name} has 容缺 materials but no form`);
      const form = formById.get(m.formId);
      assert.ok(form?.commitmentText, `${m.name}: form without commitment text`);
      const offered = new Set(form.materials.filter((x) => x.toleranceAllowed).map((x) => x.materialId));
      for (const x of m.materials.filter((y) => y.necessity === 'tolerance')) assert.ok(offered.has(x.id), x.name);
    }
  });
  it('every matter formId and bundle formId resolves, and each form names its matter', () => {
    for (const m of matters) if (m.formId !== undefined) assert.equal(formById.get(m.formId)?.matterCode, m.code);
    for (const b of bundles) {
      const form = formById.get(b.formId);
      assert.equal(form?.bundleId, b.id);
      for (const s of b.steps) assert.ok(matterByCode.has(s.matterCode), s.matterCode);
    }
  });
  it('the 企业开办 bundle covers the seven steps and the §6.2 form model', () => {
    const b = bundles.find((x) => x.id === 'enterprise-establishment');
    assert.ok(b);
    assert.deepEqual(b.steps.map((s) => s.name), ['名称自主申报', '设立登记', '公章刻制', '发票申领', '社保登记', '住房公积金缴存登记', '银行开户预约']);
    assert.equal(b.promisedTimeLimit?.unit, 'hour', 'promised in working hours (§6.1: 3 小时内 / 1 个工作日)');
    const form = formById.get(b.formId) as FormSpec;
    const paths = listFormFields(form).map((f) => f.path);
    for (const p of ['company.name', 'company.entityType', 'company.registeredCapital', 'company.businessScope', 'company.address.regionCode', 'company.address.detail', 'legalRep.idNumber', 'shareholders', 'shareholders[].subscribedAmount', 'officers', 'liaison.mobile', 'seal.types', 'invoice.types', 'employees', 'housingFund.contributionRate', 'bank.bankCode']) {
      assert.ok(paths.includes(p), p);
    }
    assert.ok(!paths.includes('company.creditCode'), 'the company has no credit code before it exists');
  });
  it('merged forms ask each fact once and record the matters that need it', () => {
    for (const b of bundles) {
      const form = formById.get(b.formId) as FormSpec;
      const fields = listFormFields(form);
      const ids = fields.map((f) => f.path);
      assert.equal(new Set(ids).size, ids.length, b.id);
      const idCards = fields.filter((f) => f.field.prefillFrom === 'user.idNumber');
      assert.ok(idCards.length <= 1, `${b.id}: the applicant's ID is asked ${idCards.length} times`);
      for (const s of form.sections) for (const f of s.fields) assert.ok((f.sourceMatters?.length ?? 0) >= 1, `${b.id}: ${f.id}`);
      assert.deepEqual(form.sourceMatters, b.steps.map((s) => s.matterCode));
    }
    const enterprise = formById.get('bundle-enterprise-establishment') as FormSpec;
    const employees = listFormFields(enterprise).find((f) => f.path === 'employees');
    assert.equal(employees?.field.sourceMatters?.length, 2, '社保 and 公积金 share the employee list');
    const newborn = formById.get('bundle-newborn') as FormSpec;
    const motherId = listFormFields(newborn).find((f) => f.path === 'mother.idNumber');
    assert.ok((motherId?.field.sourceMatters?.length ?? 0) >= 4);
  });
});

describe('sample catalogue: 情景导办', () => {
  const withSituations = matters.filter((m) => (m.situations?.length ?? 0) > 0);
  const byName = (name: string) => matters.find((m) => m.name === name) as Matter;
  const names = (m: Matter, answers: Record<string, string>) => materialsForAnswers(m, answers).map((x) => x.name);

  it('at least 50 matters ask questions, beyond 委托代理 alone, and every question is used by a material', () => {
    assert.ok(withSituations.length >= 50, `${withSituations.length} matters`);
    assert.ok(withSituations.filter((m) => m.situations!.some((q) => q.id !== 'agent')).length >= 50);
    for (const m of withSituations) {
      const used = new Set(m.materials.flatMap((x) => (x.condition === undefined ? [] : conditionClauses(x.condition))).map((c) => c.questionId));
      assert.deepEqual(m.situations!.map((q) => q.id).filter((id) => !used.has(id)), [], m.name);
    }
  });
  it('委托代理: 授权委托书 and the agent\'s ID card appear only when an agent applies', () => {
    const m = byName('国有建设用地使用权及房屋所有权转移登记（二手房买卖）');
    assert.ok(names(m, {}).includes('授权委托书'));
    assert.ok(!names(m, { agent: 'self' }).includes('授权委托书'));
    assert.deepEqual(names(m, { agent: 'agent' }).filter((n) => n.startsWith('授权委托书') || n.startsWith('受托人')), ['授权委托书', '受托人（代理人）居民身份证']);
  });
  it('法定代表人 identity and 外商投资: the resident ID for mainland residents, the approval only in restricted fields', () => {
    const foreign = byName('外商投资公司设立登记');
    assert.deepEqual(foreign.situations?.map((q) => q.id), ['legal-rep', 'negative-list', 'agent']);
    const listed = names(foreign, { 'legal-rep': 'foreign', 'negative-list': 'no', agent: 'self' });
    assert.ok(listed.includes('外国投资者的主体资格证明或者自然人身份证明'));
    assert.ok(!listed.includes('外商投资企业批准文件') && !listed.includes('法定代表人居民身份证'));
    assert.ok(names(foreign, { 'negative-list': 'yes' }).includes('外商投资企业批准文件'));
    const partnership = byName('合伙企业设立登记');
    assert.ok(!names(partnership, { 'foreign-invested': 'no', 'negative-list': 'yes' }).includes('外商投资企业批准文件'), 'all: a domestic partnership needs no approval');
    assert.ok(names(partnership, { 'foreign-invested': 'yes', 'negative-list': 'yes' }).includes('外商投资企业批准文件'));
    const domestic = byName('公司设立登记');
    assert.ok(!domestic.situations?.some((q) => q.id === 'foreign-invested' || q.id === 'negative-list'), '内资 by its 主项');
  });
  it('forms do not demand a conditioned material they cannot know applies; the guide keeps it required', () => {
    let conditioned = 0;
    for (const m of matters) {
      if (m.formId === undefined) continue;
      const form = formById.get(m.formId) as FormSpec;
      for (const x of m.materials) {
        const inForm = form.materials.find((f) => f.materialId === x.id);
        if (x.condition === undefined) assert.equal(inForm?.necessity, x.necessity, x.name);
        else {
          conditioned++;
          assert.notEqual(inForm?.necessity, 'required', `${m.name}: ${x.name}`);
        }
      }
    }
    assert.ok(conditioned > 0);
  });
});

describe('sample catalogue: determinism', () => {
  it('two runs produce equal data', () => {
    assert.deepEqual(generateCatalogue(), catalogue);
  });
  it('is labelled illustrative', () => {
    assert.ok(regions.some((r) => r.name === '云溪市'));
    const m = matters[0] as Matter;
    assert.ok(m.online.url?.includes('.example'));
  });
});

/** The longest text of at least `min` characters that occurs twice in `s` (便民服务中心便民服务中心…). */
function repeatedSegment(s: string, min = 4): string | undefined {
  for (let n = Math.floor(s.length / 2); n >= min; n--) {
    for (let i = 0; i + n <= s.length; i++) {
      if (s.indexOf(s.slice(i, i + n), i + 1) >= 0) return s.slice(i, i + n);
    }
  }
  return undefined;
}

describe('sample catalogue: facts the data audit found wrong', () => {
  it('no window (place) name repeats a segment', () => {
    assert.equal(repeatedSegment('各街道（镇）便民服务中心便民服务中心综合受理窗口'), '便民服务中心');
    const names = new Set(matters.flatMap((m) => [...m.windows.map((w) => w.name), ...m.consultation.filter((c) => c.way === 'window').map((c) => c.value)]));
    assert.ok(names.size > 5);
    assert.deepEqual([...names].filter((n) => repeatedSegment(n) !== undefined), []);
  });

  it('网办深度 Ⅳ (全程网办) only where the matter has a form, and no 全程网上办理 answer without it', () => {
    const claims = matters.filter((m) => m.online.depth === 'IV');
    assert.ok(claims.length > 100, `${claims.length}`);
    assert.deepEqual(claims.filter((m) => m.formId === undefined || !formById.has(m.formId)).map((m) => m.name), []);
    const sayFull = matters.filter((m) => m.faq.some((f) => f.question === '可以全程网上办理吗？'));
    assert.deepEqual(sayFull.filter((m) => m.online.depth !== 'IV').map((m) => m.name), []);
  });

  it('company officers follow the 2024 公司法: no 执行董事; one 董事, 审计委员会 or 监事 instead', () => {
    assert.doesNotMatch(JSON.stringify(catalogue), /执行董事/);
    const roles = forms.flatMap((f) => listFormFields(f)).filter((f) => f.path === 'officers[].role');
    assert.ok(roles.length > 0);
    for (const { field } of roles) {
      const values = (field.options ?? []).map((o) => o.value);
      assert.ok(values.includes('董事') && values.includes('审计委员会成员') && values.includes('监事'), JSON.stringify(values));
    }
  });
});

describe('sample catalogue: matter-specific 受理条件 and 常见问题', () => {
  const byListCode = new Map(matters.map((m) => [m.localCatalogCode, m]));
  const askedBy = new Map<string, number>();
  for (const m of matters) for (const q of new Set(m.faq.map((f) => f.question))) askedBy.set(q, (askedBy.get(q) ?? 0) + 1);

  it('each of the 200 most requested matters has a question of its own and its own 受理条件', () => {
    const top = mostPopular(MATTER_LIST, 200);
    assert.equal(top.length, 200);
    const conditions = new Map<string, number>();
    for (const m of matters) conditions.set(m.acceptConditions, (conditions.get(m.acceptConditions) ?? 0) + 1);
    const missing = top.filter((row) => {
      const m = byListCode.get(row.code)!;
      return !m.faq.some((f) => askedBy.get(f.question) === 1) || conditions.get(m.acceptConditions) !== 1;
    });
    assert.deepEqual(missing.map((r) => r.name), []);
    assert.ok(askedBy.size >= 248, `${askedBy.size} distinct questions`);
  });

  it('every specific entry names a matter of the list, and the notice calls the texts illustrative', () => {
    const codes = new Set(MATTER_LIST.map((r) => r.code));
    assert.deepEqual([...MATTER_SPECIFICS.keys()].filter((c) => !codes.has(c)), []);
    assert.match(CATALOGUE_NOTICE_LABEL['zh-CN'], /常见问题、受理条件等办事指南内容为示意性示例/);
    assert.match(CATALOGUE_NOTICE_LABEL.en, /FAQ answers, acceptance conditions .* illustrative/);
  });

  it('the most popular rows are ranked by popularity, list order between equals', () => {
    const rows = MATTER_LIST.slice(0, 3).map((r, i) => ({ ...r, popularity: i === 2 ? 0.99 : 0.5 }));
    assert.deepEqual(mostPopular(rows, 3).map((r) => r.code), [rows[2]!.code, rows[0]!.code, rows[1]!.code]);
  });
});
