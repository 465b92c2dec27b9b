// partner: a bank's counter key over real HTTP against the reference server: its cases by the agent's branch,
// and one case's progress without the applicant's verifier; any other key is told the case does not exist.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_COUNTER_KEY, DEMO_PARTNER } from '@zwfw/server';
import { createClient, ZwfwApiError, type ApplicationReceipt, type ZwfwClient } from '../src/index.js';
import { validSubmission } from './helpers/journey.js';
import { startReferenceServer, type ReferenceServer } from './helpers/reference-server.js';

let server: ReferenceServer;
let bank: ZwfwClient;
let website: ZwfwClient;
let receipt: ApplicationReceipt;
const branch = DEMO_PARTNER.branches[1]!.id;

before(async () => {
  server = await startReferenceServer();
  const options = { baseUrl: server.url, origin: server.origin, retry: false as const };
  bank = createClient({ ...options, publishableKey: DEMO_COUNTER_KEY });
  website = createClient({ ...options, publishableKey: server.key });
  const agent = { staffId: 'B0077', branch, partner: DEMO_PARTNER.id, consentRef: 'consent-sdk-0077' };
  receipt = await bank.applications.submit({ ...(await validSubmission(bank)), channel: 'partner_counter', agent });
});
after(() => server.close());

describe('partner', () => {
  test('partner.case reads the bank\'s own case without a verifier, agent included', async () => {
    const p = await bank.partner.case(receipt.case.caseNumber);
    assert.equal(p.case.caseNumber, receipt.case.caseNumber);
    assert.equal(p.case.agent?.staffId, 'B0077');
    assert.ok(p.events.length > 0);
  });

  test('partner.case by a key of no partner is a 404 not_found, as for an unknown case', async () => {
    for (const n of [receipt.case.caseNumber, 'ZZ20260000000001']) {
      await assert.rejects(website.partner.case(n), (e: unknown) => e instanceof ZwfwApiError && e.status === 404 && e.code === 'not_found');
    }
  });

  test('partner.casesPage and partner.cases filter by the agent\'s branch', async () => {
    const mine = await bank.partner.casesPage({ branch, limit: 100 });
    assert.ok(mine.items.some((c) => c.caseNumber === receipt.case.caseNumber));
    const other = await bank.partner.cases({ branch: DEMO_PARTNER.branches[0]!.id }).toArray();
    assert.ok(other.every((c) => c.caseNumber !== receipt.case.caseNumber && c.agent?.branch !== branch));
  });
});
