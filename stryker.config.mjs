// Mutation testing (npm run test:mutation). Each scope mutates one area and names the node test files that
// cover it. The tap runner runs each test file as its own process and records which mutants each file
// reaches, so a mutant is tested only by the files that execute it (the command runner re-ran every file of
// the scope for every mutant). scripts/mutation.mjs picks the scope through ZWFW_MUTATION_SCOPE and prints
// the score per file.
export const scopes = {
  validators: {
    mutate: ['packages/core/src/validators/*.ts', '!packages/core/src/validators/index.ts'],
    testFiles: ['packages/core/test/validators-*.test.ts'],
  },
  calendar: {
    // holiday-data.ts is the published State Council schedule: data, not logic.
    mutate: ['packages/core/src/calendar/*.ts', '!packages/core/src/calendar/index.ts', '!packages/core/src/calendar/holiday-data.ts'],
    // The notice scenario changes process-wide holiday data; calendar-notices.test.ts runs it in a child
    // process, whose coverage the runner cannot see, so it is listed here too (each file is its own process).
    testFiles: ['packages/core/test/calendar*.test.ts', 'packages/core/test/calendar-notices.scenario.ts', 'packages/core/test/working-time.test.ts'],
  },
  forms: {
    mutate: ['packages/core/src/forms/*.ts', '!packages/core/src/forms/index.ts'],
    testFiles: ['packages/core/test/forms*.test.ts', 'packages/core/test/accept.test.ts'],
  },
  server: {
    mutate: ['packages/server/src/http/idempotency.ts', 'packages/server/src/http/rate-limit.ts', 'packages/server/src/domain/case-number.ts'],
    testFiles: ['packages/server/test/request-hash.test.ts', 'packages/server/test/idempotency-window.test.ts', 'packages/server/test/rate-limit.test.ts', 'packages/server/test/submission-limits.test.ts', 'packages/server/test/idempotency-rate-edges.test.ts'],
  },
};

const name = process.env.ZWFW_MUTATION_SCOPE ?? 'validators';
const scope = scopes[name];
if (!scope) throw new Error(`unknown mutation scope ${name}; one of ${Object.keys(scopes).join(', ')}`);

// A ZWFW_MUTATE run covers only some files: it reports beside the scope's report (scripts/mutation.mjs takes
// each file from its newest report), named after its files so runs of different files do not overwrite each other.
const partial = process.env.ZWFW_MUTATE?.split(',').map((f) => f.replace(/^.*\//, '').replace(/\.ts$/, '')).join('+');
const report = partial ? `${name}.partial-${partial}` : name;

// One fast-check seed for every test process of a run (inherited by them), so a rerun judges mutants alike.
process.env.FC_SEED ??= '1204';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  // A test file run directly (not under --test) stays in one process, so the runner's hook sees its coverage.
  tap: { testFiles: scope.testFiles, nodeArgs: ['--import', 'tsx', '--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'], forceBail: true },
  coverageAnalysis: 'perTest',
  mutate: process.env.ZWFW_MUTATE ? process.env.ZWFW_MUTATE.split(',') : scope.mutate,
  // Two cores shared with other work: one mutant at a time unless asked otherwise.
  concurrency: Number(process.env.ZWFW_MUTATION_CONCURRENCY ?? 1),
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  // Reruns test only the mutants whose code or covering tests changed (delete the file for a full run).
  incremental: true,
  incrementalFile: `reports/mutation/${report}.incremental.json`,
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['.stryker-tmp', 'packages/elements', 'packages/sdk', 'packages/search/test', 'docs', 'storybook-static', 'coverage', '.data', 'reports', 'bench', 'packages/server/public'],
  timeoutMS: 20000,
  tempDirName: `.stryker-tmp/${report}`,
  cleanTempDir: true,
};
