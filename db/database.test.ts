import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseConfigFromEnv } from './database';

describe('choosing the database', () => {
  it('uses embedded PGlite in .data/ when DATABASE_URL is not set', () => {
    expect(databaseConfigFromEnv({})).toEqual({
      driver: 'pglite',
      dataDir: path.resolve('.data/pglite'),
    });
    expect(databaseConfigFromEnv({ DATABASE_URL: '  ', POLKU_DATA_DIR: '/tmp/x' })).toEqual({
      driver: 'pglite',
      dataDir: '/tmp/x',
    });
  });

  it('uses PostgreSQL through postgres.js when DATABASE_URL is set', () => {
    expect(
      databaseConfigFromEnv({
        DATABASE_URL: 'postgres://u:p@db:5432/polku',
        DATABASE_POOL_SIZE: '20',
      }),
    ).toEqual({
      driver: 'postgres',
      url: 'postgres://u:p@db:5432/polku',
      poolSize: 20,
      preparedStatements: true,
    });
  });

  it('turns named statements off for a pooler in transaction mode', () => {
    expect(
      databaseConfigFromEnv({
        DATABASE_URL: 'postgres://u:p@db:5432/polku',
        DATABASE_PREPARED_STATEMENTS: '0',
      }),
    ).toMatchObject({ driver: 'postgres', preparedStatements: false });
  });
});
