import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormSpec, MatterSummary } from '@zwfw/core';
import { createClient } from '@zwfw/sdk';
import './define.js';
import '../provider/define.js';
import type { ZwfwForm } from './zwfw-form.js';
import { domId } from './fields.js';
import { expectAccessible, referenceServer, testClient, until } from '../../../test/helpers.js';
import { $, $$, active, control, fillForm, mount, next, sr, type, uploadMaterials } from '../../../test/form-helpers.js';

let matters: Promise<MatterSummary[]> | undefined;
const withForms = (): Promise<MatterSummary[]> =>
  (matters ??= testClient().then(async (c) => (await c.matters.list({ limit: 100 }).toArray({ max: 200 })).filter((m) => m.hasForm)));

/** A form spec with every field kind core defines, for the keyboard tests (not submitted). */
const ALL_KINDS: FormSpec = {
  id: 'form-all-kinds', version: 't1', title: '字段类型测试表', matterCode: '11440000000000000X4000000000000',
  sections: [{
    id: 'all', title: '全部字段类型', fields: [
      { id: 'a.text', label: '姓名', kind: 'text', required: true, maxLength: 20 },
      { id: 'a.textarea', label: '说明', kind: 'textarea' },
      { id: 'a.number', label: '人数', kind: 'number', min: 1, max: 100 },
      { id: 'a.money', label: '金额', kind: 'money', unit: '万元' },
      { id: 'a.date', label: '日期', kind: 'date', min: '2020-01-01', max: '2030-12-31' },
      { id: 'a.select', label: '类型', kind: 'select', options: [{ value: 'x', label: '甲' }, { value: 'y', label: '乙' }] },
      { id: 'a.multi', label: '多选', kind: 'multiselect', options: [{ value: 'm1', label: '一' }, { value: 'm2', label: '二' }] },
      { id: 'a.radio', label: '单选', kind: 'radio', options: [{ value: 'r1', label: '是' }, { value: 'r2', label: '否' }] },
      { id: 'a.check', label: '同意', kind: 'checkbox' },
      { id: 'a.id', label: '身份证号', kind: 'idCard' },
      { id: 'a.credit', label: '信用代码', kind: 'creditCode' },
      { id: 'a.mobile', label: '手机', kind: 'mobile' },
      { id: 'a.region', label: '区划', kind: 'regionCode' },
      { id: 'a.company', label: '企业名称', kind: 'companyName', strict: true },
      { id: 'a.email', label: '邮箱', kind: 'email' },
      { id: 'a.address', label: '地址', kind: 'address' },
      { id: 'a.file', label: '附件', kind: 'file', materialId: 'attachment' },
      { id: 'people', label: '成员', kind: 'repeat', itemFields: [{ id: 'name', label: '成员姓名', kind: 'text', required: true }] },
    ],
  }],
  materials: [],
};

