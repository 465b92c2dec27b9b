import type { Faq } from '@zwfw/core';

// Questions that apply to almost every matter; families add their own specific ones first.

export const FAQ_AGENT: Faq = {
  question: '可以委托他人代为办理吗？',
  answer: '可以。受托人须携带本人居民身份证和委托人签字（盖章）的授权委托书。法律法规规定须本人到场的环节除外。',
};
export const FAQ_PROGRESS: Faq = {
  question: '提交申请后如何查询办理进度？',
  answer: '可凭办件编号和申请时登记的手机号后四位在区政务服务网“办件查询”中查询，也可拨打12345政务服务便民热线查询。',
};
export const FAQ_OBJECTION: Faq = {
  question: '对办理结果有异议怎么办？',
  answer: '可以自知道该行政行为之日起六十日内依法申请行政复议，或者自知道或者应当知道作出行政行为之日起六个月内依法提起行政诉讼。',
};
export const FAQ_ONLINE: Faq = {
  question: '可以全程网上办理吗？',
  answer: '可以。登录区政务服务网或政务服务APP，实名认证后在线填报、上传材料；审批结果可选择邮寄送达或电子证照推送，无需到现场。',
};
export const FAQ_TOLERANCE: Faq = {
  question: '材料暂时不齐能先受理吗？',
  answer: '主要材料齐全、符合法定形式，仅标注为“容缺后补”的次要材料暂缺的，签署告知承诺书后可以先行受理，须在承诺期限内补齐；逾期未补齐的终止办理。存在严重失信记录的申请人不适用容缺受理。',
};
export const FAQ_ONLINE_PREVIEW: Faq = {
  question: '可以网上申请吗？',
  answer: '可以网上预审。登录区政务服务网或政务服务APP，实名认证后在线填报、上传材料；预审通过后按通知到窗口核验原件、签署材料，只需跑一次。',
};
