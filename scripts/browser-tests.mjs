// Runs the browser tests (web-test-runner in real Chromium). Finds or installs the browser first, so that a
// missing browser fails with an instruction rather than a stack trace.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

try {
  process.env.CHROME_PATH = findBrowser();
} catch (e) {
  console.error(`[zwfw] ${e.message}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(r.status ?? 1);
