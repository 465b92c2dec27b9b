import { L } from './laws.js';
import { FAQ_AGENT, FAQ_ONLINE, FAQ_PROGRESS, FAQ_TOLERANCE } from './faq.js';
import { agentMaterials, applicationForm, businessLicense, idCard, issued, own, tolerance } from './materials.js';
import { INSURED_KIND, when } from './situations.js';
import { deptHas, nameHas, type Family } from './types.js';

// Social security: 社会保险登记, 养老待遇 (退休), 医疗保险, 工伤, and social assistance (低保, 特困, 残疾人补贴).

const bankCard = own('本人社会保障卡（具有金融功能）或本人名下银行账户', { type: 'certificate', source: 'other', sourceNote: '社会保障卡合作银行发放', original: 1, copies: 0 });

export const socialInsuranceRegistration: Family = {
  id: 'social-insurance-registration',
  label: '社会保险登记',
  matches: (c) => deptHas(c, '人力资源和社会保障') && nameHas(c, '参保登记', '社会保险登记', '注销登记', '信息变更登记'),
  guide: (c) => {
    const unit = nameHas(c, '单位');
    return {
      legalBasis: [unit ? L.socialInsurance57 : L.socialInsurance58, L.socialInsuranceRegRules],
      acceptConditions: unit ? '用人单位自成立之日起三十日内申请办理社会保险登记；企业办理设立登记时可同步完成。' : '用人单位自用工之日起三十日内为职工申请办理社会保险登记；灵活就业人员可以个人身份参保。',
      caseType: 'instant',
      legalDays: 0,
      materials: unit ? [businessLicense(), applicationForm('社会保险登记表', '单位盖章')] : [idCard('参保人员'), applicationForm('参保人员信息登记表', '单位盖章或本人签字')],
      faq: [{ question: '新开办企业还要单独跑社保吗？', answer: '不需要。通过“企业开办一件事”办理设立登记时勾选社保登记，登记信息自动推送，无需另行申请。' }, FAQ_ONLINE],
      result: { type: 'other', name: unit ? '单位社会保险登记编号' : '参保登记信息' },
      channels: ['online', 'window'],
      onSiteVisits: 0,
      onlineDepth: 'IV',
      handleArea: 'municipal',
      form: unit ? 'social-insurance-unit' : 'social-insurance-person',
    };
  },
};

export const pension: Family = {
  id: 'pension',
  label: '养老保险待遇',
  matches: (c) => nameHas(c, '养老金申领', '养老保险待遇', '病残津贴', '个人账户一次性', '提前退休', '养老保险关系转移', '制度衔接', '丧葬补助金'),
  guide: (c) => {
    const normal = nameHas(c, '正常退休', '待遇申领');
    const transfer = nameHas(c, '转移', '衔接');
    const early = nameHas(c, '提前退休');
    // 容缺 only where the smart form (with its 告知承诺书) is offered: 企业职工 normal retirement.
    // 城乡居民 insure themselves: no employer issues them a 退休审批表.
    const residents = nameHas(c, '城乡居民');
    const withForm = normal && !residents;
    const archiveDoc = own('本人档案（或出生时间等档案记载材料）', { sourceNote: '存档机构提供' });
    const archive = withForm ? tolerance(archiveDoc, '档案正在转递的可先签署告知承诺书，受理后补齐') : archiveDoc;
    return {
      legalBasis: [L.socialInsurance16, L.socialInsurance, ...(transfer ? [{ lawName: '《城镇企业职工基本养老保险关系转移接续暂行办法》', documentNumber: '国办发〔2009〕66号' }] : [])],
      acceptConditions: transfer ? '参保人员跨统筹地区就业，需要将基本养老保险关系转入新参保地的。'
        : early ? '从事井下、高空、高温、特别繁重体力劳动或其他有害身体健康工作，符合特殊工种提前退休年龄和工作年限规定的。'
          : '参保人员达到法定退休年龄（含按规定弹性提前或延迟退休的），累计缴费满规定年限，本人申请按月领取基本养老金。',
      caseType: normal ? 'promised' : transfer ? 'promised' : 'promised',
      legalDays: transfer ? 45 : early ? 20 : 15,
      promisedDays: transfer ? 15 : early ? 10 : 5,
      ...(early ? { specialProcedures: [{ name: '公示', duration: 5, unit: 'working_day' as const, basis: '特殊工种提前退休审批公示制度', countsTowardLimit: false }] } : {}),
      materials: [idCard(), applicationForm(transfer ? '基本养老保险关系转移接续申请表' : '基本养老保险待遇申领表', '申请人签字'), ...(normal || early ? [bankCard, archive, ...(residents ? [] : [when(issued('退休审批表', '用人单位或存档机构出具', { necessity: 'optional', situation: '企业职工退休的' }), INSURED_KIND, 'employee')])] : [issued('参保缴费凭证', '原参保地社会保险经办机构出具', { necessity: 'optional' })]), ...agentMaterials()],
      faq: [
        { question: '退休手续可以一次办完吗？', answer: '可以。通过“退休一件事”，一次申请即可办理养老金申领、退休人员医保待遇确认、住房公积金退休提取等事项。' },
        { question: '养老金什么时候开始发放？', answer: '自核定之次月起按月发放至本人社会保障卡（金融账户）。' },
        ...(normal ? [FAQ_TOLERANCE] : [FAQ_PROGRESS]),
      ],
      result: { type: transfer ? 'other' : 'approval_document', name: transfer ? '参保缴费凭证及转移接续联系函' : '基本养老金核定表' },
      channels: ['online', 'window'],
      onSiteVisits: 0,
      onlineDepth: transfer ? 'IV' : 'III',
      handleArea: transfer ? 'national' : 'municipal',
      ...(withForm ? { form: 'pension' } : {}),
    };
  },
};

