import { L } from './laws.js';
import { FAQ_AGENT, FAQ_ONLINE, FAQ_TOLERANCE } from './faq.js';
import { agentMaterials, applicationForm, businessLicense, idCard, issued, own, propertyCertificate, tolerance } from './materials.js';
import { FOREIGN_INVESTED, LEGAL_REP, NEGATIVE_LIST, VENDING, when } from './situations.js';
import { deptHas, nameHas, type Family, type MaterialTemplate } from './types.js';

// Market entry: 企业开办 steps (名称, 设立登记, 刻章, 发票, 银行开户预约) and the licences a new shop needs
// (食品经营, 公共场所卫生, 药品零售). These carry the 容缺 materials and the bundle forms.

const premises = own('经营场所使用证明（产权证明或租赁合同）', {
  situation: '经营场所为自有房产的，可提供不动产权证书（免提交）',
  acceptStandard: '地址与申请书一致，租赁期限覆盖申请日',
});

/** The legal representative's ID: the resident ID card (免提交) for mainland residents, else the document they hold. */
function legalRepIds(who: string): MaterialTemplate[] {
  return [
    when(idCard(who), LEGAL_REP, 'mainland'),
    when(own(`${who}身份证件（港澳台居民居住证或往来内地通行证、外国人护照等）`, {
      type: 'certificate', original: 1, copies: 1, situation: '法定代表人（负责人）为港澳台居民或外籍人士的',
      acceptStandard: '证件在有效期内；外国人护照须与中文译本一并提交',
    }), LEGAL_REP, 'hmt', 'foreign'),
  ];
}

/**
 * What a foreign-invested enterprise adds at establishment, the approval only in restricted fields. A matter
 * that is foreign-invested by name (外商投资公司设立登记) does not ask whether it is.
 */
function foreignInvestmentMaterials(foreignByName: boolean): MaterialTemplate[] {
  const ifForeign = (m: MaterialTemplate): MaterialTemplate => (foreignByName ? m : when(m, FOREIGN_INVESTED, 'yes'));
  return [
    ifForeign(own('外国投资者的主体资格证明或者自然人身份证明', {
      type: 'certificate', source: 'other', sourceNote: '投资者所在国家（地区）主管机关出具，依法经公证、认证',
      situation: '外商投资企业（含港澳台投资）设立的',
    })),
    when(ifForeign(issued('外商投资企业批准文件', '有关行业主管部门出具', {
      situation: '外商投资企业的经营范围涉及外商投资准入负面清单须经批准的领域的',
    })), NEGATIVE_LIST, 'yes'),
  ];
}

export const nameDeclaration: Family = {
  id: 'enterprise-name',
  label: '企业名称自主申报',
  matches: (c) => nameHas(c, '名称自主申报', '企业名称申报', '名称登记', '名称预先核准'),
  guide: () => ({
    legalBasis: [L.enterpriseName, L.marketEntity],
    acceptConditions: '申请人通过企业名称申报系统自主申报企业名称，名称由行政区划、字号、行业或者经营特点、组织形式依次组成，不含法律法规禁止的内容，且与同一登记机关已登记、在保留期内的同行业企业名称不相同。',
    caseType: 'instant',
    legalDays: 0,
    materials: [idCard('投资人'), applicationForm('企业名称自主申报承诺书', '全体投资人签字（盖章）')],
    faq: [
      { question: '企业名称可以使用数字或英文字母吗？', answer: '不可以。企业名称应当使用规范汉字，不得含有汉语拼音字母、阿拉伯数字。' },
      { question: '申报的名称保留多久？', answer: '自主申报通过的名称可保留一定期限（一般为2个月），保留期内应当办理设立登记，逾期未登记的名称自动失效。' },
      FAQ_ONLINE,
    ],
    result: { type: 'other', name: '企业名称自主申报告知书' },
    channels: ['online', 'window'],
    onSiteVisits: 0,
    onlineDepth: 'IV',
    handleArea: 'provincial',
    form: 'company-name',
  }),
};

