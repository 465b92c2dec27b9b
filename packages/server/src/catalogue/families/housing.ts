import type { Fee } from '@zwfw/core';
import { L } from './laws.js';
import { FAQ_AGENT, FAQ_ONLINE, FAQ_TOLERANCE } from './faq.js';
import { agentMaterials, applicationForm, householdRegister, idCard, issued, own, propertyCertificate, tolerance } from './materials.js';
import { APPLICANT_KIND, when } from './situations.js';
import { nameHas, type Family } from './types.js';

// 不动产登记 sub-items and 住房公积金 sub-items: the two families with the most 业务办理项 in a district list.

const REGISTRATION_FEE_BASIS = '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）；《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';

function registrationFees(residential: boolean): Fee[] {
  return [
    {
      name: '不动产登记费',
      standard: residential ? '住宅类不动产登记费每件80元（含第一本证书工本费）' : '非住宅类不动产登记费每件550元（含第一本证书工本费）',
      basis: REGISTRATION_FEE_BASIS,
      reducible: true,
      reductionBasis: '小微企业（含个体工商户）申请不动产登记的免收登记费；申请不动产更正、异议、查封登记等免收登记费（财税〔2016〕79号）',
    },
    { name: '不动产权属证书工本费', standard: '每增加一本证书加收证书工本费10元', basis: REGISTRATION_FEE_BASIS, reducible: false },
  ];
}

/** Fee-free 不动产 items per 财税〔2016〕79号 and items without a registration fee. */
function isFeeFree(name: string): boolean {
  return ['注销', '更正', '异议', '查封', '查询', '预告', '信息', '证明', '换证', '补证', '遗失'].some((w) => name.includes(w));
}

export const realEstate: Family = {
  id: 'real-estate',
  label: '不动产登记',
  matches: (c) => nameHas(c, '不动产', '房屋所有权', '土地使用权', '抵押权', '预告登记', '宅基地使用权', '地役权', '居住权'),
  guide: (c) => {
    const mortgage = nameHas(c, '抵押');
    const first = nameHas(c, '首次');
    const transfer = nameHas(c, '转移');
    const query = nameHas(c, '查询', '信息', '证明');
    const feeFree = isFeeFree(c.name) || query;
    const residential = !nameHas(c, '非住宅', '建设用地使用权首次', '在建建筑物', '海域', '林地', '构筑物');
    const materials = query
      ? [applicationForm('不动产登记资料查询申请书'), idCard('查询人'), ...agentMaterials()]
      : [
        applicationForm('不动产登记申请书', '全体申请人签字（盖章）'),
        idCard(),
        ...(first ? [own('土地权属来源材料及房屋竣工验收材料'), issued('不动产权籍调查成果（地籍调查表、宗地图、房产平面图）', '具备资质的测绘机构出具')] : [propertyCertificate()]),
        ...(transfer ? [own('不动产买卖合同（或赠与、继承、离婚协议等权属转移材料）'), issued('完税凭证', '税务机关出具', { eLicense: '完税证明' }), householdRegister()] : []),
        ...(mortgage ? [own('主债权合同和抵押合同'), own('抵押权人的金融许可证及营业执照（或其他主体资格证明）')] : []),
        ...agentMaterials(),
        when(tolerance(issued('婚姻关系证明（结婚证、离婚证或婚姻状况声明）', '民政部门核发或申请人书面声明', { situation: '申请人为自然人且涉及家庭共有财产的' })), APPLICANT_KIND, 'person'),
      ];
    return {
      legalBasis: [L.realEstate, ...(transfer || mortgage ? [L.realEstate14] : []), L.realEstateRules, L.civilCodeProperty],
      acceptConditions: query
        ? '权利人、利害关系人以及有关国家机关依法查询、复制不动产登记资料的。'
        : '申请人为不动产权利人或者依法可以申请登记的当事人；申请登记的不动产界址清楚、面积准确；申请材料齐全、符合法定形式；不存在查封、异议等不予登记的情形。',
      caseType: query ? 'instant' : 'promised',
      legalDays: query ? 0 : 30,
      legalNote: '自受理登记申请之日起30个工作日内办结，法律另有规定的除外',
      promisedDays: query ? 0 : mortgage ? 1 : transfer ? 3 : first ? 5 : 2,
      fees: feeFree ? [] : registrationFees(residential),
      specialProcedures: first ? [{ name: '公告', duration: 15, unit: 'working_day', basis: '《不动产登记暂行条例实施细则》第十七条', countsTowardLimit: false }] : [],
      materials,
      faq: [
        { question: '房屋买卖能否一窗办理登记和缴税？', answer: '可以。本区实行不动产登记、交易和缴税“一窗受理、并行办理”，申请人只需在综合窗口提交一套材料。' },
        { question: '能领取电子不动产权证书吗？', answer: '可以。登簿后同步生成电子证书（证明），可在政务服务APP中亮证使用；需要纸质证书的可选择邮寄送达。' },
        ...(feeFree ? [] : [{ question: '登记费怎么收？', answer: '住宅类每件80元，非住宅类每件550元，均含第一本证书工本费；多发一本证书加收10元。小微企业（含个体工商户）免收登记费。' }]),
        FAQ_AGENT,
      ],
      result: query ? { type: 'other', name: '不动产登记资料查询结果证明' } : mortgage || nameHas(c, '预告') ? { type: 'certificate', name: '不动产登记证明' } : nameHas(c, '注销') ? { type: 'other', name: '注销登记记载' } : { type: 'certificate', name: '不动产权证书' },
      channels: ['window', 'online'],
      onSiteVisits: query ? 0 : transfer ? 1 : 0,
      ...(transfer ? { onSiteVisitsReason: '转移登记涉及交易双方意愿核验，须当事人（或代理人）到窗口签署申请' } : {}),
      onlineDepth: transfer ? 'III' : 'IV',
      handleArea: nameHas(c, '抵押') ? 'provincial' : 'municipal',
      steps: { investigate: '查验申请材料、查询登记簿，需要时实地查看', decide: '登簿', accreditation: '缮证（纸质证书与电子证书同步生成）', delivery: '窗口领取或邮寄送达' },
      form: 'real-estate',
    };
  },
};

