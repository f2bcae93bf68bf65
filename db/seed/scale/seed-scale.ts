import { drizzle } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import { openPostgres } from '../../database';
import * as schema from '../../schema';
import { benchEmails, benchPassword } from './bench-accounts';
import { dropIndexesAndKeys, restoreIndexesAndKeys } from './bulk-load';
import { insertEnrollments, insertStageChanges } from './insert-paths';
import { insertLegalBases, insertPeople, insertPersonSegments } from './insert-people';
import { insertSessions, updateLastContact } from './insert-sessions';
import { startProgress } from './progress';
import { findExistingData, resetScaleData } from './scale-reset';
import { checkSizes, type ScaleSizes } from './scale-sizes';
import { createScaleWorld } from './scale-world';

/** A reason not to run that the person at the keyboard can act on. */
export class ScaleSeedRefusal extends Error {}

export interface ScaleSeedOptions {
  url: string;
  sizes: ScaleSizes;
  /** Empty the client tables (and a previous scale seed's staff) first. */
  reset: boolean;
  log: (line: string) => void;
}

/**
 * Settings of the transaction; none needs a superuser. The commit need not
 * wait for the disk (a crash would lose the seed, not corrupt anything); index
 * builds, the foreign-key checks and the GROUP BY of the last contacts get
 * memory enough to sort and hash in one pass.
 */
async function bulkSettings(sql: Sql): Promise<void> {
  await sql`set local synchronous_commit = off`;
  await sql`set local maintenance_work_mem = '512MB'`;
  await sql`set local work_mem = '256MB'`;
}

/**
 * Runs `work` in one transaction on the client's single connection. Not
 * `sql.begin()`: drizzle (for the factories) needs the client itself, and its
 * queries must be part of the same transaction.
 */
async function inOneTransaction(sql: Sql, work: () => Promise<void>): Promise<void> {
  await sql`begin`;
  try {
    await work();
    await sql`commit`;
  } catch (error) {
    await sql`rollback`.catch(() => {});
    throw error;
  }
}

/** The tables filled in bulk, without their indexes and keys until the end. */
const bulkTables = [
  'people',
  'person_segments',
  'person_legal_bases',
  'path_enrollments',
  'stage_changes',
  'coaching_sessions',
];

/** Every table the seed writes: vacuumed and counted at the end. */
const tableCounts = ['users', 'segments', 'service_paths', 'path_stages', ...bulkTables];

/**
 * Fills a PostgreSQL database with a large, realistic data set for the
 * benchmark (docs/benchmarks/people-and-sessions.md). The big tables are
 * generated inside PostgreSQL (see docs/decisions/0008-scale-seed-and-benchmark.md).
 * Everything after the migrations is one transaction: a failed or interrupted
 * run leaves the database as it was, indexes and all.
 */
export async function seedScale({ url, sizes, reset, log }: ScaleSeedOptions): Promise<void> {
  checkSizes(sizes);
  const progress = startProgress(log);
  const handle = openPostgres(url, 1);
  const sql = postgres(url, {
    max: 1,
    onnotice: (notice) => {
      // TRUNCATE … CASCADE names every further table it empties.
      if (notice.message?.startsWith('truncate cascades')) log(`  ${notice.message}`);
    },
  });
  try {
    log(`Scale seed into ${handle.description}`);
    await progress.phase('migrations', () => handle.migrate());

    const existing = await findExistingData(sql);
    const hasData = existing.people + existing.benchStaff + existing.benchSegments > 0;
    if (hasData && !reset) {
      throw new ScaleSeedRefusal(
        `The database already has ${existing.people} people, ${existing.benchStaff} bench staff ` +
          `and ${existing.benchSegments} bench segments. Add --reset to empty the client data ` +
          '(all people, sessions and service paths) and remove the bench staff and segments first.',
      );
    }

    await inOneTransaction(sql, async () => {
      await bulkSettings(sql);
      if (hasData) await progress.phase('reset', () => resetScaleData(sql));
      const world = await progress.phase(
        'staff and segments',
        () => createScaleWorld(drizzle(sql, { schema }), sizes),
        ({ staff, segments }) => ({
          managers: staff.managerIds.length,
          coaches: staff.coachIds.length + 1,
          'segments with clients': segments.length,
          'their service paths': segments.reduce((n, s) => n + s.servicePaths.length, 0),
        }),
      );
      const saved = await progress.phase('drop indexes', () => dropIndexesAndKeys(sql, bulkTables));
      await progress.phase('people', async () => ({
        people: await insertPeople(sql, world),
        person_segments: await insertPersonSegments(sql, world),
        person_legal_bases: await insertLegalBases(sql, world),
      }));
      await progress.phase('service paths', async () => ({
        path_enrollments: await insertEnrollments(sql, world),
        stage_changes: await insertStageChanges(sql, world),
      }));
      await progress.phase('sessions', async () => ({
        coaching_sessions: await insertSessions(sql, world),
      }));
      await progress.phase('last contact', async () => ({ people: await updateLastContact(sql) }));
      await progress.phase('rebuild indexes', () => restoreIndexesAndKeys(sql, saved));
    });
    // VACUUM also sets the visibility map, so index-only scans work from the start.
    await progress.phase('vacuum and analyze', async () => {
      await sql.unsafe(`vacuum (analyze) ${tableCounts.join(', ')}`);
    });

    const [counts] = await sql.unsafe<Record<string, number>[]>(
      `select ${tableCounts.map((table) => `(select count(*) from ${table})::int as ${table}`).join(', ')}`,
    );
    log(`Done in ${progress.elapsed()} s. Rows now in the database:`);
    for (const [table, count] of Object.entries(counts!)) log(`  ${table.padEnd(20)} ${count}`);
    log(
      `Bench sign-ins (password ${benchPassword}): ${benchEmails.manager} (manager), ` +
        `${benchEmails.coach} (coach). The person with 100 sessions: ${benchEmails.person}.`,
    );
  } finally {
    await sql.end({ timeout: 5 });
    await handle.close();
  }
}
