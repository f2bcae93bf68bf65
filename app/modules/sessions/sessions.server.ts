import { and, desc, eq, sql } from 'drizzle-orm';
import { coachingSessionRevisions, coachingSessions, people, users } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db, type Transaction } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import { lockVisiblePerson, visiblePeople } from '~/modules/people/people-scope.server';
import type { EditSessionInput, SessionInput } from './sessions.schema';

/** The columns of a session its form sets. */
function sessionColumns(input: SessionInput) {
  return {
    occurredAt: input.occurredAt,
    durationMinutes: input.durationMinutes,
    channel: input.channel,
    topics: input.topics,
    notes: input.notes,
    nextSteps: input.nextSteps,
    nextAppointmentAt: input.nextAppointmentAt,
  };
}

/** The list's "last contact" is the latest session, whichever was logged or moved last. */
async function refreshLastContact(tx: Transaction, personId: string) {
  await tx
    .update(people)
    .set({
      lastContactAt: sql`(select max(${coachingSessions.occurredAt}) from ${coachingSessions} where ${coachingSessions.personId} = ${personId})`,
    })
    .where(eq(people.id, personId));
}

/** Logs a session with a client of the coach's caseload; the coach is its author. */
export async function logSession(
  user: SessionUser,
  personId: string,
  input: SessionInput,
): Promise<CommandResult<{ id: string }>> {
  requirePermission(user, 'sessions:log');
  return db().transaction(async (tx) => {
    await lockVisiblePerson(tx, user, personId);
    const [session] = await tx
      .insert(coachingSessions)
      .values({ ...sessionColumns(input), personId, coachId: user.id, updatedBy: user.id })
      .returning({ id: coachingSessions.id });
    if (!session) throw new Error('insert returned no row');
    await refreshLastContact(tx, personId);
    // No notes or topics in the log: admins read it, and those are guidance data.
    await recordActivity(tx, {
      actorId: user.id,
      action: 'session.log',
      entityType: 'coaching_session',
      entityId: session.id,
      details: { personId, channel: input.channel },
    });
    return done({ id: session.id });
  });
}

/** A session of a person in the user's caseload, for its author to edit; null otherwise. */
async function findEditableSession(
  executor: Transaction | ReturnType<typeof db>,
  user: SessionUser,
  personId: string,
  sessionId: string,
  lock: boolean,
) {
  const query = executor
    .select({ session: coachingSessions })
    .from(coachingSessions)
    .innerJoin(people, eq(people.id, coachingSessions.personId))
    .where(
      and(
        eq(coachingSessions.id, sessionId),
        eq(coachingSessions.personId, personId),
        visiblePeople(user),
      ),
    );
  const [row] = lock ? await query.for('update', { of: coachingSessions }) : await query;
  return row?.session ?? null;
}

export type EditSessionResult =
  CommandResult | { ok: false; fieldErrors: Record<string, string[]>; stale: true };

/**
 * Saves an edit by the session's author. What the session said before is kept
 * as a revision, so the history shows every change with who and when.
 */
export async function editSession(
  user: SessionUser,
  personId: string,
  sessionId: string,
  input: EditSessionInput,
): Promise<EditSessionResult> {
  requirePermission(user, 'sessions:log');
  return db().transaction(async (tx) => {
    const before = await findEditableSession(tx, user, personId, sessionId, true);
    if (!before) throw new Response('Not found', { status: 404 });
    if (before.coachId !== user.id) throw new Response('Forbidden', { status: 403 });
    if (before.version !== input.version) {
      return { ...refused('', 'sessions.errors.stale'), stale: true as const };
    }
    const after = sessionColumns(input);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, value] of Object.entries(after)) {
      const previous = before[field as keyof typeof after];
      if (JSON.stringify(previous) !== JSON.stringify(value)) {
        changes[field] = { from: previous, to: value };
      }
    }
    if (!Object.keys(changes).length) return done();
    const version = before.version + 1;
    await tx
      .update(coachingSessions)
      .set({ ...after, version, updatedBy: user.id, updatedAt: new Date() })
      .where(eq(coachingSessions.id, sessionId));
    await tx.insert(coachingSessionRevisions).values({ sessionId, revisedBy: user.id, changes });
    if (changes.occurredAt) await refreshLastContact(tx, personId);
    await recordActivity(tx, {
      actorId: user.id,
      action: 'session.edit',
      entityType: 'coaching_session',
      entityId: sessionId,
      details: { personId, fields: Object.keys(changes), version },
    });
    return done();
  });
}

/** A session for its edit page with every earlier version; null when not the user's to edit. */
export async function getSessionForEdit(user: SessionUser, personId: string, sessionId: string) {
  requirePermission(user, 'sessions:log');
  const session = await findEditableSession(db(), user, personId, sessionId, false);
  if (!session) return null;
  const revisions = await db()
    .select({
      id: coachingSessionRevisions.id,
      revisedAt: coachingSessionRevisions.revisedAt,
      revisedBy: users.name,
      changes: coachingSessionRevisions.changes,
    })
    .from(coachingSessionRevisions)
    .leftJoin(users, eq(users.id, coachingSessionRevisions.revisedBy))
    .where(eq(coachingSessionRevisions.sessionId, sessionId))
    .orderBy(desc(coachingSessionRevisions.revisedAt));
  return { session, revisions, isAuthor: session.coachId === user.id };
}