export const housingFund: Family = {
  id: 'housing-fund',
  label: '住房公积金',
  matches: (c) => nameHas(c, '公积金'),
  guide: (c) => {
    const withdraw = nameHas(c, '提取');
    const loan = nameHas(c, '贷款');
    const register = nameHas(c, '缴存登记', '开户', '单位登记', '账户设立');
    const retire = nameHas(c, '退休');
    const rent = nameHas(c, '租房', '租赁');
    const purchase = nameHas(c, '购买', '购房', '建造', '翻建', '大修');
    const repay = nameHas(c, '偿还', '还贷');
    const materials = register
      ? [applicationForm('住房公积金单位缴存登记表', '单位盖章'), issued('营业执照（或事业单位法人证书等单位设立证明）', '登记机关核发', { eLicense: '营业执照', original: 0, copies: 0, form: 'electronic' }), own('单位职工名册及缴存基数、缴存比例清单')]
      : withdraw
        ? [
          applicationForm('住房公积金提取申请表', '申请人签字'),
          idCard(),
          ...(purchase ? [own('购房合同或者不动产权证书'), own('购房发票或者付款凭证')] : []),
          ...(repay ? [own('借款合同'), own('银行出具的还款明细')] : []),
          ...(retire ? [issued('退休证明（或养老金领取证明）', '社会保险经办机构出具', { eLicense: '退休证' })] : []),
          ...(rent ? [own('房屋租赁合同（本市无自有住房的可免提交，以个人承诺替代）', { necessity: 'optional' })] : []),
          own('本人名下银行借记卡', { type: 'certificate', source: 'other', sourceNote: '开户银行发放', original: 1, copies: 0 }),
        ]
        : [applicationForm(loan ? '个人住房公积金贷款申请表' : '住房公积金业务申请表'), idCard(), ...(loan ? [own('购房合同'), own('首付款付款凭证'), tolerance(own('婚姻状况证明', { situation: '已婚的提供结婚证（免提交），未婚的签署婚姻状况声明' }))] : [])];
    return {
      legalBasis: [withdraw ? L.housingFund24 : register ? L.housingFund14 : L.housingFund, ...(register ? [L.housingFund15] : [])],
      acceptConditions: withdraw
        ? '缴存职工符合《住房公积金管理条例》第二十四条规定的提取情形，且提取金额不超过本人住房公积金账户余额；同一提取事由在规定间隔内未重复提取。'
        : register
          ? '新设立的单位应当自设立之日起30日内办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。'
          : '借款人及配偶正常连续足额缴存住房公积金，具有稳定收入和偿还能力，信用状况良好，购买、建造、翻建、大修自住住房。',
      caseType: withdraw && !loan ? 'instant' : 'promised',
      legalDays: withdraw ? 3 : loan ? 15 : 5,
      legalNote: '依据本市住房公积金管理中心服务承诺，以工作日计',
      promisedDays: withdraw ? 0 : loan ? 10 : 1,
      materials: [...materials, ...agentMaterials()],
      faq: [
        { question: '提取的公积金多久到账？', answer: '审核通过后实时划转至本人名下银行借记卡，因银行系统原因最迟不超过1个工作日。' },
        { question: '异地缴存的公积金可以转到本市吗？', answer: '可以。通过全国住房公积金小程序或本中心网厅申请异地转移接续，全程网办，无需往返两地。' },
        ...(loan ? [FAQ_TOLERANCE] : [FAQ_ONLINE]),
      ],
      result: loan ? { type: 'approval_document', name: '个人住房公积金贷款审批意见' } : register ? { type: 'other', name: '住房公积金单位登记号' } : { type: 'other', name: '住房公积金提取到账' },
      channels: ['online', 'window'],
      onSiteVisits: loan ? 1 : 0,
      ...(loan ? { onSiteVisitsReason: '贷款合同须借款人本人面签' } : {}),
      onlineDepth: loan ? 'III' : 'IV',
      handleArea: withdraw || nameHas(c, '转移') ? 'national' : 'municipal',
      steps: { decide: '审核通过后划转资金或出具审批意见' },
      ...(loan ? { form: 'housing-fund-loan' } : register ? { form: 'housing-fund-register' } : withdraw ? { form: 'housing-fund-withdraw' } : {}),
    };
  },
};

export const housingFamilies: readonly Family[] = [housingFund, realEstate];
