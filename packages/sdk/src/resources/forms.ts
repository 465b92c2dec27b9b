import type { FormSpec } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { ZwfwConfigError } from '../errors.js';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import { requireString } from './args.js';

/** Which form to fetch: a single matter's form, or a bundle's merged form (一张表单). */
export type FormTarget = { matterCode: string; bundleId?: never } | { bundleId: string; matterCode?: never };

/** 智能表单: the form spec the smart form renders and the server validates submissions against. */
export interface FormsResource {
  /**
   * The form spec of a matter or of a bundle.
   * @example
   * const form = await client.forms.get({ matterCode: '11340100MB1234567X4000111222000' });
   * const merged = await client.forms.get({ bundleId: 'qykb' });
   */
  get(target: FormTarget, options?: CallOptions): Promise<FormSpec>;
}

/** @internal */
export function createForms(transport: Transport): FormsResource {
  return {
    get(target, options) {
      const t = (target ?? {}) as { matterCode?: unknown; bundleId?: unknown };
      if ((t.matterCode === undefined) === (t.bundleId === undefined)) {
        throw new ZwfwConfigError("forms.get needs exactly one of matterCode or bundleId: client.forms.get({ matterCode: '…' }) or client.forms.get({ bundleId: '…' })", {
          option: 'matterCode',
          operation: 'forms.get',
        });
      }
      if (t.bundleId !== undefined) {
        const id = requireString(t.bundleId, 'bundleId', 'forms.get', "client.forms.get({ bundleId: 'qykb' })");
        return callOperation(transport, 'forms.get', routes.getBundleForm, () => import('../operations/get-bundle-form.js'), { params: { id } }, options);
      }
      const code = requireString(t.matterCode, 'matterCode', 'forms.get', "client.forms.get({ matterCode: '…' })");
      return callOperation(transport, 'forms.get', routes.getMatterForm, () => import('../operations/get-matter-form.js'), { params: { code } }, options);
    },
  };
}
