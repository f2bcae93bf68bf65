import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  ilike,
  inArray,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import {
  coachingSessions,
  insightPeople,
  insightSessions,
  insights,
  insightStatusChanges,
  people,
  personSegments,
  users,
} from '#db/schema';
import { insightStatuses, type InsightStatus } from '#db/schema/values';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { changeSegment } from '~/modules/segments/writable-segment.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import { containsPattern } from '~/modules/contains-pattern';
import { visiblePeople } from '~/modules/people/people-scope.server';
import {
  needsEvidence,
  type AddInsightInput,
  type ChangeInsightStatusInput,
} from './insights.schema';

/** How many people the link list offers at once; a name search narrows a larger segment. */
export const linkablePeopleLimit = 100;

/** The statement as the activity log shows it: enough to recognise, not the whole text. */
function shortened(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The insight log of a segment, newest observation first, each with its status
 * changes and linked people. Only people the user may read are named; the rest
 * are counted, so a reader knows an insight rests on people without seeing who.
 */
export async function listInsights(
  user: SessionUser,
  segmentId: string,
  filter: { status?: InsightStatus } = {},
) {
  requirePermission(user, 'segments:read');
  const conditions: SQL[] = [eq(insights.segmentId, segmentId)];
  if (filter.status) conditions.push(eq(insights.status, filter.status));
  const rows = await db()
    .select({
      id: insights.id,
      statement: insights.statement,
      source: insights.source,
      observedOn: insights.observedOn,
      status: insights.status,
      evidence: insights.evidence,
      statusChangedAt: insights.statusChangedAt,
      version: insights.version,
      authorName: users.name,
    })
    .from(insights)
    .leftJoin(users, eq(users.id, insights.authorId))
    .where(and(...conditions))
    .orderBy(desc(insights.observedOn), desc(insights.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);

  const [changes, visible, linkedCounts, sessions, sessionCounts] = await Promise.all([
    db()
      .select({
        id: insightStatusChanges.id,
        insightId: insightStatusChanges.insightId,
        fromStatus: insightStatusChanges.fromStatus,
        toStatus: insightStatusChanges.toStatus,
        evidence: insightStatusChanges.evidence,
        changedAt: insightStatusChanges.changedAt,
        changedByName: users.name,
      })
      .from(insightStatusChanges)
      .leftJoin(users, eq(users.id, insightStatusChanges.changedBy))
      .where(inArray(insightStatusChanges.insightId, ids))
      .orderBy(asc(insightStatusChanges.changedAt), asc(insightStatusChanges.id)),
    db()
      .select({
        insightId: insightPeople.insightId,
        id: people.id,
        firstName: people.firstName,
        lastName: people.lastName,
      })
      .from(insightPeople)
      .innerJoin(people, eq(people.id, insightPeople.personId))
      .where(and(inArray(insightPeople.insightId, ids), visiblePeople(user)))
      .orderBy(asc(people.lastName), asc(people.firstName)),
    db()
      .select({ insightId: insightPeople.insightId, n: count() })
      .from(insightPeople)
      .innerJoin(people, eq(people.id, insightPeople.personId))
      .where(and(inArray(insightPeople.insightId, ids), isNull(people.deletedAt)))
      .groupBy(insightPeople.insightId),
    // Sessions are shown only when their person may be read by this user.
    db()
      .select({
        insightId: insightSessions.insightId,
        id: coachingSessions.id,
        occurredAt: coachingSessions.occurredAt,
        channel: coachingSessions.channel,
        firstName: people.firstName,
        lastName: people.lastName,
      })
      .from(insightSessions)
      .innerJoin(coachingSessions, eq(coachingSessions.id, insightSessions.sessionId))
      .innerJoin(people, eq(people.id, coachingSessions.personId))
      .where(and(inArray(insightSessions.insightId, ids), visiblePeople(user)))
      .orderBy(desc(coachingSessions.occurredAt)),
    db()
      .select({ insightId: insightSessions.insightId, n: count() })
      .from(insightSessions)
      .where(inArray(insightSessions.insightId, ids))
      .groupBy(insightSessions.insightId),
  ]);
  const sessionCount = new Map(sessionCounts.map((row) => [row.insightId, row.n]));

  const linkedCount = new Map(linkedCounts.map((row) => [row.insightId, row.n]));
  const sessionsOf = (insightId: string) => {
    const shown = sessions
      .filter((session) => session.insightId === insightId)
      .map((session) => ({
        id: session.id,
        occurredAt: session.occurredAt,
        channel: session.channel,
        personName: `${session.firstName} ${session.lastName}`,
      }));
    return {
      sessions: shown,
      otherSessionsCount: (sessionCount.get(insightId) ?? 0) - shown.length,
    };
  };
  return rows.map((row) => {
    const named = visible
      .filter((person) => person.insightId === row.id)
      .map((person) => ({ id: person.id, name: `${person.firstName} ${person.lastName}` }));
    return {
      ...row,
      people: named,
      otherPeopleCount: (linkedCount.get(row.id) ?? 0) - named.length,
      ...sessionsOf(row.id),
      changes: changes
        .filter((change) => change.insightId === row.id)
        .map(({ insightId: _insightId, ...change }) => change),
    };
  });
}

export type InsightListItem = Awaited<ReturnType<typeof listInsights>>[number];

/** How many insights a segment has in each status, for the filter. */
export async function countInsightsByStatus(user: SessionUser, segmentId: string) {
  requirePermission(user, 'segments:read');
  const rows = await db()
    .select({ status: insights.status, n: count() })
    .from(insights)
    .where(eq(insights.segmentId, segmentId))
    .groupBy(insights.status);
  const counts = Object.fromEntries(insightStatuses.map((status) => [status, 0])) as Record<
    InsightStatus,
    number
  >;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** People of this segment the user may read: a coach their caseload, a manager everyone. */
function linkablePeople(user: SessionUser, segmentId: string, extra?: SQL) {
  return and(
    visiblePeople(user),
    exists(
      db()
        .select({ one: sql`1` })
        .from(personSegments)
        .where(
          and(eq(personSegments.personId, people.id), eq(personSegments.segmentId, segmentId)),
        ),
    ),
    extra,
  );
}

/** How many recent sessions the add form offers to link. */
export const linkableSessionsLimit = 20;

/** The latest sessions with this segment's people that the user may read, to link an insight to. */
export async function listLinkableSessions(user: SessionUser, segmentId: string) {
  requirePermission(user, 'insights:write');
  const rows = await db()
    .select({
      id: coachingSessions.id,
      occurredAt: coachingSessions.occurredAt,
      channel: coachingSessions.channel,
      firstName: people.firstName,
      lastName: people.lastName,
    })
    .from(coachingSessions)
    .innerJoin(people, eq(people.id, coachingSessions.personId))
    .where(linkablePeople(user, segmentId))
    .orderBy(desc(coachingSessions.occurredAt), asc(coachingSessions.id))
    .limit(linkableSessionsLimit);
  return rows.map(({ firstName, lastName, ...session }) => ({
    ...session,
    personName: `${firstName} ${lastName}`,
  }));
}

/**
 * The people an insight of this segment may be linked to, by name, at most
 * `linkablePeopleLimit`; `total` says how many match in all.
 */
export async function listLinkablePeople(
  user: SessionUser,
  segmentId: string,
  { q }: { q?: string } = {},
) {
  requirePermission(user, 'insights:write');
  const byName = q
    ? or(
        ilike(sql`${people.firstName} || ' ' || ${people.lastName}`, containsPattern(q)),
        ilike(sql`${people.lastName} || ' ' || ${people.firstName}`, containsPattern(q)),
      )
    : undefined;
  const where = linkablePeople(user, segmentId, byName);
  const [found, [total]] = await Promise.all([
    db()
      .select({ id: people.id, firstName: people.firstName, lastName: people.lastName })
      .from(people)
      .where(where)
      .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
      .limit(linkablePeopleLimit),
    db().select({ n: count() }).from(people).where(where),
  ]);
  return {
    people: found.map((person) => ({
      id: person.id,
      name: `${person.firstName} ${person.lastName}`,
    })),
    total: total?.n ?? 0,
  };
}

export async function addInsight(
  user: SessionUser,
  segmentId: string,
  input: AddInsightInput,
): Promise<CommandResult<{ id: string }>> {
  requirePermission(user, 'insights:write');
  if (needsEvidence(input.status) && !input.evidence) {
    return refused('evidence', 'insights.errors.evidenceRequired');
  }
  const personIds = [...new Set(input.personIds)];
  const sessionIds = [...new Set(input.sessionIds)];
  return changeSegment(user, segmentId, 'insights:write', async (tx) => {
    if (sessionIds.length) {
      const [linkable] = await tx
        .select({ n: count() })
        .from(coachingSessions)
        .innerJoin(people, eq(people.id, coachingSessions.personId))
        .where(linkablePeople(user, segmentId, inArray(coachingSessions.id, sessionIds)));
      if ((linkable?.n ?? 0) !== sessionIds.length) {
        return refused('sessionIds', 'insights.errors.unknownSession');
      }
    }
    if (personIds.length) {
      const [linkable] = await tx
        .select({ n: count() })
        .from(people)
        .where(linkablePeople(user, segmentId, inArray(people.id, personIds)));
      // Someone outside the user's scope is reported like someone who does not exist.
      if ((linkable?.n ?? 0) !== personIds.length) {
        return refused('personIds', 'insights.errors.unknownPerson');
      }
    }
    const [created] = await tx
      .insert(insights)
      .values({
        segmentId,
        statement: input.statement,
        source: input.source,
        observedOn: input.observedOn,
        authorId: user.id,
        status: input.status,
        evidence: input.evidence,
      })
      .returning({ id: insights.id });
    if (!created) throw new Error('insert returned no row');
    // The first entry of the status history: what the insight started as.
    await tx.insert(insightStatusChanges).values({
      insightId: created.id,
      fromStatus: null,
      toStatus: input.status,
      evidence: input.evidence,
      changedBy: user.id,
    });
    if (personIds.length) {
      await tx
        .insert(insightPeople)
        .values(personIds.map((personId) => ({ insightId: created.id, personId })));
    }
    if (sessionIds.length) {
      await tx
        .insert(insightSessions)
        .values(sessionIds.map((sessionId) => ({ insightId: created.id, sessionId })));
    }
    await recordActivity(tx, {
      actorId: user.id,
      action: 'segment.insight_add',
      entityType: 'segment',
      entityId: segmentId,
      // Never names of people: a segment's history is open to every role that reads segments.
      details: {
        insightId: created.id,
        statement: shortened(input.statement),
        status: input.status,
        ...(personIds.length ? { linkedPeople: personIds.length } : {}),
        ...(sessionIds.length ? { linkedSessions: sessionIds.length } : {}),
      },
    });
    return done({ id: created.id });
  });
}

/** A stale form is told apart from other refusals: the page answers it with 409. */
export type InsightStatusResult =
  CommandResult | { ok: false; stale: true; fieldErrors: Record<string, string[]> };

/**
 * Moves an insight to another status with the evidence for it. The form names
 * the version it was loaded with; when someone changed the insight since,
 * nothing is written and the user is told to look again (docs/decisions/0007).
 */
export async function changeInsightStatus(
  user: SessionUser,
  segmentId: string,
  input: ChangeInsightStatusInput,
): Promise<InsightStatusResult> {
  return changeSegment(
    user,
    segmentId,
    'insights:write',
    async (tx): Promise<InsightStatusResult> => {
      const [before] = await tx
        .select({
          status: insights.status,
          statement: insights.statement,
          version: insights.version,
        })
        .from(insights)
        .where(and(eq(insights.id, input.insightId), eq(insights.segmentId, segmentId)))
        .for('update');
      if (!before) throw new Response('Not found', { status: 404 });
      if (before.version !== input.version) {
        return { ...refused('', 'insights.errors.stale'), stale: true };
      }
      if (before.status === input.status) return refused('status', 'insights.errors.sameStatus');
      if (needsEvidence(input.status) && !input.evidence) {
        return refused('evidence', 'insights.errors.evidenceRequired');
      }
      const now = new Date();
      await tx
        .update(insights)
        .set({
          status: input.status,
          evidence: input.evidence,
          statusChangedAt: now,
          version: before.version + 1,
          updatedAt: now,
        })
        .where(eq(insights.id, input.insightId));
      await tx.insert(insightStatusChanges).values({
        insightId: input.insightId,
        fromStatus: before.status,
        toStatus: input.status,
        evidence: input.evidence,
        changedBy: user.id,
        changedAt: now,
      });
      // No `version` key here: the segment's own version lives under that name in its history.
      await recordActivity(tx, {
        actorId: user.id,
        action: 'segment.insight_status_change',
        entityType: 'segment',
        entityId: segmentId,
        details: {
          insightId: input.insightId,
          statement: shortened(before.statement),
          changes: { status: { from: before.status, to: input.status } },
        },
      });
      return done();
    },
  );
}
