import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openPostgres, wrapPglite } from '../../db/database';
import { databaseUrlFor, templateDatabaseName } from './database-names';

/**
 * Migrates one template database before the test files run; each file then
 * starts from a copy of it (see database-per-file.ts). Migrating once costs
 * seconds, a copy well under one.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const template = templateDatabaseName();
    await admin.unsafe(`drop database if exists "${template}"`);
    await admin.unsafe(`create database "${template}"`);
    const handle = openPostgres(databaseUrlFor(url, template), 1);
    await handle.migrate();
    await handle.close();
    project.provide('databaseTemplate', { driver: 'postgres', name: template });
    return async () => {
      await admin.unsafe(`drop database if exists "${template}"`);
      await admin.end();
    };
  }

  const client = await PGlite.create();
  const handle = wrapPglite(client, 'test template');
  await handle.migrate();
  const dump = await client.dumpDataDir('none');
  await handle.close();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-test-'));
  const file = path.join(folder, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('databaseTemplate', { driver: 'pglite', name: file });
  return () => fs.rmSync(folder, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: { driver: 'pglite' | 'postgres'; name: string };
  }
}
