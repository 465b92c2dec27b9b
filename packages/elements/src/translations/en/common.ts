import type { Strings } from '../types.js';
import type { common as keys } from '../zh-CN/common.js';

export const common: Strings<keyof typeof keys> = {
  loading: 'Loading…',
  retry: 'Try again',
  empty: 'Nothing to show',
  errorNetwork: 'Could not connect. Check your connection and try again.',
  errorTimeout: 'The service took too long to answer. Try again in a moment.',
  errorServer: 'The service is unavailable right now. Try again later.',
  errorNotFound: 'Nothing was found.',
  errorRateLimited: 'Too many attempts. Wait a moment and try again.',
  errorNotAllowed: 'This site is not yet set up for this service. Contact the site administrator.',
  errorData: 'The service sent data this page cannot read. Try again later.',
  errorConfig: 'This element has no service address configured. Contact the site administrator.',
  errorUnknown: 'Something went wrong. Try again later.',
  required: 'Required',
  optional: 'Optional',
};
