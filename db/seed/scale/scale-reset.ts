import type { Sql } from 'postgres';
import { benchSegmentPrefix, benchStaffEmailPattern } from './bench-accounts';

/** The client data the scale seed fills: all of it, including any demo clients. */
const clientTables = [
  'people',
  'person_segments',
  'person_legal_bases',
  'person_notes',
  'path_enrollments',
  'stage_changes',
  'coaching_sessions',
  'coaching_session_revisions',
  'insight_sessions',
  'insight_people',
  'service_paths',
  'path_stages',
];

export interface ExistingData {
  people: number;
  benchStaff: number;
  benchSegments: number;
}

export async function findExistingData(sql: Sql): Promise<ExistingData> {
  const [row] = await sql<ExistingData[]>`
    select
      (select count(*) from people)::int as people,
      (select count(*) from users where email like ${benchStaffEmailPattern})::int as "benchStaff",
      (select count(*) from segments where name like ${`${benchSegmentPrefix}%`})::int as "benchSegments"`;
  return row!;
}

/**
 * Empties the client tables and removes the staff and segments a previous scale
 * seed made. TRUNCATE … CASCADE also empties tables added later that refer to
 * these; PostgreSQL names each one in a notice, which the caller prints.
 */
export async function resetScaleData(sql: Sql): Promise<void> {
  await sql.unsafe(`truncate table ${clientTables.join(', ')} cascade`);
  await sql`delete from segments where name like ${`${benchSegmentPrefix}%`}`;
  await sql`delete from users where email like ${benchStaffEmailPattern}`;
}
