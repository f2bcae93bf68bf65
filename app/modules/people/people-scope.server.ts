import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { people, segmentTeamMembers } from '#db/schema';
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
  // The coach's team segments are read once; each person is then checked by
  // their own row (people.segment_ids), so a list walking the name index checks
  // the rows on its way without a lookup per person.
  const inCoachTeam = sql`${people.segmentIds} && array(select ${segmentTeamMembers.segmentId} from ${segmentTeamMembers} where ${segmentTeamMembers.userId} = ${user.id})`;
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
