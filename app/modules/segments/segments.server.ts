import {
  and,
  asc,
  eq,
  gt,
  ilike,
  inArray,
  isNotNull,
  isNull,
  ne,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  activityLog,
  coachingSessions,
  insights,
  people,
  servicePaths,
  personSegments,
  segmentOfferings,
  segments,
  segmentTeamMembers,
  users,
} from '#db/schema';
import { isUniqueViolation } from '#db/errors';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db, type Executor } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { containsPattern } from '~/modules/contains-pattern';
import { done, refused, type CommandResult } from '~/modules/command-result';
import type { SegmentFilter, SegmentProfileInput } from './segments.schema';

const owner = alias(users, 'owner');

// Counts per segment as correlated subqueries: the list has tens of rows, and
// each count uses the index on its segment column.
const teamSize = sql<number>`(select count(*)::int from ${segmentTeamMembers} where ${segmentTeamMembers.segmentId} = ${segments.id})`;
// People who have been deleted (kept for their history) are not counted.
const peopleCount = sql<number>`(select count(*)::int from ${personSegments} inner join ${people} on ${people.id} = ${personSegments.personId} where ${personSegments.segmentId} = ${segments.id} and ${people.deletedAt} is null)`;
const insightCount = sql<number>`(select count(*)::int from ${insights} where ${insights.segmentId} = ${segments.id})`;
const offeringCount = sql<number>`(select count(*)::int from ${segmentOfferings} where ${segmentOfferings.segmentId} = ${segments.id})`;
const activePathCount = sql<number>`(select count(*)::int from ${servicePaths} where ${servicePaths.segmentId} = ${segments.id} and ${servicePaths.archivedAt} is null)`;
// A count only: which people and what was said stay behind the people scope.
const recentSessionCount = sql<number>`(select count(*)::int from ${coachingSessions} inner join ${personSegments} on ${personSegments.personId} = ${coachingSessions.personId} where ${personSegments.segmentId} = ${segments.id} and ${coachingSessions.occurredAt} >= now() - interval '90 days')`;

export async function listSegments(user: SessionUser, filter: SegmentFilter) {
  requirePermission(user, 'segments:read');
  const conditions: SQL[] = [
    filter.archived ? isNotNull(segments.archivedAt) : isNull(segments.archivedAt),
  ];
  if (filter.q) conditions.push(ilike(segments.name, containsPattern(filter.q)));
  if (filter.kind) conditions.push(eq(segments.kind, filter.kind));
  if (filter.owner) conditions.push(eq(segments.ownerId, filter.owner));
  return db()
    .select({
      id: segments.id,
      name: segments.name,
      kind: segments.kind,
      ownerName: owner.name,
      archivedAt: segments.archivedAt,
      teamSize,
      peopleCount,
      insightCount,
      offeringCount,
      activePathCount,
      recentSessionCount,
    })
    .from(segments)
    .leftJoin(owner, eq(owner.id, segments.ownerId))
    .where(and(...conditions))
    .orderBy(asc(segments.name));
}

/** Name and state, for the header every segment page shares; null when there is none. */
export async function getSegmentSummary(user: SessionUser, id: string) {
  requirePermission(user, 'segments:read');
  const [segment] = await db()
    .select({
      id: segments.id,
      name: segments.name,
      kind: segments.kind,
      archivedAt: segments.archivedAt,
      version: segments.version,
    })
    .from(segments)
    .where(eq(segments.id, id));
  return segment ?? null;
}

export async function getSegment(user: SessionUser, id: string) {
  requirePermission(user, 'segments:read');
  const updater = alias(users, 'updater');
  const [segment] = await db()
    .select({
      id: segments.id,
      name: segments.name,
      kind: segments.kind,
      description: segments.description,
      needs: segments.needs,
      valueProposition: segments.valueProposition,
      preferredChannels: segments.preferredChannels,
      languages: segments.languages,
      ownerId: segments.ownerId,
      ownerName: owner.name,
      version: segments.version,
      archivedAt: segments.archivedAt,
      updatedAt: segments.updatedAt,
      updatedByName: updater.name,
      peopleCount,
    })
    .from(segments)
    .leftJoin(owner, eq(owner.id, segments.ownerId))
    .leftJoin(updater, eq(updater.id, segments.updatedBy))
    .where(eq(segments.id, id));
  if (!segment) return null;
  const team = await db()
    .select({ id: users.id, name: users.name })
    .from(segmentTeamMembers)
    .innerJoin(users, eq(users.id, segmentTeamMembers.userId))
    .where(eq(segmentTeamMembers.segmentId, id))
    .orderBy(asc(users.name));
  return { ...segment, team };
}

