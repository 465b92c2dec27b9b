// Canonical keys of documents that several matters of a bundle ask for under their own material ids (and
// sometimes slightly different names): the merged form (一张表单) asks for each once. A document is the same
// only when it is the same paper about the same person or body: the legal representative's ID card is one
// document whichever matter asks, the investor's and the tax clerk's are other people's.

const KEYS: readonly (readonly [RegExp, string])[] = [
  [/^营业执照(（.*）)?$/, 'business-license'],
  [/^法定代表人(（负责人）)?居民身份证$/, 'legal-rep-id-card'],
  [/^法定代表人(（负责人）)?身份证件（.*）$/, 'legal-rep-other-id'],
  [/^授权委托书$/, 'power-of-attorney'],
  [/^受托人（代理人）居民身份证$/, 'agent-id-card'],
  [/^申请人居民身份证$/, 'applicant-id-card'],
  [/^父母双方居民身份证$/, 'parents-id-cards'],
  [/^父母双方居民户口簿$/, 'parents-household-registers'],
  [/^父母结婚证$/, 'parents-marriage-certificate'],
  [/^出生医学证明$/, 'birth-medical-certificate'],
  [/^经营场所使用证明（.*）$/, 'premises-proof'],
];

/** The canonical key of a document named `name` (a material's or a matter result's), or undefined. */
export function materialKey(name: string): string | undefined {
  const trimmed = name.trim();
  return KEYS.find(([pattern]) => pattern.test(trimmed))?.[1];
}
