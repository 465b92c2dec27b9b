import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control } from '../../../test/form-helpers.js';
import './define.js';
import '../provider/define.js';
import type { FormSpec } from '@zwfw/core';
import { mount, sr } from '../../../test/form-helpers.js';
import { expectAccessible } from '../../../test/helpers.js';
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
      { id: 'a.company', label: '企业名称', kind: 'companyName' },
      { id: 'a.email', label: '邮箱', kind: 'email' },
      { id: 'a.address', label: '地址', kind: 'address' },
      { id: 'a.file', label: '附件', kind: 'file', materialId: 'attachment' },
      { id: 'people', label: '成员', kind: 'repeat', itemFields: [{ id: 'name', label: '成员姓名', kind: 'text', required: true }] },
    ],
  }],
  materials: [],
};


describe('debug', () => {
  it('mounts', async () => {
    const el = await mount(html`<zwfw-form .spec=${ALL_KINDS}></zwfw-form>`);
    await new Promise((r) => setTimeout(r, 2000));
    console.log('after', sr(el).textContent!.replace(/\s+/g, ' ').slice(0, 300));
    await expectAccessible(el);
    console.log('axe ok');
    control(el, '/values/a/text').focus();
    await sendKeys({ type: '张三' });
    console.log('typed', JSON.stringify(el.values));
    await sendKeys({ press: 'Tab' });
    console.log('tab', JSON.stringify(el.values));
    expect(el).to.exist;
  });
});
