import type { FormSection } from '@zwfw/core';
import { field, item, options, personFields, section } from './fields.js';

// The specific sections of each smart form, keyed by the form id a family template names. Common sections
// (applicant or organisation, agent, delivery) are added by the form builder.

/** Who applies: a person (prefilled from the real-name login) or an organisation (from the e-licence). */
export type ApplicantKind = 'person' | 'organisation' | 'none';

export interface FormTemplate {
  readonly applicant: ApplicantKind;
  /** A person's birth date and sex, read from the ID number (retirement turns on them). */
  readonly applicantFacts?: boolean;
  readonly sections: () => FormSection[];
}

const req = { required: true } as const;
const ENTITY_TYPES = options('有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）', '股份有限公司', '有限责任公司分公司', '个人独资企业', '普通合伙企业', '有限合伙企业', '农民专业合作社');
const BANKS = options('中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '中国邮政储蓄银行', '招商银行', '云溪农村商业银行（示例）');

function companyNameSection(): FormSection {
  return section('companyName', '企业名称', [
    field('company.nameParts.region', '行政区划', 'select', { ...req, options: options('云溪', '云溪市', '明湖', '（不含行政区划）') }),
    field('company.nameParts.tradeName', '字号', 'text', { ...req, minLength: 2, maxLength: 10, pattern: '^[\\u4e00-\\u9fa5]+$', help: '使用规范汉字，至少2个字，不得使用拼音字母和阿拉伯数字' }),
    field('company.nameParts.industry', '行业或经营特点', 'text', { ...req, maxLength: 20 }),
    field('company.nameParts.orgForm', '组织形式', 'select', { ...req, options: options('有限公司', '有限责任公司', '股份有限公司', '合伙企业（普通合伙）', '合伙企业（有限合伙）', '个人独资企业', '农民专业合作社') }),
    field('company.name', '企业名称（完整）', 'companyName', { ...req, strict: true, help: '由行政区划、字号、行业或者经营特点、组织形式依次组成' }),
  ]);
}

function establishmentSections(): FormSection[] {
  const org = { field: 'shareholderType', equals: '企业法人' } as const;
  return [
    section('company', '企业基本信息', [
      field('company.name', '企业名称', 'companyName', { ...req, help: '已通过名称自主申报的名称' }),
      field('company.entityType', '主体类型', 'select', { ...req, options: ENTITY_TYPES }),
      field('company.registeredCapital', '注册资本（认缴）', 'money', { ...req, min: 0, unit: '万元' }),
      field('company.businessScope', '经营范围', 'textarea', { ...req, maxLength: 2000, help: '按经营范围规范表述目录选择' }),
      field('company.address.regionCode', '住所所在区划', 'regionCode', { ...req, prefillFrom: 'district.regionCode' }),
      field('company.address.detail', '住所详细地址', 'address', { ...req, maxLength: 200 }),
      field('company.operatingTerm', '经营期限', 'select', { ...req, options: options('长期', '10年', '20年', '30年') }),
    ]),
    section('legalRep', '法定代表人', personFields('legalRep', '法定代表人')),
    section('shareholders', '股东（发起人）', [
      field('shareholders', '股东（发起人）', 'repeat', {
        ...req, minItems: 1, maxItems: 50,
        itemFields: [
          item('shareholderType', '股东类型', 'radio', { ...req, options: options('自然人', '企业法人') }),
          item('name', '股东姓名或名称', 'text', { ...req, maxLength: 100 }),
          item('idNumber', '公民身份号码', 'idCard', { rules: [{ effect: 'hide', when: org }] }),
          item('creditCode', '统一社会信用代码', 'creditCode', { rules: [{ effect: 'show', when: org }, { effect: 'require', when: org }] }),
          item('subscribedAmount', '认缴出资额', 'money', { ...req, min: 0, unit: '万元' }),
          item('contributionMethod', '出资方式', 'select', { ...req, options: options('货币', '实物', '知识产权', '土地使用权', '股权') }),
          item('contributionDeadline', '认缴出资期限', 'date', { ...req, help: '有限责任公司全体股东认缴的出资额应在公司成立之日起五年内缴足' }),
        ],
      }),
      // Computed from the shareholders (never typed) and checked against the registered capital it must equal.
      field('company.subscribedTotal', '认缴出资合计', 'money', {
        unit: '万元', derive: { sumOf: 'shareholders[].subscribedAmount' }, equalsField: 'company.registeredCapital',
        help: '根据各股东认缴出资额自动合计，应等于注册资本',
      }),
    ]),
    section('officers', '董事、监事、经理', [
      field('officers', '董事、监事、高级管理人员', 'repeat', {
        ...req, minItems: 1, maxItems: 30,
        itemFields: [
          // 2024 公司法 has no 执行董事: a small company may have one 董事 instead of a 董事会 (art. 75), and an
          // 审计委员会 of 董事 may replace the 监事会 / 监事 (arts. 69, 121); a small company may have one 监事 or,
          // with every shareholder's consent, none (art. 83).
          item('role', '职务', 'select', {
            ...req,
            options: options('董事长', '董事', '职工代表董事', '审计委员会成员', '监事', '经理', '财务负责人'),
            help: '规模较小或者股东人数较少的公司可以不设董事会，设一名董事；设审计委员会的可以不设监事会或者监事',
          }),
          item('name', '姓名', 'text', { ...req, maxLength: 50 }),
          item('idNumber', '公民身份号码', 'idCard', req),
        ],
      }),
    ]),
    section('liaison', '登记联络员', personFields('liaison', '联络员')),
  ];
}

function foodSections(filing: boolean): FormSection[] {
  const online = { field: 'food.onlineSales', equals: true } as const;
  return [
    section('food', filing ? '备案信息' : '食品经营项目', [
      field('business.name', '经营者名称', 'companyName', { ...req, prefillFrom: 'eLicense.businessLicense.name' }),
      field('business.premises', '经营场所', 'address', { ...req, maxLength: 200 }),
      field('food.mainBusiness', '主体业态', 'select', { ...req, options: options(...(filing ? ['食品销售经营者'] : ['食品销售经营者', '餐饮服务经营者', '单位食堂'])) }),
      field('food.items', '经营项目', 'multiselect', { ...req, options: options(...(filing ? ['预包装食品销售（含冷藏冷冻食品）', '预包装食品销售（不含冷藏冷冻食品）'] : ['散装食品销售', '特殊食品销售', '热食类食品制售', '冷食类食品制售', '生食类食品制售', '半成品制售', '自制饮品制售'])) }),
      ...(filing ? [] : [
        field('food.area', '经营场所面积（平方米）', 'number', { ...req, min: 1, max: 100000 }),
        ...personFields('food.safetyManager', '食品安全管理员'),
      ]),
      field('food.onlineSales', '通过网络经营', 'checkbox'),
      field('food.platform', '入网平台名称', 'text', { rules: [{ effect: 'show', when: online }, { effect: 'require', when: online }], maxLength: 100 }),
    ]),
  ];
}

function individualBusinessSections(): FormSection[] {
  return [
    section('operator', '经营者', personFields('operator', '经营者', true)),
    section('business', '个体工商户信息', [
      field('business.name', '个体工商户名称（可不起字号）', 'companyName', { maxLength: 50 }),
      field('business.compositionForm', '组成形式', 'radio', { ...req, options: options('个人经营', '家庭经营') }),
      field('business.scope', '经营范围', 'textarea', { ...req, maxLength: 1000 }),
      field('business.premises', '经营场所', 'address', { ...req, maxLength: 200 }),
      field('business.premisesRegion', '经营场所所在区划', 'regionCode', { ...req, prefillFrom: 'district.regionCode' }),
      field('business.employees', '从业人数', 'number', { min: 0, max: 1000 }),
    ]),
  ];
}

function realEstateSections(): FormSection[] {
  const transfer = { field: 'registration.kind', equals: '转移登记' } as const;
  const mortgage = { field: 'registration.kind', equals: '抵押权登记' } as const;
  return [
    section('property', '不动产情况', [
      field('registration.kind', '登记类型', 'select', { ...req, options: options('首次登记', '转移登记', '变更登记', '注销登记', '抵押权登记', '预告登记', '更正登记', '补证换证', '资料查询') }),
      field('property.location', '坐落', 'address', { ...req, maxLength: 200 }),
      field('property.unitNumber', '不动产单元号', 'text', { pattern: '^\\d{12}[A-Z]{2}\\d{5}[A-Z]\\d{8}$', help: '28位，见不动产权证书' }),
      field('property.certificateNumber', '不动产权证书号', 'text', { maxLength: 60, prefillFrom: 'eLicense.realEstateCertificate.number' }),
      field('property.use', '用途', 'select', { ...req, options: options('住宅', '商业', '办公', '工业', '其他') }),
      field('property.area', '建筑面积（平方米）', 'number', { min: 0, max: 1000000 }),
    ]),
    section('parties', '权利人及义务人', [
      field('obligees', '权利人（申请人）', 'repeat', {
        ...req, minItems: 1, maxItems: 20,
        itemFields: [item('name', '姓名或名称', 'text', req), item('idNumber', '证件号码', 'idCard', req), item('share', '共有份额或方式', 'text', { maxLength: 50 })],
      }),
      field('obligors', '义务人（转让方）', 'repeat', {
        rules: [{ effect: 'show', when: transfer }, { effect: 'require', when: transfer }], minItems: 0, maxItems: 20,
        itemFields: [item('name', '姓名或名称', 'text', req), item('idNumber', '证件号码', 'idCard', req)],
      }),
      field('transaction.price', '成交价格', 'money', { unit: '元', min: 0, rules: [{ effect: 'show', when: transfer }, { effect: 'require', when: transfer }] }),
      field('mortgage.amount', '被担保主债权数额', 'money', { unit: '元', min: 0, rules: [{ effect: 'show', when: mortgage }, { effect: 'require', when: mortgage }] }),
      field('mortgage.term', '债务履行期限', 'text', { rules: [{ effect: 'show', when: mortgage }], maxLength: 100 }),
    ]),
  ];
}

function housingFundWithdrawSections(): FormSection[] {
  return [section('withdrawal', '提取信息', [
    field('housingFund.accountNumber', '个人住房公积金账号', 'text', { ...req, pattern: '^\\d{8,20}$', prefillFrom: 'housingFund.accountNumber' }),
    field('withdrawal.reason', '提取原因', 'select', { ...req, options: options('购买自住住房', '偿还住房贷款本息', '租赁住房', '离休、退休', '完全丧失劳动能力并与单位终止劳动关系', '出境定居', '重大疾病', '其他') }),
    field('withdrawal.amount', '提取金额', 'money', { ...req, min: 0.01, unit: '元', help: '不超过账户可提取余额' }),
    field('bankCard.bank', '收款银行', 'select', { ...req, options: BANKS }),
    field('bankCard.number', '本人银行卡号', 'text', { ...req, pattern: '^\\d{12,19}$' }),
  ])];
}

function housingFundRegisterSections(): FormSection[] {
  return [section('housingFund', '住房公积金缴存登记', [
    field('housingFund.contributionRate', '单位缴存比例', 'select', { ...req, options: options('5%', '6%', '7%', '8%', '9%', '10%', '11%', '12%') }),
    field('housingFund.payDay', '每月汇缴日', 'select', { ...req, options: options('5日', '10日', '15日', '20日', '25日') }),
    field('housingFund.handler.name', '公积金专管员姓名', 'text', { ...req, maxLength: 50 }),
    field('housingFund.handler.mobile', '公积金专管员手机号码', 'mobile', req),
    employeesField(),
  ])];
}

/** 员工名单: the same field for 社保 and 公积金 registration, so a bundle asks for it once. */
function employeesField() {
  return field('employees', '参保（缴存）职工', 'repeat', {
    minItems: 0, maxItems: 500,
    help: '新开办企业暂无职工的可不填',
    itemFields: [item('name', '姓名', 'text', req), item('idNumber', '公民身份号码', 'idCard', req), item('startDate', '用工起始日期', 'date', req), item('wage', '月工资（缴费基数）', 'money', { ...req, min: 0, unit: '元' })],
  });
}

function socialInsuranceUnitSections(): FormSection[] {
  return [section('socialInsurance', '单位参保登记', [
    field('socialInsurance.types', '参保险种', 'multiselect', { ...req, options: options('企业职工基本养老保险', '失业保险', '工伤保险', '职工基本医疗保险（含生育保险）') }),
    field('socialInsurance.bank', '社会保险费缴费开户银行', 'select', { options: BANKS }),
    employeesField(),
  ])];
}

function sealSections(): FormSection[] {
  return [section('seal', '印章刻制', [
    field('seal.types', '刻制印章', 'multiselect', { ...req, options: options('单位公章', '财务专用章', '发票专用章', '合同专用章', '法定代表人名章') }),
    field('seal.material', '印章材质', 'select', { ...req, options: options('铜质', '光敏', '原子', '橡胶') }),
    field('seal.maker', '刻章企业', 'select', { ...req, options: options('明湖印章有限公司（示例）', '云溪诚信刻字服务部（示例）', '滨江印务有限公司（示例）'), help: '自主选择，任何单位不得指定' }),
    field('seal.electronic', '同步申领电子印章', 'checkbox'),
  ])];
}

function invoiceSections(): FormSection[] {
  return [section('invoice', '发票领用', [
    field('invoice.types', '发票种类', 'multiselect', { ...req, options: options('数电发票（增值税专用发票）', '数电发票（普通发票）') }),
    field('invoice.vatStatus', '增值税纳税人类型', 'radio', { ...req, options: options('小规模纳税人', '一般纳税人') }),
    ...personFields('taxAgent', '办税人'),
    ...personFields('finance', '财务负责人'),
  ])];
}

function bankSections(): FormSection[] {
  return [section('bank', '银行开户预约', [
    field('bank.bankCode', '开户银行', 'select', { ...req, options: BANKS }),
    field('bank.branch', '开户网点', 'text', { ...req, maxLength: 100 }),
    field('bank.appointmentDate', '预约日期', 'date', req),
    field('bank.timeSlot', '预约时段', 'select', { ...req, options: options('上午9:00-12:00', '下午13:30-17:00') }),
  ])];
}

function babySections(withCertificateNumber: boolean): FormSection[] {
  return [
    section('baby', '新生儿信息', [
      field('baby.name', '新生儿姓名', 'text', { ...req, maxLength: 30 }),
      field('baby.gender', '性别', 'radio', { ...req, options: options('男', '女') }),
      field('baby.birthDate', '出生日期', 'date', req),
      field('baby.birthPlace', '出生地点（助产机构）', 'text', { ...req, maxLength: 100 }),
      ...(withCertificateNumber ? [field('baby.birthCertificateNumber', '出生医学证明编号', 'text', { ...req, pattern: '^[A-Z]\\d{9}$' })] : []),
    ]),
    section('parents', '父母信息', [
      field('mother.name', '母亲姓名', 'text', { ...req, maxLength: 50 }),
      field('mother.idNumber', '母亲公民身份号码', 'idCard', req),
      field('father.name', '父亲姓名', 'text', { maxLength: 50 }),
      field('father.idNumber', '父亲公民身份号码', 'idCard'),
    ]),
  ];
}

function birthRegistrationSections(): FormSection[] {
  return [...babySections(true), section('household', '落户信息', [
    field('household.parent', '随父或随母落户', 'radio', { ...req, options: options('随父', '随母') }),
    field('household.registerAddress', '落户地址', 'address', { ...req, maxLength: 200 }),
    field('household.relation', '与户主关系', 'select', { ...req, options: options('子', '女', '孙子', '孙女', '其他') }),
  ])];
}

function pensionSections(): FormSection[] {
  return [section('pension', '养老金申领', [
    field('pension.retirementType', '退休类型', 'select', { ...req, options: options('正常退休', '弹性提前退休', '弹性延迟退休') }),
    field('pension.retirementDate', '退休日期', 'date', req),
    field('pension.lastEmployer', '最后参保单位', 'companyName', { maxLength: 100 }),
    field('bankCard.bank', '养老金发放银行', 'select', { ...req, options: BANKS }),
    field('bankCard.number', '本人银行卡号（社会保障卡金融账户）', 'text', { ...req, pattern: '^\\d{12,19}$' }),
    field('applicant.residenceRegion', '常住地区划', 'regionCode', req),
  ])];
}

function marriageSections(): FormSection[] {
  return [
    section('partyA', '男方信息', [...personFields('partyA', '男方'), field('partyA.occupation', '职业', 'text', { maxLength: 50 })]),
    section('partyB', '女方信息', [...personFields('partyB', '女方'), field('partyB.occupation', '职业', 'text', { maxLength: 50 })]),
    section('appointment', '预约信息', [
      field('appointment.date', '预约登记日期', 'date', req),
      field('appointment.office', '婚姻登记处', 'select', { ...req, options: options('明湖区婚姻登记处', '明湖区婚姻登记处（湖滨颁证点）') }),
      field('appointment.ceremony', '申请颁证仪式', 'checkbox'),
    ]),
  ];
}

function idCardSections(temporary: boolean): FormSection[] {
  const post = { field: 'idCard.collection', equals: '邮寄送达' } as const;
  return [section('idCard', temporary ? '临时身份证申领' : '身份证申领', [
    field('idCard.reason', '申领原因', 'select', { ...req, options: options(...(temporary ? ['急需使用（正式证件制作期间）'] : ['首次申领', '有效期满换领', '证件损坏换领', '登记项目变更换领', '丢失补领'])) }),
    field('idCard.collection', '领取方式', 'radio', { ...req, options: options('受理点领取', '邮寄送达') }),
    field('idCard.postAddress', '邮寄地址', 'address', { rules: [{ effect: 'show', when: post }, { effect: 'require', when: post }], maxLength: 200 }),
  ])];
}

function hygieneSections(): FormSection[] {
  return [section('place', '公共场所信息', [
    field('business.name', '单位名称', 'companyName', { ...req, prefillFrom: 'eLicense.businessLicense.name' }),
    field('business.premises', '经营场所', 'address', { ...req, maxLength: 200 }),
    field('place.category', '场所类别', 'select', { ...req, options: options('宾馆、酒店、旅店、招待所', '公共浴室、温泉浴、足浴', '理发店、美容店', '游泳场（馆）', '歌舞厅、音乐厅', '其他') }),
    field('place.area', '营业面积（平方米）', 'number', { ...req, min: 1, max: 100000 }),
    field('place.employees', '从业人员数', 'number', { ...req, min: 0, max: 10000 }),
    field('place.allHealthCertified', '从业人员均持有效健康合格证明', 'checkbox', req),
  ])];
}

function genericSections(): FormSection[] {
  return [section('request', '申请事项', [
    field('request.description', '申请事项说明', 'textarea', { ...req, maxLength: 1000 }),
  ])];
}

export const FORM_TEMPLATES: Readonly<Record<string, FormTemplate>> = {
  'company-name': { applicant: 'person', sections: () => [companyNameSection()] },
  'company-establish': { applicant: 'person', sections: establishmentSections },
  'company-change': { applicant: 'organisation', sections: () => [section('change', '变更事项', [field('changes', '变更事项', 'repeat', { ...req, minItems: 1, maxItems: 20, itemFields: [item('item', '变更项目', 'select', { ...req, options: options('名称', '住所', '法定代表人', '注册资本', '经营范围', '股东', '经营期限', '董事、监事、经理', '其他') }), item('before', '原登记内容', 'text', { ...req, maxLength: 500 }), item('after', '申请变更内容', 'text', { ...req, maxLength: 500 })] })])] },
  'company-cancel': { applicant: 'organisation', sections: () => [section('cancel', '注销信息', [field('cancel.reason', '注销原因', 'select', { ...req, options: options('决议解散', '章程规定的营业期限届满', '被吊销营业执照', '其他') }), field('cancel.simplified', '适用简易注销程序', 'checkbox'), field('cancel.liquidationDate', '清算完成日期', 'date', req)])] },
  'individual-business': { applicant: 'none', sections: individualBusinessSections },
  seal: { applicant: 'organisation', sections: sealSections },
  invoice: { applicant: 'organisation', sections: invoiceSections },
  'bank-appointment': { applicant: 'organisation', sections: bankSections },
  'food-license': { applicant: 'organisation', sections: () => foodSections(false) },
  'food-filing': { applicant: 'organisation', sections: () => foodSections(true) },
  'public-place-hygiene': { applicant: 'organisation', sections: hygieneSections },
  'real-estate': { applicant: 'person', sections: realEstateSections },
  'housing-fund-withdraw': { applicant: 'person', sections: housingFundWithdrawSections },
  'housing-fund-loan': { applicant: 'person', sections: () => [section('loan', '贷款信息', [field('loan.amount', '申请贷款金额', 'money', { ...req, min: 1, unit: '万元' }), field('loan.years', '贷款年限', 'number', { ...req, min: 1, max: 30 }), field('loan.repayment', '还款方式', 'radio', { ...req, options: options('等额本息', '等额本金') }), field('property.location', '所购房屋坐落', 'address', { ...req, maxLength: 200 }), field('transaction.price', '购房总价', 'money', { ...req, min: 0, unit: '元' })])] },
  'housing-fund-register': { applicant: 'organisation', sections: housingFundRegisterSections },
  'social-insurance-unit': { applicant: 'organisation', sections: socialInsuranceUnitSections },
  'social-insurance-person': { applicant: 'person', sections: () => [section('insured', '参保信息', [field('insured.startDate', '参保起始日期', 'date', req), field('insured.category', '人员类别', 'select', { ...req, options: options('在职职工', '灵活就业人员', '城乡居民') })])] },
  'social-security-card': { applicant: 'person', sections: () => [section('card', '社会保障卡申领', [field('card.bank', '金融功能开户银行', 'select', { ...req, options: BANKS }), field('card.collection', '领卡方式', 'radio', { ...req, options: options('银行网点领取', '邮寄送达') })])] },
  'id-card': { applicant: 'person', sections: () => idCardSections(false) },
  'id-card-temporary': { applicant: 'person', sections: () => idCardSections(true) },
  'birth-certificate': { applicant: 'person', sections: () => babySections(false) },
  'birth-registration': { applicant: 'person', sections: birthRegistrationSections },
  'vaccination-certificate': { applicant: 'person', sections: () => babySections(false) },
  'newborn-medical-insurance': { applicant: 'person', sections: () => [...babySections(false), section('insurance', '参保信息', [field('insurance.category', '参保类别', 'select', { ...req, options: options('城乡居民基本医疗保险（少年儿童）') }), field('insurance.payMethod', '缴费方式', 'radio', { ...req, options: options('线上缴费', '银行代扣') })])] },
  pension: { applicant: 'person', applicantFacts: true, sections: pensionSections },
  marriage: { applicant: 'none', sections: marriageSections },
  'generic-person': { applicant: 'person', sections: genericSections },
  'generic-organisation': { applicant: 'organisation', sections: genericSections },
};
