// zh-CN defines the keys of the strings every element shares; zh-TW and en must satisfy this shape.
export const common = {
  loading: '正在加载…',
  retry: '重试',
  empty: '暂无内容',
  errorNetwork: '网络连接失败，请检查网络后重试。',
  errorTimeout: '服务响应超时，请稍后重试。',
  errorServer: '服务暂时不可用，请稍后重试。',
  errorNotFound: '未找到相关信息。',
  errorRateLimited: '操作过于频繁，请稍后再试。',
  errorNotAllowed: '本网站暂未开通此项服务，请联系网站管理员。',
  errorData: '服务返回的数据无法识别，请稍后重试。',
  errorConfig: '组件尚未配置服务地址，请联系网站管理员。',
  errorUnknown: '出现了问题，请稍后重试。',
  required: '必填',
  optional: '选填',
};
