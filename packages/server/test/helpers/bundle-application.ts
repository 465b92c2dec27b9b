import type { ApplicationInput, Bundle, FormSpec, Matter } from '@zwfw/core';
import { sampleApplication } from '../../../../test/conformance/sample-application.js';

/** A complete application for a bundle (企业开办 …) through its merged form; `defer` lists 容缺 materials to owe on the signed commitment. */
export function bundleApplication(form: FormSpec, bundle: Bundle, options: { defer?: readonly string[] } = {}): ApplicationInput {
  const legal = { code: bundle.steps[0]!.matterCode, audience: ['enterprise'] } as unknown as Matter;
  const app = sampleApplication(legal, form);
  delete app.matterCode;
  app.bundleId = bundle.id;
  const defer = new Set(options.defer ?? []);
  app.materials = form.materials
    .filter((m) => m.necessity !== 'optional')
    .map((m) => ({ materialId: m.materialId, status: defer.has(m.materialId) ? 'tolerance' as const : 'provided' as const }));
  if (defer.size > 0) {
    app.commitment = { signed: true, signerName: '一致性测试', signedAt: new Date().toISOString(), textVersion: form.commitmentText!.version };
  }
  return app;
}
