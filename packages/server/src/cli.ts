#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPartner, createPartnerKey, DEMO_PUBLISHABLE_KEY, KEY_KINDS, type KeyKind, type PartnerBranch } from './auth/keys.js';
import { loadConfig } from './config.js';
import { migrate } from './db/migrate.js';
import { openDb } from './db/open.js';
import type { Db } from './db/types.js';
import { CODE_LIST_VARIANTS, type CodeListVariant, type Matter } from '@zwfw/core';
import { importCatalogue } from './importer/index.js';
import { startServer } from './main.js';
import { saveCatalogue } from './repo/catalogue-write.js';
import { seed } from './seed/seed.js';

const USAGE = `zwfw — reference one-network server

  zwfw serve                                   start the HTTP server (PORT, HOST, DATABASE_URL, ZWFW_DATA_DIR)
  zwfw migrate                                 apply database migrations
  zwfw seed [--force]                          load the sample catalogue, demo key and reason list
  zwfw keys create --origin URL [--origin URL…] [--name NAME] [--partner ID] [--kind website|counter]
                                               create a publishable key bound to origins (a partner's
                                               counter key may submit 帮办代办 applications)
  zwfw partners create --id ID --name NAME [--branch ID=NAME…]
                                               create or update a partner (a bank) and its branches
  zwfw import <dir> [--variant national|guangdong]
                                               import a catalogue in the national exchange format
`;


const isVariant = (v: string): v is CodeListVariant => (CODE_LIST_VARIANTS as readonly string[]).includes(v);

// `zwfw import <dir>`: the importer (src/importer) reads the national exchange format and hands each valid
// matter to a sink; the sink collects them and saveCatalogue writes them in one transaction (which also bumps
// the catalogue version, so ETags and the search index follow). Rejected rows are reported, not fatal.
async function importCommand(args: string[], db: Db): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { variant: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) {
    process.stderr.write(`usage: zwfw import <dir> [--variant ${CODE_LIST_VARIANTS.join('|')}]\n`);
    return 2;
  }
  const variant = values.variant;
  if (variant !== undefined && !isVariant(variant)) {
    process.stderr.write(`zwfw import: unknown --variant "${variant}"; expected one of ${CODE_LIST_VARIANTS.join(', ')}\n`);
    return 2;
  }
  const matters: Matter[] = [];
  const report = await importCatalogue(dir, { upsertMatter: async (m) => void matters.push(m) }, {
    ...(variant !== undefined ? { variant } : {}),
  });
  if (matters.length > 0) await saveCatalogue(db, { matters });
  process.stdout.write(`${JSON.stringify({ loaded: report.loaded, rows: report.rows, rejected: report.rejected, skipped: report.skipped, refused: report.refused }, null, 2)}\n`);
  process.stderr.write(`imported ${report.loaded} matters, rejected ${report.rejected.length} rows, refused ${report.refused.length} values\n`);
  return report.loaded === 0 && report.rejected.length > 0 ? 1 : 0;
}

async function withDb<T>(fn: (db: Db) => Promise<T>, migrateFirst = true): Promise<T> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (migrateFirst) await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Runs the CLI; returns the exit code (except `serve`, which keeps running). */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
    case undefined: {
      const server = await startServer();
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stderr.write(`[zwfw] listening on ${server.url} (demo key ${DEMO_PUBLISHABLE_KEY})\n`);
      return -1;
    }
    case 'migrate':
      return withDb(async (db) => {
        const applied = await migrate(db);
        process.stdout.write(applied.length ? `applied migrations ${applied.join(', ')}\n` : 'database is up to date\n');
        return 0;
      }, false);
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { force: { type: 'boolean' } } });
      return withDb(async (db) => {
        const r = await seed(db, { force: values.force === true, reasonsFile: loadConfig().evaluationReasonsFile });
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return 0;
      });
    }
    case 'keys': {
      const [sub, ...args] = rest;
      if (sub !== 'create') break;
      const { values } = parseArgs({
        args,
        options: { origin: { type: 'string', multiple: true }, name: { type: 'string' }, partner: { type: 'string' }, kind: { type: 'string' } },
      });
      const origins = values.origin ?? [];
      if (origins.length === 0) {
        process.stderr.write('zwfw keys create needs at least one --origin https://site.example\n');
        return 2;
      }
      const kind = values.kind ?? 'website';
      if (!(KEY_KINDS as readonly string[]).includes(kind)) {
        process.stderr.write(`zwfw keys create: --kind is ${KEY_KINDS.join(' or ')}, not ${kind}\n`);
        return 2;
      }
      return withDb(async (db) => {
        const key = await createPartnerKey(db, {
          name: values.name ?? origins[0] ?? 'partner', origins, kind: kind as KeyKind,
          ...(values.partner !== undefined ? { partnerId: values.partner } : {}),
        });
        process.stdout.write(`${key.key}\n`);
        process.stderr.write(`publishable key for ${key.origins.join(', ')} (send it as X-Zwfw-Key)\n`);
        return 0;
      });
    }
    case 'partners': {
      const [sub, ...args] = rest;
      if (sub !== 'create') break;
      const { values } = parseArgs({ args, options: { id: { type: 'string' }, name: { type: 'string' }, branch: { type: 'string', multiple: true } } });
      if (!values.id || !values.name) {
        process.stderr.write('zwfw partners create needs --id ID and --name NAME\n');
        return 2;
      }
      const branches: PartnerBranch[] = [];
      for (const b of values.branch ?? []) {
        const [id, ...name] = b.split('=');
        if (!id || name.length === 0) {
          process.stderr.write(`zwfw partners create: --branch is ID=NAME, not ${b}\n`);
          return 2;
        }
        branches.push({ id, name: name.join('=') });
      }
      const { id, name } = values;
      return withDb(async (db) => {
        await createPartner(db, { id, name, branches });
        process.stdout.write(`${id}\n`);
        return 0;
      });
    }
    case 'import':
      return withDb((db) => importCommand(rest, db));
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      break;
  }
  process.stderr.write(USAGE);
  return 2;
}

// npm links the `zwfw` bin as a symlink (node_modules/.bin/zwfw), so compare real paths, not names.
function isMainModule(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs the CLI as a process: sets the exit code, prints a failure as one line. Used by bin/zwfw.js too. */
export function main(argv: string[]): Promise<void> {
  return runCli(argv).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`zwfw: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

if (isMainModule()) void main(process.argv.slice(2));
