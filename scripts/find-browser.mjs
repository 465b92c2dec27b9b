// Finds a Chromium-family browser for the browser tests and end-to-end journeys.
// Order: CHROME_PATH, then an installed Chrome/Chromium on PATH; on a Debian machine as root with none
// installed, installs Debian's `chromium` package (saying so); anywhere else, fails naming what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function isDebianRoot() {
  return process.platform === 'linux' && existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

export class BrowserNotFoundError extends Error {}

/** @returns {string} absolute path of a Chromium-family executable */
export function findBrowser({ install = true, log = console.error } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserNotFoundError(`CHROME_PATH is set to ${fromEnv}, but no file is there. Point it at a Chrome or Chromium executable, or unset it.`);
    return fromEnv;
  }
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  if (install && isDebianRoot()) {
    log('[zwfw] No Chrome or Chromium found: installing Debian\'s "chromium" package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const found = onPath('chromium');
    if (found) return found;
  }
  const os = existsSync('/etc/os-release') ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : process.platform;
  throw new BrowserNotFoundError(
    `No Chrome or Chromium found on ${os ?? process.platform}. Install one (Debian/Ubuntu: "apt-get install chromium"; ` +
      'macOS: install Google Chrome) or set CHROME_PATH to its executable, then run the tests again.',
  );
}

/** Flags every headless launch needs here: root needs --no-sandbox, and the closed network needs the rest. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
