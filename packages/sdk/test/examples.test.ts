// The README's journey (examples/journey.ts) against the reference server over real HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apply, rateOpenStages } from '../examples/journey.js';
import { sampleApplication } from '../../../test/conformance/sample-application.js';
// The published entry, as the example (and a user) imports it.
import { createClient, type ZwfwClient } from '@zwfw/sdk';
import { adminAction } from './helpers/journey.js';
import { startReferenceServer, type ReferenceServer } from './helpers/reference-server.js';

let server: ReferenceServer;
let zwfw: ZwfwClient;

before(async () => {
  server = await startReferenceServer();
  zwfw = createClient({ baseUrl: server.url, publishableKey: server.key, origin: server.origin });
});
after(() => server.close());

describe('README journey (examples/journey.ts)', () => {
  test('search → guide → form → apply → track → (accepted) → rate', async () => {
    const { matter, receipt, progress } = await apply(zwfw, '居民身份证', (m, f) => sampleApplication(m, f));
    assert.match(matter.name, /身份证/);
    assert.equal(receipt.case.caseNumber.length, 43);
    assert.equal(progress.case.status, 'submitted');
    assert.deepEqual(await rateOpenStages(zwfw, receipt), [], 'nothing to rate before acceptance');
    assert.equal((await adminAction(server, receipt.case.caseNumber, { action: 'accept' })).status, 200);
    const ratings = await rateOpenStages(zwfw, receipt);
    assert.deepEqual(ratings.map((r) => [r.stage, r.level]), [['acceptance', 5]]);
  });
});
