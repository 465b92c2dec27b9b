import type { ApplicationInput } from './application.js';
import type { Bundle } from './bundle.js';
import type { ApplicationReceipt, Progress } from './case.js';
import type { EvaluationInput, EvaluationReasonList } from './evaluation.js';
import type { FormSpec } from './form-spec.js';
import type { Matter } from './matter.js';
import type { Region } from './region.js';

// ILLUSTRATIVE EXAMPLES, not official data. Codes are synthetic but well-formed (the agency credit code passes
// the GB 32100 checksum; the ID number passes GB 11643); names, hours and phone numbers are invented. They feed
// tests, docs and stories across packages, so keep them valid against the schemas (a test checks this).

const AGENCY_CODE = '11440106MB2C12345E';
const CATALOG_CODE = '000117007000';
const TASK_CODE = `${AGENCY_CODE}4${CATALOG_CODE}`;

/** Illustrative 食品经营许可（新办） matter of a district 市场监督管理局 (synthetic codes). */
export const exampleMatter: Matter = {
  code: `${TASK_CODE}01`,
  catalogCode: CATALOG_CODE,
  taskCode: TASK_CODE,
  handleItemCode: `${TASK_CODE}01`,
  parentCode: TASK_CODE,
  name: '食品经营许可（新办）',
  shortName: '食品经营许可新办',
  type: 'license',
  state: 'in_use',
  version: 3,
  legalBasis: [
    {
      lawName: '中华人民共和国食品安全法',
      documentNumber: '主席令第二十一号',
      article: '第三十五条',
      text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。',
    },
    { lawName: '食品经营许可和备案管理办法', documentNumber: '国家市场监督管理总局令第78号' },
  ],
  level: ['county'],
  agency: { name: '示例市示例区市场监督管理局', code: AGENCY_CODE, nature: 'statutory' },
  regionCode: '440106',
  powerSource: 'statutory_own_level',
  audience: ['enterprise', 'unincorporated_enterprise', 'public_institution'],
  acceptConditions: '申请人已取得营业执照等合法主体资格；具有与经营的食品品种、数量相适应的经营场所、设备设施和食品安全管理制度。',
  caseType: 'promised',
  legalTimeLimit: { value: 10, unit: 'working_day', note: '自受理之日起计算' },
  promisedTimeLimit: { value: 5, unit: 'working_day' },
  channels: ['window', 'online', 'express'],
  onSiteVisits: 0,
  specialProcedures: [
    { name: '现场核查', duration: 5, unit: 'working_day', basis: '食品经营许可和备案管理办法', countsTowardLimit: false },
  ],
  isCharged: false,
  fees: [],
  process: [
    { order: 1, kind: 'acceptance', name: '受理', description: '申请材料齐全、符合法定形式的，予以受理。' },
    { order: 2, kind: 'investigate', name: '审查', description: '对申请材料进行审查，必要时开展现场核查。' },
    { order: 3, kind: 'decide', name: '决定', timeLimit: { value: 5, unit: 'working_day' } },
    { order: 4, kind: 'accreditation', name: '制证' },
    { order: 5, kind: 'delivery', name: '送达', description: '窗口领取、快递送达或电子证照。' },
  ],
  windows: [
    {
      name: '示例区政务服务中心 市场准入综合窗口',
      address: '示例市示例区示例大道100号 政务服务中心二楼 A 区',
      hours: '周一至周五 9:00–12:00，13:30–17:30（法定节假日除外）',
      phone: '020-00000000',
      transit: '地铁示例线“政务中心站”B 出口步行 200 米',
    },
  ],
  consultation: [
    { way: 'phone', value: '020-00000001' },
    { way: 'window', value: '市场准入综合窗口' },
  ],
  complaint: [{ way: 'phone', value: '12345' }],
  online: {
    isOnline: true,
    depth: 'IV',
    url: 'https://zwfw.example.gov.cn/matters/food-business-license',
    payOnline: false,
    appointment: true,
    express: true,
    selfServiceTerminal: false,
    inServiceCenter: true,
  },
  handleArea: 'municipal',
  result: { type: 'certificate', name: '食品经营许可证' },
  themes: { person: [], enterprise: ['010', '015'] },
  materials: [
    {
      id: 'application-form', name: '食品经营许可申请书', order: 1, necessity: 'required', type: 'application_form',
      form: 'electronic', source: 'applicant', originalCopies: 1, photocopies: 0, signRequirement: '申请人签字或盖章',
      blankFormUrl: '/files/food-license/application.docx', fillNote: '在线填报后自动生成，无需另行上传。',
    },
    {
      id: 'business-license', name: '营业执照', order: 2, necessity: 'required', type: 'certificate', form: 'electronic',
      source: 'government_issued', sourceNote: '市场监督管理部门核发', originalCopies: 0, photocopies: 0,
      eLicense: { exempt: true, licenseType: '营业执照' },
    },
    {
      id: 'legal-rep-id', name: '法定代表人（负责人）身份证件', order: 3, necessity: 'required', type: 'certificate',
      form: 'electronic', source: 'government_issued', originalCopies: 0, photocopies: 1,
      eLicense: { exempt: true, licenseType: '居民身份证' },
    },
    {
      id: 'layout-and-process', name: '与食品经营相适应的主要设备设施、经营布局、操作流程等文件', order: 4,
      necessity: 'required', type: 'other', form: 'electronic', source: 'applicant', originalCopies: 1, photocopies: 0,
      acceptStandard: '标明经营场所各功能区域及主要设备位置。',
    },
    {
      id: 'safety-rules', name: '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度',
      order: 5, necessity: 'tolerance', type: 'other', form: 'electronic', source: 'applicant', originalCopies: 1,
      photocopies: 0, fillNote: '可容缺后补：签署容缺受理承诺书后，于 5 个工作日内补交。',
    },
    {
      id: 'power-of-attorney', name: '授权委托书及被委托人身份证件', order: 6, necessity: 'optional', type: 'application_form',
      form: 'both', source: 'applicant', situation: '委托他人办理时提供', originalCopies: 1, photocopies: 1,
      condition: { questionId: 'agent', optionIds: ['agent'] },
    },
    {
      id: 'vending-machine', name: '每台自动设备的具体放置地点、食品经营许可证展示方法、食品安全风险管控方案等材料', order: 7,
      necessity: 'required', type: 'other', form: 'electronic', source: 'applicant', situation: '利用自动设备从事食品经营的',
      originalCopies: 1, photocopies: 0,
      condition: { questionId: 'vending', optionIds: ['yes'] },
    },
  ],
  situations: [
    {
      id: 'agent', text: '是否委托他人代为办理？',
      options: [{ id: 'self', label: '否，法定代表人（负责人）本人办理' }, { id: 'agent', label: '是，委托代理人办理' }],
    },
    {
      id: 'vending', text: '是否利用自动售货设备从事食品经营？',
      options: [{ id: 'no', label: '否' }, { id: 'yes', label: '是' }],
      help: '利用自动设备从事食品经营的，需另行提交设备和放置地点的相关材料。',
    },
  ],
  faq: [
    { question: '营业执照需要上传吗？', answer: '不需要。系统通过电子证照库调取营业执照，免于提交。' },
  ],
  formId: 'food-business-license',
  effectiveFrom: '2024-01-01',
  keywords: ['食品许可证', '开饭店', '餐饮许可', '卖食品', 'shipin jingying xuke'],
  updatedAt: '2025-01-06T09:00:00+08:00',
};

