// Conformance of the shared form engine on the server (issue 13): a derived sum (derive.sumOf) checked against
// another field (equalsField) is recomputed by the server, whatever the client sends, and a mismatch is a 422
// not_equal at the derived field's pointer. Nothing to check when no bundle form declares such a field.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BundlePageSchema, FormSpecSchema, getValueAt, setValueAt, valuePointer, type Bundle, type FormField, type FormSpec, type Matter } from '@zwfw/core';
import { sampleApplication } from '../sample-application.js';
import type { SuiteTools } from './toolkit.js';

/** What the suite lends this module. */
export interface FormEngineToolkit extends SuiteTools {
  check(name: string, fn: () => Promise<void>, needs?: 'key'): Promise<void>;
}

const checkedSum = (f: FormField) => f.derive !== undefined && 'sumOf' in f.derive && f.equalsField !== undefined;

export async function formEngineChecks({ request, keyed, conforms, isProblem, check }: FormEngineToolkit): Promise<void> {
  await check('form engine: a derived sum unequal to its field is a 422 not_equal at the derived field, whatever the client sends', async () => {
    let target: { bundle: Bundle; form: FormSpec; field: FormField } | undefined;
    for (const bundle of conforms(BundlePageSchema, await request('/v1/bundles?limit=50')).items) {
      const r = await request(`/v1/bundles/${encodeURIComponent(bundle.id)}/form`);
      if (r.status !== 200) continue; // a bundle may have no merged form yet
      const form = conforms(FormSpecSchema, r);
      const field = form.sections.flatMap((s) => s.fields).find(checkedSum);
      if (field !== undefined) target = { bundle, form, field };
      if (target) break;
    }
    if (target === undefined) return;
    const { bundle, form, field } = target;
    const derive = field.derive as { sumOf: string };
    const [repeatId = '', itemId = ''] = derive.sumOf.split('[].');
    const app = sampleApplication({ code: bundle.steps[0]!.matterCode, audience: ['enterprise'] } as unknown as Matter, form);
    delete app.matterCode;
    app.bundleId = bundle.id;
    // Items of 1 each against a field one more than their total; the client claims the totals agree.
    let values = app.values;
    const current = getValueAt(values, repeatId);
    const rows = (Array.isArray(current) ? current : []).map((row) => setValueAt(row as Record<string, unknown>, itemId, 1));
    values = setValueAt(values, repeatId, rows);
    values = setValueAt(values, field.equalsField!, rows.length + 1);
    values = setValueAt(values, field.id, rows.length + 1);
    app.values = values;
    const r = await request('/v1/applications', { method: 'POST', headers: keyed({ 'idempotency-key': randomUUID() }), body: app });
    const problem = isProblem(r, 422, 'validation_failed');
    const pointer = valuePointer(field.id);
    assert.ok(problem.errors?.some((e) => e.path === pointer && e.code === 'not_equal'), `expected not_equal at ${pointer}: ${r.text.slice(0, 300)}`);
  }, 'key');
}
