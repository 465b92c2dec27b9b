import { DELIVERY_METHOD_LABELS, type DeliveryMethod, type FormField, type FormOption, type FormSection, type ScalarFormField } from '@zwfw/core';

// Field and section builders shared by the smart forms. Field ids are dotted value paths and are the same
// across matters for the same fact (applicant.idNumber, company.creditCode…), which is what lets a
// bundle's merged form ask each fact once.

type Extra = Partial<Omit<FormField, 'id' | 'label' | 'kind'>>;

export function field(id: string, label: string, kind: FormField['kind'], extra: Extra = {}): FormField {
  return { id, label, kind, ...extra };
}

export function item(id: string, label: string, kind: ScalarFormField['kind'], extra: Partial<Omit<ScalarFormField, 'id' | 'label' | 'kind'>> = {}): ScalarFormField {
  return { id, label, kind, ...extra };
}

export function options(...labels: readonly string[]): FormOption[] {
  return labels.map((l) => ({ value: l, label: l }));
}

export function section(id: string, title: string, fields: FormField[], description?: string): FormSection {
  return description === undefined ? { id, title, fields } : { id, title, description, fields };
}

const req = { required: true } as const;

/** A person's name / ID / mobile triple under a prefix (e.g. legalRep). */
export function personFields(prefix: string, who: string, prefill = false): FormField[] {
  return [
    field(`${prefix}.name`, `${who}姓名`, 'text', { ...req, maxLength: 50, ...(prefill ? { prefillFrom: 'user.name', readOnlyWhenPrefilled: true } : {}) }),
    field(`${prefix}.idNumber`, `${who}公民身份号码`, 'idCard', { ...req, ...(prefill ? { prefillFrom: 'user.idNumber', readOnlyWhenPrefilled: true } : {}) }),
    field(`${prefix}.mobile`, `${who}手机号码`, 'mobile', { ...req, ...(prefill ? { prefillFrom: 'user.mobile' } : {}) }),
  ];
}

/** 申请人 (natural person), prefilled from the logged-in user's real-name identity. */
export function applicantSection(withFacts = false): FormSection {
  const from = 'applicant.idNumber';
  return section('applicant', '申请人信息', [
    ...personFields('applicant', '申请人', true),
    ...(withFacts
      ? [
          field('applicant.birthDate', '出生日期', 'date', { derive: { from, fact: 'birthDate' }, help: '根据公民身份号码自动生成' }),
          field('applicant.sex', '性别', 'radio', { options: [{ value: 'male', label: '男' }, { value: 'female', label: '女' }], derive: { from, fact: 'sex' }, help: '根据公民身份号码自动生成' }),
        ]
      : []),
    field('applicant.address', '联系地址', 'address', { maxLength: 200 }),
  ], '已实名认证的信息自动带出，无需重复填写');
}

/** 申请单位, prefilled from the e-licence library. */
export function organisationSection(): FormSection {
  return section('organisation', '申请单位信息', [
    field('company.name', '单位名称', 'companyName', { ...req, prefillFrom: 'eLicense.businessLicense.name', readOnlyWhenPrefilled: true }),
    field('company.creditCode', '统一社会信用代码', 'creditCode', { ...req, prefillFrom: 'eLicense.businessLicense.creditCode', readOnlyWhenPrefilled: true }),
    ...personFields('legalRep', '法定代表人（负责人）'),
    ...personFields('contact', '经办人', true),
  ]);
}

/** 委托代理 switch with agent fields shown and required only when used. */
export function agentSection(): FormSection {
  const when = { field: 'byAgent', equals: true } as const;
  const rules = [{ effect: 'show' as const, when }, { effect: 'require' as const, when }];
  return section('agent', '委托代理', [
    field('byAgent', '委托他人代为办理', 'checkbox'),
    field('agent.name', '受托人姓名', 'text', { rules, maxLength: 50 }),
    field('agent.idNumber', '受托人公民身份号码', 'idCard', { rules }),
    field('agent.mobile', '受托人手机号码', 'mobile', { rules }),
  ]);
}

/**
 * 结果送达方式, valued by core's delivery method codes. A licence may also be picked up at a partner bank's
 * branch (banks are service points: domain.md §6.3); the branch is named by its id or name.
 */
export function deliverySection(withCertificate: boolean): FormSection {
  const byPost = { field: 'delivery.method', equals: 'post' } as const;
  const atBank = { field: 'delivery.method', equals: 'bank_branch' } as const;
  const methods: DeliveryMethod[] = withCertificate ? ['e_license', 'window', 'post', 'bank_branch'] : ['electronic', 'window', 'post'];
  return section('delivery', '结果领取', [
    field('delivery.method', '领取方式', 'radio', { ...req, options: methods.map((m) => ({ value: m, label: DELIVERY_METHOD_LABELS[m]['zh-CN'] })) }),
    field('delivery.address', '邮寄地址', 'address', { rules: [{ effect: 'show', when: byPost }, { effect: 'require', when: byPost }], maxLength: 200 }),
    field('delivery.regionCode', '邮寄地址所在区划', 'regionCode', { rules: [{ effect: 'show', when: byPost }] }),
    ...(withCertificate
      ? [field('delivery.branch', '领取网点（合作银行网点编号或名称）', 'text', { rules: [{ effect: 'show', when: atBank }, { effect: 'require', when: atBank }], maxLength: 200 })]
      : []),
  ]);
}
