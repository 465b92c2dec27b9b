// Data file (kept as a TypeScript module so `tsc -b` emits it to dist without extra tsconfig includes).
// ILLUSTRATIVE district. 云溪市 (445400) and 明湖区 (445402) do not exist: the codes are structurally valid GB/T 2260 codes in an unallocated range of 广东省 (44). Addresses and phone numbers are invented (local numbers begin with 0, which no real Chinese local number does, so none can be dialled by mistake); 12345 and 12348 are the real national hotlines.
export const DISTRICT_DATA = {
  "notice": "示例数据：云溪市明湖区为虚构的示例行政区，事项名称和法律依据采用国家真实名称，部门编码、地址、电话均为示例。",
  "province": {
    "code": "440000",
    "name": "广东省"
  },
  "city": {
    "code": "445400",
    "name": "云溪市",
    "areaCode": "0763"
  },
  "district": {
    "code": "445402",
    "name": "明湖区",
    "fullName": "云溪市明湖区"
  },
  "townships": [
    {
      "code": "445402001000",
      "name": "明湖街道",
      "kind": "subdistrict",
      "communities": [
        "湖滨社区",
        "文昌社区",
        "新桥社区"
      ]
    },
    {
      "code": "445402002000",
      "name": "云山街道",
      "kind": "subdistrict",
      "communities": [
        "云山社区",
        "北苑社区"
      ]
    },
    {
      "code": "445402003000",
      "name": "东湖街道",
      "kind": "subdistrict",
      "communities": [
        "东湖社区",
        "翠园社区"
      ]
    },
    {
      "code": "445402004000",
      "name": "西溪街道",
      "kind": "subdistrict",
      "communities": [
        "西溪社区",
        "桂香社区"
      ]
    },
    {
      "code": "445402005000",
      "name": "滨江街道",
      "kind": "subdistrict",
      "communities": [
        "滨江社区",
        "码头社区"
      ]
    },
    {
      "code": "445402100000",
      "name": "青岗镇",
      "kind": "town",
      "communities": [
        "青岗社区"
      ],
      "villages": [
        "上岗村",
        "下岗村",
        "石塘村"
      ]
    },
    {
      "code": "445402101000",
      "name": "石门镇",
      "kind": "town",
      "communities": [
        "石门社区"
      ],
      "villages": [
        "龙门村",
        "坑口村"
      ]
    },
    {
      "code": "445402102000",
      "name": "白沙镇",
      "kind": "town",
      "communities": [
        "白沙社区"
      ],
      "villages": [
        "沙头村",
        "新围村"
      ]
    }
  ],
  "halls": {
    "center": {
      "name": "明湖区政务服务中心",
      "address": "云溪市明湖区明湖大道88号",
      "hours": "周一至周五 上午9:00-12:00，下午13:30-17:30；周六上午9:00-12:00提供延时服务（法定节假日除外）",
      "phone": "0763-08881234",
      "transit": "乘坐公交18路、32路至“政务服务中心站”；地铁2号线明湖大道站C出口步行约300米"
    },
    "police": {
      "name": "明湖区公安分局户政服务大厅（政务服务中心一楼）",
      "address": "云溪市明湖区明湖大道88号区政务服务中心一楼东侧",
      "hours": "周一至周五 上午9:00-12:00，下午13:30-17:30；周六、周日上午9:00-12:00（法定节假日除外）",
      "phone": "0763-08882110"
    },
    "exitEntry": {
      "name": "明湖区出入境接待大厅",
      "address": "云溪市明湖区文昌路16号",
      "hours": "周一至周六 上午9:00-12:00，下午13:30-17:30（法定节假日除外）",
      "phone": "0763-08882120"
    },
    "vehicle": {
      "name": "云溪市车辆管理所明湖分所",
      "address": "云溪市明湖区滨江路201号",
      "hours": "周一至周日 上午8:30-12:00，下午13:30-17:00（法定节假日除外）",
      "phone": "0763-08882122"
    },
    "tax": {
      "name": "国家税务总局云溪市明湖区税务局第一税务分局办税服务厅",
      "address": "云溪市明湖区新桥路9号",
      "hours": "周一至周五 上午9:00-12:00，下午13:30-17:30（法定节假日除外），征期内周六上午延时服务",
      "phone": "0763-08882366"
    }
  },
  "township": {
    "window": "便民服务中心综合受理窗口",
    "hours": "周一至周五 上午9:00-12:00，下午14:00-17:30（法定节假日除外）"
  },
  "web": {
    "portal": "https://zwfw.minghu.example",
    "mobile": "https://m.zwfw.minghu.example"
  },
  "complaint": {
    "office": "明湖区政务服务和数据管理局 政务服务监督科",
    "address": "云溪市明湖区明湖大道88号区政务服务中心五楼",
    "email": "zwjd@minghu.example"
  }
} as const;
