import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { config } from 'zod/mini';

// core's schemas are zod/mini, which ships no message texts ("Invalid input" for everything). core installs
// zod's English table, as classic zod did, so field errors read as before (schemas.test.ts checks the texts);
// an app's own choice is kept. Each test file runs in its own process, and this one sets its locale before
// it loads core.
describe('zod messages under zod/mini: an app\'s locale', () => {
  it('an app that chose a zod locale before loading core keeps it', async () => {
    const own = () => 'own text';
    config({ localeError: own });
    const { MatterCodeParamsSchema } = await import('../src/contract/index.js');
    assert.equal(config().localeError, own);
    const r = MatterCodeParamsSchema.safeParse({});
    assert.equal(r.success ? '' : r.error.issues[0]?.message, 'own text');
    config({ localeError: undefined });
  });
});
