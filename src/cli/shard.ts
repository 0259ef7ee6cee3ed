// `--shard I/N`: which pages this run takes. Each page has a key that does not depend on the machine (an
// archive record's WARC-Record-ID, a file's path below the PATH it was found in, a URL); the first 32 bits
// of the key's SHA-256, modulo N, name its shard. N runs with the same inputs and shards 0..N-1 therefore
// cover every page exactly once, whatever order or machine they run in.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return `expected I/N (e.g. 0/4), got "${text}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) return `N must be at least 1, got ${count}`;
  if (index >= count) return `I counts from 0 and must be below N, got ${index}/${count}`;
  return { index, count };
}

export function shardOf(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

export const inShard = (key: string, shard: Shard | undefined): boolean => !shard || shard.count === 1 || shardOf(key, shard.count) === shard.index;