export const medicalInsurance: Family = {
  id: 'medical-insurance',
  label: '医疗保障',
  matches: (c) => deptHas(c, '医疗保障'),
  guide: (c) => {
    const register = nameHas(c, '参保登记', '新生儿');
    const reimburse = nameHas(c, '报销', '核付', '津贴', '医疗救助');
    const filing = nameHas(c, '备案');
    return {
      legalBasis: [L.socialInsurance, ...(reimburse ? [L.medicalFund] : []), ...(filing ? [{ lawName: '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》', documentNumber: '医保发〔2022〕22号' }] : [])],
      acceptConditions: register ? '本区户籍或居住的城乡居民（含新生儿、在校学生）未参加职工基本医疗保险的，可参加城乡居民基本医疗保险；用人单位职工依法参加职工基本医疗保险。'
        : reimburse ? '参保人员发生符合规定的医疗费用且未能直接结算，或符合生育保险、医疗救助待遇条件的。'
          : filing ? '参保人员异地长期居住、临时外出就医或经转诊到统筹地区以外就医的。' : '参保人员或定点医药机构依规申请医疗保障服务的。',
      caseType: reimburse ? 'promised' : 'instant',
      legalDays: reimburse ? 20 : 0,
      ...(reimburse ? { promisedDays: 10 } : {}),
      materials: [idCard(nameHas(c, '新生儿') ? '新生儿监护人' : '参保人'), ...(reimburse ? [own('医疗费用票据及费用明细清单'), own('出院小结或门诊病历'), bankCard] : []), ...(nameHas(c, '新生儿') ? [issued('出生医学证明', '助产机构签发', { eLicense: '出生医学证明' })] : [])],
      faq: [{ question: '异地就医备案可以网上办吗？', answer: '可以。通过国家医保服务平台APP或本地医保公共服务平台在线备案，备案后即时生效。' }, { question: '新生儿什么时候参保？', answer: '新生儿出生后可随时办理参保，出生后90日内参保缴费的，自出生之日起享受待遇。' }, FAQ_AGENT],
      result: { type: reimburse ? 'other' : 'other', name: reimburse ? '待遇核付结果' : register ? '参保登记信息' : '备案或办理结果' },
      channels: ['online', 'window'],
      onSiteVisits: 0,
      onlineDepth: 'IV',
      handleArea: filing || nameHas(c, '转移') ? 'national' : 'municipal',
      ...(nameHas(c, '新生儿参保') ? { form: 'newborn-medical-insurance' } : {}),
    };
  },
};