/** Staff who can own a segment: anyone active but admins, who do not work with customers. */
export async function listOwnerCandidates(user: SessionUser) {
  requirePermission(user, 'segments:read');
  return db()
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(isNull(users.disabledAt), ne(users.role, 'admin')))
    .orderBy(asc(users.name));
}

/** Active coaches, the only staff a segment's team is made of. */
export async function listCoaches(user: SessionUser) {
  requirePermission(user, 'segments:manage');
  return db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(isNull(users.disabledAt), eq(users.role, 'coach')))
    .orderBy(asc(users.name));
}

/** Checks the owner and team against active staff; answers field errors for the form. */
async function checkOwnerAndTeam(tx: Executor, input: SegmentProfileInput) {
  const ids = [input.ownerId, ...input.teamUserIds];
  const found = await tx
    .select({ id: users.id, role: users.role, name: users.name })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
  const byId = new Map(found.map((row) => [row.id, row]));
  const ownerRow = byId.get(input.ownerId);
  if (!ownerRow || ownerRow.role === 'admin')
    return { error: refused('ownerId', 'segments.errors.unknownOwner') };
  if (input.teamUserIds.some((id) => byId.get(id)?.role !== 'coach')) {
    return { error: refused('teamUserIds', 'segments.errors.unknownTeamMember') };
  }
  return { names: new Map(found.map((row) => [row.id, row.name])) };
}

function profileColumns(input: SegmentProfileInput) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    needs: input.needs,
    valueProposition: input.valueProposition,
    preferredChannels: input.preferredChannels,
    languages: input.languages,
    ownerId: input.ownerId,
  };
}

async function setTeam(tx: Executor, segmentId: string, userIds: string[]) {
  await tx.delete(segmentTeamMembers).where(eq(segmentTeamMembers.segmentId, segmentId));
  if (userIds.length) {
    await tx
      .insert(segmentTeamMembers)
      .values([...new Set(userIds)].map((userId) => ({ segmentId, userId })));
  }
}

