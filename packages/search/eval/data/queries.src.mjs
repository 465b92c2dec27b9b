// Hand-judged query set, written against catalogue.json by NAME (build-queries.mjs resolves names to codes).
//
// Relevance: 3 = exactly what the person needs · 2 = clearly relevant (the main item, a sibling that
// may well be the actual need, the "一件事" package) · 1 = somewhat relevant (next step, related matter).
// Spec keys: "名称" → that matter; "名称/*" → every sub-item of main item 名称. An explicit key always wins
// over a wildcard, whatever the order.
//
// Row: [kind, query, relevance, note]

// main item at gMain, all its sub-items at gSubs
const fam = (name, gMain = 3, gSubs = 2) => ({ [name]: gMain, [`${name}/*`]: gSubs });

// ---- shared judgments (the same need typed in different ways gets the same grades) ----
const FOOD_LICENCE = fam('食品经营许可');
const HOUSING_FUND_WITHDRAW = fam('住房公积金提取');
const PUBLIC_PLACE_HYGIENE = fam('公共场所卫生许可');
const DRUG_RETAIL = fam('药品零售企业许可');
const TOBACCO = fam('烟草专卖零售许可');
const MARRIAGE = fam('婚姻登记');
const MARRY = { '内地居民结婚登记': 3, '婚姻登记': 2, '内地居民补领结婚证': 1, '婚前医学检查': 1 };
const DIVORCE = { '内地居民离婚登记': 3, '婚姻登记': 2, '内地居民补领离婚证': 1 };
const ID_REISSUE = {
  '居民身份证补领': 3, '居民身份证异地换领、补领': 2, '居民身份证申领、换领、补领': 2, '临时居民身份证核发': 1,
};
const ID_CARD = { ...fam('居民身份证申领、换领、补领'), '临时居民身份证核发': 2 };
const BIRTH_CERT = {
  '出生医学证明签发': 3, '出生医学证明首次签发': 3, '出生医学证明补发': 2, '出生医学证明换发': 2, '新生儿出生一件事': 1,
};
const LICENCE_RENEW = { ...fam('机动车驾驶证换证'), '机动车驾驶证有效期满换证': 2, '提交机动车驾驶人身体条件证明': 1 };
const DRIVING_LICENCE = {
  '机动车驾驶证申领': 3, '初次申领机动车驾驶证': 2, '机动车驾驶证换证': 3, '机动车驾驶证有效期满换证': 2,
  '机动车驾驶证补证': 3, '机动车驾驶证审验': 2, '机动车驾驶人考试预约': 1, '恢复驾驶资格': 1,
};
const BUSINESS_LICENCE = {
  '公司设立登记': 3, '个体工商户设立登记': 3, '营业执照补领、换发': 2, '营业执照遗失补领': 2, '营业执照换发': 2,
  '电子营业执照申领': 2, '内资公司登记': 2, '个体工商户登记': 2, '企业开办一件事': 2,
  '合伙企业设立登记': 1, '个人独资企业设立登记': 1, '农民专业合作社设立登记': 1, '外商投资公司设立登记': 1,
};
const REAL_ESTATE = {
  '国有建设用地使用权及房屋所有权登记': 3, '国有建设用地使用权及房屋所有权登记/*': 2,
  '抵押权登记': 2, '预告登记': 2, '不动产权属证书补证、换证': 2, '不动产登记资料查询': 2,
  '宅基地使用权及房屋所有权登记': 2, '国有建设用地使用权登记': 1, '更正登记': 1, '异议登记': 1, '查封登记': 1,
  '居住权登记': 1, '地役权登记': 1, '林权登记': 1, '土地承包经营权登记': 1,
  '集体建设用地使用权及建筑物、构筑物所有权登记': 1,
};
const HOUSING_FUND = {
  '住房公积金提取': 3, '住房公积金提取/*': 2, '住房公积金个人住房贷款': 2, '住房公积金缴存证明打印': 2,
  '住房公积金单位缴存登记': 1, '住房公积金个人账户设立': 1, '住房公积金单位及个人缴存信息变更': 1,
  '灵活就业人员住房公积金缴存': 1,
};
const SELF_EMPLOYED = { '个体工商户登记': 3, '个体工商户设立登记': 3, '个体工商户登记/*': 2 };
const HK_MACAO = {
  '往来港澳通行证及签注签发': 3, '往来港澳通行证首次申请': 2, '往来港澳通行证换发': 2, '往来港澳通行证补发': 2,
  '往来港澳通行证及签注签发/*': 1,
};
const NO_CRIME = { '无犯罪记录证明开具': 3, '无犯罪记录公证': 1 };
const SOCIAL_CARD = { ...fam('社会保障卡服务'), '社会保障卡申领': 3 };
const RESIDENCE_PERMIT = fam('居住证');
const MORTGAGE = { ...fam('抵押权登记'), '机动车抵押登记': 1, '预购商品房抵押权预告登记': 1 };
const MORTGAGE_RELEASE = { '抵押权注销登记': 3, '抵押权登记': 2, '机动车解除抵押登记': 1 };
const REMOTE_MEDICAL = fam('异地就医备案');
const CONSTRUCTION_PERMIT = fam('建筑工程施工许可证核发');
const UNEMPLOYMENT_BENEFIT = { '失业保险金申领': 3, '失业补助金申领': 1, '失业登记': 1 };
const DOG = { ...fam('养犬登记'), '养犬登记（初次登记）': 3, '犬只狂犬病免疫': 2 };
const HUKOU_MOVE = fam('户口迁移');
const PASSPORT = fam('普通护照签发');
const DEED_LOST = {
  '不动产权属证书补证登记': 3, '不动产权属证书补证、换证': 2, '不动产登记证明补发': 1,
  '不动产登记资料查询（权利人查询）': 1,
};
const FUND_LOAN = fam('住房公积金个人住房贷款');
const COMPANY_SETUP = {
  '公司设立登记': 3, '企业开办一件事': 3, '内资公司登记': 2, '企业名称自主申报': 2,
  '分公司设立登记': 1, '外商投资公司设立登记': 1, '个体工商户设立登记': 1, '印章刻制备案（新刻）': 1,
  '新办纳税人涉税事项综合申请': 1,
};
const HEALTH_CERT = { '从业人员预防性健康检查': 2, '食品从业人员健康检查': 3, '公共场所从业人员健康检查': 3 };

