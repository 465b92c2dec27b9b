// Shared helpers of the elements' browser tests: the reference server the runner started
// (scripts/wtr-reference-server.mjs), cases in any state, and axe at the WCAG 2.2 AA tags.
import 'axe-core/axe.min.js';
import { createClient, type ApplicationReceipt, type ZwfwClient } from '@zwfw/sdk';
import type { Locale } from '@zwfw/core';
import { sampleApplication } from '../../../test/conformance/sample-application.js';

/** Where the reference server is, and a partner key bound to this test page's origin. */
export interface ReferenceServer {
  baseUrl: string;
  key: string;
  /** A counter key of the seeded demo partner (demo-bank), bound to this page's origin. */
  counterKey: string;
  /** A counter key of another partner (wtr-other-bank), bound to this page's origin. */
  otherCounterKey: string;
}

let server: Promise<ReferenceServer> | undefined;

/** The reference server the test runner started for this run. */
export function referenceServer(): Promise<ReferenceServer> {
  server ??= fetch('/__zwfw/fixture.json').then((r) => r.json() as Promise<ReferenceServer>);
  return server;
}

/** A client of the test's own (not the elements' shared one), to prepare data. */
export async function testClient(locale: Locale = 'zh-CN'): Promise<ZwfwClient> {
  const { baseUrl, key } = await referenceServer();
  return createClient({ baseUrl, publishableKey: key, locale, cache: false, retry: false });
}

/** Moves a case through the back office (`POST /v1/admin/cases/{n}/actions`), e.g. `{ action: 'accept' }`. */
export async function adminAction(caseNumber: string, body: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`/__zwfw/admin/cases/${encodeURIComponent(caseNumber)}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`admin action ${JSON.stringify(body)} on ${caseNumber} failed: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Submits a plausible application for a matter (the first one that has a form if no code is given). */
export async function submitCase(matterCode?: string): Promise<ApplicationReceipt> {
  const client = await testClient();
  let code = matterCode;
  if (!code) {
    const page = await client.matters.list({ limit: 50 }).first();
    code = page.items[0]!.code;
  }
  const matter = await client.matters.get(code);
  const form = await client.forms.get({ matterCode: code });
  return client.applications.submit(sampleApplication(matter, form));
}

/** The WCAG 2.2 AA rule tags every state of every element must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}

/** Runs axe on `element` at the WCAG 2.2 AA tags and fails with every violation spelled out. */
export async function expectAccessible(element: Element): Promise<void> {
  const axe = (window as unknown as { axe: { run(el: Element, opts: unknown): Promise<AxeResult> } }).axe;
  const result = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  if (result.violations.length === 0) return;
  const lines = result.violations.flatMap((v) => [
    `${v.id}: ${v.help}`,
    ...v.nodes.map((n) => `  at ${JSON.stringify(n.target)}${n.failureSummary ? `\n  ${n.failureSummary.replace(/\n/g, '\n  ')}` : ''}`),
  ]);
  throw new Error(`axe found ${result.violations.length} WCAG 2.2 AA violation(s):\n${lines.join('\n')}`);
}

/** Waits until `predicate` holds, re-checking after each animation frame (for loads against the server). */
export async function until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
