/**
 * Import this module first on pages with a strict Content-Security-Policy or Trusted Types:
 * `import '@zwfw/sdk/strict-csp';` before anything that imports `@zwfw/sdk` or `@zwfw/core`.
 *
 * zod probes `new Function` to JIT-compile object parsers when a schema is *constructed*, that is when
 * `@zwfw/core` is imported. Without `'unsafe-eval'` the probe fails harmlessly but files a CSP violation
 * report each time. Running jitless avoids the probe; our payloads are small, so nothing measurable is lost.
 * The CDN files (`zwfw-sdk.js`, `zwfw-elements.js`) start with this module. This is the package's only side
 * effect, and it happens only where this file is imported.
 * @packageDocumentation
 */
import { config } from 'zod/mini';

config({ jitless: true });
