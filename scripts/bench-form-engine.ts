// Times the form engine on a 200-field form (the element revalidates on every keystroke; target ≤ 2 ms).
// Run: node --import tsx scripts/bench-form-engine.ts
import { FormSpecSchema, validateFormValues, applyDerived, cleanFormValues, sectionStates } from '@zwfw/core';
// 200 fields: 20 sections x 10 of mixed kinds, with rules and patterns.
const kinds = ['text', 'idCard', 'mobile', 'money', 'date', 'select', 'creditCode', 'textarea', 'email', 'checkbox'] as const;
const sections = Array.from({ length: 20 }, (_, s) => ({
  id: `s${s}`, title: `S${s}`,
  fields: kinds.map((kind, k) => ({
    id: `g${s}.f${k}`, label: `字段${s}-${k}`, kind, required: k % 2 === 0,
    ...(kind === 'select' ? { options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] } : {}),
    ...(kind === 'text' ? { pattern: '[\\u4e00-\\u9fa5A-Za-z]{1,20}', maxLength: 20 } : {}),
    ...(k === 9 ? { rules: [{ effect: 'show' as const, when: { field: `g${s}.f5`, equals: 'a' } }] } : {}),
  })),
}));
const spec = FormSpecSchema.parse({ id: 'perf', version: '1', title: 'perf', matterCode: 'x1', materials: [], sections });
const sample: Record<string, unknown> = { text: '张三', idCard: '110101199003071233', mobile: '13800138000', money: 100, date: '2025-01-02', select: 'a', creditCode: '91350100M000100Y43', textarea: '说明', email: 'a@b.cn', checkbox: true };
const values: Record<string, any> = {};
for (let s = 0; s < 20; s++) { values[`g${s}`] = {}; kinds.forEach((k, i) => { values[`g${s}`][`f${i}`] = sample[k]; }); }
const opts = { today: '2026-12-03' };
for (let i = 0; i < 200; i++) validateFormValues(spec, values, opts);
const time = (label: string, fn: () => unknown) => {
  const n = 1000; const t = performance.now(); for (let i = 0; i < n; i++) fn();
  console.log(`${label}: ${((performance.now() - t) / n).toFixed(3)} ms per call (200 fields)`);
};
console.log('issues:', validateFormValues(spec, values, opts).length);
time('validateFormValues', () => validateFormValues(spec, values, opts));
time('cleanFormValues', () => cleanFormValues(spec, values));
time('applyDerived', () => applyDerived(spec, values, opts));
time('sectionStates', () => sectionStates(spec, values, []));
