/**
 * @zwfw/server: the reference one-network API (Fastify 5) on PostgreSQL, embedded PGlite by default.
 * @packageDocumentation
 */
export { createServer, SERVER_VERSION, type CreateServerOptions } from './server.js';
export { loadConfig, type ServerConfig } from './config.js';
export { openDb, DEFAULT_DATA_DIR, type OpenDbOptions } from './db/open.js';
export { migrate } from './db/migrate.js';
export { MIGRATIONS, type Migration } from './db/migrations/index.js';
export type { Db, Queryable, Row } from './db/types.js';
export { seed, type SeedResult } from './seed/seed.js';
export { exampleCatalogue } from './seed/catalogue-source.js';
export { saveCatalogue, bumpCatalogueVersion, catalogueVersion, type CatalogueData, type CatalogueWriteResult } from './repo/catalogue-write.js';
export { createCatalogueCache, type CatalogueCache, type CatalogueCacheStats } from './catalogue-cache/index.js';
export {
  createPartner, createPartnerKey, findPartner, listenOrigins, DEMO_PUBLISHABLE_KEY, DEMO_ORIGINS, DEMO_PARTNER,
  DEMO_COUNTER_KEY, KEY_KINDS, type KeyKind, type Partner, type PartnerBranch, type PartnerKey,
} from './auth/keys.js';
export { startServer, type RunningServer, type StartServerOptions } from './main.js';
