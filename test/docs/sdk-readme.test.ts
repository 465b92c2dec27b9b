// Every TypeScript example in packages/sdk/README.md runs against the reference server with the sample catalogue
// (what `npm start` serves), in the README's order, as a reader would run them: a later example uses what an
// earlier one made (matter, form, receipt). The only edits are the placeholders that name a deployment (the
// API root, the keys, the origin); names a reader's page would hold (a file, a progress bar, a render function)
// come from the context below. A README example that stops working fails here, naming its line.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApplicationReceipt, FormSpec, Matter } from '@zwfw/core';
import { createClient, isZwfwError } from '@zwfw/sdk';
import { generateCatalogue } from '../../packages/server/src/catalogue/index.js';
import { DEMO_COUNTER_KEY } from '../../packages/server/src/index.js';
import { ADMIN_TOKEN, DEMO_KEY, DEMO_ORIGIN, call, startTestServer, type TestServer } from '../../packages/server/test/helpers/server.js';
import { sampleApplication } from '../conformance/sample-application.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const README = join(root, 'packages/sdk/README.md');
// Inside the repository, so the examples' `@zwfw/sdk` imports resolve as in a consumer's project.
const RUN_DIR = join(root, 'test/docs/.run');

interface Example { line: number; code: string }

/** The ```ts blocks of a markdown file, with the line each starts on. */
export function typescriptBlocks(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```ts') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    const block = lines.slice(start, end);
    // A block inside a list item is indented with it.
    const indent = Math.min(...block.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
    out.push({ line: start + 1, code: block.map((l) => l.slice(indent)).join('\n') });
    i = end;
  }
  return out;
}

/** Names an example imports. */
function importedNames(code: string): string[] {
  return [...code.matchAll(/^import\s+\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((p) => p.trim().split(/\s+as\s+/).pop()!).filter(Boolean));
}

/** Names an example declares at its top level (`const a`, `const { b, c: d }`). */
export function declaredNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/^(?:const|let|var)\s+(\w+)/gm)) names.push(m[1]!);
  for (const m of code.matchAll(/^(?:const|let|var)\s+\{([^}]*)\}\s*=/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = (part.includes(':') ? part.split(':')[1]! : part).trim();
      if (/^\w+$/.test(name)) names.push(name);
    }
  }
  return names;
}

/** The placeholders that name a deployment, replaced by the reference server's. */
function deployTo(code: string, baseUrl: string): string {
  return code
    .replaceAll("'https://zwfw.example.gov.cn/'", JSON.stringify(baseUrl))
    .replaceAll("'pk_live_…'", JSON.stringify(DEMO_KEY))
    .replaceAll("'pk_…counter key…'", JSON.stringify(DEMO_COUNTER_KEY))
    .replaceAll("'https://www.example-bank.cn'", JSON.stringify(DEMO_ORIGIN));
}

describe('packages/sdk/README.md examples run against the reference server', () => {
  let s: TestServer;
  const examples = typescriptBlocks(readFileSync(README, 'utf8'));
  const shown: string[] = [];
  const ctx: Record<string, unknown> = {};

  before(async () => {
    s = await startTestServer({ catalogue: generateCatalogue() });
    rmSync(RUN_DIR, { recursive: true, force: true });
    mkdirSync(RUN_DIR, { recursive: true });
    Object.assign(ctx, {
      baseUrl: s.url,
      origin: DEMO_ORIGIN,
      // What the quick start imported.
      createClient, isZwfwError,
      // What a page holds: the chosen file, a progress bar, an abort signal, its own render and message helpers.
      file: new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], 'id-card.pdf', { type: 'application/pdf' }),
      bar: { value: 0 },
      signal: new AbortController().signal,
      render: (items: unknown[]) => shown.push(`rendered ${items.length}`),
      showError: (message: string) => shown.push(message),
      toast: (message: string) => shown.push(message),
      staffId: 'B0012',
      values: {},
    });
    // An application the page assembled from the form its reader filled in (synthetic values that pass).
    Object.defineProperty(ctx, 'input', { get: () => sampleApplication(ctx['matter'] as Matter, ctx['form'] as FormSpec), enumerable: true });
    (globalThis as Record<string, unknown>)['__readme'] = ctx;
  });
  after(async () => {
    rmSync(RUN_DIR, { recursive: true, force: true });
    await s?.close();
  });

  /** What a department does before a reader's rating example: the case is accepted and concluded. */
  async function concludeCase(): Promise<void> {
    const receipt = ctx['receipt'] as ApplicationReceipt;
    const act = (body: unknown) => call(s.url, `/v1/admin/cases/${receipt.case.caseNumber}/actions`, {
      method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body,
    });
    assert.equal((await act({ action: 'accept' })).status, 200);
    const done = await act({ action: 'conclude', outcome: 'approved' });
    assert.equal(done.status, 200, done.text);
  }

  it('the README has TypeScript examples to run', () => {
    assert.ok(examples.length >= 10, `found ${examples.length}`);
  });

  for (const [i, example] of examples.entries()) {
    it(`README line ${example.line}`, async () => {
      const code = deployTo(example.code, s.url);
      if (/stage: 'conclusion'/.test(code)) await concludeCase();
      const declared = declaredNames(code);
      const imported = importedNames(code);
      const given = Object.keys(ctx).filter((name) => !declared.includes(name) && !imported.includes(name) && new RegExp(`\\b${name}\\b`).test(code));
      const file = join(RUN_DIR, `example-${String(i).padStart(2, '0')}.ts`);
      // What the example reads from earlier ones comes first (its imports are hoisted above it anyway); what it
      // declares goes back into the context for the examples after it.
      writeFileSync(file, [
        ...given.map((name) => `const ${name} = (globalThis as any).__readme[${JSON.stringify(name)}];`),
        code,
        `Object.assign((globalThis as any).__readme, { ${declared.join(', ')} });`,
      ].join('\n'));
      const log = console.log;
      console.log = () => undefined; // examples print each matter; the test checks what they made instead
      try {
        await import(pathToFileURL(file).href);
      } finally {
        console.log = log;
      }
    });
  }

  it('the examples made a case, tracked it and rated it', async () => {
    const receipt = ctx['receipt'] as ApplicationReceipt;
    assert.equal(receipt.case.caseNumber.length, 43);
    const rows = await s.db.query<{ n: number }>('select count(*)::int as n from evaluations');
    assert.ok((rows[0]?.n ?? 0) >= 1, 'a rating was stored');
  });
});
