// Data file (kept as a TypeScript module so `tsc -b` emits it to dist without extra tsconfig includes).
// Illustrative agencies of the illustrative 明湖区 (云溪市, 示例). Keys are the department names of matter-list.ts. orgSeq feeds the invented 主体标识码 of each agency's 统一社会信用代码; authority/category are GB 32100 chars 1–2 (11 机关, 12 事业单位, 13 群团, 91 企业). laws are keys of families/laws.ts used by the generic template. hall is a key of the halls in district.ts.
export const DEPARTMENT_DATA = {
  "区市场监督管理局": {
    "name": "云溪市明湖区市场监督管理局",
    "authority": "1",
    "category": "1",
    "orgSeq": 1,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼市场准入综合窗口（B01–B12）",
    "laws": [
      "marketEntity",
      "licensing"
    ]
  },
  "区卫生健康局": {
    "name": "云溪市明湖区卫生健康局",
    "authority": "1",
    "category": "1",
    "orgSeq": 2,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼社会事务窗口（C05–C08）",
    "laws": [
      "physicians",
      "licensing"
    ]
  },
  "区公安分局": {
    "name": "云溪市公安局明湖分局",
    "authority": "1",
    "category": "1",
    "orgSeq": 3,
    "nature": "statutory",
    "level": "county",
    "hall": "police",
    "window": "户政综合窗口",
    "laws": [
      "hukou"
    ]
  },
  "区公安分局出入境管理大队": {
    "name": "云溪市公安局明湖分局出入境管理大队",
    "authority": "1",
    "category": "1",
    "orgSeq": 4,
    "nature": "statutory",
    "level": "county",
    "hall": "exitEntry",
    "window": "出入境证件受理窗口",
    "laws": [
      "exitEntry"
    ]
  },
  "区公安分局交通警察大队": {
    "name": "云溪市公安局交通警察支队明湖大队",
    "authority": "1",
    "category": "1",
    "orgSeq": 5,
    "nature": "statutory",
    "level": "county",
    "hall": "vehicle",
    "window": "车驾管业务窗口",
    "laws": [
      "roadTraffic8"
    ]
  },
  "区民政局": {
    "name": "云溪市明湖区民政局",
    "authority": "1",
    "category": "1",
    "orgSeq": 6,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼民政综合窗口（C01–C04）",
    "laws": [
      "socialAssistance"
    ]
  },
  "区人力资源和社会保障局": {
    "name": "云溪市明湖区人力资源和社会保障局",
    "authority": "1",
    "category": "1",
    "orgSeq": 7,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "三楼人社综合窗口（D01–D16）",
    "laws": [
      "socialInsurance",
      "employment"
    ]
  },
  "区医疗保障局": {
    "name": "云溪市明湖区医疗保障局",
    "authority": "1",
    "category": "1",
    "orgSeq": 8,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "三楼医保窗口（D17–D22）",
    "laws": [
      "socialInsurance",
      "medicalFund"
    ]
  },
  "市住房公积金管理中心区分中心": {
    "name": "云溪市住房公积金管理中心明湖分中心",
    "authority": "1",
    "category": "2",
    "orgSeq": 9,
    "nature": "authorized",
    "level": "municipal",
    "hall": "center",
    "window": "一楼公积金窗口（A11–A16）",
    "laws": [
      "housingFund"
    ]
  },
  "区不动产登记中心": {
    "name": "云溪市明湖区不动产登记中心",
    "authority": "1",
    "category": "2",
    "orgSeq": 10,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "一楼不动产登记综合窗口（A01–A10）",
    "laws": [
      "realEstate",
      "realEstateRules"
    ]
  },
  "区自然资源局": {
    "name": "云溪市明湖区自然资源局",
    "authority": "1",
    "category": "1",
    "orgSeq": 11,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E01–E06）",
    "laws": [
      "urbanPlanning40",
      "landAdmin"
    ]
  },
  "区住房和城乡建设局": {
    "name": "云溪市明湖区住房和城乡建设局",
    "authority": "1",
    "category": "1",
    "orgSeq": 12,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E07–E14）",
    "laws": [
      "construction7",
      "realEstateDevelopment"
    ]
  },
  "区交通运输局": {
    "name": "云溪市明湖区交通运输局",
    "authority": "1",
    "category": "1",
    "orgSeq": 13,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼交通运输窗口（B13–B16）",
    "laws": [
      "roadTransport",
      "highway"
    ]
  },
  "国家税务总局区税务局": {
    "name": "国家税务总局云溪市明湖区税务局",
    "authority": "1",
    "category": "1",
    "orgSeq": 14,
    "nature": "statutory",
    "level": "county",
    "hall": "tax",
    "window": "办税服务厅综合窗口",
    "laws": [
      "taxCollection"
    ]
  },
  "区教育局": {
    "name": "云溪市明湖区教育局",
    "authority": "1",
    "category": "1",
    "orgSeq": 15,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼社会事务窗口（C09–C10）",
    "laws": [
      "education",
      "privateEducation"
    ]
  },
  "区文化和旅游局": {
    "name": "云溪市明湖区文化广电旅游体育局（文化和旅游）",
    "authority": "1",
    "category": "1",
    "orgSeq": 16,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼文旅窗口（C11–C12）",
    "laws": [
      "entertainment",
      "performance"
    ]
  },
  "区体育局": {
    "name": "云溪市明湖区文化广电旅游体育局（体育）",
    "authority": "1",
    "category": "1",
    "orgSeq": 17,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼文旅窗口（C13）",
    "laws": [
      "sports"
    ]
  },
  "区生态环境分局": {
    "name": "云溪市生态环境局明湖分局",
    "authority": "1",
    "category": "1",
    "orgSeq": 18,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E15–E16）",
    "laws": [
      "envProtection",
      "eia22"
    ]
  },
  "区水务局": {
    "name": "云溪市明湖区水务局",
    "authority": "1",
    "category": "1",
    "orgSeq": 19,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E17–E18）",
    "laws": [
      "water",
      "drainage"
    ]
  },
  "区城市管理局": {
    "name": "云溪市明湖区城市管理和综合执法局",
    "authority": "1",
    "category": "1",
    "orgSeq": 20,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼城市管理窗口（E19–E21）",
    "laws": [
      "cityAppearance",
      "urbanRoads"
    ]
  },
  "区农业农村局": {
    "name": "云溪市明湖区农业农村局",
    "authority": "1",
    "category": "1",
    "orgSeq": 21,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼农业农村窗口（B17–B19）",
    "laws": [
      "agriculture",
      "animalEpidemic"
    ]
  },
  "区林业局": {
    "name": "云溪市明湖区林业局",
    "authority": "1",
    "category": "1",
    "orgSeq": 22,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼农业农村窗口（B20）",
    "laws": [
      "forest"
    ]
  },
  "区消防救援大队": {
    "name": "云溪市明湖区消防救援大队",
    "authority": "1",
    "category": "1",
    "orgSeq": 23,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼消防窗口（E22）",
    "laws": [
      "fire15"
    ]
  },
  "区应急管理局": {
    "name": "云溪市明湖区应急管理局",
    "authority": "1",
    "category": "1",
    "orgSeq": 24,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼安全生产窗口（B21）",
    "laws": [
      "safetyProduction",
      "hazardousChemicals"
    ]
  },
  "区退役军人事务局": {
    "name": "云溪市明湖区退役军人事务局",
    "authority": "1",
    "category": "1",
    "orgSeq": 25,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "三楼退役军人服务窗口（D23–D24）",
    "laws": [
      "veterans",
      "militaryPension"
    ]
  },
  "区残疾人联合会": {
    "name": "云溪市明湖区残疾人联合会",
    "authority": "1",
    "category": "3",
    "orgSeq": 26,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "三楼残联窗口（D25）",
    "laws": [
      "disability"
    ]
  },
  "区司法局": {
    "name": "云溪市明湖区司法局",
    "authority": "1",
    "category": "1",
    "orgSeq": 27,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "一楼公共法律服务窗口（A17–A18）",
    "laws": [
      "legalAid",
      "mediation"
    ]
  },
  "区公证处": {
    "name": "云溪市明湖公证处",
    "authority": "3",
    "category": "2",
    "orgSeq": 28,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "一楼公证服务窗口（A19–A20）",
    "laws": [
      "notary"
    ]
  },
  "区统计局": {
    "name": "云溪市明湖区统计局",
    "authority": "1",
    "category": "1",
    "orgSeq": 29,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "五楼综合窗口（F01）",
    "laws": [
      "statistics"
    ]
  },
  "区档案馆": {
    "name": "云溪市明湖区档案馆",
    "authority": "1",
    "category": "2",
    "orgSeq": 30,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "五楼综合窗口（F02）",
    "laws": [
      "archives"
    ]
  },
  "区烟草专卖局": {
    "name": "云溪市烟草专卖局明湖分局",
    "authority": "1",
    "category": "1",
    "orgSeq": 31,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼市场准入综合窗口（B22）",
    "laws": [
      "tobacco"
    ]
  },
  "区气象局": {
    "name": "云溪市明湖区气象局",
    "authority": "1",
    "category": "2",
    "orgSeq": 32,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E23）",
    "laws": [
      "meteorology"
    ]
  },
  "区人民防空办公室": {
    "name": "云溪市明湖区人民防空办公室",
    "authority": "1",
    "category": "1",
    "orgSeq": 33,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E24）",
    "laws": [
      "civilAirDefense"
    ]
  },
  "区民族宗教事务局": {
    "name": "云溪市明湖区民族宗教事务局",
    "authority": "1",
    "category": "1",
    "orgSeq": 34,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "五楼综合窗口（F03）",
    "laws": [
      "religion"
    ]
  },
  "区外事办公室（区侨务办公室）": {
    "name": "云溪市明湖区外事办公室（区侨务办公室）",
    "authority": "1",
    "category": "1",
    "orgSeq": 35,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "五楼综合窗口（F04）",
    "laws": [
      "overseasChinese"
    ]
  },
  "区科学技术局": {
    "name": "云溪市明湖区科学技术局",
    "authority": "1",
    "category": "1",
    "orgSeq": 36,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "五楼综合窗口（F05）",
    "laws": [
      "science"
    ]
  },
  "区商务局": {
    "name": "云溪市明湖区商务局",
    "authority": "1",
    "category": "1",
    "orgSeq": 37,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "二楼商务窗口（B23）",
    "laws": [
      "commerce"
    ]
  },
  "区发展和改革局": {
    "name": "云溪市明湖区发展和改革局",
    "authority": "1",
    "category": "1",
    "orgSeq": 38,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "四楼工程建设项目审批窗口（E25）",
    "laws": [
      "investment"
    ]
  },
  "区财政局": {
    "name": "云溪市明湖区财政局",
    "authority": "1",
    "category": "1",
    "orgSeq": 39,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "五楼综合窗口（F06）",
    "laws": [
      "accounting"
    ]
  },
  "区政务服务和数据管理局": {
    "name": "云溪市明湖区政务服务和数据管理局",
    "authority": "1",
    "category": "1",
    "orgSeq": 40,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "一楼“高效办成一件事”综合窗口（A21–A28）",
    "laws": [
      "government"
    ]
  },
  "国网区供电公司": {
    "name": "国网云溪市明湖区供电公司（示例）",
    "authority": "9",
    "category": "1",
    "orgSeq": 41,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "一楼水电气网联办窗口（A29）",
    "laws": [
      "electricity"
    ]
  },
  "区燃气有限公司": {
    "name": "云溪市明湖区燃气有限公司（示例）",
    "authority": "9",
    "category": "1",
    "orgSeq": 42,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "一楼水电气网联办窗口（A30）",
    "laws": [
      "gas"
    ]
  },
  "区自来水有限公司": {
    "name": "云溪市明湖区自来水有限公司（示例）",
    "authority": "9",
    "category": "1",
    "orgSeq": 43,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "一楼水电气网联办窗口（A31）",
    "laws": [
      "waterSupply"
    ]
  },
  "区妇女联合会": {
    "name": "云溪市明湖区妇女联合会",
    "authority": "1",
    "category": "3",
    "orgSeq": 44,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "三楼群团服务窗口（D26）",
    "laws": [
      "women"
    ]
  },
  "共青团区委": {
    "name": "共青团云溪市明湖区委员会",
    "authority": "1",
    "category": "3",
    "orgSeq": 45,
    "nature": "authorized",
    "level": "county",
    "hall": "center",
    "window": "三楼群团服务窗口（D27）",
    "laws": [
      "minors"
    ]
  },
  "区人民武装部": {
    "name": "云溪市明湖区人民武装部",
    "authority": "1",
    "category": "9",
    "orgSeq": 46,
    "nature": "statutory",
    "level": "county",
    "hall": "center",
    "window": "三楼退役军人服务窗口（D28）",
    "laws": [
      "militaryService"
    ]
  }
} as const;
