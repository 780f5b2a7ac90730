/**
 * One entry point from a configured store URL to a Store, so the server and CLI take a single
 * `--store` / env setting and never pick an implementation themselves.
 */
import { closeSync, openSync } from 'node:fs';
import { SealmatchError } from '../errors.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Any `scheme://`; a bare path must not look like a URL of some other store. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The database file a SQLite store URL names (`sqlite:PATH` or a bare `PATH.db`); undefined for
 * `sqlite::memory:`, SQLite `file:` URIs and every other store.
 */
export function sqliteStorePath(url: string): string | undefined {
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url.endsWith('.db') && !URL_SCHEME.test(url) ? url : undefined;
  return path && path !== ':memory:' && !path.startsWith('file:') ? path : undefined;
}

/** A new database file is created 0600 before SQLite opens it (SQLite's WAL files take its mode). */
function openSqlite(path: string): SqliteStore {
  if (path !== ':memory:' && !path.startsWith('file:')) {
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new SealmatchError('E_STORE', `cannot create ${path}`, undefined, { cause: e });
    }
  }
  return new SqliteStore(path);
}

/**
 * Opens (creating if needed) the store named by `url`:
 * - `sqlite::memory:` (throwaway), `sqlite:PATH`, or a bare path ending in `.db` -> SqliteStore;
 * - `postgres://...` or `postgresql://...` (optionally `?schema=NAME`) -> PostgresStore.
 * Anything else is E_INVALID_ARGUMENT; a store that cannot be opened is E_STORE.
 * @example const store = await openStore('sqlite:/var/lib/sealmatch/matcher.db');
 */
export async function openStore(url: string): Promise<Store> {
  if (typeof url !== 'string' || url.length === 0) {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'store URL must be a non-empty string');
  }
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'sqlite: store URL needs a path or :memory:');
    return openSqlite(path);
  }
  if (/^postgres(ql)?:\/\//i.test(url)) return PostgresStore.open(url);
  if (url.endsWith('.db') && !URL_SCHEME.test(url)) return openSqlite(url);
  // Only the scheme is echoed: the rest of a URL may carry credentials.
  const scheme = URL_SCHEME.exec(url)?.[0] ?? url.match(/^[a-z][a-z0-9+.-]*:/i)?.[0];
  throw new SealmatchError(
    'E_INVALID_ARGUMENT',
    `unsupported store URL${scheme ? ` scheme ${scheme}` : ''}: use sqlite::memory:, sqlite:PATH, PATH.db or postgres://...`,
  );
}
