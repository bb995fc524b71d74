import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new ingestion key for a station: `<code>.<48 random base64url characters>`. */
export function newStationKey(code: string): string {
  return `${code}.${randomBytes(36).toString('base64url')}`;
}

/** What is stored of a key: its sha256, hex. */
export function stationKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The station code a presented key claims, or null when it has no code part. */
export function codeOfKey(key: string): string | null {
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : null;
}

/** Compares a presented key with a stored hash in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const presented = Buffer.from(stationKeyHash(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerKey(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_.-]{10,200})$/.exec(header ?? '');
  return match ? match[1]! : null;
}
