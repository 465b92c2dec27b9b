// <zwfw-form> in Chromium: first render of a 200-field form (target <= 100 ms) and one keystroke, i.e. the
// value stored, every field revalidated with core's engine and the step re-rendered (target <= 2 ms for the
// revalidation). Baselines measured in the same run on the same page: 200 labelled native inputs built with the
// DOM (what the browser itself costs for the first render), and core's validateFormValues alone over the same
// values (the engine's share of a keystroke). The spec mixes every scalar kind, as the catalogue's forms do.
import { createServer, type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BROWSER_BUILD, openBenchPage, quantile } from './browser-kit.js';
import type { FormField, FormSpec } from '@zwfw/core';
import { launchBrowser } from '../../../test/e2e/browser.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIELDS = 200;
const ROUNDS = 15;
const KEYSTROKES = 200;

/** A form of 200 fields of every scalar kind but region and file (which load or upload), in one step. */
function bigSpec(): FormSpec {
  const kinds: FormField['kind'][] = ['text', 'textarea', 'number', 'money', 'date', 'select', 'multiselect', 'radio', 'checkbox', 'idCard', 'creditCode', 'mobile', 'companyName', 'email', 'address'];
  const options = [{ value: 'a', label: '选项一' }, { value: 'b', label: '选项二' }, { value: 'c', label: '选项三' }];
  const fields: FormField[] = Array.from({ length: FIELDS }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return { id: `f${i}.value`, label: `第${i + 1}项`, kind, required: i % 3 === 0, ...(kind === 'select' || kind === 'multiselect' || kind === 'radio' ? { options } : {}) };
  });
  return { id: 'bench-form', version: '1', title: '二百项表单', matterCode: '11440000000000000X4000000000000', sections: [{ id: 's', title: '全部', fields }], materials: [] };
}

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import '@zwfw/sdk/strict-csp'; import './src/components/form/define.ts'; export { validateFormValues } from '@zwfw/core';`,
      resolveDir: resolve(here, '..'),
      sourcefile: 'form.ts',
      loader: 'ts',
    },
    ...BROWSER_BUILD,
  });
  return result.outputFiles[0]!.text;
}

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>form bench</title></head><body>
<script type="module">import * as m from '/form.js'; window.zwfw = m;</script><div id="host"></div><div id="baseline"></div></body></html>`;

function serve(code: string): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (type: string, body: string) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (req.url === '/') return send('text/html; charset=utf-8', PAGE);
    if (req.url === '/form.js') return send('text/javascript', code);
    res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The in-page measurement; runs in Chromium. */
function measureInPage(args: { spec: FormSpec; rounds: number; keystrokes: number }): Promise<Record<string, number[]>> {
  type Form = HTMLElement & { spec: FormSpec; updateComplete: Promise<boolean> };
  const host = document.getElementById('host')!;
  const baseHost = document.getElementById('baseline')!;
  const validate = (window as unknown as { zwfw: { validateFormValues(spec: FormSpec, values: unknown): unknown[] } }).zwfw.validateFormValues;
  const out: Record<string, number[]> = { render: [], baselineRender: [], keystroke: [], validate: [] };
  const fieldCount = () => (document.querySelector('zwfw-form')!.shadowRoot!.querySelectorAll('[part~="field"]').length);
  return (async () => {
    for (let round = 0; round < args.rounds; round++) {
      host.replaceChildren();
      await new Promise((r) => setTimeout(r, 20));
      const t0 = performance.now();
      const el = document.createElement('zwfw-form') as Form;
      el.setAttribute('base-url', '/');
      el.spec = args.spec;
      host.append(el);
      // Rendered: the spec given, the step drawn with every field, and laid out.
      while (!el.shadowRoot?.querySelector('[part~="step"]')) await el.updateComplete;
      el.shadowRoot!.querySelector('[part~="step"]')!.getBoundingClientRect();
      out['render']!.push(performance.now() - t0);
      if (fieldCount() < args.spec.sections[0]!.fields.length) throw new Error(`only ${fieldCount()} fields rendered`);

      baseHost.replaceChildren();
      const b0 = performance.now();
      const frag = document.createDocumentFragment();
      args.spec.sections[0]!.fields.forEach((f, i) => {
        const div = document.createElement('div');
        const label = Object.assign(document.createElement('label'), { htmlFor: `b${i}`, textContent: f.label });
        div.append(label, Object.assign(document.createElement('input'), { id: `b${i}` }));
        frag.append(div);
      });
      baseHost.append(frag);
      baseHost.getBoundingClientRect();
      out['baselineRender']!.push(performance.now() - b0);
    }
    // Keystrokes into the first text field: value stored, revalidated, re-rendered, laid out.
    const el = document.querySelector('zwfw-form') as Form;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-values-f0-value')!;
    let text = '';
    for (let k = 0; k < args.keystrokes; k++) {
      text = k % 20 === 19 ? '' : `${text}字`;
      input.value = text;
      const t0 = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      el.shadowRoot!.querySelector('[part~="step"]')!.getBoundingClientRect();
      out['keystroke']!.push(performance.now() - t0);
      const values = { f0: { value: text } };
      const v0 = performance.now();
      validate(args.spec, values);
      out['validate']!.push(performance.now() - v0);
    }
    return out;
  })();
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;

export async function formBench(): Promise<void> {
  const server = await serve(await bundle());
  const browser = await launchBrowser();
  try {
    const { page, errors } = await openBenchPage(browser, server);
    await page.waitForFunction(() => customElements.get('zwfw-form') !== undefined && 'zwfw' in window);
    const spec = bigSpec();
    await page.evaluate(measureInPage, { spec, rounds: 2, keystrokes: 20 }); // warm-up, not counted
    const r = await page.evaluate(measureInPage, { spec, rounds: ROUNDS, keystrokes: KEYSTROKES });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(`\n== <zwfw-form>, Chromium (headless), ${FIELDS} fields in one step ==`);
    console.log('| | p50 | p95 |');
    console.log('| --- | ---: | ---: |');
    const row = (name: string, key: string) => console.log(`| ${name} | ${ms(quantile(r[key]!, 0.5))} | ${ms(quantile(r[key]!, 0.95))} |`);
    row(`first render (${ROUNDS} mounts)`, 'render');
    row('baseline: 200 labelled native inputs', 'baselineRender');
    row(`keystroke: store, revalidate, re-render (${KEYSTROKES})`, 'keystroke');
    row('revalidation alone (validateFormValues)', 'validate');
    const render = quantile(r['render']!, 0.5);
    const validate = quantile(r['validate']!, 0.95);
    console.log(`${render <= 100 ? 'PASS' : 'MISS'}  first render of a 200-field form p50 <= 100 ms   ${ms(render)}`);
    console.log(`${validate <= 2 ? 'PASS' : 'MISS'}  revalidation per keystroke p95 <= 2 ms   ${ms(validate)}`);
  } finally {
    await browser.close();
    server.close();
  }
}
