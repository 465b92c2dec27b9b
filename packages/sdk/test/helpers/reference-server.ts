// Starts the reference server in-process on 127.0.0.1:0 with an in-memory PGlite database, seeded with the
// sample catalogue and the demo publishable key. Real HTTP, real database: no fetch mocks.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ORIGINS, DEMO_PUBLISHABLE_KEY, loadConfig, startServer, type RunningServer, type ServerConfig } from '@zwfw/server';

export interface ReferenceServer {
  url: string;
  key: string;
  origin: string;
  adminToken: string;
  server: RunningServer;
  close(): Promise<void>;
}

export async function startReferenceServer(overrides: Partial<ServerConfig> = {}): Promise<ReferenceServer> {
  const adminToken = 'adm_test_token_0123456789abcdef';
  // Uploaded files go to a temporary folder, not the working directory's .data/.
  const uploads = { ...loadConfig({}).uploads, dir: await mkdtemp(join(tmpdir(), 'zwfw-sdk-uploads-')) };
  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: 'memory://',
      adminToken,
      adminTokenGenerated: false,
      logLevel: 'silent',
      // Always revalidate catalogue reads, so the tests see the If-None-Match → 304 round trip.
      catalogueMaxAge: 0,
      // The fault-injection test reads progress for every case it created.
      caseLookupLimit: { max: 100_000, windowSeconds: 60 },
      uploads,
      ...overrides,
    },
  );
  const server = await startServer(config);
  return {
    url: server.url.endsWith('/') ? server.url : `${server.url}/`,
    key: DEMO_PUBLISHABLE_KEY,
    origin: DEMO_ORIGINS[0],
    adminToken,
    server,
    close: () => server.close(),
  };
}
