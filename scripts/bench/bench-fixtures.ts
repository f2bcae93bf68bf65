import type { Sql } from 'postgres';
import { benchEmails, benchSegmentPrefix } from '../../db/seed/scale/bench-accounts';
import type { SessionUser } from '../../app/auth/session.server';
import { encodeCursor } from '../../app/modules/people/people-cursor.server';

/** Where the deep-page scenario starts: this many rows into the list in name order. */
export const deepPageOffset = 150_000;

export interface BenchFixtures {
  manager: SessionUser;
  coach: SessionUser;
  /** The largest bench segment, for the filtered list. */
  segmentId: string;
  /** The people list's `after` cursor of the row at `deepPageOffset` in name order. */
  deepCursor: string;
  /** The person with exactly 100 sessions. */
  personId: string;
  personSessions: number;
}

const notSeeded = 'Seed the database first: npm run db:seed -- --scale large';

async function findUser(sql: Sql, email: string): Promise<SessionUser> {
  const [user] = await sql<SessionUser[]>`
    select id, email, name, role, locale, last_sign_in_at as "lastSignInAt"
    from users where lower(email) = ${email}`;
  if (!user) throw new Error(`No account ${email}. ${notSeeded}`);
  return user;
}

/** Reads the ids and the cursor the scenarios need from the seeded database. */
export async function readBenchFixtures(sql: Sql): Promise<BenchFixtures> {
  const manager = await findUser(sql, benchEmails.manager);
  const coach = await findUser(sql, benchEmails.coach);
  const [segment] = await sql<{ id: string }[]>`
    select s.id from segments s join person_segments ps on ps.segment_id = s.id
    where s.name like ${`${benchSegmentPrefix}%`}
    group by s.id order by count(*) desc limit 1`;
  // The sort key of the 'name' order, exactly as listPeople encodes it.
  const [deep] = await sql<{ lastName: string; firstName: string; id: string }[]>`
    select lower(last_name) as "lastName", lower(first_name) as "firstName", id::text as id
    from people where deleted_at is null
    order by lower(last_name), lower(first_name), id
    offset ${deepPageOffset} limit 1`;
  const [person] = await sql<{ id: string; sessions: number }[]>`
    select p.id, (select count(*) from coaching_sessions s where s.person_id = p.id)::int as sessions
    from people p where p.email = ${benchEmails.person}`;
  if (!segment || !deep || !person) throw new Error(`The bench data is missing. ${notSeeded}`);
  return {
    manager,
    coach,
    segmentId: segment.id,
    deepCursor: encodeCursor([deep.lastName, deep.firstName, deep.id]),
    personId: person.id,
    personSessions: person.sessions,
  };
}