/** Illustrative smart form of the example matter (容缺 enabled, prefill from the logged-in user and e-licences). */
export const exampleFormSpec: FormSpec = {
  id: 'food-business-license',
  version: '2025.1',
  title: '食品经营许可申请表',
  matterCode: exampleMatter.code,
  sections: [
    {
      id: 'operator',
      title: '经营者信息',
      fields: [
        { id: 'operator.name', label: '经营者名称', kind: 'companyName', required: true, prefillFrom: 'user.orgName', readOnlyWhenPrefilled: true },
        { id: 'operator.creditCode', label: '统一社会信用代码', kind: 'creditCode', required: true, prefillFrom: 'user.creditCode', readOnlyWhenPrefilled: true },
        { id: 'operator.legalRepName', label: '法定代表人（负责人）', kind: 'text', required: true, maxLength: 50 },
        { id: 'operator.legalRepIdNumber', label: '法定代表人身份证号码', kind: 'idCard', required: true },
        { id: 'operator.mobile', label: '联系电话', kind: 'mobile', required: true, prefillFrom: 'user.mobile' },
      ],
    },
    {
      id: 'business',
      title: '经营信息',
      fields: [
        { id: 'business.regionCode', label: '经营场所所在区划', kind: 'regionCode', required: true },
        { id: 'business.address', label: '经营场所', kind: 'address', required: true, maxLength: 200 },
        {
          id: 'business.categories', label: '经营项目', kind: 'multiselect', required: true,
          options: [
            { value: 'food_sales', label: '食品销售' },
            { value: 'catering', label: '餐饮服务' },
            { value: 'canteen', label: '单位食堂' },
          ],
        },
        { id: 'business.area', label: '经营面积（平方米）', kind: 'number', required: true, min: 1, max: 100000 },
        { id: 'business.online', label: '通过网络经营', kind: 'checkbox' },
        {
          id: 'business.website', label: '网站或网店地址', kind: 'text', maxLength: 200,
          rules: [
            { effect: 'show', when: { field: 'business.online', equals: true } },
            { effect: 'require', when: { field: 'business.online', equals: true } },
          ],
        },
      ],
    },
    {
      id: 'staff',
      title: '食品安全管理人员',
      fields: [
        {
          id: 'staff.managers', label: '食品安全管理人员', kind: 'repeat', required: true, minItems: 1, maxItems: 10,
          itemFields: [
            { id: 'name', label: '姓名', kind: 'text', required: true },
            { id: 'idNumber', label: '身份证号码', kind: 'idCard', required: true },
            { id: 'mobile', label: '手机号码', kind: 'mobile', required: true },
          ],
        },
      ],
    },
    {
      id: 'attachments',
      title: '申请材料',
      fields: [
        { id: 'attachments.layout', label: '设备布局与操作流程', kind: 'file', required: true, materialId: 'layout-and-process', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMb: 20 },
        { id: 'attachments.safetyRules', label: '食品安全规章制度', kind: 'file', materialId: 'safety-rules', accept: ['application/pdf'], maxSizeMb: 20 },
      ],
    },
  ],
  materials: [
    { materialId: 'application-form', necessity: 'required', toleranceAllowed: false },
    { materialId: 'business-license', necessity: 'required', toleranceAllowed: false },
    { materialId: 'legal-rep-id', necessity: 'required', toleranceAllowed: false },
    { materialId: 'layout-and-process', necessity: 'required', toleranceAllowed: false },
    { materialId: 'safety-rules', necessity: 'tolerance', toleranceAllowed: true },
    { materialId: 'power-of-attorney', necessity: 'optional', toleranceAllowed: false },
    // Required only for vending machines; the form does not ask the 情景导办 questions, so it cannot demand it.
    { materialId: 'vending-machine', necessity: 'optional', toleranceAllowed: false },
  ],
  commitmentText: {
    version: 'tolerance-2025.1',
    title: '容缺受理信用承诺书',
    text: '本人承诺：所提交材料真实有效；容缺材料将于受理之日起 5 个工作日内补齐；逾期未补齐的，同意终止办理，并承担相应法律责任。',
  },
};

