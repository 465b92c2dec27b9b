import type * as z from 'zod/mini';
import { enumFromLabels, label } from './labels.js';

/** 材料必要性 labels (容缺后补 = may be supplied later under a signed commitment, domain.md §2). */
export const MATERIAL_NECESSITY_LABELS = {
  required: label('必要', '必要', 'Required'),
  optional: label('非必要', '非必要', 'Optional'),
  tolerance: label('容缺后补', '容缺後補', 'May be supplied later (tolerance)'),
} as const;
/** 材料必要性 schema. */
export const MaterialNecessitySchema = enumFromLabels(MATERIAL_NECESSITY_LABELS);
/** 材料必要性. */
export type MaterialNecessity = z.infer<typeof MaterialNecessitySchema>;

/** 材料类型 labels. */
export const MATERIAL_TYPE_LABELS = {
  certificate: label('证件证书证明', '證件證書證明', 'Certificate, licence or proof'),
  application_form: label('申请表格文书', '申請表格文書', 'Application form or document'),
  other: label('其他', '其他', 'Other'),
} as const;
/** 材料类型 schema. */
export const MaterialTypeSchema = enumFromLabels(MATERIAL_TYPE_LABELS);
/** 材料类型. */
export type MaterialType = z.infer<typeof MaterialTypeSchema>;

/** 材料形式 labels. */
export const MATERIAL_FORM_LABELS = {
  paper: label('纸质', '紙質', 'Paper'),
  electronic: label('电子化', '電子化', 'Electronic'),
  both: label('纸质和电子', '紙質和電子', 'Paper and electronic'),
} as const;
/** 材料形式 schema. */
export const MaterialFormSchema = enumFromLabels(MATERIAL_FORM_LABELS);
/** 材料形式. */
export type MaterialForm = z.infer<typeof MaterialFormSchema>;

/** 材料来源渠道 labels. */
export const MATERIAL_SOURCE_LABELS = {
  applicant: label('申请人自备', '申請人自備', 'Prepared by the applicant'),
  government_issued: label('政府部门核发', '政府部門核發', 'Issued by a government department'),
  other: label('其他', '其他', 'Other'),
} as const;
/** 材料来源渠道 schema. */
export const MaterialSourceSchema = enumFromLabels(MATERIAL_SOURCE_LABELS);
/** 材料来源渠道. */
export type MaterialSource = z.infer<typeof MaterialSourceSchema>;

/** How a material is supplied in an application. */
export const MATERIAL_SUBMISSION_STATUS_LABELS = {
  provided: label('已提交', '已提交', 'Provided'),
  tolerance: label('容缺后补', '容缺後補', 'To be supplied later'),
  eLicense: label('电子证照免提交', '電子證照免提交', 'Exempt: taken from e-licence'),
} as const;
/** Material submission status schema. */
export const MaterialSubmissionStatusSchema = enumFromLabels(MATERIAL_SUBMISSION_STATUS_LABELS);
/** Material submission status. */
export type MaterialSubmissionStatus = z.infer<typeof MaterialSubmissionStatusSchema>;
