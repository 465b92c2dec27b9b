import { msg } from '../validators/result.js';
import type { ValidationMessage } from '../validators/result.js';

// Form-level messages in every locale; each names the field so an error summary reads on its own.
export const formMessages = {
  required: (label: string): ValidationMessage => msg(`请填写“${label}”`, `請填寫「${label}」`, `Enter ${label}`),
  type: (label: string, expected: string): ValidationMessage =>
    msg(`“${label}”格式不正确`, `「${label}」格式不正確`, `${label} must be ${expected}`),
  option: (label: string): ValidationMessage =>
    msg(`“${label}”请从列表中选择`, `「${label}」請從清單中選擇`, `Choose ${label} from the list`),
  min: (label: string, min: string | number): ValidationMessage =>
    msg(`“${label}”不能小于 ${min}`, `「${label}」不能小於 ${min}`, `${label} must be ${min} or more`),
  max: (label: string, max: string | number): ValidationMessage =>
    msg(`“${label}”不能大于 ${max}`, `「${label}」不能大於 ${max}`, `${label} must be ${max} or less`),
  minLength: (label: string, n: number): ValidationMessage =>
    msg(`“${label}”至少需要 ${n} 个字`, `「${label}」至少需要 ${n} 個字`, `${label} must be at least ${n} characters`),
  maxLength: (label: string, n: number): ValidationMessage =>
    msg(`“${label}”最多 ${n} 个字`, `「${label}」最多 ${n} 個字`, `${label} must be ${n} characters or fewer`),
  pattern: (label: string): ValidationMessage => msg(`“${label}”格式不正确`, `「${label}」格式不正確`, `${label} is not in the expected format`),
  minItems: (label: string, n: number): ValidationMessage =>
    msg(`“${label}”至少需要 ${n} 项`, `「${label}」至少需要 ${n} 項`, `Add at least ${n} ${label}`),
  maxItems: (label: string, n: number): ValidationMessage =>
    msg(`“${label}”最多 ${n} 项`, `「${label}」最多 ${n} 項`, `Add no more than ${n} ${label}`),
  notEqual: (label: string, other: string): ValidationMessage =>
    msg(`“${label}”应等于“${other}”`, `「${label}」應等於「${other}」`, `${label} must equal ${other}`),
  materialMissing: (id: string): ValidationMessage =>
    msg(`缺少必要材料“${id}”`, `缺少必要材料「${id}」`, `Required material ${id} is missing`),
  materialUnknown: (id: string): ValidationMessage =>
    msg(`材料“${id}”不属于此表单`, `材料「${id}」不屬於此表單`, `Material ${id} is not part of this form`),
  toleranceNotAllowed: (id: string): ValidationMessage =>
    msg(`材料“${id}”不能容缺后补，请现在提交`, `材料「${id}」不能容缺後補，請現在提交`, `Material ${id} cannot be supplied later; provide it now`),
  eLicenseNotAllowed: (id: string): ValidationMessage =>
    msg(`材料“${id}”不能通过电子证照免提交`, `材料「${id}」不能透過電子證照免提交`, `Material ${id} cannot be taken from an e-licence; provide it`),
  commitmentRequired: (): ValidationMessage =>
    msg('容缺后补需要签署告知承诺书', '容缺後補需要簽署告知承諾書', 'Sign the commitment to supply materials later'),
  commitmentVersion: (): ValidationMessage =>
    msg('告知承诺书版本已更新，请重新阅读并签署', '告知承諾書版本已更新，請重新閱讀並簽署', 'The commitment text has changed; read and sign it again'),
};
