import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loader as healthz } from '~/routes/healthz';
import { openDatabase, type DatabaseHandle } from './database';
import { FolderLockedError } from './folder-lock';
import { getDatabaseHandle, setDatabaseHandle } from './global';
import { users } from './schema';

function rowsOf(result: unknown): Record<string, unknown>[] {
  // postgres.js answers with an array of rows, PGlite with { rows }.
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

describe('the database module', () => {
  it('runs on the driver DATABASE_URL selects', () => {
    expect(getDatabaseHandle().driver).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('has applied every migration: all tables exist', async () => {
    const result = await getDatabaseHandle().db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rowsOf(result).map((row) => row.table_name)).toEqual([
      'activity_log',
      'auth_sessions',
      'coaching_session_revisions',
      'coaching_sessions',
      'funding_calls',
      'insight_people',
      'insight_sessions',
      'insight_status_changes',
      'insights',
      'offerings',
      'path_enrollments',
      'path_stages',
      'people',
      'person_legal_bases',
      'person_notes',
      'person_segments',
      'segment_funding_calls',
      'segment_offerings',
      'segment_team_members',
      'segments',
      'service_paths',
      'sign_in_attempts',
      'stage_changes',
      'user_passwords',
      'users',
    ]);
  });

  it('applying the migrations again changes nothing', async () => {
    await expect(getDatabaseHandle().migrate()).resolves.toBeUndefined();
  });

  it('the health check answers 503 when the database cannot be reached', async () => {
    const working = getDatabaseHandle();
    const unreachable: DatabaseHandle = {
      ...working,
      ping: () => Promise.reject(new Error('connection refused')),
    };
    setDatabaseHandle(unreachable);
    try {
      const response = await healthz();
      expect(response.status).toBe(503);
    } finally {
      setDatabaseHandle(working);
    }
  });
});

describe('the embedded database in a folder', () => {
  it('keeps its data across a restart, and refuses a second process while open', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-db-'));
    const dataDir = path.join(folder, 'nested', 'pglite');
    const first = await openDatabase({ driver: 'pglite', dataDir });
    await first.migrate();
    await first.db
      .insert(users)
      .values({ email: 'kept@test.example', name: 'Kept', role: 'admin' });

    // Pretend the lock belongs to another live process (this test runner's parent).
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    await expect(openDatabase({ driver: 'pglite', dataDir })).rejects.toThrow(FolderLockedError);
    fs.writeFileSync(`${dataDir}.lock`, String(process.pid));
    await first.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    const reopened = await openDatabase({ driver: 'pglite', dataDir });
    const rows = await reopened.db.select({ email: users.email }).from(users);
    expect(rows).toEqual([{ email: 'kept@test.example' }]);
    await reopened.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
