import type { Database, DatabaseHandle } from './database';

// The server, the Remix build and the test set-up are separate bundles that
// must share one open database: the handle lives on globalThis under a
// registered symbol rather than in a module variable.
const key = Symbol.for('polku.database');
type Holder = { [key]?: DatabaseHandle };

export function setDatabaseHandle(handle: DatabaseHandle | undefined): void {
  (globalThis as Holder)[key] = handle;
}

export function getDatabaseHandle(): DatabaseHandle {
  const handle = (globalThis as Holder)[key];
  if (!handle) throw new Error('The database has not been opened (see server/index.ts).');
  return handle;
}

export function db(): Database {
  return getDatabaseHandle().db;
}
