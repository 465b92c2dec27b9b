import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * One process per embedded data folder. PGlite keeps the whole database in its own memory and writes files
 * back as it goes; a second process opening the same folder (`zwfw keys create` while `npm start` runs) sees
 * a stale copy, and the two write over each other's files. A lock file beside the folder (`<dir>.lock`, not
 * inside it: the folder belongs to PostgreSQL) makes the second open fail with a message instead.
 */
export interface DataDirHolder {
  pid: number;
  /** What the holding process was started as, e.g. `zwfw serve`. */
  command: string;
  /** Where the holding server listens, once it does. */
  url?: string;
}

/** Thrown when another live process holds the folder. */
export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly holder: DataDirHolder) {
    const who = holder.url ? `the zwfw server at ${holder.url} (process ${holder.pid})` : `process ${holder.pid} (${holder.command})`;
    super(
      `the embedded database in ${dataDir} is in use by ${who}. PGlite allows one process per data folder, so this ` +
      'command did not open it (two processes would corrupt it). Stop the server (Ctrl+C where it runs), run the ' +
      'command, then start the server again; or give both a PostgreSQL database (DATABASE_URL).',
    );
    this.name = 'DataDirBusyError';
  }
}

const lockPath = (dataDir: string) => `${resolve(dataDir)}.lock`;

function readHolder(path: string): DataDirHolder | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value === 'object' && value !== null && Number.isInteger((value as DataDirHolder).pid)) return value as DataDirHolder;
  } catch {
    // Unreadable or half-written: treated as no holder (the lock is taken again below).
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock or throws DataDirBusyError; a lock left by a process that died is taken over.
 * Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = lockPath(dataDir);
  const holder: DataDirHolder = { pid: process.pid, command: commandLine() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(holder), { flag: 'wx' });
      return () => {
        if (readHolder(path)?.pid === process.pid) unlinkSync(path);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const current = readHolder(path);
      // The same process counts as busy too: two PGlite instances on one folder clash just the same.
      if (current !== undefined && isAlive(current.pid)) throw new DataDirBusyError(dataDir, current);
      unlinkSync(path);
    }
  }
  throw new Error(`could not take the lock ${path}: another process keeps taking it`);
}

/** Records where this process's server listens in the folder's lock, so a refused command names it. */
export function noteDataDirUrl(dataDir: string, url: string): void {
  const path = lockPath(dataDir);
  const holder = readHolder(path);
  if (holder?.pid === process.pid) writeFileSync(path, JSON.stringify({ ...holder, url }));
}

function commandLine(): string {
  const args = process.argv.slice(2);
  return ['zwfw', ...args].join(' ').slice(0, 200);
}
