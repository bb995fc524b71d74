import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStore } from './file-store.js';

const KEY = /^[0-9a-f]{32}$/;

/** The error for a key that is malformed or names no stored file. */
export class StoredFileNotFoundError extends Error {
  readonly code = 'ENOENT';
  constructor() {
    super('stored file not found');
  }
}

/**
 * Attachments on the local disk, outside any static root (security.md 14): each file is named by
 * 128 random bits and fanned out into two directory levels (`ab/cd/abcd…`) so no directory grows
 * huge. Bytes are written to a temporary file, fsynced and renamed into place, so a crash never
 * leaves a half-written attachment under a real key.
 */
export class LocalDiskFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  /** Stores bytes under a new random key and returns the key. */
  async put(content: Buffer): Promise<string> {
    const key = randomBytes(16).toString('hex');
    const target = this.pathOf(key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fsp.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await fsp.rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await fsp.rename(temp, target);
    await syncDirectory(path.dirname(target));
    return key;
  }

  /** Opens a stored file; the key is checked before the disk is touched. */
  async open(key: string): Promise<Readable> {
    if (!KEY.test(key)) throw new StoredFileNotFoundError();
    try {
      const handle = await fsp.open(this.pathOf(key), 'r');
      return handle.createReadStream(); // closes the handle when the stream ends or is destroyed
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileNotFoundError();
      throw error;
    }
  }

  /** Removes a stored file; an unknown or malformed key is a no-op. */
  async remove(key: string): Promise<void> {
    if (!KEY.test(key)) return;
    await fsp.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key.slice(2, 4), key);
  }
}

/** Makes a rename durable; some platforms cannot fsync a directory, which is not fatal there. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows refuses to open directories; the file itself was already fsynced.
  } finally {
    await handle?.close();
  }
}
