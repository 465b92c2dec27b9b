import * as z from 'zod/mini';
import { label } from './labels.js';
import { MaterialSubmissionStatusSchema } from './material-enums.js';
import { whenValid } from './refine.js';
import { reportUnstorable, storableString } from './storable.js';
import { validateCreditCode } from '../validators/credit-code.js';
import { validateIdCard } from '../validators/id-card.js';
import { IdSchema, MatterCodeSchema, TimestampSchema, textSchema } from './primitives.js';
import { plainTextSchema } from './safe-text.js';
import { AgentSchema, ApplicantTypeSchema, ApplicationChannelSchema, IdTypeSchema } from './application-enums.js';

// The applicant's enums and the agent live in application-enums.ts (a receipt shows them; it needs no validator).
export * from './application-enums.js';

// Input schemas: .strict() everywhere, so a misspelt field is a 422 with its path instead of silently lost data.

/** 申请人 (input): ID and credit-code numbers must pass their checksums. */
export const ApplicantSchema = z.strictObject({
  type: ApplicantTypeSchema,
  name: plainTextSchema(200),
  idType: IdTypeSchema,
  idNumber: storableString().check(z.trim(), z.minLength(1), z.maxLength(50)),
  mobile: z.string().check(z.regex(/^1[3-9]\d{9}$/, 'Expected an 11-digit mainland mobile number')),
  email: z.optional(z.email().check(z.maxLength(200))),
  /** Legal applicants: 法定代表人 name. */
  legalRepresentative: z.optional(plainTextSchema(200)),
}).check(z.superRefine((a, ctx) => {
  if (a.type === 'legal' && a.idType !== 'credit_code') {
    ctx.addIssue({ code: 'custom', path: ['idType'], message: 'A legal applicant is identified by a unified social credit code', params: { code: 'id_type_mismatch', messages: label('法人申请人请使用统一社会信用代码', '法人申請人請使用統一社會信用代碼', 'A legal applicant is identified by a unified social credit code') } });
  }
  if (a.type === 'person' && a.idType === 'credit_code') {
    ctx.addIssue({ code: 'custom', path: ['idType'], message: 'A person is not identified by a credit code', params: { code: 'id_type_mismatch', messages: label('自然人申请人不能使用统一社会信用代码', '自然人申請人不能使用統一社會信用代碼', 'A person is not identified by a credit code') } });
  }
  // Checksums (GB 11643 / GB 32100) come from the validators module, so the server rejects what the form would.
  const check = a.idType === 'id_card' ? validateIdCard(a.idNumber)
    : a.idType === 'credit_code' ? validateCreditCode(a.idNumber)
      : undefined;
  if (check !== undefined && !check.ok) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: check.message.en, params: { code: `${a.idType}_${check.reason}`, messages: check.message } });
  }
}, whenValid('type', 'idType', 'idNumber')));
/** 申请人. */
export type Applicant = z.infer<typeof ApplicantSchema>;

/** One material as submitted. */
export const MaterialSubmissionSchema = z.strictObject({
  materialId: IdSchema,
  status: MaterialSubmissionStatusSchema,
  /** Upload references returned by the upload endpoint (absent for paper handed in at the window). */
  fileRefs: z.optional(z.array(storableString().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50))),
  /** Bundles: the matter the material belongs to. */
  matterCode: z.optional(MatterCodeSchema),
});
/** One material as submitted. */
export type MaterialSubmission = z.infer<typeof MaterialSubmissionSchema>;

/** Signed 告知承诺 / 容缺承诺. */
export const CommitmentSchema = z.strictObject({
  signed: z.literal(true),
  signerName: textSchema(200),
  signedAt: TimestampSchema,
  /** Version of the CommitmentText the applicant saw. */
  textVersion: IdSchema,
});
/** Signed 告知承诺 / 容缺承诺. */
export type Commitment = z.infer<typeof CommitmentSchema>;

/** POST /v1/applications body. */
export const ApplicationInputSchema = z.strictObject({
  matterCode: z.optional(MatterCodeSchema),
  bundleId: z.optional(IdSchema),
  formId: IdSchema,
  formVersion: IdSchema,
  /** Form values, nested by the fields' dotted paths (applicant.idNumber -> {applicant: {idNumber}}). */
  values: z.record(z.string(), z.unknown()).check(z.superRefine(reportUnstorable)),
  materials: z.array(MaterialSubmissionSchema).check(z.maxLength(300)),
  commitment: z.optional(CommitmentSchema),
  applicant: ApplicantSchema,
  agent: z.optional(AgentSchema),
  channel: ApplicationChannelSchema,
  /** Client-side draft id, so support staff can correlate a submission with a saved draft. */
  draftId: z.optional(IdSchema),
  /** Bundles: optional steps the applicant goes without (e.g. 银行预约开户); each must be an optional step. */
  skipSteps: z.optional(z.array(MatterCodeSchema).check(z.maxLength(50))),
}).check(z.superRefine((input, ctx) => {
  if ((input.matterCode === undefined) === (input.bundleId === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['matterCode'], message: 'Exactly one of matterCode and bundleId is required', params: { code: 'target_required', messages: label('请指定一个事项（matterCode）或一件事（bundleId），二者选一', '請指定一個事項（matterCode）或一件事（bundleId），二者選一', 'Exactly one of matterCode and bundleId is required') } });
  }
  const seen = new Set<string>();
  input.materials.forEach((m, i) => {
    const key = `${m.matterCode ?? ''}/${m.materialId}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'materialId'], message: `Material ${m.materialId} listed twice`, params: { code: 'duplicate_id', messages: label(`材料“${m.materialId}”重复提交`, `材料「${m.materialId}」重複提交`, `Material ${m.materialId} listed twice`) } });
    seen.add(key);
  });
  if (input.materials.some((m) => m.status === 'tolerance') && input.commitment === undefined) {
    ctx.addIssue({ code: 'custom', path: ['commitment'], message: 'Deferring a material (容缺) requires a signed commitment', params: { code: 'commitment_required', messages: label('容缺后补需要签署告知承诺书', '容缺後補需要簽署告知承諾書', 'Deferring a material (容缺) requires a signed commitment') } });
  }
  if (input.skipSteps !== undefined && input.bundleId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['skipSteps'], message: 'Only a bundle has steps to skip', params: { code: 'unexpected_field', messages: label('只有一件事可以选择不办理的环节', '只有一件事可以選擇不辦理的環節', 'Only a bundle has steps to skip') } });
  }
  if (input.agent !== undefined && input.channel !== 'partner_counter') {
    ctx.addIssue({ code: 'custom', path: ['agent'], message: 'An assisting agent is named only on the partner_counter channel', params: { code: 'agent_channel', messages: label('帮办代办人员仅适用于合作网点渠道（partner_counter）', '幫辦代辦人員僅適用於合作網點渠道（partner_counter）', 'An assisting agent is named only on the partner_counter channel') } });
  }
  if (input.channel === 'partner_counter' && input.agent === undefined) {
    ctx.addIssue({ code: 'custom', path: ['agent'], message: 'Partner-counter applications name the assisting agent', params: { code: 'agent_required', messages: label('合作网点代办须填写帮办人员信息', '合作網點代辦須填寫幫辦人員資訊', 'Partner-counter applications name the assisting agent') } });
  }
}, whenValid('matterCode', 'bundleId', 'materials', 'commitment', 'channel', 'agent', 'skipSteps')));
/** POST /v1/applications body. */
export type ApplicationInput = z.infer<typeof ApplicationInputSchema>;
