// The app's way to the open database. The server (or the test set-up) opens it;
// see db/global.ts for why the handle is shared through globalThis.
export { db, getDatabaseHandle } from '#db/global';
export type { Database, Executor, Transaction } from '#db/database';
export * as schema from '#db/schema';
