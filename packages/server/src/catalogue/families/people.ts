import { L } from './laws.js';
import { FAQ_AGENT, FAQ_ONLINE, FAQ_PROGRESS, FAQ_TOLERANCE } from './faq.js';
import { agentMaterials, applicationForm, householdRegister, idCard, issued, own } from './materials.js';
import { MINOR, PARENTS_MARRIED, VEHICLE_REGISTERED, when } from './situations.js';
import { deptHas, nameHas, type Family } from './types.js';

// Identity and family life: 居民身份证, 户口, 出生, 婚姻, 出入境证件, 驾驶证与机动车.

const photo = own('符合标准的证件照片（可由受理点现场免费采集）', { type: 'other', form: 'electronic', original: 0, copies: 0, necessity: 'optional' });

export const idCardFamily: Family = {
  id: 'id-card',
  label: '居民身份证',
  matches: (c) => nameHas(c, '居民身份证') && !nameHas(c, '港澳台'),
  guide: (c) => {
    const temporary = nameHas(c, '临时');
    const lost = nameHas(c, '补领');
    const remote = nameHas(c, '异地');
    const first = nameHas(c, '首次');
    return {
      legalBasis: [temporary ? L.idCardLaw : L.idCardLaw11, { lawName: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》', documentNumber: '发改价格〔2003〕2322号' }],
      acceptConditions: temporary
        ? '已申请领取居民身份证，在申请领取、换领、补领证件期间急需使用居民身份证的。'
        : first ? '具有本区常住户口、年满十六周岁的公民（未满十六周岁的可以依照规定申请领取）。' : '居民身份证有效期满、姓名变更、登记项目错误、证件严重损坏不能辨认或者丢失的。',
      caseType: temporary ? 'instant' : 'promised',
      legalDays: temporary ? 0 : remote ? 60 : 60,
      legalUnit: 'calendar_day',
      legalNote: '居民身份证自受理之日起60日内发放（公安部规定）',
      promisedDays: temporary ? 0 : remote ? 30 : 20,
      fees: [{
        name: temporary ? '临时居民身份证工本费' : lost ? '居民身份证工本费（丢失补领、损坏换领）' : '居民身份证工本费',
        standard: temporary ? '每证10元' : lost ? '每证40元' : '每证20元',
        basis: '发改价格〔2003〕2322号',
        reducible: true,
        reductionBasis: '城市最低生活保障对象、农村特困户等经济困难群众按规定减免',
      }],
      materials: [
        ...(first ? [householdRegister()] : [issued('原居民身份证（补领的无需提供）', '公安机关核发', { situation: '换领的交回原证', eLicense: '居民身份证' })]),
        photo,
        ...(first ? [when(own('监护人居民身份证', { situation: '未满十六周岁由监护人陪同申领的' }), MINOR, 'yes')] : []),
      ],
      faq: [
        { question: '可以在外地换领、补领身份证吗？', answer: '可以。居民身份证异地受理已实现全国通办，可在居住地任一受理点申请换领、补领，选择邮寄或回受理点领取。' },
        { question: '办证需要自带照片吗？', answer: '不需要。受理点现场免费采集人像，也可使用经认证的照相馆回执。' },
        { question: '身份证可以代办吗？', answer: '申领、换领、补领居民身份证须本人到场采集人像和指纹；领证可委托他人代领。' },
      ],
      result: { type: 'certificate', name: temporary ? '临时居民身份证' : '居民身份证' },
      channels: ['window', 'express'],
      onSiteVisits: 1,
      onSiteVisitsReason: '须本人到场采集人像、指纹信息',
      onlineDepth: 'II',
      handleArea: remote || lost ? 'national' : 'provincial',
      steps: { accreditation: '省公安厅统一制证', delivery: '受理点领取或邮政快递送达' },
      form: temporary ? 'id-card-temporary' : 'id-card',
    };
  },
};

export const household: Family = {
  id: 'household',
  label: '户籍',
  matches: (c) => deptHas(c, '公安分局') && !deptHas(c, '出入境', '交通') && nameHas(c, '户口', '落户', '户籍', '出生登记', '出生入户', '立户', '姓名变更', '更正', '民族成份', '居住证', '居住登记', '曾用名', '注销'),
  guide: (c) => {
    const birth = nameHas(c, '出生');
    const residence = nameHas(c, '居住证', '居住登记');
    const proof = nameHas(c, '证明');
    return {
      legalBasis: residence ? [L.residencePermit] : birth ? [L.hukou7, L.hukou] : [L.hukou],
      acceptConditions: birth
        ? '新生儿父母一方或者双方具有本区常住户口，持《出生医学证明》在婴儿出生后一个月以内申报出生登记；超过期限的按规定补办。'
        : residence ? '离开常住户口所在地，到本区居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的。'
          : proof ? '本人或者委托代理人因办事需要开具户籍信息证明的（能通过数据共享核验的不再开具）。'
            : '符合本市户籍管理规定的相应条件，户口登记项目需要迁移、变更、更正、注销或恢复的。',
      caseType: proof || birth ? 'instant' : 'promised',
      legalDays: proof || birth ? 0 : residence ? 15 : 20,
      promisedDays: proof || birth ? 0 : residence ? 7 : 10,
      materials: birth
        ? [issued('出生医学证明', '医疗保健机构签发', { eLicense: '出生医学证明', original: 1, copies: 1 }), householdRegister('父母双方'), idCard('父母双方'), when(issued('父母结婚证', '婚姻登记机关核发', { eLicense: '结婚证', necessity: 'optional', situation: '父母已婚的' }), PARENTS_MARRIED, 'yes')]
        : residence ? [applicationForm('居住登记（居住证）申请表', '申请人签字'), idCard(), own('合法稳定就业、合法稳定住所或连续就读证明之一'), photo]
          : [applicationForm(proof ? '户籍证明申请表' : '户口登记事项申请表', '申请人签字'), idCard(), householdRegister(), own('与申请事项相关的证明材料'), ...agentMaterials()],
      faq: birth
        ? [{ question: '新生儿落户可以网上办吗？', answer: '可以。通过“新生儿出生一件事”一次申请，在线提交出生医学证明信息后即可办理出生登记，户口簿可选择邮寄。' }, { question: '超过一个月未申报出生登记怎么办？', answer: '可以补办出生登记，需提供出生医学证明及相关材料，逾期不影响落户。' }, FAQ_PROGRESS]
        : [FAQ_AGENT, FAQ_PROGRESS, { question: '需要本人到派出所吗？', answer: '户籍证明、户口簿补领等可网上申请、邮寄送达；涉及身份核验的迁移、变更须本人到场。' }],
      result: birth ? { type: 'certificate', name: '居民户口簿（户口登记）' } : residence ? { type: 'certificate', name: '居住证' } : proof ? { type: 'other', name: '户籍证明' } : { type: 'other', name: '户口登记变更记录' },
      channels: ['window', 'online'],
      onSiteVisits: proof || birth ? 0 : 1,
      ...(proof || birth ? {} : { onSiteVisitsReason: '须核验本人身份及原始证明材料' }),
      onlineDepth: proof || birth ? 'IV' : 'III',
      handleArea: nameHas(c, '跨省') ? 'national' : 'municipal',
      ...(birth ? { form: 'birth-registration' } : {}),
    };
  },
};

export const birthCertificate: Family = {
  id: 'birth-certificate',
  label: '出生医学证明与生育',
  matches: (c) => nameHas(c, '出生医学证明', '生育登记', '预防接种证', '孕产妇保健'),
  guide: (c) => {
    const certificate = nameHas(c, '出生医学证明');
    const vaccine = nameHas(c, '预防接种');
    return {
      legalBasis: certificate ? [L.maternalHealth, { lawName: '《国家卫生健康委 公安部关于加强出生医学证明管理工作的通知》' }] : vaccine ? [{ lawName: '《中华人民共和国疫苗管理法》' }] : [L.population],
      acceptConditions: certificate ? '在本区依法设置的助产机构内出生的新生儿，由其父母或监护人申请签发出生医学证明。' : vaccine ? '儿童出生后1个月内，其监护人应当到儿童居住地承担预防接种工作的接种单位为其办理预防接种证。' : '生育子女的夫妻，可在孕前或孕期、生育后办理生育登记。',
      caseType: 'instant',
      legalDays: 0,
      materials: [idCard('父母双方'), ...(certificate ? [applicationForm('出生医学证明首次签发登记表', '新生儿父母签字'), issued('父母结婚证', '婚姻登记机关核发', { eLicense: '结婚证', necessity: 'optional' })] : [])],
      faq: [
        { question: '出生医学证明信息填错了怎么办？', answer: '签发后发现信息有误的，可持原证到原签发机构申请换发，证件不得涂改。' },
        { question: '可以一次办好出生后的各项手续吗？', answer: '可以。通过“新生儿出生一件事”，一次填报即可同时办理出生医学证明、预防接种证、户口登记、医保参保和社会保障卡申领。' },
      ],
      result: { type: certificate || vaccine ? 'certificate' : 'other', name: certificate ? '出生医学证明' : vaccine ? '预防接种证' : '生育登记服务单' },
      channels: ['window', 'online'],
      onSiteVisits: 0,
      onlineDepth: 'IV',
      handleArea: 'county',
      ...(certificate ? { form: 'birth-certificate' } : vaccine ? { form: 'vaccination-certificate' } : {}),
    };
  },
};

export const marriage: Family = {
  id: 'marriage',
  label: '婚姻登记',
  matches: (c) => nameHas(c, '结婚', '离婚', '婚姻登记') && deptHas(c, '民政'),
  guide: (c) => {
    const divorce = nameHas(c, '离婚登记');
    const reissue = nameHas(c, '补领');
    return {
      legalBasis: [divorce ? L.civilCodeDivorce : L.civilCodeMarriage, L.marriageRegs],
      acceptConditions: reissue
        ? '结婚证、离婚证遗失或者损毁的，当事人可以持居民身份证向原办理婚姻登记的机关或者一方常住户口所在地的婚姻登记机关申请补领。'
        : divorce ? '夫妻双方自愿离婚，对子女抚养、财产以及债务处理等事项协商一致，签订书面离婚协议；离婚冷静期届满后30日内双方亲自到场申请发给离婚证。'
          : '男女双方完全自愿；达到法定婚龄（男不早于二十二周岁，女不早于二十周岁）；双方均无配偶；不属于直系血亲或者三代以内旁系血亲。',
      caseType: divorce ? 'promised' : 'instant',
      legalDays: divorce ? 30 : 0,
      legalUnit: divorce ? 'calendar_day' : 'working_day',
      ...(divorce ? { legalNote: '离婚冷静期30日，期满后30日内双方亲自到场申请发证', promisedDays: 30 } : {}),
      materials: [idCard('双方'), householdRegister('双方'), ...(divorce ? [issued('结婚证', '婚姻登记机关核发', { eLicense: '结婚证' }), own('离婚协议书（一式三份）', { original: 3, signRequirement: '双方签字' })] : []), own('本人近期半身免冠合影照片（2寸）', { original: 3, necessity: reissue ? 'required' : 'required', form: 'paper' }), applicationForm(divorce ? '申请离婚登记声明书' : reissue ? '申请补领婚姻登记证声明书' : '申请结婚登记声明书', '当事人在登记员面前亲自签名')],
      faq: [
        { question: '可以在非户籍地办理结婚登记吗？', answer: '可以。婚姻登记“全国通办”后，内地居民可在一方常住户口所在地或经常居住地婚姻登记机关办理。' },
        { question: '可以预约办理吗？', answer: '可以通过政务服务网或民政部门小程序预约，也接受现场办理。' },
        { question: '办理婚姻登记收费吗？', answer: '不收费。' },
      ],
      result: { type: 'certificate', name: divorce ? '离婚证' : reissue ? (nameHas(c, '离婚证') ? '离婚证' : '结婚证') : '结婚证' },
      channels: ['window'],
      onSiteVisits: divorce ? 2 : 1,
      onSiteVisitsReason: divorce ? '依法须双方亲自到场申请，离婚冷静期满后再次到场领证' : '依法须双方亲自到婚姻登记机关申请',
      onlineDepth: 'II',
      handleArea: 'national',
      steps: { investigate: '审查当事人证件、证明材料并询问相关情况', accreditation: '打印、颁发婚姻登记证' },
      ...(divorce ? {} : { form: 'marriage' }),
    };
  },
};

export const exitEntry: Family = {
  id: 'exit-entry',
  label: '出入境证件',
  matches: (c) => deptHas(c, '出入境') || nameHas(c, '护照', '通行证', '签注'),
  guide: (c) => {
    const foreigner = nameHas(c, '外国人');
    const passport = nameHas(c, '护照');
    const endorsement = nameHas(c, '签注') && !nameHas(c, '通行证');
    const feeName = passport ? '普通护照' : nameHas(c, '港澳') ? '往来港澳通行证' : nameHas(c, '台湾', '赴台') ? '往来台湾通行证' : '';
    const fees = endorsement
      ? [{ name: '签注费', standard: '一次有效签注每件15元，二次有效签注每件30元', basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》', reducible: false }]
      : feeName === '' || foreigner || nameHas(c, '查询', '报失', '住宿', '居住证') ? []
        : [{ name: `${feeName}工本费`, standard: passport ? '每本120元' : nameHas(c, '港澳') ? '每证60元（电子通行证）' : '每证60元', basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）', reducible: false }];
    return {
      legalBasis: passport ? [L.passport, L.exitEntry] : foreigner ? [L.exitEntry, { lawName: '《中华人民共和国外国人入境出境管理条例》' }] : [L.exitEntry, { lawName: '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》' }],
      acceptConditions: foreigner ? '在华外国人符合签证、居留许可、停留证件申请条件，持有效护照并在规定期限内申请。' : '中国内地居民因私出境，不具有法律规定不准出境的情形，可在全国任一出入境管理窗口申请。',
      caseType: nameHas(c, '查询', '报失', '住宿') ? 'instant' : 'promised',
      legalDays: nameHas(c, '查询', '报失', '住宿') ? 0 : foreigner ? 15 : 7,
      promisedDays: nameHas(c, '查询', '报失', '住宿') ? 0 : foreigner ? 7 : 5,
      fees,
      materials: foreigner ? [applicationForm('外国人签证证件申请表', '申请人签字'), own('有效护照及复印件'), own('与申请事由相关的证明材料'), photo] : [idCard(), ...(endorsement ? [issued('有效往来港澳（台湾）通行证', '出入境管理部门签发')] : [photo]), applicationForm('中国公民出入境证件申请表', '申请人签字')],
      faq: [
        { question: '可以在非户籍地申请吗？', answer: '可以。内地居民普通护照、往来港澳台通行证及签注已实现全国通办，在全国任一出入境窗口均可申请。' },
        { question: '签注可以自助办理吗？', answer: '持电子往来港澳通行证再次申请签注的，可在自助签注机或网上办理，即时生效。' },
      ],
      result: { type: 'certificate', name: passport ? '普通护照' : foreigner ? '签证或居留许可' : nameHas(c, '港澳') ? '往来港澳通行证及签注' : nameHas(c, '台湾', '赴台') ? '往来台湾通行证及签注' : '出入境证件' },
      channels: ['window', 'express', 'online'],
      onSiteVisits: endorsement ? 0 : 1,
      ...(endorsement ? {} : { onSiteVisitsReason: '首次申领须本人到场采集指纹和人像' }),
      onlineDepth: endorsement ? 'IV' : 'II',
      handleArea: foreigner ? 'municipal' : 'national',
    };
  },
};

export const driving: Family = {
  id: 'driving',
  label: '驾驶证与机动车',
  matches: (c) => deptHas(c, '交通警察') || nameHas(c, '驾驶证', '机动车登记', '电动自行车'),
  guide: (c) => {
    const licence = nameHas(c, '驾驶证', '驾驶人', '驾驶资格');
    const exam = nameHas(c, '考试预约');
    const accident = nameHas(c, '事故');
    const quick = exam || nameHas(c, '补领', '补证', '换证', '换领', '检验合格标志', '审验', '注销', '事故证明', '快速处理');
    // A first registration has no 机动车登记证书 yet; these items concern a registered vehicle; the rest ask.
    const firstRegistration = nameHas(c, '注册登记');
    const registered = nameHas(c, '转移', '变更', '抵押', '注销', '补领', '换领', '检验合格标志');
    const certificate = issued('机动车登记证书', '公安机关交通管理部门核发', { situation: '已注册登记的机动车' });
    return {
      legalBasis: licence || exam ? [L.roadTraffic19, L.driverLicenseRules] : accident ? [{ lawName: '《道路交通事故处理程序规定》', documentNumber: '公安部令第146号' }] : [L.roadTraffic8, L.vehicleRegRules],
      acceptConditions: licence || exam ? '申请人符合《机动车驾驶证申领和使用规定》规定的年龄、身体条件，且不存在不得申请机动车驾驶证的情形。' : accident ? '发生道路交通事故的当事人或者其代理人依法申请处理的。' : '机动车所有人申请办理机动车登记，机动车经安全技术检验合格（免检车辆除外），交通安全违法行为和交通事故已处理完毕。',
      caseType: quick ? 'instant' : 'promised',
      legalDays: quick ? 0 : accident ? 10 : licence ? 5 : 2,
      ...(quick ? {} : { promisedDays: accident ? 10 : 1 }),
      fees: nameHas(c, '驾驶证') && !nameHas(c, '审验', '注销', '恢复', '身体条件') ? [{ name: '机动车驾驶证工本费', standard: '每证10元', basis: '《国家发展改革委 财政部关于公安部门收取机动车驾驶证工本费有关问题的通知》', reducible: false }]
        : nameHas(c, '号牌') ? [{ name: '机动车号牌工本费', standard: '汽车反光号牌每副100元', basis: '省价格主管部门批复的收费标准', reducible: false }] : [],
      materials: [idCard(), ...(licence ? [issued('机动车驾驶人身体条件证明', '县级或者部队团级以上医疗机构、具备条件的社区卫生服务机构出具', { eLicense: '驾驶人体检电子回执' })] : accident ? [own('事故现场照片或事故当事人陈述材料')] : [own('机动车来历证明'), ...(firstRegistration ? [] : [registered ? certificate : when(certificate, VEHICLE_REGISTERED, 'yes')]), issued('机动车交通事故责任强制保险凭证', '保险公司出具', { eLicense: '交强险电子保单' })]), ...agentMaterials()],
      faq: [
        { question: '驾驶证可以异地换证吗？', answer: '可以。机动车驾驶证有效期满换证、补证已实现全国通办，可在居住地车管所或“交管12123”APP申请。' },
        { question: '可以用“交管12123”办理吗？', answer: '考试预约、驾驶证补换领、机动车检验标志申领等业务可在“交管12123”APP在线办理，证件邮寄到家。' },
      ],
      result: { type: exam || accident ? 'other' : 'certificate', name: exam ? '考试预约结果' : accident ? '道路交通事故认定书（证明）' : licence ? '机动车驾驶证' : '机动车登记证书、号牌、行驶证' },
      channels: ['window', 'online', 'express'],
      onSiteVisits: quick ? 0 : 1,
      ...(quick ? {} : { onSiteVisitsReason: licence ? '须本人参加考试' : accident ? '须当事人到场接受处理' : '须交验机动车' }),
      onlineDepth: quick ? 'IV' : 'III',
      handleArea: nameHas(c, '换证', '补证', '考试') ? 'national' : 'municipal',
    };
  },
};

export const peopleFamilies: readonly Family[] = [idCardFamily, birthCertificate, household, marriage, exitEntry, driving];