/** Illustrative application for the example matter: one material deferred (容缺) under a signed commitment. */
export const exampleApplicationInput: ApplicationInput = {
  matterCode: exampleMatter.code,
  formId: exampleFormSpec.id,
  formVersion: exampleFormSpec.version,
  values: {
    operator: {
      name: '示例市示例区好味道餐饮有限公司',
      creditCode: '91440106MA9XYW1234',
      legalRepName: '李示例',
      legalRepIdNumber: '440106198803151235',
      mobile: '13800138000',
    },
    business: {
      regionCode: '440106',
      address: '示例市示例区示例路 8 号首层',
      categories: ['catering'],
      area: 120,
      online: false,
    },
    staff: { managers: [{ name: '王示例', idNumber: '440106199007074827', mobile: '13900139000' }] },
  },
  materials: [
    { materialId: 'application-form', status: 'provided' },
    { materialId: 'business-license', status: 'eLicense' },
    { materialId: 'legal-rep-id', status: 'eLicense' },
    { materialId: 'layout-and-process', status: 'provided', fileRefs: ['upl_01HZX3K8Q9M2'] },
    { materialId: 'safety-rules', status: 'tolerance' },
  ],
  commitment: {
    signed: true,
    signerName: '李示例',
    signedAt: '2025-03-03T10:15:00+08:00',
    textVersion: 'tolerance-2025.1',
  },
  applicant: {
    type: 'legal',
    name: '示例市示例区好味道餐饮有限公司',
    idType: 'credit_code',
    idNumber: '91440106MA9XYW1234',
    mobile: '13800138000',
    legalRepresentative: '李示例',
  },
  channel: 'web',
};

