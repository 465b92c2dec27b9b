import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded files live. Keys are server-made (`[A-Za-z0-9/_-]`), never derived from a client's file
 * name. Implementations: the filesystem below; an S3-compatible one fits the same three calls (put = a
 * streamed PutObject, which is all-or-nothing like the rename here).
 */
export interface FileStorage {
  /** Stores the whole stream under `key`, or nothing if the stream fails (no half files). */
  put(key: string, content: Readable | Uint8Array): Promise<void>;
  /** The stored bytes, or undefined when there is no such file. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

function checkKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`Invalid storage key: ${key.slice(0, 80)}`);
  return key;
}

/** Files under `dir` (created on first write). A temporary name is renamed into place once complete. */
export function createFsStorage(dir: string): FileStorage {
  const pathOf = (key: string) => join(dir, checkKey(key));
  return {
    async put(key, content) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.${randomUUID()}.part`;
      try {
        if (content instanceof Uint8Array) await pipeline([content], createWriteStream(temp, { flags: 'wx' }));
        else await pipeline(content, createWriteStream(temp, { flags: 'wx' }));
        await rename(temp, target);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },
    async get(key) {
      const stream = createReadStream(pathOf(key));
      return new Promise((resolve, reject) => {
        stream.once('open', () => resolve(stream));
        stream.once('error', (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? resolve(undefined) : reject(err)));
      });
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