export const businessRegistration: Family = {
  id: 'business-registration',
  label: '市场主体登记',
  matches: (c) => deptHas(c, '市场监督', '市场监管') && nameHas(c, '设立登记', '变更登记', '注销登记', '备案', '个体工商户', '营业执照', '开业登记', '合伙企业', '农民专业合作社', '公司登记', '企业登记', '迁移登记', '歇业'),
  guide: (c) => {
    const isCancel = nameHas(c, '注销');
    const isChange = nameHas(c, '变更', '备案', '迁移');
    const individual = nameHas(c, '个体工商户');
    const who = individual ? '经营者' : '法定代表人';
    const establish = !isCancel && !isChange && !nameHas(c, '补领', '换发', '申领', '查询', '年度报告', '歇业');
    // 内资 by name, 个人独资企业 and 农民专业合作社 cannot have foreign investors.
    const foreignPossible = establish && !individual && !nameHas(c, '内资', '个人独资', '农民专业合作社');
    const materials = [
      applicationForm(individual ? '个体工商户登记（备案）申请书' : isCancel ? '企业注销登记申请书' : isChange ? '企业变更登记（备案）申请书' : '企业设立登记申请书', individual ? '经营者签字' : `${who}签字、全体股东签字（盖章）`),
      ...(individual ? [idCard(who)] : legalRepIds(who)),
      ...(individual ? [] : isCancel ? [own('依法作出解散的决议或者决定', { signRequirement: '全体股东签字（盖章）' }), own('清算报告或者清税证明', { source: 'government_issued', type: 'certificate', sourceNote: '税务部门出具（已实现部门间共享的免提交）' })]
        : isChange ? [own('修改后的公司章程或者章程修正案', { signRequirement: '法定代表人签字并加盖公章' }), own('股东会决议或者决定')]
          : [own('公司章程', { signRequirement: '全体股东签字（盖章）', withForms: true }), own('股东的主体资格证明或者自然人身份证明'), own('法定代表人、董事、监事和经理的任职文件')]),
      ...(isCancel ? [businessLicense()] : isChange ? [businessLicense()] : [tolerance(premises)]),
      ...(foreignPossible ? foreignInvestmentMaterials(nameHas(c, '外商投资')) : []),
      ...agentMaterials(),
    ];
    return {
      legalBasis: [L.marketEntity19, L.marketEntityRules, ...(individual ? [] : [L.companyLaw])],
      acceptConditions: isCancel
        ? '市场主体已依法清算完毕，清偿债务、结清税款，未处于被立案调查、股权冻结等不得注销的情形；符合条件的可适用简易注销程序。'
        : '申请材料齐全、符合法定形式；登记事项符合《中华人民共和国市场主体登记管理条例》及实施细则的规定；名称已通过自主申报，住所（经营场所）真实、合法。',
      caseType: 'promised',
      legalDays: 3,
      legalNote: '申请材料齐全、符合法定形式的当场登记；不能当场登记的3个工作日内登记，情形复杂的经负责人批准可再延长3个工作日',
      promisedDays: isCancel ? 1 : 0.5,
      materials,
      faq: [
        { question: '电子营业执照与纸质营业执照有同等效力吗？', answer: '有。电子营业执照与纸质营业执照具有同等法律效力，可通过“电子营业执照”小程序下载、亮照和授权使用。' },
        { question: '住所（经营场所）可以使用住宅吗？', answer: '按照当地住所登记管理规定执行；将住宅改变为经营性用房的，应当遵守法律法规和管理规约，并经有利害关系的业主同意。' },
        FAQ_TOLERANCE,
        FAQ_AGENT,
      ],
      result: { type: isCancel ? 'other' : 'certificate', name: isCancel ? '准予注销登记通知书' : '营业执照' },
      channels: ['online', 'window', 'express'],
      onSiteVisits: 0,
      onlineDepth: 'IV',
      handleArea: 'municipal',
      steps: { investigate: '登记机关对申请材料进行形式审查', accreditation: '核发营业执照（含电子营业执照）' },
      form: isCancel ? 'company-cancel' : isChange ? 'company-change' : individual ? 'individual-business' : 'company-establish',
    };
  },
};