/** Illustrative 43-character case number: 实施编码 (31) + yyyyMMdd + 4-digit serial. */
export const exampleCaseNumber = `${TASK_CODE}202503030001`;

/** Illustrative receipt of the example application. */
export const exampleApplicationReceipt: ApplicationReceipt = {
  case: {
    caseNumber: exampleCaseNumber,
    status: 'submitted',
    matterCode: exampleMatter.code,
    name: exampleMatter.name,
    department: exampleMatter.agency.name,
    receivedAt: '2025-03-03T10:16:02+08:00',
    deadline: null,
    applicant: { type: 'legal', name: '示例市示例区好味道餐饮有限公司', idType: 'credit_code', idNumber: '9144**********1234', mobile: '138****8000' },
    channel: 'web',
    tolerance: true,
    updatedAt: '2025-03-03T10:16:02+08:00',
  },
  accessToken: 'tok_illustrative_0123456789abcdef',
};

/** Illustrative progress of the example case after acceptance and an on-site inspection. */
export const exampleProgress: Progress = {
  case: {
    ...exampleApplicationReceipt.case,
    status: 'special_procedure',
    acceptedAt: '2025-03-03T14:00:00+08:00',
    deadline: { limit: { value: 5, unit: 'working_day' }, dueDate: '2025-03-12', remainingWorkingDays: 4, paused: true, pausedWorkingDays: 1 },
    updatedAt: '2025-03-05T09:00:00+08:00',
  },
  events: [
    { id: 'e1', code: 'submit', status: 'submitted', name: '网上申报', startAt: '2025-03-03T10:16:02+08:00', endAt: '2025-03-03T10:16:02+08:00' },
    { id: 'e2', code: 'accept', status: 'accepted', name: '受理', startAt: '2025-03-03T14:00:00+08:00', endAt: '2025-03-03T14:00:00+08:00', handler: '窗口 05 号', opinion: '材料齐全（容缺 1 项），予以受理。', department: exampleMatter.agency.name },
    { id: 'e3', code: 'review', status: 'processing', name: '审查', startAt: '2025-03-03T14:00:00+08:00', endAt: '2025-03-05T09:00:00+08:00', department: '食品经营监管科' },
    { id: 'e4', code: 'site_inspection', status: 'special_procedure', name: '现场核查', startAt: '2025-03-05T09:00:00+08:00', endAt: null, department: '食品经营监管科' },
  ],
  evaluableStages: ['acceptance'],
  pendingMaterials: [{ materialId: 'safety-rules', name: '保证食品安全的规章制度', dueDate: '2025-03-10' }],
};

