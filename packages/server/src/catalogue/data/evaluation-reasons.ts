// Data file (kept as a TypeScript module so `tsc -b` emits it to dist without extra tsconfig includes).
// 好差评 reason list (评价内容) for levels 1–2 (差评) and, for the positive levels, what went well. Indicators follow domain.md §3.3: 线上评价 整体满意度 / 办事效率 / 办事指南精确度 / 办事便捷度 / 平台操作性; 线下评价 整体满意度 / 服务效率 / 服务水平 / 服务态度. GB/T 39734 附录A is not public, so codes are this deployment's own and the list is versioned.
export const EVALUATION_REASON_DATA = {
  "version": "2025.1",
  "reasons": [
    {
      "code": "ON-EFF-01",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "办事效率低，办理时间超出承诺时限",
      "zh-TW": "辦事效率低，辦理時間超出承諾時限",
      "en": "Slow: took longer than the promised time"
    },
    {
      "code": "ON-EFF-02",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "审核退回次数多，未一次性告知",
      "zh-TW": "審核退回次數多，未一次性告知",
      "en": "Returned several times; requirements not stated at once"
    },
    {
      "code": "ON-GUI-01",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "办事指南不准确，与实际要求不一致",
      "zh-TW": "辦事指南不準確，與實際要求不一致",
      "en": "The service guide was inaccurate"
    },
    {
      "code": "ON-GUI-02",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "办事指南表述不清，看不懂",
      "zh-TW": "辦事指南表述不清，看不懂",
      "en": "The service guide was unclear"
    },
    {
      "code": "ON-CON-01",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "材料要求多，重复提交已有材料",
      "zh-TW": "材料要求多，重複提交已有材料",
      "en": "Too many materials; asked again for documents the government holds"
    },
    {
      "code": "ON-CON-02",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "不能全程网办，仍需多次跑现场",
      "zh-TW": "不能全程網辦，仍需多次跑現場",
      "en": "Not fully online; several visits still needed"
    },
    {
      "code": "ON-OPS-01",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "平台操作复杂，填报不便",
      "zh-TW": "平台操作複雜，填報不便",
      "en": "The platform was hard to use"
    },
    {
      "code": "ON-OPS-02",
      "channel": "online",
      "levels": [
        1,
        2
      ],
      "zh-CN": "系统卡顿、报错或无法提交",
      "zh-TW": "系統卡頓、報錯或無法提交",
      "en": "The system was slow, failed or would not submit"
    },
    {
      "code": "OFF-EFF-01",
      "channel": "offline",
      "levels": [
        1,
        2
      ],
      "zh-CN": "排队等候时间长",
      "zh-TW": "排隊等候時間長",
      "en": "Long waiting time"
    },
    {
      "code": "OFF-EFF-02",
      "channel": "offline",
      "levels": [
        1,
        2
      ],
      "zh-CN": "办理时间超出承诺时限",
      "zh-TW": "辦理時間超出承諾時限",
      "en": "Took longer than the promised time"
    },
    {
      "code": "OFF-LVL-01",
      "channel": "offline",
      "levels": [
        1,
        2
      ],
      "zh-CN": "工作人员业务不熟练，解答不清",
      "zh-TW": "工作人員業務不熟練，解答不清",
      "en": "Staff were not familiar with the matter"
    },
    {
      "code": "OFF-LVL-02",
      "channel": "offline",
      "levels": [
        1,
        2
      ],
      "zh-CN": "未一次性告知所需材料，多次往返",
      "zh-TW": "未一次性告知所需材料，多次往返",
      "en": "Requirements not stated at once; several trips needed"
    },
    {
      "code": "OFF-ATT-01",
      "channel": "offline",
      "levels": [
        1,
        2
      ],
      "zh-CN": "服务态度差，不耐心",
      "zh-TW": "服務態度差，不耐心",
      "en": "Poor, impatient attitude"
    },
    {
      "code": "OFF-ATT-02",
      "channel": "offline",
      "levels": [
        1,
        2
      ],
      "zh-CN": "工作时间脱岗、推诿",
      "zh-TW": "工作時間脫崗、推諉",
      "en": "Staff absent or passed the buck"
    },
    {
      "code": "ALL-OTH-01",
      "channel": "both",
      "levels": [
        1,
        2
      ],
      "zh-CN": "存在乱收费或变相收费",
      "zh-TW": "存在亂收費或變相收費",
      "en": "Improper or disguised charges"
    },
    {
      "code": "ALL-OTH-99",
      "channel": "both",
      "levels": [
        1,
        2
      ],
      "zh-CN": "其他（请在评价意见中说明）",
      "zh-TW": "其他（請在評價意見中說明）",
      "en": "Other (please explain in the comment)"
    },
    {
      "code": "ON-POS-01",
      "channel": "online",
      "levels": [
        4,
        5
      ],
      "zh-CN": "全程网办，不用跑腿",
      "zh-TW": "全程網辦，不用跑腿",
      "en": "Fully online, no trips"
    },
    {
      "code": "ON-POS-02",
      "channel": "online",
      "levels": [
        4,
        5
      ],
      "zh-CN": "指南清晰，一看就懂",
      "zh-TW": "指南清晰，一看就懂",
      "en": "Clear guide"
    },
    {
      "code": "OFF-POS-01",
      "channel": "offline",
      "levels": [
        4,
        5
      ],
      "zh-CN": "办事效率高",
      "zh-TW": "辦事效率高",
      "en": "Efficient service"
    },
    {
      "code": "OFF-POS-02",
      "channel": "offline",
      "levels": [
        4,
        5
      ],
      "zh-CN": "服务热情周到",
      "zh-TW": "服務熱情周到",
      "en": "Friendly and attentive staff"
    }
  ]
} as const;