export const sealEngraving: Family = {
  id: 'seal',
  label: '公章刻制备案',
  matches: (c) => nameHas(c, '公章刻制', '印章刻制', '刻制印章'),
  guide: () => ({
    legalBasis: [L.sealDecision],
    acceptConditions: '依法设立的企业、事业单位、社会组织等单位需要刻制公章、财务专用章、发票专用章、合同专用章、法定代表人名章的，可在企业开办平台或公章刻制企业直接申请，刻制企业在刻制后通过公安机关印章治安管理信息系统备案。',
    caseType: 'instant',
    legalDays: 0,
    materials: [businessLicense(), idCard('法定代表人'), ...agentMaterials()],
    faq: [
      { question: '刻章要收费吗？', answer: '本区企业开办首套印章（公章、财务专用章、发票专用章、合同专用章、法定代表人名章）由区财政购买服务，新开办企业免费刻制。' },
      { question: '可以自己选择刻章企业吗？', answer: '可以。申请人可在已备案的公章刻制企业中自主选择，任何单位不得指定。' },
    ],
    result: { type: 'other', name: '印章及备案回执' },
    channels: ['online', 'window'],
    onSiteVisits: 0,
    onlineDepth: 'IV',
    handleArea: 'municipal',
    form: 'seal',
  }),
};

export const invoice: Family = {
  id: 'invoice',
  label: '发票领用',
  matches: (c) => nameHas(c, '发票') && !nameHas(c, '代开'),
  guide: () => ({
    legalBasis: [L.invoiceRules, L.taxCollection],
    acceptConditions: '已办理设立登记并完成税务信息确认（新办纳税人套餐）的纳税人，依法需要领用发票的。',
    caseType: 'instant',
    legalDays: 0,
    materials: [businessLicense(), idCard('办税人员')],
    faq: [
      { question: '新办企业可以领用数电发票吗？', answer: '可以。新办纳税人完成实名认证后，即可通过电子发票服务平台开具数电发票，系统自动赋予发票总额度。' },
      { question: '需要购买税控设备吗？', answer: '使用数电发票无需税控设备。' },
    ],
    result: { type: 'other', name: '发票领用（发票总额度）' },
    channels: ['online', 'window'],
    onSiteVisits: 0,
    onlineDepth: 'IV',
    handleArea: 'provincial',
    form: 'invoice',
  }),
};

export const bankAccount: Family = {
  id: 'bank-account',
  label: '银行开户预约',
  matches: (c) => nameHas(c, '银行开户', '开户预约'),
  guide: () => ({
    legalBasis: [L.government],
    acceptConditions: '新设立企业在企业开办平台勾选开户意向银行和网点，银行根据推送的企业登记信息联系预约开户；企业自主选择银行，不得强制指定。',
    caseType: 'instant',
    legalDays: 0,
    materials: [businessLicense(), idCard('法定代表人')],
    faq: [{ question: '预约后多久可以开户？', answer: '银行一般在1个工作日内联系预约，开户资料齐全的当场办结。' }, FAQ_AGENT],
    result: { type: 'none' },
    channels: ['online', 'window'],
    onSiteVisits: 1,
    onSiteVisitsReason: '开立银行基本存款账户须法定代表人（或授权代理人）到银行网点核实意愿',
    onlineDepth: 'II',
    handleArea: 'municipal',
    form: 'bank-appointment',
  }),
};

