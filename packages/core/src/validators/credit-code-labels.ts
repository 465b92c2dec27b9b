/**
 * Labels of the 登记管理部门 (char 1) and 机构类别 (char 2) codes of GB 32100-2015.
 * Verified (domain.md §5.2): departments 1/5/9/Y and the categories under 5. The other rows follow the
 * standard's table as commonly reproduced [U]; they only feed `info` labels, never a pass/fail decision.
 */
import { msg, type ValidationMessage } from './result.js';

interface AuthorityRow {
  readonly label: ValidationMessage;
  readonly categories: Readonly<Record<string, ValidationMessage>>;
}

const OTHER = msg('其他', '其他', 'Other');

/** 登记管理部门 code → label and its 机构类别 labels. */
export const REGISTRATION_AUTHORITIES: Readonly<Record<string, AuthorityRow>> = {
  '1': {
    label: msg('机构编制', '機構編制', 'Institutional establishment (机构编制)'),
    categories: {
      '1': msg('机关', '機關', 'Government agency'),
      '2': msg('事业单位', '事業單位', 'Public institution'),
      '3': msg('中央编办直接管理机构编制的群众团体', '中央編辦直接管理機構編制的群眾團體', 'Mass organisation (central establishment)'),
      '9': OTHER,
    },
  },
  '2': { label: msg('外交', '外交', 'Foreign affairs'), categories: { '1': msg('外国常驻新闻机构', '外國常駐新聞機構', 'Foreign news agency office'), '9': OTHER } },
  '3': {
    label: msg('司法行政', '司法行政', 'Judicial administration'),
    categories: {
      '1': msg('律师执业机构', '律師執業機構', 'Law firm'),
      '2': msg('公证处', '公證處', 'Notary office'),
      '3': msg('基层法律服务所', '基層法律服務所', 'Grassroots legal service office'),
      '4': msg('司法鉴定机构', '司法鑑定機構', 'Forensic appraisal institution'),
      '5': msg('仲裁委员会', '仲裁委員會', 'Arbitration commission'),
      '9': OTHER,
    },
  },
  '4': { label: msg('文化', '文化', 'Culture'), categories: { '1': msg('外国在华文化中心', '外國在華文化中心', 'Foreign cultural centre'), '9': OTHER } },
  '5': {
    label: msg('民政', '民政', 'Civil affairs'),
    categories: {
      '1': msg('社会团体', '社會團體', 'Social organisation'),
      '2': msg('民办非企业单位', '民辦非企業單位', 'Private non-enterprise unit'),
      '3': msg('基金会', '基金會', 'Foundation'),
      '9': OTHER,
    },
  },
  '6': { label: msg('旅游', '旅遊', 'Tourism'), categories: { '9': OTHER } },
  '7': {
    label: msg('宗教', '宗教', 'Religious affairs'),
    categories: { '1': msg('宗教活动场所', '宗教活動場所', 'Place of religious activity'), '2': msg('宗教院校', '宗教院校', 'Religious school'), '9': OTHER },
  },
  '8': { label: msg('工会', '工會', 'Trade union'), categories: { '1': msg('基层工会', '基層工會', 'Grassroots trade union'), '9': OTHER } },
  '9': {
    label: msg('工商（市场监管）', '工商（市場監管）', 'Market regulation (business registration)'),
    categories: {
      '1': msg('企业', '企業', 'Enterprise'),
      '2': msg('个体工商户', '個體工商戶', 'Individual business'),
      '3': msg('农民专业合作社', '農民專業合作社', "Farmers' cooperative"),
    },
  },
  A: { label: msg('中央军委改革和编制办公室', '中央軍委改革和編制辦公室', 'CMC reform and establishment office'), categories: { '1': msg('军队事业单位', '軍隊事業單位', 'Military public institution'), '9': OTHER } },
  N: {
    label: msg('农业', '農業', 'Agriculture'),
    categories: {
      '1': msg('组级集体经济组织', '組級集體經濟組織', 'Group-level collective economic organisation'),
      '2': msg('村级集体经济组织', '村級集體經濟組織', 'Village-level collective economic organisation'),
      '3': msg('乡镇级集体经济组织', '鄉鎮級集體經濟組織', 'Township-level collective economic organisation'),
      '9': OTHER,
    },
  },
  Y: { label: msg('其他', '其他', 'Other'), categories: {} },
};
