// Mutation testing (npm run test:mutation). Each scope mutates one area and runs only the node tests that
// cover it: the command runner re-runs the whole command per mutant, so a narrow command keeps a run short.
// scripts/mutation.mjs picks the scope through ZWFW_MUTATION_SCOPE and prints the score per file.
const node = 'node --import tsx --test';

export const scopes = {
  validators: {
    mutate: ['packages/core/src/validators/*.ts', '!packages/core/src/validators/index.ts'],
    command: `${node} packages/core/test/validators-*.test.ts`,
  },
  calendar: {
    // holiday-data.ts is the published State Council schedule: data, not logic.
    mutate: ['packages/core/src/calendar/*.ts', '!packages/core/src/calendar/index.ts', '!packages/core/src/calendar/holiday-data.ts'],
    command: `${node} packages/core/test/calendar*.test.ts packages/core/test/working-time.test.ts`,
  },
  forms: {
    mutate: ['packages/core/src/forms/*.ts', '!packages/core/src/forms/index.ts'],
    command: `${node} packages/core/test/forms*.test.ts packages/core/test/accept.test.ts`,
  },
  server: {
    mutate: ['packages/server/src/http/idempotency.ts', 'packages/server/src/http/rate-limit.ts', 'packages/server/src/domain/case-number.ts'],
    command: `${node} packages/server/test/idempotency-window.test.ts packages/server/test/rate-limit.test.ts packages/server/test/submission-limits.test.ts packages/server/test/idempotency-rate-edges.test.ts`,
  },
};

const name = process.env.ZWFW_MUTATION_SCOPE ?? 'validators';
const scope = scopes[name];
if (!scope) throw new Error(`unknown mutation scope ${name}; one of ${Object.keys(scopes).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: scope.command },
  mutate: process.env.ZWFW_MUTATE ? process.env.ZWFW_MUTATE.split(',') : scope.mutate,
  // Two cores shared with other work: one mutant at a time unless asked otherwise.
  concurrency: Number(process.env.ZWFW_MUTATION_CONCURRENCY ?? 1),
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['packages/elements', 'packages/sdk', 'packages/search/test', 'docs', 'storybook-static', 'coverage', '.data', 'reports', 'bench', 'packages/server/public'],
  timeoutMS: 20000,
  tempDirName: `.stryker-tmp/${name}`,
  cleanTempDir: true,
};
