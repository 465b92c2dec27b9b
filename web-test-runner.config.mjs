import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.mjs';
import { freePort, referenceServerMiddleware, startReferenceServer } from './scripts/wtr-reference-server.mjs';

// Elements are tested against the real reference server (see scripts/wtr-reference-server.mjs), from a page
// on its own origin, as a district site would embed them.
const port = await freePort();
const cdpSessions = new Map();
const api = await startReferenceServer([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts', 'packages/sdk/test/browser/**/*.test.ts'],
  hostname: '127.0.0.1',
  port,
  nodeResolve: { exportConditions: ['production', 'browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [referenceServerMiddleware(api)],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './packages/elements/tsconfig.json', target: 'es2022' }),
    { name: 'zwfw-reference-server', serverStop: () => api.close() },
    // Media features through the DevTools protocol: puppeteer's emulateMediaFeatures refuses forced-colors.
    {
      name: 'zwfw-media-features',
      async executeCommand({ command, payload, session }) {
        if (command !== 'zwfw-media-features') return undefined;
        // The emulation lasts as long as the DevTools session that set it, so each test page keeps its own.
        let cdp = cdpSessions.get(session.id);
        if (!cdp) cdpSessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
