import { expect, html } from '@open-wc/testing';
import { createClient, type ApplicationReceipt } from '@zwfw/sdk';
import './define.js';
import '../provider/define.js';
import { expectAccessible, referenceServer, until } from '../../../test/helpers.js';
import { $, $$, fillForm, mount, stepTitle, type, uploadMaterials } from '../../../test/form-helpers.js';

// 企业开办 at the demo bank's counter, against the reference server: staff sign in, fill the merged form of the
// bundle's seven matters, upload the materials with one deferred (容缺后补) under the signed commitment, give the
// customer's consent record, submit once, and the bank sees the case with its agent and one step per department.

describe('zwfw-business-registration', () => {
  it('runs the 企业开办 bundle in agent mode, with uploads and a 容缺 material, and the bank sees its per-department progress', async function () {
    this.timeout(60_000); // a whole bundle, step by step through its controls
    const { baseUrl, counterKey } = await referenceServer();
    const staffId = `S${Date.now() % 100000}`;
    const el = await mount(html`<zwfw-business-registration partner="demo-bank" branch="demo-bank-001" bank-name="中国银行"></zwfw-business-registration>`, 'zh-CN', undefined, counterKey);
    expect(stepTitle(el)).to.equal('帮办代办');
    await expectAccessible(el);

    // Signing in without a staff id is refused, with the field named.
    $<HTMLButtonElement>(el, '.agent button[type="submit"]')!.click();
    await until(() => $(el, '#a-staffId-error') !== null, 'the sign-in error');
    expect($(el, '#a-staffId-error')!.textContent).to.contain('工号');
    await expectAccessible(el);
    $<HTMLInputElement>(el, '#a-staffId')!.value = staffId;
    expect($<HTMLSelectElement>(el, '#a-branch')!.value).to.equal('demo-bank-001');
    $<HTMLButtonElement>(el, '.agent button[type="submit"]')!.click();
    await until(() => $(el, '.agent-banner') !== null, 'the agent banner');
    expect($(el, '.agent-banner')!.textContent).to.contain(staffId);

    const spec = await createClient({ baseUrl, publishableKey: counterKey, cache: false }).forms.get({ bundleId: 'enterprise-establishment' });
    // The name is checked before anything else: a proposed name without its legal form is refused on the first steps.
    const nameStep = spec.sections.findIndex((s) => s.id === 'companyName');
    expect(nameStep).to.be.greaterThan(-1);
    $$(el, '[part~="task"]')[nameStep]!.click();
    await el.updateComplete;
    await type(el, '/values/company/name', '云溪明湖示例科技');
    $<HTMLButtonElement>(el, '[part~="nav"] .button.primary')!.click();
    await el.updateComplete;
    expect($(el, '[part~="error-summary"]')!.textContent).to.contain('组织形式');
    await type(el, '/values/company/name', '云溪市明湖示例科技有限公司');
    $$(el, '[part~="task"]')[0]!.click();
    await el.updateComplete;

    await fillForm(el, spec, async (form) => {
      await uploadMaterials(form, ['经营场所'], '客户本人');
      expect($(form, '[part~="commitment-text"]')!.textContent).to.contain('容缺');
      await expectAccessible(form);
    });
    expect(stepTitle(el)).to.equal('核对并提交');
    // The host bank is preselected for 银行开户预约, and pickup is at the branch.
    expect(el.values).to.have.nested.property('bank.bankCode', '中国银行');
    expect(el.values).to.have.nested.property('delivery.method', 'bank_branch');
    await expectAccessible(el);

    // No consent record: refused, with the summary linking to the field.
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await until(() => $(el, '[part~="error-summary"]') !== null, 'the consent error');
    expect($(el, '[part~="error-summary"]')!.textContent).to.contain('授权');
    await type(el, '/agent/consentRef', 'CONSENT-2026-0001');

    const submitted = new Promise<ApplicationReceipt>((resolve) => el.addEventListener('zwfw-submit', (e) => resolve(e.detail), { once: true }));
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await until(() => $(el, '[part~="result"]') !== null || (!$(el, '[part~="submit-button"]')?.hasAttribute('disabled') && $(el, '[role="alert"]') !== null), 'the answer', 15_000);
    if (!$(el, '[part~="result"]')) throw new Error(`not submitted: ${$(el, '[part~="step"]')!.textContent!.replace(/\s+/g, ' ').slice(0, 600)}`);
    const receipt = await submitted;
    await expectAccessible(el);

    // The bank's view: its case, the agent recorded, one step per department of the bundle.
    const bank = createClient({ baseUrl, publishableKey: counterKey, cache: false });
    const listed = (await bank.partner.casesPage({ branch: 'demo-bank-001' })).items.find((c) => c.caseNumber === receipt.case.caseNumber);
    expect(listed?.agent?.staffId).to.equal(staffId);
    const progress = await bank.partner.case(receipt.case.caseNumber);
    expect(progress.steps?.length).to.equal(spec.sourceMatters!.length);
    expect(new Set(progress.steps!.map((s) => s.department)).size).to.be.greaterThan(3);
    expect(progress.pendingMaterials?.some((m) => m.name.includes('经营场所'))).to.equal(true);
  });
});
