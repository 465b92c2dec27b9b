import type { ApplicationReceipt, BodyOf, Progress } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import { checkIdempotencyKey, newIdempotencyKey } from './args.js';
import { type CaseRefLike, checkCaseRef } from './cases.js';

/** Options of writes. */
export interface WriteOptions extends CallOptions {
  /**
   * Idempotency-Key for this write. By default one is generated per call and reused on every retry, so a
   * retried submission never creates a second case. Pass your own (persisted with the draft) to keep that
   * guarantee across page reloads: same key + same body = the same case, however often it is sent.
   */
  idempotencyKey?: string;
}

/** Body of `applications.submit`: the contract's ApplicationInput, as the caller writes it (before parsing). */
export type ApplicationSubmission = BodyOf<'submitApplication'>;

/** 办件: submit applications and track them. */
export interface ApplicationsResource {
  /**
   * Submit an application (申报) for a matter or a bundle. Safe to retry: every attempt carries the same
   * Idempotency-Key. Keep the returned receipt: its `accessToken` is the verifier for progress and rating.
   * @example
   * const receipt = await client.applications.submit({ matterCode, formId, formVersion, values, materials, applicant, channel: 'web' });
   * console.log(receipt.case.caseNumber);
   */
  submit(input: ApplicationSubmission, options?: WriteOptions): Promise<ApplicationReceipt>;
  /**
   * Progress of a case: status, timeline with parallel department steps, working-day deadline.
   * @example const p = await client.applications.progress({ caseNumber, verifier: '5678' });
   */
  progress(ref: CaseRefLike, options?: CallOptions): Promise<Progress>;
  /**
   * 容缺补齐: supply a material the case still owes, as files uploaded with `uploads.create` for that material.
   * Safe to retry (one Idempotency-Key per call). For a bundle, every step owing it is supplied.
   * @example
   * const file = await client.uploads.create(blob, { formId, materialId });
   * await client.applications.supply(receipt, { materialId, fileRefs: [file.fileRef] });
   */
  supply(ref: CaseRefLike, input: BodyOf<'supplyMaterial'>, options?: WriteOptions): Promise<Progress>;
}

/** @internal */
export function createApplications(transport: Transport): ApplicationsResource {
  return {
    submit(input, options = {}) {
      const { idempotencyKey, ...callOptions } = options;
      checkIdempotencyKey(idempotencyKey, 'applications.submit');
      // Generated once here, outside the retry loop: every attempt of this call sends the same key.
      const key = idempotencyKey ?? newIdempotencyKey();
      return callOperation(transport, 'applications.submit', routes.submitApplication, () => import('../operations/submit-application.js'), { body: input, idempotencyKey: key }, callOptions);
    },
    supply(ref, input, options = {}) {
      const { caseNumber, verifier } = checkCaseRef(ref, 'applications.supply');
      const { idempotencyKey, ...callOptions } = options;
      checkIdempotencyKey(idempotencyKey, 'applications.supply');
      return callOperation(transport, 'applications.supply', routes.supplyMaterial, () => import('../operations/supply-material.js'), {
        params: { caseNumber }, verifier, body: input, idempotencyKey: idempotencyKey ?? newIdempotencyKey(),
      }, callOptions);
    },
    progress(ref, options) {
      const { caseNumber, verifier } = checkCaseRef(ref, 'applications.progress');
      return callOperation(transport, 'applications.progress', routes.getProgress, () => import('../operations/get-progress.js'), { params: { caseNumber }, verifier }, options);
    },
  };
}
