import type { Db } from './database';

/** Case-insensitive substring match with JavaScript's Unicode case folding (SQLite's LIKE folds ASCII only). */
export function containsIgnoringCase(haystack: unknown, needle: string): boolean {
  return typeof haystack === 'string' && haystack.toLowerCase().includes(needle.toLowerCase());
}

const registered = new WeakSet<Db>();

export function withTextSearch(db: Db): Db {
  if (!registered.has(db)) {
    db.function('icontains', { deterministic: true }, (haystack: unknown, needle: unknown) =>
      containsIgnoringCase(haystack, String(needle)) ? 1 : 0,
    );
    registered.add(db);
  }
  return db;
}
