// The server runs core's form engine on what it stores: only values of visible fields the form defines,
// derived fields recomputed (never the client's), cross-field checks as 422s at the derived field; and the
// engine's pointers and applicant mapping hold for every field of the real bundle forms.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApplicantSchema, applicantFromValues, applyDerived, fieldOfPointer, listFormFields, sectionOfField, valuePointer,
  type ApplicationInput, type FormSpec,
} from '@zwfw/core';
import { generateCatalogue } from '../src/catalogue/index.js';
import { mergeForms } from '../src/catalogue/forms/merge.js';
import { bundleApplication } from './helpers/bundle-application.js';
import { DB_KIND, call, idemKey, keyHeaders, startTestServer, type TestServer } from './helpers/server.js';

const catalogue = generateCatalogue();
const bundleOf = (id: string) => {
  const bundle = catalogue.bundles.find((b) => b.id === id)!;
  return { bundle, form: catalogue.forms.find((f) => f.id === bundle.formId)! };
};
const ENTERPRISE = bundleOf('enterprise-establishment');
const RETIREMENT = bundleOf('retirement');
const MALE_ID = '110101199003071233';

function enterprise(edit: (values: any) => void = () => {}): ApplicationInput {
  const app = bundleApplication(ENTERPRISE.form, ENTERPRISE.bundle);
  edit(app.values);
  return app;
}