export const workInjury: Family = {
  id: 'work-injury',
  label: '工伤保险',
  matches: (c) => nameHas(c, '工伤', '劳动能力鉴定', '伤残津贴', '工亡', '供养亲属'),
  guide: (c) => {
    const determination = nameHas(c, '工伤认定');
    return {
      legalBasis: determination ? [L.workInjury17, L.workInjury20] : [{ lawName: '《工伤保险条例》', documentNumber: '国务院令第375号' }, L.socialInsurance],
      acceptConditions: determination ? '职工发生事故伤害或被诊断、鉴定为职业病，所在单位在30日内、或者工伤职工及其近亲属在1年内提出工伤认定申请。' : '已认定工伤的职工或其供养亲属，按规定申请劳动能力鉴定或工伤保险待遇。',
      caseType: 'promised',
      legalDays: determination ? 60 : 30,
      legalUnit: determination ? 'calendar_day' : 'working_day',
      promisedDays: determination ? 30 : 15,
      materials: [applicationForm(determination ? '工伤认定申请表' : '工伤保险待遇申请表'), idCard('职工'), ...(determination ? [own('与用人单位存在劳动关系（包括事实劳动关系）的证明材料'), own('医疗诊断证明或者职业病诊断证明书')] : [issued('认定工伤决定书', '社会保险行政部门出具')])],
      ...(determination ? { specialProcedures: [{ name: '调查核实', duration: 15, unit: 'working_day' as const, basis: '《工伤认定办法》', countsTowardLimit: true }] } : {}),
      faq: [{ question: '单位不申请工伤认定怎么办？', answer: '用人单位未在规定时限内提出的，工伤职工或者其近亲属、工会组织在事故伤害发生之日起1年内，可以直接提出工伤认定申请。' }, FAQ_PROGRESS],
      result: { type: 'approval_document', name: determination ? '认定工伤决定书' : '工伤保险待遇核定结果' },
      channels: ['window', 'online'],
      onSiteVisits: 1,
      onSiteVisitsReason: '需提交纸质原件并配合调查核实',
      onlineDepth: 'III',
      handleArea: 'county',
    };
  },
};

export const socialAssistance: Family = {
  id: 'social-assistance',
  label: '社会救助与福利',
  matches: (c) => (deptHas(c, '民政', '残疾人联合会', '退役军人', '应急管理') && c.type === 'benefit') || nameHas(c, '最低生活保障', '特困人员', '临时救助', '残疾人证', '低保边缘'),
  guide: (c) => {
    const disability = deptHas(c, '残疾人') || nameHas(c, '残疾人');
    const veterans = deptHas(c, '退役军人');
    return {
      legalBasis: veterans ? [L.veterans, L.militaryPension] : disability ? [L.disability] : nameHas(c, '老年') || nameHas(c, '高龄') ? [L.elderly] : [L.socialAssistance],
      acceptConditions: veterans ? '符合国家和省规定的优待抚恤对象条件，由本人或其家属向户籍所在地退役军人服务站提出申请。'
        : disability ? '持有中华人民共和国残疾人证，符合本市残疾人福利和补贴政策条件的。'
          : '共同生活的家庭成员人均收入低于当地最低生活保障标准且家庭财产状况符合规定，或者因突发事件、意外事故等原因导致基本生活暂时出现严重困难的家庭或个人。',
      caseType: 'promised',
      legalDays: 30,
      legalUnit: 'working_day',
      promisedDays: 15,
      specialProcedures: nameHas(c, '最低生活保障', '特困', '低保边缘') ? [{ name: '入户调查', duration: 10, unit: 'working_day', basis: '《社会救助暂行办法》第十一条', countsTowardLimit: true }, { name: '公示', duration: 7, unit: 'calendar_day', basis: '《社会救助暂行办法》第十一条', countsTowardLimit: true }] : [],
      materials: [applicationForm(`${c.name}申请表`, '申请人签字'), idCard(), own('家庭成员收入、财产状况声明及授权核对书', { signRequirement: '共同生活家庭成员签字' }), bankCard, ...agentMaterials()],
      faq: [
        { question: '可以在街道（镇）提出申请吗？', answer: '可以。申请人可向户籍所在地或经常居住地的街道办事处、镇人民政府提出申请，也可通过政务服务网在线申请。' },
        { question: '需要提供收入证明吗？', answer: '申请人签署授权核对书后，由民政部门通过居民家庭经济状况核对系统核查，一般无需另行开具收入证明。' },
        FAQ_PROGRESS,
      ],
      result: nameHas(c, '残疾人证') ? { type: 'certificate', name: '中华人民共和国残疾人证' } : { type: 'approval_document', name: '审核确认通知书' },
      channels: ['window', 'online'],
      onSiteVisits: 0,
      onlineDepth: 'III',
      handleArea: 'county',
    };
  },
};

export const socialFamilies: readonly Family[] = [socialInsuranceRegistration, pension, workInjury, medicalInsurance, socialAssistance];