export async function createSegment(
  user: SessionUser,
  input: SegmentProfileInput,
): Promise<CommandResult<{ id: string }>> {
  requirePermission(user, 'segments:manage');
  try {
    return await db().transaction(async (tx) => {
      const checked = await checkOwnerAndTeam(tx, input);
      if (checked.error) return checked.error;
      const [created] = await tx
        .insert(segments)
        .values({ ...profileColumns(input), createdBy: user.id, updatedBy: user.id })
        .returning({ id: segments.id });
      if (!created) throw new Error('insert returned no row');
      await setTeam(tx, created.id, input.teamUserIds);
      await recordActivity(tx, {
        actorId: user.id,
        action: 'segment.create',
        entityType: 'segment',
        entityId: created.id,
        details: { name: input.name, kind: input.kind, version: 1 },
      });
      return done({ id: created.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused('name', 'segments.errors.nameTaken');
    throw error;
  }
}

async function staffName(tx: Executor, id: string): Promise<string | null> {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** A field's old and new value as people read them (names, not ids; lists joined). */
export type FieldChanges = Record<string, { from: string; to: string }>;

const listed = (values: readonly string[]) => [...values].sort().join(', ');

async function describeChanges(
  tx: Executor,
  before: typeof segments.$inferSelect,
  input: SegmentProfileInput,
  names: Map<string, string>,
): Promise<FieldChanges> {
  const teamBefore = await tx
    .select({ id: users.id, name: users.name })
    .from(segmentTeamMembers)
    .innerJoin(users, eq(users.id, segmentTeamMembers.userId))
    .where(eq(segmentTeamMembers.segmentId, before.id));
  const ownerBefore = before.ownerId ? await staffName(tx, before.ownerId) : null;
  // Only the profile's fields, each as people read it (names, not ids; lists joined).
  const readable = (profile: SegmentProfileInput, owner: string | null, team: string[]) => ({
    name: profile.name,
    kind: profile.kind,
    description: profile.description,
    needs: profile.needs.join('\n'),
    valueProposition: profile.valueProposition,
    preferredChannels: listed(profile.preferredChannels),
    languages: listed(profile.languages),
    owner: owner ?? '',
    team: listed(team),
  });
  const old = readable(
    { ...before, ownerId: before.ownerId ?? '', teamUserIds: [] } as SegmentProfileInput,
    ownerBefore,
    teamBefore.map((member) => member.name),
  );
  const now = readable(
    input,
    names.get(input.ownerId) ?? null,
    input.teamUserIds.map((id) => names.get(id) ?? id),
  );
  const changes: FieldChanges = {};
  const textFields = [
    'name',
    'kind',
    'description',
    'needs',
    'valueProposition',
    'preferredChannels',
    'languages',
  ] as const;
  for (const field of textFields) {
    if (old[field] !== now[field]) changes[field] = { from: old[field], to: now[field] };
  }
  // Owner and team are compared by id: two staff members may share a name, and the
  // team decides which clients a coach may read.
  if (before.ownerId !== input.ownerId) changes.owner = { from: old.owner, to: now.owner };
  if (listed(teamBefore.map((member) => member.id)) !== listed(input.teamUserIds)) {
    changes.team = { from: old.team, to: now.team };
  }
  return changes;
}

/** What others changed since the version a stale form was loaded with. */
export interface SegmentConflict {
  currentVersion: number;
  changes: {
    who: string | null;
    when: Date;
    fields: Record<string, { from: unknown; to: unknown }>;
  }[];
}

export type SegmentSaveResult =
  CommandResult | { ok: false; conflict: SegmentConflict; fieldErrors: Record<string, string[]> };

async function conflictSince(
  tx: Executor,
  segmentId: string,
  version: number,
): Promise<SegmentConflict> {
  const [current] = await tx
    .select({ version: segments.version })
    .from(segments)
    .where(eq(segments.id, segmentId));
  const entries = await tx
    .select({ details: activityLog.details, when: activityLog.createdAt, who: users.name })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(
      and(
        eq(activityLog.entityType, 'segment'),
        eq(activityLog.entityId, segmentId),
        gt(sql`(${activityLog.details}->>'version')::int`, version),
      ),
    )
    .orderBy(asc(activityLog.id));
  return {
    currentVersion: current?.version ?? version,
    changes: entries.map((entry) => ({
      who: entry.who,
      when: entry.when,
      fields: (entry.details.changes ?? {}) as FieldChanges,
    })),
  };
}

/**
 * Saves a profile edited from `version`. When someone else saved in between,
 * nothing is written and the answer says what they changed.
 */
export async function updateSegment(
  user: SessionUser,
  id: string,
  input: SegmentProfileInput & { version: number },
): Promise<SegmentSaveResult> {
  requirePermission(user, 'segments:manage');
  try {
    return await db().transaction(async (tx): Promise<SegmentSaveResult> => {
      const [before] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
      if (!before) throw new Response('Not found', { status: 404 });
      if (before.archivedAt) return refused('', 'segments.errors.archived');
      if (before.version !== input.version) {
        return {
          ok: false,
          conflict: await conflictSince(tx, id, input.version),
          fieldErrors: { '': ['segments.errors.conflict'] },
        };
      }
      const checked = await checkOwnerAndTeam(tx, input);
      if (checked.error) return checked.error;

      const changes = await describeChanges(tx, before, input, checked.names);
      if (Object.keys(changes).length === 0) return done();

      const version = before.version + 1;
      await tx
        .update(segments)
        .set({ ...profileColumns(input), version, updatedBy: user.id, updatedAt: new Date() })
        .where(eq(segments.id, id));
      if (changes.team) await setTeam(tx, id, input.teamUserIds);
      await recordActivity(tx, {
        actorId: user.id,
        action: 'segment.update',
        entityType: 'segment',
        entityId: id,
        details: { version, changes },
      });
      return done();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused('name', 'segments.errors.nameTaken');
    throw error;
  }
}

export async function setSegmentArchived(
  user: SessionUser,
  id: string,
  archived: boolean,
  version: number,
): Promise<SegmentSaveResult> {
  requirePermission(user, 'segments:manage');
  return db().transaction(async (tx): Promise<SegmentSaveResult> => {
    const [before] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
    if (!before) throw new Response('Not found', { status: 404 });
    if (before.version !== version) {
      return {
        ok: false,
        conflict: await conflictSince(tx, id, version),
        fieldErrors: { '': ['segments.errors.archiveConflict'] },
      };
    }
    const next = before.version + 1;
    await tx
      .update(segments)
      .set({
        archivedAt: archived ? new Date() : null,
        version: next,
        updatedBy: user.id,
        updatedAt: new Date(),
      })
      .where(eq(segments.id, id));
    await recordActivity(tx, {
      actorId: user.id,
      action: archived ? 'segment.archive' : 'segment.restore',
      entityType: 'segment',
      entityId: id,
      details: { version: next },
    });
    return done();
  });
}