describe(`form values the server stores (${DB_KIND})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ catalogue });
  });
  after(() => s.close());

  const submit = (body: unknown) => call(s.url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': idemKey() }), body });
  const storedValues = async (caseNumber: string): Promise<any> =>
    (await s.db.query<{ input: { values: unknown } }>('select input from applications where case_number = $1', [caseNumber]))[0]?.input.values;
  const cases = async () => Number((await s.db.query<{ n: number }>('select count(*)::int as n from applications'))[0]?.n);

  it('a hidden field\'s value is not stored (byAgent off, agent.idNumber sent anyway)', async () => {
    const r = await submit(enterprise((v) => {
      v.byAgent = false;
      v.agent = { name: '李四', idNumber: 'javascript:alert(1)' };
    }));
    assert.equal(r.status, 201, r.text);
    const values = await storedValues(r.body.case.caseNumber);
    assert.equal(values.agent, undefined);
    assert.equal(values.byAgent, false);
    assert.equal(values.company.name, (enterprise().values as any).company.name, 'the rest is stored');
  });

  it('an unknown key is refused with its pointer and nothing is stored', async () => {
    const before = await cases();
    const r = await submit(enterprise((v) => { v.evil = { script: '<script>' }; }));
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(r.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/values/evil/script unrecognized_key']);
    assert.equal(await cases(), before);
  });

  it('a derived total the client sent is recomputed from the shareholders', async () => {
    const r = await submit(enterprise((v) => {
      v.company.registeredCapital = 30;
      v.shareholders = [{ ...v.shareholders[0], subscribedAmount: 10 }, { ...v.shareholders[0], subscribedAmount: 20 }];
      v.company.subscribedTotal = 999;
    }));
    assert.equal(r.status, 201, r.text);
    assert.equal((await storedValues(r.body.case.caseNumber)).company.subscribedTotal, 30);
  });

  it('shareholders subscribing other than the registered capital: 422 not_equal at the derived total', async () => {
    const before = await cases();
    const r = await submit(enterprise((v) => {
      v.company.registeredCapital = 100;
      v.shareholders = [{ ...v.shareholders[0], subscribedAmount: 60 }];
      v.company.subscribedTotal = 100; // what a client claims changes nothing
    }));
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(r.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), ['/values/company/subscribedTotal not_equal']);
    assert.equal(r.body.errors[0].message, '“认缴出资合计”应等于“注册资本（认缴）”');
    assert.deepEqual(fieldOfPointer(ENTERPRISE.form, r.body.errors[0].path), { path: 'company.subscribedTotal', sectionId: 'shareholders' });
    assert.equal(await cases(), before);
  });

  it('the retirement applicant\'s birth date and sex come from the ID number, whatever the client says', async () => {
    const app = bundleApplication(RETIREMENT.form, RETIREMENT.bundle);
    app.applicant = { type: 'person', name: '一致性测试', idType: 'id_card', idNumber: MALE_ID, mobile: '13800138000' };
    const values = app.values as any;
    values.applicant = { ...values.applicant, idNumber: MALE_ID, sex: 'female', birthDate: '2000-01-01' };
    // Synthetic values cannot match these patterns.
    values.bankCard.number = '6222020200112233445';
    values.housingFund.accountNumber = '1234567890';
    const r = await submit(app);
    assert.equal(r.status, 201, r.text);
    const stored = (await storedValues(r.body.case.caseNumber)).applicant;
    assert.equal(stored.sex, 'male');
    assert.equal(stored.birthDate, '1990-03-07');
  });
});

describe('the engine on the real bundle forms', () => {
  const forms: FormSpec[] = catalogue.bundles.map((b) => catalogue.forms.find((f) => f.id === b.formId)!);

  it('every field\'s pointer maps back to the field, its section, item index and item', () => {
    let checked = 0;
    for (const form of forms) {
      for (const { path } of listFormFields(form)) {
        const [repeat, item] = path.split('[].');
        const sectionId = sectionOfField(form, path);
        assert.ok(sectionId, `${form.id} ${path} has a section`);
        const expected = item === undefined ? { path, sectionId } : { path: repeat!, sectionId, index: 2, itemId: item };
        const pointer = item === undefined ? valuePointer(path) : `${valuePointer(repeat!)}/2${valuePointer(item, '')}`;
        assert.deepEqual(fieldOfPointer(form, pointer), expected, `${form.id} ${pointer}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} fields`);
  });

  it('the submission applicant built from each bundle form\'s sample values is valid, and its pointers lead to form fields', () => {
    for (const { bundle, form } of catalogue.bundles.map((b) => bundleOf(b.id))) {
      const values = applyDerived(form, bundleApplication(form, bundle).values);
      const applicant = applicantFromValues(values);
      assert.ok(applicant, `${bundle.id} names an applicant`);
      assert.equal(ApplicantSchema.safeParse(applicant).success, true, `${bundle.id}: ${JSON.stringify(applicant)}`);
      for (const key of ['name', 'idNumber', 'mobile']) {
        const field = fieldOfPointer(form, `/applicant/${key}`, '/values', values);
        assert.ok(field && listFormFields(form).some((f) => f.path === field.path), `${bundle.id} /applicant/${key}`);
      }
    }
  });

  it('every material names its document; a shared one keeps the name of the first matter that lists it', () => {
    for (const form of catalogue.forms) {
      for (const m of form.materials) {
        assert.ok(m.name && m.name.length > 0, `${form.id}/${m.materialId} has a name`);
        const first = m.usedBy?.[0];
        if (first === undefined) continue;
        const canonical = catalogue.matters.find((x) => x.code === first.matterCode)?.materials.find((x) => x.id === first.materialId);
        assert.equal(m.name, canonical?.name, `${form.id}/${m.materialId}`);
      }
    }
  });

  it('a merge that omits a derivation\'s source drops the derived field; one that omits a check\'s target drops the check', () => {
    const fields = (omit: string[]) => mergeForms([{ matterCode: 'x', form: ENTERPRISE.form }], { omit }).sections.flatMap((sec) => sec.fields);
    assert.equal(fields([]).find((f) => f.id === 'company.subscribedTotal')?.equalsField, 'company.registeredCapital');
    const total = fields(['company.registeredCapital']).find((f) => f.id === 'company.subscribedTotal');
    assert.ok(total && total.equalsField === undefined && total.derive !== undefined);
    assert.equal(fields(['shareholders']).some((f) => f.id === 'company.subscribedTotal'), false);
  });
});