export const foodBusiness: Family = {
  id: 'food-business',
  label: '食品经营许可/备案',
  matches: (c) => nameHas(c, '食品经营', '食品销售', '餐饮服务', '小餐饮', '食品摊贩', '仅销售预包装食品', '食品小作坊'),
  guide: (c) => {
    const filing = nameHas(c, '备案', '仅销售预包装');
    const cancel = nameHas(c, '注销');
    const change = nameHas(c, '变更', '延续');
    return {
      legalBasis: [L.foodSafety35, L.foodBusinessRules, ...(filing ? [] : [L.licensing42])],
      acceptConditions: filing
        ? '仅销售预包装食品的经营者，已取得营业执照等合法主体资格，在办理主体登记时或开展经营活动前报所在地市场监督管理部门备案。'
        : '已取得营业执照等合法主体资格；具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；有相应的设备设施、食品安全管理人员和规章制度；设备布局和工艺流程合理。',
      caseType: filing || cancel ? 'instant' : 'promised',
      legalDays: filing || cancel ? 0 : 10,
      legalNote: '自受理之日起计算，现场核查时间计入',
      promisedDays: filing || cancel ? 0 : change ? 2 : 3,
      materials: filing
        ? [applicationForm('仅销售预包装食品备案信息采集表'), businessLicense(), idCard('经营者（法定代表人）')]
        : [
          applicationForm(cancel ? '食品经营许可注销申请书' : change ? '食品经营许可变更（延续）申请书' : '食品经营许可申请书'),
          businessLicense(),
          ...legalRepIds('法定代表人（负责人）'),
          ...(cancel ? [issued('食品经营许可证正副本', '市场监督管理部门核发', { eLicense: '食品经营许可证' })] : [
            own('与食品经营相适应的主要设备设施、经营布局、操作流程等文件', { withForms: true }),
            tolerance(own('食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度')),
            tolerance(own('食品安全管理人员任命文件及培训考核合格证明')),
            when(own('每台自动设备的具体放置地点、食品经营许可证展示方法、食品安全风险管控方案等材料', { situation: '利用自动设备从事食品经营的' }), VENDING, 'yes'),
          ]),
          ...agentMaterials(),
        ],
      specialProcedures: filing || cancel ? [] : [{ name: '现场核查', duration: 5, unit: 'working_day', basis: '《食品经营许可和备案管理办法》', countsTowardLimit: true }],
      faq: [
        { question: '只卖预包装食品需要办食品经营许可证吗？', answer: '不需要许可，但应当办理仅销售预包装食品备案，可在办理营业执照时一并备案。' },
        { question: '食品经营许可证有效期多久？', answer: '食品经营许可证有效期为5年，有效期届满需要继续经营的，应当在届满前90个工作日至15个工作日期间申请延续。' },
        FAQ_TOLERANCE,
      ],
      result: filing ? { type: 'other', name: '仅销售预包装食品备案信息' } : { type: cancel ? 'other' : 'certificate', name: cancel ? '食品经营许可注销通知书' : '食品经营许可证' },
      channels: ['online', 'window'],
      onSiteVisits: 0,
      onlineDepth: 'IV',
      handleArea: 'county',
      steps: { investigate: '审查申请材料，需要现场核查的指派两名以上核查人员进行现场核查', accreditation: '核发食品经营许可证（纸质证照和电子证照同步生成）' },
      form: filing ? 'food-filing' : 'food-license',
    };
  },
};

