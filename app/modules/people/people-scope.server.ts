import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { people, personSegments, segmentTeamMembers } from '#db/schema';
import { can } from '~/auth/permissions';
import type { SessionUser } from '~/auth/session.server';
import { db, type Transaction } from '~/db.server';

/**
 * The people a staff member may read, as a condition every query of people
 * adds. Managers read everyone; a coach reads their caseload: clients assigned
 * to them and clients of segments whose team they belong to; other roles no one.
 * See docs/decisions/0003-permission-model.md.
 */
export function visiblePeople(user: SessionUser): SQL {
  const notDeleted = isNull(people.deletedAt);
  if (!can(user, 'people:read')) return sql`false`;
  if (user.role !== 'coach') return notDeleted;
  // Checked row by row (OFFSET 0 keeps PostgreSQL from turning it into a join
  // over every team membership): lists walk people in their index order and
  // stop at a page, so only the rows on the way are checked.
  const inCoachTeam = sql`exists (select 1 from ${personSegments} inner join ${segmentTeamMembers} on ${segmentTeamMembers.segmentId} = ${personSegments.segmentId} where ${personSegments.personId} = ${people.id} and ${segmentTeamMembers.userId} = ${user.id} offset 0)`;
  return and(notDeleted, or(eq(people.coachId, user.id), inCoachTeam))!;
}

/** One person, or null when they do not exist or are outside the user's scope (the route answers 404 either way). */
export async function getVisiblePerson(user: SessionUser, id: string) {
  const [person] = await db()
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      phone: people.phone,
      coachId: people.coachId,
    })
    .from(people)
    .where(and(eq(people.id, id), visiblePeople(user)));
  return person ?? null;
}

export async function countVisiblePeople(user: SessionUser): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(visiblePeople(user));
  return row?.n ?? 0;
}

/**
 * Locks a person the user may change for the rest of the transaction; a person
 * outside the user's scope is a 404, exactly like one who does not exist.
 */
export async function lockVisiblePerson(tx: Transaction, user: SessionUser, personId: string) {
  const [person] = await tx
    .select()
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(user)))
    .for('update', { of: people });
  if (!person) throw new Response('Not found', { status: 404 });
  return person;
}