export const queries = [
  // ============================ exact: full official names ============================
  ['exact', '食品经营许可（新办）', { '食品经营许可（新办）': 3, '食品经营许可': 2, '食品经营许可/*': 1, '开办餐饮店一件事': 1 }, 'sub-item name; siblings only somewhat relevant'],
  ['exact', '公共场所卫生许可', PUBLIC_PLACE_HYGIENE, 'main item; its handling items clearly relevant'],
  ['exact', '个体工商户设立登记', { '个体工商户设立登记': 3, '个体工商户登记': 2, '个体工商户登记/*': 1 }, ''],
  ['exact', '居民身份证补领', ID_REISSUE, 'cross-region 补领 is a sibling that may be the real need'],
  ['exact', '内地居民结婚登记', MARRY, ''],
  ['exact', '机动车驾驶证有效期满换证', { '机动车驾驶证有效期满换证': 3, '机动车驾驶证换证': 2, '机动车驾驶证延期换证': 1, '提交机动车驾驶人身体条件证明': 1 }, ''],
  ['exact', '租房提取住房公积金', { '租房提取住房公积金': 3, '住房公积金提取': 2, '房屋租赁登记备案（登记备案）': 1 }, 'some funds require a registered lease'],
  ['exact', '出生医学证明首次签发', { '出生医学证明首次签发': 3, '出生医学证明签发': 2, '出生医学证明补发': 1, '出生医学证明换发': 1, '新生儿出生一件事': 2 }, ''],
  ['exact', '国有建设用地使用权及房屋所有权转移登记（二手房买卖）', { '国有建设用地使用权及房屋所有权转移登记（二手房买卖）': 3, '国有建设用地使用权及房屋所有权登记': 2, '二手房转移登记及水电气网联动过户一件事': 2, '存量房买卖合同网签备案': 1, '存量房交易税费申报': 1 }, 'long official name with parenthetical'],
  ['exact', '药品零售企业许可', DRUG_RETAIL, ''],
  ['exact', '烟草专卖零售许可', TOBACCO, ''],
  ['exact', '公司设立登记', { '公司设立登记': 3, '内资公司登记': 2, '企业开办一件事': 2, '企业名称自主申报': 1, '分公司设立登记': 1, '外商投资公司设立登记': 1 }, ''],
  ['exact', '无犯罪记录证明开具', NO_CRIME, ''],
  ['exact', '失业保险金申领', UNEMPLOYMENT_BENEFIT, ''],
  ['exact', '异地就医备案', REMOTE_MEDICAL, ''],
  ['exact', '建筑工程施工许可证核发', CONSTRUCTION_PERMIT, ''],
  ['exact', '养犬登记', { ...fam('养犬登记'), '犬只狂犬病免疫': 1 }, ''],
  ['exact', '抵押权注销登记', MORTGAGE_RELEASE, ''],
  ['exact', '特种设备使用登记', fam('特种设备使用登记'), ''],
  ['exact', '个人所得税综合所得汇算清缴', { '个人所得税综合所得汇算清缴': 3 }, ''],
  ['exact', '往来港澳通行证及签注签发', fam('往来港澳通行证及签注签发'), ''],
  ['exact', '残疾人证办理', { ...fam('残疾人证办理'), '困难残疾人生活补贴和重度残疾人护理补贴': 1 }, ''],
  ['exact', '城镇污水排入排水管网许可', fam('城镇污水排入排水管网许可'), ''],
  ['exact', '公众聚集场所投入使用、营业前消防安全检查', fam('公众聚集场所投入使用、营业前消防安全检查'), 'long name with 、'],

  // ============================ fragment: part of a name ============================
  ['fragment', '公积金提取', HOUSING_FUND_WITHDRAW, ''],
  ['fragment', '身份证补领', ID_REISSUE, ''],
  ['fragment', '卫生许可', { ...PUBLIC_PLACE_HYGIENE, '饮用水供水单位卫生许可': 2, '饮用水供水单位卫生许可/*': 1 }, 'ambiguous: public places (common) vs drinking-water suppliers (rare)'],
  ['fragment', '结婚登记', MARRY, ''],
  ['fragment', '驾驶证换证', { ...LICENCE_RENEW, '拖拉机和联合收割机驾驶证核发（换证）': 1 }, ''],
  ['fragment', '不动产登记', REAL_ESTATE, 'umbrella term; house-and-land registration is the bulk'],
  ['fragment', '营业执照', BUSINESS_LICENCE, 'names the result certificate; getting one = 设立登记'],
  ['fragment', '护照', PASSPORT, 'short 2-character query'],
  ['fragment', '零星报销', { '医疗费用手工（零星）报销': 3, '生育医疗费用报销': 1, '工伤医疗费用报销': 1 }, 'non-contiguous: name is 医疗费用手工（零星）报销'],
  ['fragment', '异地就医', REMOTE_MEDICAL, ''],
  ['fragment', '施工许可', { ...CONSTRUCTION_PERMIT, '涉路施工许可': 1 }, ''],
  ['fragment', '排污', { ...fam('排污许可'), ...fam('固定污染源排污登记', 2, 1), '城镇污水排入排水管网许可': 1 }, 'short; 排污登记 is the lighter regime'],
  ['fragment', '抵押登记', MORTGAGE, 'real-estate mortgage dominates at district level'],
  ['fragment', '出生入户', { '新生儿出生入户': 3, '出生登记': 2, '新生儿出生一件事': 2, '超过一周岁儿童出生登记': 1, '出生登记跨省通办': 2 }, 'non-contiguous part of 新生儿出生入户'],
  ['fragment', '社会保障卡补领', { '社会保障卡补领、换领': 3, '社会保障卡服务': 2, '社会保障卡挂失与解挂': 2 }, ''],
  ['fragment', '简易注销', { '公司简易注销登记': 3, '个体工商户简易注销登记': 3, '企业注销一件事': 2, '内资公司登记': 1, '个体工商户登记': 1, '清税申报': 1 }, ''],
  ['fragment', '执业注册', { '医师执业注册': 3, '护士执业注册': 3, '乡村医生执业注册': 2, '医师执业注册/*': 1, '护士执业注册/*': 1 }, 'ambiguous between professions'],
  ['fragment', '从业资格证', { ...fam('道路运输从业人员从业资格证核发'), '巡游出租汽车驾驶员从业资格证核发': 3, '网络预约出租汽车驾驶员证核发': 1 }, ''],
  ['fragment', '预售许可', fam('商品房预售许可'), ''],
  ['fragment', '档案查询', { ...fam('档案查阅利用'), '企业登记档案资料查询': 2, '档案查（借）阅': 1, '不动产登记资料查询': 1 }, ''],
  ['fragment', '完税证明', { '开具税收完税证明': 3, '车辆购置税申报': 1, '契税申报': 1 }, ''],
  ['fragment', '工伤', { '工伤认定': 3, '工伤保险待遇申领': 2, '工伤保险待遇申领/*': 2, '劳动能力鉴定': 2 }, 'short 2-character query; 认定 is the first step'],
  ['fragment', '宅基地', { '农村村民宅基地审批': 3, ...fam('宅基地使用权及房屋所有权登记'), '乡村建设规划许可证核发': 1 }, 'short; approval vs registration both plausible'],
  ['fragment', '二手房', { '国有建设用地使用权及房屋所有权转移登记（二手房买卖）': 3, '二手房转移登记及水电气网联动过户一件事': 2, '存量房买卖合同网签备案': 2, '存量房交易税费申报': 2, '住房公积金贷款申请（二手房）': 2, '偿还住房贷款提取住房公积金': 1 }, '二手房 appears only in two names; 存量房 is the official word elsewhere'],

  // ============================ colloquial: everyday wording ============================
  ['colloquial', '开饭店要办什么', { '食品经营许可（新办）': 3, '开办餐饮店一件事': 3, '食品经营许可': 2, '小餐饮登记（新办）': 2, '个体工商户设立登记': 2, '公司设立登记': 2, '食品从业人员健康检查': 2, '公众聚集场所投入使用、营业前消防安全检查': 1, '户外招牌设置备案（新设）': 1, '餐厨垃圾收运服务申报': 1, '城镇污水排入排水管网许可（新办）': 1 }, 'restaurant → food business licence + business registration; no word overlap'],
  ['colloquial', '房产证丢了怎么办', DEED_LOST, '房产证 = 不动产权证书 (colloquial, old name)'],
  ['colloquial', '生孩子要办哪些证', { '出生医学证明首次签发': 3, '新生儿出生入户': 3, '新生儿出生一件事': 3, '出生医学证明签发': 2, '出生登记': 2, '新生儿参保登记': 2, '预防接种证首次办理': 2, '生育津贴申领': 2, '社会保障卡申领': 1, '生育登记': 1, '生育医疗费用报销': 1 }, 'newborn bundle'],
  ['colloquial', '驾照过期了', { '机动车驾驶证有效期满换证': 3, '机动车驾驶证换证': 2, '机动车驾驶证延期换证': 2, '恢复驾驶资格': 2, '提交机动车驾驶人身体条件证明': 1 }, '驾照 = 机动车驾驶证; expired >1 year needs 恢复驾驶资格'],
  ['colloquial', '退休了公积金怎么取', { '离退休提取住房公积金': 3, '住房公积金提取': 2, '提前退休提取住房公积金': 1, '退休一件事': 2 }, ''],
  ['colloquial', '养狗要办证吗', DOG, ''],
  ['colloquial', '开个小超市', { '个体工商户设立登记': 3, '仅销售预包装食品备案（首次备案）': 3, '仅销售预包装食品备案': 2, '烟草专卖零售许可（新办）': 2, '食品经营许可（新办）': 2, '个体工商户登记': 2, '公司设立登记': 1, '烟草专卖零售许可': 1 }, 'small shop: registration + pre-packaged food filing; tobacco if selling cigarettes'],
  ['colloquial', '怎么注册公司', COMPANY_SETUP, '注册 is everyday for 设立登记'],
  ['colloquial', '身份证丢了', { ...ID_REISSUE, '临时居民身份证核发': 2 }, ''],
  ['colloquial', '买房要交什么税', { '契税申报': 3, '存量房交易税费申报': 2, '印花税申报': 1 }, ''],
  ['colloquial', '租房子能取公积金吗', { '租房提取住房公积金': 3, '住房公积金提取': 2, '房屋租赁登记备案（登记备案）': 1 }, ''],
  ['colloquial', '老板拖欠工资', { '劳动保障监察投诉举报': 3, '劳动人事争议仲裁申请': 2, '劳动人事争议仲裁': 2, '法律援助申请': 1, '劳动人事争议调解': 1 }, 'wage arrears: complaint to labour inspection, or arbitration'],
  ['colloquial', '失业了能领钱吗', { '失业保险金申领': 3, '失业补助金申领': 2, '失业登记': 2, '就业登记与失业登记': 1 }, ''],
  ['colloquial', '办健康证', HEALTH_CERT, '健康证 = 从业人员健康证明'],
  ['colloquial', '小孩上小学怎么报名', { '小学一年级新生入学登记': 3, '义务教育阶段入学': 2, '随迁子女义务教育入学': 2, '入托入学预防接种证查验': 1 }, ''],
  ['colloquial', '在外地看病怎么报销', { '医疗费用手工（零星）报销': 3, '异地就医备案': 2, '临时外出就医人员备案': 2, '异地长期居住人员备案': 1, '异地转诊人员备案': 1 }, ''],
  ['colloquial', '车子年检', { '机动车检验合格标志核发': 3, '机动车检验合格标志核发/*': 2 }, '年检 = 检验合格标志核发'],
  ['colloquial', '怀孕了去哪建档', { '孕产妇保健手册建册': 3, '生育登记': 2 }, '建档/建卡 = 母子健康手册建册'],
  ['colloquial', '家里老人去世了要办什么手续', { '个人身后一件事': 3, '死亡注销户口': 3, '居民死亡医学证明（推断）书首次签发': 3, '遗体接运火化服务': 2, '丧葬补助金、抚恤金申领': 2, '基本殡葬服务费用减免': 2, '死亡或宣告死亡提取住房公积金': 1, '国有建设用地使用权及房屋所有权转移登记（继承、受遗赠）': 1, '继承公证': 1 }, ''],
  ['colloquial', '装修垃圾怎么处理', { '装修垃圾清运预约': 3, '城市建筑垃圾处置核准': 1 }, ''],
  ['colloquial', '摆地摊卖小吃', { '食品摊贩登记（新办）': 3, '食品摊贩登记': 2, '临时占用城市道路': 1, '食品从业人员健康检查': 1 }, ''],
  ['colloquial', '离婚手续怎么办', DIVORCE, ''],
  ['colloquial', '家里装充电桩', { '居民电动汽车充电桩用电报装': 3, '低压居民用电报装（增容）': 1 }, ''],
  ['colloquial', '跑网约车要什么证', { '网络预约出租汽车驾驶员证核发（首次申请）': 3, '网络预约出租汽车运输证核发（新办）': 3, '网络预约出租汽车驾驶员证核发': 2, '网络预约出租汽车运输证核发': 2 }, '网约车 = 网络预约出租汽车; driver + vehicle permits'],
  ['colloquial', '电动车上牌', { '电动自行车注册登记': 3, '电动自行车登记': 2 }, '电动车 = 电动自行车; 上牌 = 注册登记'],
  ['colloquial', '房子过户', { '国有建设用地使用权及房屋所有权转移登记（二手房买卖）': 3, '国有建设用地使用权及房屋所有权转移登记（赠与）': 2, '国有建设用地使用权及房屋所有权转移登记（继承、受遗赠）': 2, '国有建设用地使用权及房屋所有权转移登记（夫妻间更名）': 2, '国有建设用地使用权及房屋所有权转移登记（离婚析产）': 2, '国有建设用地使用权及房屋所有权登记': 2, '二手房转移登记及水电气网联动过户一件事': 2, '存量房交易税费申报': 1, '用电更名过户': 1, '用水过户': 1, '燃气过户': 1 }, '过户 is also a utilities word'],
  ['colloquial', '房产证', { '国有建设用地使用权及房屋所有权转移登记（新建商品房）': 3, '国有建设用地使用权及房屋所有权登记': 2, '国有建设用地使用权及房屋所有权转移登记（二手房买卖）': 2, '国有建设用地使用权及房屋所有权首次登记': 2, '不动产权属证书补证登记': 2, '房屋所有权证换发不动产权证书': 2, '不动产登记资料查询（权利人查询）': 1 }, 'certificate word only; 办房产证 for a new flat is the commonest need'],
  ['colloquial', '低保', { '最低生活保障': 3, '最低生活保障（申请审核确认）': 3, '最低生活保障（变更）': 2, '最低生活保障（停保）': 2, '低保边缘家庭认定': 2, '特困人员救助供养': 1, '临时救助': 1 }, 'short abbreviation'],
  ['colloquial', '出国要开无犯罪证明', { ...NO_CRIME, '无犯罪记录公证': 2 }, ''],

  // ============================ pinyin_full ============================
  ['pinyin_full', 'shipinjingyingxuke', FOOD_LICENCE, 'no spaces'],
  ['pinyin_full', 'gongjijin tiqu', HOUSING_FUND_WITHDRAW, ''],
  ['pinyin_full', 'hunyindengji', MARRIAGE, ''],
  ['pinyin_full', 'gongjijin', HOUSING_FUND, 'partial: 公积金 only'],
  ['pinyin_full', 'yingyezhizhao', BUSINESS_LICENCE, ''],
  ['pinyin_full', 'shenfenzheng buling', ID_REISSUE, ''],
  ['pinyin_full', 'budongchan dengji', REAL_ESTATE, ''],
  ['pinyin_full', 'jiashizheng huanzheng', LICENCE_RENEW, ''],
  ['pinyin_full', 'chushengyixuezhengming', BIRTH_CERT, ''],
  ['pinyin_full', 'getigongshanghu', SELF_EMPLOYED, ''],
  ['pinyin_full', 'jiehun dengji', MARRY, ''],
  ['pinyin_full', 'yidijiuyi', REMOTE_MEDICAL, ''],
  ['pinyin_full', 'huzhao', PASSPORT, 'short'],
  ['pinyin_full', 'gonggongchangsuoweishengxuke', PUBLIC_PLACE_HYGIENE, 'long, no spaces'],
  ['pinyin_full', 'juzhuzheng', RESIDENCE_PERMIT, ''],
  ['pinyin_full', 'shebaoka', SOCIAL_CARD, '社保卡 (abbreviation, in pinyin)'],
  ['pinyin_full', 'yancao lingshou xuke', TOBACCO, 'skips 专卖'],
  ['pinyin_full', 'gangao tongxingzheng', HK_MACAO, 'skips 往来'],
  ['pinyin_full', 'shiyebaoxianjin', UNEMPLOYMENT_BENEFIT, ''],
  ['pinyin_full', 'zufang tiqu', { '租房提取住房公积金': 3, '住房公积金提取': 2, '房屋租赁登记备案（登记备案）': 1 }, ''],
  ['pinyin_full', 'wufanzui zhengming', NO_CRIME, 'skips 记录'],
  ['pinyin_full', 'diya dengji', MORTGAGE, ''],
  ['pinyin_full', 'yaopin lingshou', DRUG_RETAIL, ''],
  ['pinyin_full', 'lihun', DIVORCE, 'short'],

  // ============================ pinyin_initials ============================
  ['pinyin_initials', 'spjyxk', FOOD_LICENCE, '食品经营许可'],
  ['pinyin_initials', 'yyzz', BUSINESS_LICENCE, '营业执照'],
  ['pinyin_initials', 'bdcdj', REAL_ESTATE, '不动产登记'],
  ['pinyin_initials', 'sfz', ID_CARD, '身份证'],
  ['pinyin_initials', 'gjj', HOUSING_FUND, '公积金'],
  ['pinyin_initials', 'gjjtq', HOUSING_FUND_WITHDRAW, '公积金提取'],
  ['pinyin_initials', 'hydj', MARRIAGE, '婚姻登记'],
  ['pinyin_initials', 'jsz', DRIVING_LICENCE, '驾驶证; ambiguous which action'],
  ['pinyin_initials', 'ggcswsxk', PUBLIC_PLACE_HYGIENE, '公共场所卫生许可'],
  ['pinyin_initials', 'csyxzm', BIRTH_CERT, '出生医学证明'],
  ['pinyin_initials', 'sbk', SOCIAL_CARD, '社保卡'],
  ['pinyin_initials', 'jzz', RESIDENCE_PERMIT, '居住证'],
  ['pinyin_initials', 'gatxz', HK_MACAO, '港澳通行证'],
  ['pinyin_initials', 'wfzjlzm', NO_CRIME, '无犯罪记录证明'],
  ['pinyin_initials', 'gtgsh', SELF_EMPLOYED, '个体工商户'],
  ['pinyin_initials', 'ydjyba', REMOTE_MEDICAL, '异地就医备案'],
  ['pinyin_initials', 'yclsxk', TOBACCO, '烟草零售许可 (skips 专卖)'],
  ['pinyin_initials', 'dyqdj', MORTGAGE, '抵押权登记'],
  ['pinyin_initials', 'ygdj', { ...fam('预告登记'), '预购商品房抵押权预告登记': 2 }, '预告登记'],
  ['pinyin_initials', 'gsdj', { '内资公司登记': 3, '公司设立登记': 3, '内资公司登记/*': 2, '企业开办一件事': 1 }, '公司登记'],
  ['pinyin_initials', 'ypls', DRUG_RETAIL, '药品零售'],
  ['pinyin_initials', 'sydj', { '失业登记': 3, '就业登记与失业登记': 2, '失业保险金申领': 1, '特种设备使用登记': 1 }, '失业登记; also 使用登记 — ambiguous, judged by volume'],
  ['pinyin_initials', 'jhdj', MARRY, '结婚登记'],
  ['pinyin_initials', 'zfgjjtq', { '租房提取住房公积金': 3, '住房公积金提取': 2 }, '租房公积金提取'],

  // ============================ traditional (繁體) ============================
  ['traditional', '食品經營許可', FOOD_LICENCE, ''],
  ['traditional', '不動產登記', REAL_ESTATE, ''],
  ['traditional', '居民身份證補領', ID_REISSUE, ''],
  ['traditional', '結婚登記', MARRY, ''],
  ['traditional', '營業執照', BUSINESS_LICENCE, ''],
  ['traditional', '住房公積金提取', HOUSING_FUND_WITHDRAW, ''],
  ['traditional', '出生醫學證明', BIRTH_CERT, ''],
  ['traditional', '機動車駕駛證換證', LICENCE_RENEW, ''],
  ['traditional', '公共場所衛生許可', PUBLIC_PLACE_HYGIENE, ''],
  ['traditional', '個體工商戶設立登記', { '个体工商户设立登记': 3, '个体工商户登记': 2, '个体工商户登记/*': 1 }, ''],
  ['traditional', '護照', PASSPORT, 'short'],
  ['traditional', '往來港澳通行證', HK_MACAO, ''],
  ['traditional', '離婚登記', DIVORCE, ''],
  ['traditional', '異地就醫備案', REMOTE_MEDICAL, ''],
  ['traditional', '藥品零售企業許可', DRUG_RETAIL, ''],
  ['traditional', '無犯罪記錄證明', NO_CRIME, ''],
  ['traditional', '社會保障卡', SOCIAL_CARD, ''],
  ['traditional', '抵押權註銷登記', MORTGAGE_RELEASE, '註銷 (Taiwan form) for 注销'],
  ['traditional', '煙草專賣零售許可', TOBACCO, ''],
  ['traditional', '養犬登記', { ...fam('养犬登记'), '犬只狂犬病免疫': 1 }, ''],
  ['traditional', '公積金貸款', FUND_LOAN, ''],
  ['traditional', '失業保險金申領', UNEMPLOYMENT_BENEFIT, ''],
  ['traditional', '建築工程施工許可證', CONSTRUCTION_PERMIT, ''],
  ['traditional', '戶口遷移', HUKOU_MOVE, ''],

  // ============================ typo: homophones, one wrong character ============================
  ['typo', '食品经营许科', FOOD_LICENCE, '可→科'],
  ['typo', '公基金提取', HOUSING_FUND_WITHDRAW, '积→基'],
  ['typo', '不动产登计', REAL_ESTATE, '记→计'],
  ['typo', '身分证', ID_CARD, '份→分 (also the Taiwan spelling)'],
  ['typo', '营业执造', BUSINESS_LICENCE, '照→造'],
  ['typo', '结昏登记', MARRY, '婚→昏'],
  ['typo', '驾驶证换正', LICENCE_RENEW, '证→正'],
  ['typo', '公共场所卫声许可', PUBLIC_PLACE_HYGIENE, '生→声'],
  ['typo', '出身医学证明', BIRTH_CERT, '生→身 (very common)'],
  ['typo', '个体工商护', SELF_EMPLOYED, '户→护'],
  ['typo', '户口签移', HUKOU_MOVE, '迁→签'],
  ['typo', '异地就医被案', REMOTE_MEDICAL, '备→被'],
  ['typo', '社会保账卡', SOCIAL_CARD, '障→账'],
  ['typo', '失业保险金申令', UNEMPLOYMENT_BENEFIT, '领→令'],
  ['typo', '无犯罪纪录证明', NO_CRIME, '记→纪 (very common)'],
  ['typo', '药品另售许可', DRUG_RETAIL, '零→另, skips 企业'],
  ['typo', '抵押权注消登记', MORTGAGE_RELEASE, '销→消 (very common)'],
  ['typo', '建筑工程施工许可正', CONSTRUCTION_PERMIT, '证→正'],
  ['typo', '居住正', RESIDENCE_PERMIT, '证→正, short'],
  ['typo', '护照换法', { '普通护照签发（换发）': 3, '普通护照签发': 2 }, '发→法'],
  ['typo', '养犬登纪', { ...fam('养犬登记'), '犬只狂犬病免疫': 1 }, '记→纪'],
  ['typo', '烟草专买零售许可', TOBACCO, '卖→买'],
  ['typo', '住房公积金带款', FUND_LOAN, '贷→带'],
  ['typo', '不动产权证书补正', { '不动产权属证书补证登记': 3, '不动产权属证书补证、换证': 2, '更正登记': 1 }, 'certificate name + 证→正'],

  // ============================ mixed: scripts / pinyin / abbreviations mixed ============================
  ['mixed', 'gjj 提取', HOUSING_FUND_WITHDRAW, ''],
  ['mixed', '不动产 dj', REAL_ESTATE, ''],
  ['mixed', '开饭店 xuke', { '食品经营许可（新办）': 3, '食品经营许可': 2, '开办餐饮店一件事': 2, '小餐饮登记（新办）': 2, '公众聚集场所投入使用、营业前消防安全检查': 1 }, 'colloquial + pinyin'],
  ['mixed', '營業執照 注销', { '公司注销登记': 3, '个体工商户注销登记': 3, '公司简易注销登记': 3, '个体工商户简易注销登记': 3, '企业注销一件事': 2, '分公司注销登记': 2, '合伙企业注销登记': 2, '个人独资企业注销登记': 2, '农民专业合作社注销登记': 1 }, 'traditional + simplified; user does not say which entity type'],
  ['mixed', 'shenfenzheng 补办', ID_REISSUE, '补办 = 补领'],
  ['mixed', 'jsz 换证', LICENCE_RENEW, ''],
  ['mixed', '出生 yxzm', BIRTH_CERT, ''],
  ['mixed', 'hunyin 登记', MARRIAGE, ''],
  ['mixed', '食品jyxk', FOOD_LICENCE, 'no space'],
  ['mixed', '社保卡 bl', { '社会保障卡补领、换领': 3, '社会保障卡服务': 2, '社会保障卡挂失与解挂': 2 }, 'bl = 补领'],
  ['mixed', 'yyzz 补办', { '营业执照遗失补领': 3, '营业执照补领、换发': 2, '营业执照换发': 2 }, ''],
  ['mixed', 'gjj dk', FUND_LOAN, 'dk = 贷款'],
  ['mixed', '异地jiuyi', REMOTE_MEDICAL, ''],
  ['mixed', '公積金 tiqu', HOUSING_FUND_WITHDRAW, 'traditional + pinyin'],
  ['mixed', '户口 qianyi', HUKOU_MOVE, ''],
  ['mixed', '房产证 diushi', DEED_LOST, 'colloquial certificate + pinyin 丢失'],
  ['mixed', '個體戶 zhuce', { '个体工商户设立登记': 3, '个体工商户登记': 2 }, 'traditional 个体户 + pinyin 注册'],
  ['mixed', 'yancao 许可', TOBACCO, ''],
  ['mixed', '公司 sheli dengji', { '公司设立登记': 3, '内资公司登记': 2, '企业开办一件事': 2, '分公司设立登记': 1, '外商投资公司设立登记': 1 }, ''],
  ['mixed', '驾照 huanzheng', LICENCE_RENEW, ''],
  ['mixed', '护照 bf', { '普通护照签发（补发）': 3, '普通护照签发': 2 }, 'bf = 补发'],
  ['mixed', 'ggcs 卫生许可', PUBLIC_PLACE_HYGIENE, ''],
  ['mixed', '港澳 qianzhu', { '赴港澳个人旅游签注': 3, '赴港澳团队旅游签注': 2, '赴港澳探亲签注': 2, '赴港澳商务签注': 2, '赴港澳其他签注': 2, '往来港澳通行证及签注签发': 2 }, 'endorsement type unstated; individual travel is the commonest'],
  ['mixed', '结婚zheng 补办', { '内地居民补领结婚证': 3, '婚姻登记': 2, '内地居民补领离婚证': 1 }, ''],

  // ============================ pinyin_full: one slip in typed pinyin ============================
  // Appended (ids of the rows above stay stable). Same needs as rows above, so the same judgments; each has
  // one near-homophone slip (zh/z, ch/c, sh/s, l/n, -ng/-n) or one dropped, doubled or mistyped letter.
  ['pinyin_full', 'gonjijintiqu', HOUSING_FUND_WITHDRAW, 'typo: gong typed gon (-ng/-n)'],
  ['pinyin_full', 'yinyezhizhao', BUSINESS_LICENCE, 'typo: ying typed yin (-ng/-n)'],
  ['pinyin_full', 'jiasizheng', DRIVING_LICENCE, 'typo: shi typed si (sh/s); which action unstated'],
  ['pinyin_full', 'cusheng yixue zhengming', BIRTH_CERT, 'typo: chu typed cu (ch/c)'],
  ['pinyin_full', 'sipin jingying xuke', FOOD_LICENCE, 'typo: shi typed si (sh/s)'],
  ['pinyin_full', 'nihundengji', DIVORCE, 'typo: li typed ni (l/n)'],
  ['pinyin_full', 'hunyidengji', MARRIAGE, 'typo: n of yin dropped'],
  ['pinyin_full', 'shennfenzheng', ID_CARD, 'typo: n doubled'],
  ['pinyin_full', 'budingchan dengji', REAL_ESTATE, 'typo: o typed i (next key)'],
  ['pinyin_full', 'shiyebaoxinjin', UNEMPLOYMENT_BENEFIT, 'typo: a of xian dropped'],
  ['pinyin_full', 'gonggongchangsuo weishen xuke', PUBLIC_PLACE_HYGIENE, 'typo: sheng typed shen (-ng/-n)'],
  ['pinyin_full', 'yancao lingsou xuke', TOBACCO, 'typo: shou typed sou (sh/s), skips 专卖'],
];