/** Illustrative 差评 with reasons (level 2 needs at least one). */
export const exampleEvaluationInput: EvaluationInput = {
  stage: 'acceptance',
  level: 2,
  reasons: ['online-guide-unclear'],
  comment: '容缺材料的补交期限在页面上不够醒目。',
  channel: 'web',
  reasonListVersion: '2025.1',
  anonymous: false,
};

/** Illustrative reason list (the normative GB/T 39734 附录A list is not public; deployments configure theirs). */
export const exampleEvaluationReasonList: EvaluationReasonList = {
  version: '2025.1',
  reasons: [
    { code: 'online-guide-unclear', label: { 'zh-CN': '办事指南不清晰', 'zh-TW': '辦事指南不清晰', en: 'Guide unclear' }, appliesToLevels: [1, 2], channel: 'online' },
    { code: 'online-slow', label: { 'zh-CN': '办事效率低', 'zh-TW': '辦事效率低', en: 'Slow processing' }, appliesToLevels: [1, 2, 3], channel: 'both' },
    { code: 'online-hard-to-use', label: { 'zh-CN': '平台操作不便', 'zh-TW': '平台操作不便', en: 'Platform hard to use' }, appliesToLevels: [1, 2, 3], channel: 'online' },
    { code: 'offline-attitude', label: { 'zh-CN': '服务态度差', 'zh-TW': '服務態度差', en: 'Poor attitude' }, appliesToLevels: [1, 2], channel: 'offline' },
    { code: 'fast', label: { 'zh-CN': '办事效率高', 'zh-TW': '辦事效率高', en: 'Fast service' }, appliesToLevels: [4, 5], channel: 'both' },
  ],
};

/** Illustrative 企业开办 一件事 bundle (matter codes are placeholders of the reference catalog). */
export const exampleBundle: Bundle = {
  id: 'business-startup',
  name: '企业开办',
  description: '一次申报，同步办理设立登记、公章刻制、发票申领、员工参保登记、住房公积金缴存登记和银行预约开户。',
  audience: ['enterprise', 'unincorporated_enterprise'],
  steps: [
    { matterCode: 'startup-registration', order: 1, name: '设立登记' },
    { matterCode: 'startup-seal', order: 2, parallelGroup: 'after-registration', name: '公章刻制' },
    { matterCode: 'startup-invoice', order: 2, parallelGroup: 'after-registration', name: '发票申领' },
    { matterCode: 'startup-social-insurance', order: 2, parallelGroup: 'after-registration', name: '员工参保登记' },
    { matterCode: 'startup-housing-fund', order: 2, parallelGroup: 'after-registration', name: '住房公积金缴存登记' },
    { matterCode: 'startup-bank-account', order: 2, parallelGroup: 'after-registration', optional: true, name: '银行预约开户' },
  ],
  formId: 'business-startup',
  promisedTimeLimit: { value: 1, unit: 'working_day' },
  onSiteVisits: 0,
  keywords: ['开公司', '注册公司', '营业执照', 'kai gongsi'],
};

/** Illustrative regions (GB/T 2260 codes of Guangzhou 天河区 and its parents). */
export const exampleRegions: Region[] = [
  { code: '440000', name: '广东省', level: 'province', parentCode: null, hasChildren: true },
  { code: '440100', name: '广州市', level: 'city', parentCode: '440000', hasChildren: true },
  { code: '440106', name: '天河区', level: 'county', parentCode: '440100', hasChildren: true },
];
