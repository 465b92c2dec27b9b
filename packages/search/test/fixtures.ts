/**
 * A small hand-made catalogue and intent dictionary for unit tests (independent of the evaluation data).
 */
import { fromGaps, type IntentDictionary } from '../src/builder/index.js';
import type { SearchDocument, SerializedIndex } from '../src/index.js';

/** The words of one document's gap-coded list in an index (keywords, intent, alias or event words). */
export const wordsOf = (index: SerializedIndex, list: readonly number[] | undefined): string[] => fromGaps(list ?? []).map((t) => index.terms[t]!);

export const intents: IntentDictionary = {
  version: 'test',
  entries: [
    { everyday: ['开饭店', '开餐馆', '饭店'], official: ['食品经营'], why: 'restaurants need a food business licence' },
    { everyday: ['驾照', '换驾照'], official: ['机动车驾驶证'], why: 'driving licence' },
    { everyday: ['房产证'], official: ['不动产权证书', '不动产登记'], why: 'property certificate' },
  ],
};

export const stopwords = ['要办什么', '怎么办', '如何', '什么'];

export const docs: SearchDocument[] = [
  { code: 'A1', name: '营业执照', department: '市场监督管理局', type: '行政许可', audience: ['法人'], themes: ['开办企业'], popularity: 0.9 },
  { code: 'A2', name: '营业执照遗失补领', department: '市场监督管理局', type: '行政许可', audience: ['法人'], themes: ['开办企业'], parentCode: 'A1' },
  { code: 'B1', name: '食品经营许可', department: '市场监督管理局', type: '行政许可', audience: ['法人', '自然人'], themes: ['开办企业'], keywords: ['餐饮'] },
  { code: 'B2', name: '食品经营许可（新办）', department: '市场监督管理局', type: '行政许可', audience: ['法人', '自然人'], parentCode: 'B1' },
  { code: 'C1', name: '住房公积金提取', department: '住房公积金管理中心', type: '公共服务', audience: ['自然人'], themes: ['住房'], keywords: ['公积金'] },
  { code: 'C2', name: '住房公积金缴存', department: '住房公积金管理中心', type: '公共服务', audience: ['法人'], themes: ['住房'] },
  { code: 'D1', name: '机动车驾驶证换证', department: '公安局交通警察支队', type: '行政许可', audience: ['自然人'], themes: ['交通出行'] },
  { code: 'E1', name: '不动产登记', department: '自然资源局', type: '行政确认', audience: ['自然人', '法人'], themes: ['住房'] },
  { code: 'F1', name: '居民身份证申领', department: '公安局', type: '公共服务', audience: ['自然人'], themes: ['户籍'] },
  { code: 'G1', name: '银行业务证明', department: '人民银行', type: '公共服务', audience: ['法人'] },
  { code: 'H1', name: '行政复议申请', department: '司法局', type: '行政裁决', audience: ['自然人', '法人'] },
  { code: 'I1', name: '出生医学证明', department: '卫生健康委员会', type: '公共服务', audience: ['自然人'], themes: ['生育'] },
  { code: 'J1', name: 'ETC卡办理', department: '交通运输局', type: '公共服务', audience: ['自然人'] },
];
