import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireFolderLock } from './folder-lock';
import * as schema from './schema';

/**
 * Both drivers expose the same drizzle query API. The PGlite database is typed
 * as the postgres.js one so that every module is written once for both.
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export type Driver = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  driver: Driver;
  /** Where the data is, for start-up messages (never includes a password). */
  description: string;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Resolved from the working folder: this module is bundled into several
// builds (app, server, scripts), so its own location says nothing reliable.
export const migrationsFolder = path.resolve('db/migrations');

export type DatabaseConfig =
  | { driver: 'postgres'; url: string; poolSize: number; preparedStatements: boolean }
  | { driver: 'pglite'; dataDir: string };

export const defaultDataDir = '.data/pglite';

/** DATABASE_URL selects a PostgreSQL server; without it Polku runs on embedded PGlite. */
export function databaseConfigFromEnv(
  env: Record<string, string | undefined> = process.env,
): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    return {
      driver: 'postgres',
      url,
      poolSize: Number(env.DATABASE_POOL_SIZE) || 10,
      // Off for a pooler in transaction mode, which cannot keep a connection's statements.
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS !== '0',
    };
  }
  return { driver: 'pglite', dataDir: path.resolve(env.POLKU_DATA_DIR || defaultDataDir) };
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.driver === 'postgres'
    ? openPostgres(config.url, config.poolSize, config.preparedStatements)
    : openPgliteFolder(config.dataDir);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? '***' : '';
    return parsed.toString();
  } catch {
    return 'postgres (unparseable DATABASE_URL)';
  }
}

/**
 * drizzle asks postgres.js for an unnamed statement on every query, which
 * costs two round trips when the query has parameters (describe, then
 * execute) and a parse and plan each time. A page of the people list sends
 * several such queries. Named statements are parsed once per connection and
 * then sent in one round trip; the SQL of our queries is a fixed set of
 * shapes, so the per-connection cache stays small (postgres.js also closes
 * connections after 30–60 minutes). See docs/decisions/0010-prepared-statements.md.
 */
function reuseStatements(client: postgres.Sql) {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((
    query: string,
    parameters?: postgres.ParameterOrJSON<never>[],
    options?: postgres.UnsafeQueryOptions,
  ) => unsafe(query, parameters, { ...options, prepare: true })) as typeof client.unsafe;
}

export function openPostgres(
  url: string,
  poolSize = 10,
  preparedStatements = true,
): DatabaseHandle {
  const client = postgres(url, { max: poolSize, onnotice: () => {} });
  if (preparedStatements) reuseStatements(client);
  const db = drizzlePostgres(client, { schema });
  return {
    db,
    driver: 'postgres',
    description: `PostgreSQL at ${redactUrl(url)}`,
    async migrate() {
      // Several app instances may start at once against one server: an
      // advisory lock on a dedicated connection lets exactly one migrate.
      const lockClient = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockClient`select pg_advisory_lock(hashtext('polku.migrations'))`;
        await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder });
        await lockClient`select pg_advisory_unlock(hashtext('polku.migrations'))`;
      } finally {
        await lockClient.end();
      }
    },
    async ping() {
      await client`select 1`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/** Wraps an open PGlite instance; `release` runs after it closes. */
export function wrapPglite(
  client: PGlite,
  description: string,
  release: () => void = () => {},
): DatabaseHandle {
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    description,
    async migrate() {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPgliteFolder(dataDir: string): Promise<DatabaseHandle> {
  // PGlite does not create missing parent folders, and has no lock of its own
  // between processes: a second process would silently lose its writes.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const releaseLock = acquireFolderLock(`${dataDir}.lock`, dataDir);
  try {
    const client = await PGlite.create(dataDir);
    return wrapPglite(
      client,
      `embedded PGlite in ${path.relative(process.cwd(), dataDir)}`,
      releaseLock,
    );
  } catch (error) {
    releaseLock();
    throw error;
  }
}