describe('zwfw-form', () => {
  afterEach(() => localStorage.clear());

  it('renders a matter\'s form as steps with a task list, accessible in every locale and in 适老化 mode', async () => {
    const code = (await withForms())[0]!.code;
    for (const [lang, elderly] of [['zh-CN', false], ['zh-TW', false], ['en', false], ['zh-CN', true]] as const) {
      const el = await mount(html`<zwfw-form matter-code=${code} draft-scope=${`t-${Math.random()}`} ?elderly=${elderly}></zwfw-form>`, lang);
      expect($$(el, '[part~="task"]').length).to.be.greaterThan(2);
      expect($(el, '[part~="task"][aria-current="step"]')).to.exist;
      await expectAccessible(el);
      // Every step, by the task list.
      const tasks = $$(el, '[part~="task"]').length;
      for (let i = 1; i < tasks; i++) {
        $$(el, '[part~="task"]')[i]!.click();
        await el.updateComplete;
        await expectAccessible(el);
      }
    }
  });

  it('takes every field kind by keyboard, normalising what was typed', async () => {
    const el = await mount(html`<zwfw-form .spec=${ALL_KINDS} draft-scope=${`k-${Math.random()}`}></zwfw-form>`);
    await expectAccessible(el);
    control(el, '/values/a/text').focus();
    await sendKeys({ type: '张三' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '第一行' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '１２' }); // full-width digits
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1,000.5' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(control(el, '/values/a/date'));
    await sendKeys({ type: '03052024' }); // month, day, year: the segments of Chromium's date input (en-US)
    // Tab from the date goes to the browser's own calendar button inside it, whose popup headless Chromium
    // cannot close: leave the date by moving on to the next control.
    control(el, '/values/a/select').focus();
    await sendKeys({ press: 'ArrowDown' }); // select: first option
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // multiselect: 一
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // radio group: 是
    await sendKeys({ press: 'ArrowDown' }); // … then 否
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // checkbox
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '１１０１０１ １９９００３０７ １２３３' }); // pasted with full-width digits and spaces
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '91440106ma9xyw1234' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '+86 138-0013-8000' });
    await sendKeys({ press: 'Tab' });
    await until(() => $(el, '[part~="region-level"] option:nth-child(2)') !== null, 'the provinces');
    expect(active(el)).to.equal(control(el, '/values/a/region'));
    await sendKeys({ press: 'ArrowDown' }); // the first province, which loads its cities
    await until(() => $$(el, '[part~="region-level"]').length === 2 && $$(el, '[part~="region-level"]')[1]!.querySelectorAll('option').length > 1, 'the cities');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await until(() => active(el)?.id === domId('/values/a/company') || active(el)?.getAttribute('part')?.includes('region-level') === true, 'the next control');
    while (active(el)?.id !== domId('/values/a/company')) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '广州市天河区示例科技有限公司' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'a@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '示例路1号' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('type')).to.equal('file');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('part')).to.contain('add-button');
    await sendKeys({ press: 'Enter' }); // a repeat item; focus moves into it
    await until(() => active(el)?.id === domId('/values/people/0/name'), 'focus in the new item');
    await sendKeys({ type: '李四' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;

    const v = el.values as { a: Record<string, unknown>; people: unknown[] };
    expect(v.a['text']).to.equal('张三');
    expect(v.a['textarea']).to.equal('第一行');
    expect(v.a['number']).to.equal(12);
    expect(v.a['money']).to.equal(1000.5);
    expect(String(v.a['date'])).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(v.a['select']).to.equal('x');
    expect(v.a['multi']).to.deep.equal(['m1']);
    expect(v.a['radio']).to.equal('r2');
    expect(v.a['check']).to.equal(true);
    expect(v.a['id']).to.equal('110101199003071233');
    expect(v.a['credit']).to.equal('91440106MA9XYW1234');
    expect(v.a['mobile']).to.equal('13800138000');
    expect(String(v.a['region'])).to.match(/^\d{6}$/);
    expect(v.a['company']).to.equal('广州市天河区示例科技有限公司');
    expect(v.a['email']).to.equal('a@example.com');
    expect(v.people).to.deep.equal([{ name: '李四' }]);
    // Nothing the person typed shows an error.
    expect($$(el, '[part~="field-error"]')).to.have.length(0);
    await expectAccessible(el);
  });

  it('lists a step\'s problems in a summary that links to each field, in plain words per problem', async () => {
    const el = await mount(html`<zwfw-form .spec=${ALL_KINDS} draft-scope=${`e-${Math.random()}`} lang="zh-CN"></zwfw-form>`);
    await type(el, '/values/a/id', '110101199003071234'); // wrong check digit
    await type(el, '/values/a/credit', '91440106MA9XYW1235'); // wrong check character
    await type(el, '/values/a/company', '天河科技'); // breaks the naming rules
    await type(el, '/values/a/date', '2019-12-31'); // before the allowed range
    await next(el);
    const summary = $(el, '[part~="error-summary"]')!;
    expect(summary).to.exist;
    expect(active(el)).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    const texts = links.map((a) => a.textContent!.trim());
    expect(texts.some((t) => t.includes('姓名'))).to.equal(true, texts.join('|')); // required
    const byField = (p: string) => $(el, `#${CSS.escape(`${domId(p)}-error`)}`)?.textContent ?? '';
    expect(byField('/values/a/id')).to.match(/校验/);
    expect(byField('/values/a/credit')).to.match(/校验/);
    expect(byField('/values/a/company')).to.not.equal('');
    expect(byField('/values/a/date')).to.match(/2020-01-01/);
    // Four different messages: each problem says what to fix.
    expect(new Set([byField('/values/a/id'), byField('/values/a/credit'), byField('/values/a/company'), byField('/values/a/date')]).size).to.equal(4);
    await expectAccessible(el);
    // A summary link moves focus to its field.
    links.find((a) => a.textContent!.includes('身份证号'))!.click();
    await el.updateComplete;
    expect(active(el)).to.equal(control(el, '/values/a/id'));
    expect(control(el, '/values/a/id').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, '/values/a/id').getAttribute('aria-describedby')).to.contain(`${domId('/values/a/id')}-error`);
    // Nothing typed was lost.
    expect((el.values as { a: { id: string } }).a.id).to.equal('110101199003071234');
  });

  it('saves a draft as the person types and offers it back after a reload, with the same idempotency key', async () => {
    const code = (await withForms())[0]!.code;
    const scope = `r-${Math.random()}`;
    const spec = await (await testClient()).forms.get({ matterCode: code });
    const first = spec.sections[0]!.fields.find((f) => f.kind === 'text' || f.kind === 'address')!;
    const pointer = `/values/${first.id.split('.').join('/')}`;
    let el = await mount(html`<zwfw-form matter-code=${code} draft-scope=${scope}></zwfw-form>`);
    await type(el, pointer, '草稿里的内容');
    await next(el);
    await until(() => /已自动保存/.test($(el, '[part~="draft-status"]')!.textContent!), 'the draft to be saved');
    const key = (el as unknown as { formState: { idempotencyKey: string } }).formState.idempotencyKey;
    el.closest('zwfw-provider')!.remove(); // the tab is closed

    el = await mount(html`<zwfw-form matter-code=${code} draft-scope=${scope}></zwfw-form>`);
    await until(() => $(el, '.resume') !== null, 'the draft to be offered');
    await expectAccessible(el);
    [...$$(el, '.resume button')].find((b) => b.textContent!.includes('继续'))!.click();
    await el.updateComplete;
    expect(el.values).to.have.nested.property(first.id, '草稿里的内容');
    expect((el as unknown as { formState: { idempotencyKey: string } }).formState.idempotencyKey).to.equal(key);
  });

  it('submits exactly once through a network that drops before and after the server commits', async () => {
    const { baseUrl, key } = await referenceServer();
    const code = (await withForms()).find((m) => !m.name.includes('一件事'))!.code;
    const spec = await (await testClient()).forms.get({ matterCode: code });
    let mode: 'drop-before' | 'drop-after' | 'ok' = 'drop-before';
    const committed: string[] = [];
    const flaky: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      if (!url.includes('/v1/applications') || method !== 'POST') return fetch(input, init);
      if (mode === 'drop-before') throw new TypeError('Failed to fetch');
      const res = await fetch(input, init);
      if (mode === 'drop-after') {
        committed.push(((await res.clone().json()) as { case: { caseNumber: string } }).case.caseNumber);
        throw new TypeError('Failed to fetch');
      }
      return res;
    };
    const client = createClient({ baseUrl, publishableKey: key, fetch: flaky, retry: false, cache: false });
    const el = await mount(html`<zwfw-form matter-code=${code} draft-scope=${`n-${Math.random()}`}></zwfw-form>`, 'zh-CN', client);
    await fillForm(el, spec, (e) => uploadMaterials(e));
    const submit = () => $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    submit();
    await until(() => /提交未成功/.test(sr(el).textContent!), 'the first failure');
    expect(sr(el).textContent).to.contain('不会重复提交');
    mode = 'drop-after';
    submit();
    await until(() => committed.length === 1 && !$(el, '[part~="submit-button"]')!.hasAttribute('disabled'), 'the second failure');
    mode = 'ok';
    const receipt = new Promise<{ case: { caseNumber: string } }>((resolve) => el.addEventListener('zwfw-submit', (e) => resolve(e.detail), { once: true }));
    submit();
    const got = await receipt;
    // The third attempt carried the same key as the one the server committed: the same case comes back.
    expect(got.case.caseNumber).to.equal(committed[0]);
    await until(() => $(el, '[part~="result"]') !== null, 'the result');
    expect($(el, '.case-number')!.textContent).to.equal(committed[0]);
    await expectAccessible(el);
  });

  it('says it is offline, keeps the answers, and submits by itself when the connection returns', async () => {
    const { baseUrl, key } = await referenceServer();
    const code = (await withForms()).find((m) => !m.name.includes('一件事'))!.code;
    const spec = await (await testClient()).forms.get({ matterCode: code });
    let online = true;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      const net: typeof fetch = async (input, init) => {
        if (!online) throw new TypeError('Failed to fetch');
        return fetch(input, init);
      };
      const client = createClient({ baseUrl, publishableKey: key, fetch: net, retry: false, cache: false });
      const el = await mount(html`<zwfw-form matter-code=${code} draft-scope=${`o-${Math.random()}`}></zwfw-form>`, 'zh-CN', client);
      await fillForm(el, spec, (e) => uploadMaterials(e));
      online = false;
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(el.matches(':state(offline)')).to.equal(true);
      const receipts: string[] = [];
      el.addEventListener('zwfw-submit', (e) => receipts.push(e.detail.case.caseNumber));
      $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
      await until(() => /网络恢复后将自动继续提交/.test(sr(el).textContent!), 'the offline notice');
      await expectAccessible(el);
      online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => $(el, '[part~="result"]') !== null, 'the submission when the connection returned', 8000);
      expect(receipts).to.have.length(1);
    } finally {
      Object.defineProperty(navigator, 'onLine', onLine);
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  });

  it('prefills from the profile: authoritative values are locked, masked and say where they came from', async () => {
    const code = (await withForms())[0]!.code;
    const spec = await (await testClient()).forms.get({ matterCode: code });
    const locked = spec.sections.flatMap((x) => x.fields).filter((f) => f.prefillFrom === 'user.idNumber' && f.readOnlyWhenPrefilled);
    expect(locked.length, 'the sample form prefills the ID number').to.be.greaterThan(0);
    const profile = { user: { name: '张三', idNumber: '110101199003071233', mobile: '13800138000' } };
    const el = await mount(html`<zwfw-form matter-code=${code} draft-scope=${`p-${Math.random()}`} .profile=${profile}></zwfw-form>`);
    const pointer = `/values/${locked[0]!.id.split('.').join('/')}`;
    const input = control<HTMLInputElement>(el, pointer);
    expect(input.readOnly).to.equal(true);
    expect(input.value).to.equal('110101********1233');
    expect($(el, `#${CSS.escape(`${domId(pointer)}-hint`)}`)!.textContent).to.contain('实名认证信息');
    expect(el.values).to.have.nested.property(locked[0]!.id, '110101199003071233');
    await expectAccessible(el);
  });
});

