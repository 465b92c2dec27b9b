import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.mjs';

export default {
  files: ['packages/elements/test/**/*.test.ts', 'packages/sdk/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './packages/elements/tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
