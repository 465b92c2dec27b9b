// Shared test data: a valid application for the seeded matter, and an admin call to move a case along.
import { sampleApplication } from '../../../../test/conformance/sample-application.js';
import type { ApplicationSubmission, ZwfwClient } from '../../src/index.js';
import type { ReferenceServer } from './reference-server.js';

/** A valid submission for the first matter of the seeded catalogue, built from its form spec. */
export async function validSubmission(client: ZwfwClient): Promise<ApplicationSubmission> {
  const { items } = await client.matters.list({ limit: 1 }).first();
  const code = items[0]!.code;
  const [matter, form] = await Promise.all([client.matters.get(code), client.forms.get({ matterCode: code })]);
  // The same builder the conformance suite uses: every field filled to pass the form engine's checks.
  return sampleApplication(matter, form);
}

/** Back-office simulator: apply an action (accept, conclude …) to a case through the admin API. */
export async function adminAction(server: ReferenceServer, caseNumber: string, body: Record<string, unknown>): Promise<Response> {
  return fetch(`${server.url}v1/admin/cases/${encodeURIComponent(caseNumber)}/actions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
