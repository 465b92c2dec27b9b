import type { Strings } from '../types.js';
import type { common as keys } from '../zh-CN/common.js';

export const common: Strings<keyof typeof keys> = {
  loading: '正在載入…',
  retry: '重試',
  empty: '暫無內容',
  errorNetwork: '網路連線失敗，請檢查網路後重試。',
  errorTimeout: '服務回應逾時，請稍後重試。',
  errorServer: '服務暫時無法使用，請稍後重試。',
  errorNotFound: '未找到相關資訊。',
  errorRateLimited: '操作過於頻繁，請稍後再試。',
  errorNotAllowed: '本網站尚未開通此項服務，請聯絡網站管理員。',
  errorData: '服務回傳的資料無法識別，請稍後重試。',
  errorConfig: '元件尚未設定服務位址，請聯絡網站管理員。',
  errorUnknown: '出現了問題，請稍後重試。',
  required: '必填',
  optional: '選填',
};