export const publicPlaceHygiene: Family = {
  id: 'public-place-hygiene',
  label: '公共场所卫生许可',
  matches: (c) => nameHas(c, '公共场所卫生', '卫生许可证') && !nameHas(c, '饮用水', '消毒产品'),
  guide: (c) => {
    const cancel = nameHas(c, '注销');
    return {
      legalBasis: [L.publicPlaceHygiene, L.publicPlaceHygieneRules, L.licensing42],
      acceptConditions: '住宿、洗浴、美容美发、游泳场所、歌舞厅等公共场所的经营单位，已取得营业执照，场所布局、设施设备、空气质量、微小气候、水质、采光照明等符合国家卫生标准和规范，从业人员持有效健康合格证明。',
      caseType: cancel ? 'instant' : 'promised',
      legalDays: cancel ? 0 : 20,
      promisedDays: cancel ? 0 : 5,
      materials: [
        applicationForm(cancel ? '公共场所卫生许可注销申请表' : '公共场所卫生许可申请表'),
        businessLicense(),
        ...legalRepIds('法定代表人（负责人）'),
        ...(cancel ? [] : [
          own('公共场所地址方位示意图、平面图和卫生设施平面布局图', { withForms: true }),
          tolerance(issued('公共场所卫生检测或者评价报告', '具备资质的检测机构出具')),
          tolerance(own('从业人员健康合格证明')),
          own('公共场所卫生管理制度'),
        ]),
      ],
      specialProcedures: cancel ? [] : [{ name: '现场审查', duration: 3, unit: 'working_day', basis: '《公共场所卫生管理条例实施细则》', countsTowardLimit: true }],
      faq: [
        { question: '公共场所卫生许可证有效期多久？', answer: '公共场所卫生许可证有效期限为四年，有效期届满前30日内申请延续。' },
        { question: '饭馆、咖啡馆还要办卫生许可证吗？', answer: '不需要。饭馆、咖啡馆、酒吧、茶座等公共场所卫生许可已取消，由食品经营许可管理。' },
        FAQ_TOLERANCE,
      ],
      result: { type: cancel ? 'other' : 'certificate', name: cancel ? '注销通知书' : '公共场所卫生许可证' },
      channels: ['online', 'window'],
      onSiteVisits: 0,
      onlineDepth: 'IV',
      handleArea: 'county',
      form: 'public-place-hygiene',
    };
  },
};

export const drugRetail: Family = {
  id: 'drug-retail',
  label: '药品零售许可',
  matches: (c) => nameHas(c, '药品经营', '药品零售', '医疗器械经营', '第二类医疗器械', '第三类医疗器械'),
  guide: (c) => {
    const device = nameHas(c, '医疗器械');
    const filing = nameHas(c, '备案');
    return {
      legalBasis: device ? [{ lawName: '《医疗器械监督管理条例》', documentNumber: '国务院令第739号' }, L.licensing42] : [L.drug51, L.drugBusinessRules, L.licensing42],
      acceptConditions: '有依法经过资格认定的药学技术人员（质量负责人）；有与所经营药品（医疗器械）相适应的营业场所、设备、仓储设施和卫生环境；有与所经营品种相适应的质量管理机构或者人员；有保证质量的规章制度，符合经营质量管理规范要求。',
      caseType: filing ? 'instant' : 'promised',
      legalDays: filing ? 0 : 20,
      promisedDays: filing ? 0 : 10,
      materials: [
        applicationForm(device ? (filing ? '第二类医疗器械经营备案表' : '医疗器械经营许可申请表') : '药品经营许可证申请表'),
        businessLicense(),
        own('质量负责人、企业负责人的身份证明、学历或者职称证明'),
        own('经营场所、仓库地理位置图、平面布局图及房屋产权或者使用权证明'),
        own('经营质量管理制度、职责和工作程序文件目录'),
      ],
      specialProcedures: filing ? [] : [{ name: '现场检查', duration: 10, unit: 'working_day', basis: device ? '《医疗器械经营监督管理办法》' : '《药品经营和使用质量监督管理办法》', countsTowardLimit: false }],
      faq: [{ question: '许可证有效期多久？', answer: '药品经营许可证、医疗器械经营许可证有效期均为5年，届满需要继续经营的应在届满前申请重新审查发证。' }, FAQ_AGENT],
      result: filing ? { type: 'other', name: '第二类医疗器械经营备案凭证' } : { type: 'certificate', name: device ? '医疗器械经营许可证' : '药品经营许可证' },
      channels: ['online', 'window'],
      onSiteVisits: filing ? 0 : 1,
      ...(filing ? {} : { onSiteVisitsReason: '需配合现场检查' }),
      onlineDepth: 'III',
      handleArea: 'county',
    };
  },
};

export const marketFamilies: readonly Family[] = [
  nameDeclaration, sealEngraving, invoice, bankAccount, foodBusiness, publicPlaceHygiene, drugRetail, businessRegistration,
];

// Re-exported for families elsewhere that need the same premises material.
export { premises, propertyCertificate };
