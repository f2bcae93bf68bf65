import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { openPostgres, wrapPglite, type DatabaseHandle } from '../../db/database';
import { setDatabaseHandle } from '../../db/global';
import { databaseUrlFor, uniqueTestDatabaseName } from './database-names';

// Each test file works on its own copy of the migrated template database.
let handle: DatabaseHandle | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const template = inject('databaseTemplate');
  if (template.driver === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const name = uniqueTestDatabaseName();
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${template.name}"`);
    handle = openPostgres(databaseUrlFor(url, name), 5);
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}"`);
      await admin.end();
    };
  } else {
    const dump = new Blob([fs.readFileSync(template.name)]);
    handle = wrapPglite(await PGlite.create({ loadDataDir: dump }), 'test database');
  }
  setDatabaseHandle(handle);
});

afterAll(async () => {
  setDatabaseHandle(undefined);
  await handle?.close();
  await dropDatabase?.();
});
