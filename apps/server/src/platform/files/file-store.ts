import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live. The local-disk store is the default; an object store can implement
 * the same interface later. Keys are random names chosen by the platform, never by users.
 */
export interface FileStore {
  /** Stores bytes under a new random key and returns that key. */
  put(content: Buffer): Promise<string>;
  /** Opens a stored file for reading; throws when the key is unknown. */
  open(key: string): Promise<Readable>;
  /** Removes a stored file (used only to undo a failed upload). */
  remove(key: string): Promise<void>;
}
