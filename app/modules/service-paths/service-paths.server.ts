import { and, asc, eq, gt, isNull, ne, sql, type SQL } from 'drizzle-orm';
import {
  activityLog,
  pathEnrollments,
  pathStages,
  people,
  segments,
  servicePaths,
  users,
} from '#db/schema';
import { insertServicePath, typicalStages } from '#db/factories/service-paths';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db, type Executor } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import { visiblePeople } from '~/modules/people/people-scope.server';
import type { CreatePathInput, PathDetailsInput } from './service-paths.schema';
import { changePath } from './writable-path.server';

/** The activity log's record type of a service path. */
export const pathEntityType = 'service_path';

/** The names of the typical stages, for the form that offers to start from them. */
export const typicalStageNames = typicalStages.map((stage) => stage.name);

/**
 * A path's stages in order (id, name, kind, position). Stages are not personal
 * data, so any caller that has already checked the user's access may use this.
 */
export async function getPathStages(pathId: string, executor: Executor = db()) {
  return executor
    .select({
      id: pathStages.id,
      name: pathStages.name,
      kind: pathStages.kind,
      position: pathStages.position,
    })
    .from(pathStages)
    .where(eq(pathStages.pathId, pathId))
    .orderBy(asc(pathStages.position), asc(pathStages.createdAt));
}
export type PathStage = Awaited<ReturnType<typeof getPathStages>>[number];

/**
 * Every service path grouped by segment, for /paths. Active segments are listed
 * even without paths, so a manager sees where one is missing. The client count
 * is of the people the user may read: a coach sees their caseload's share.
 */
export async function listServicePathsBySegment(
  user: SessionUser,
  { archived }: { archived: boolean },
) {
  requirePermission(user, 'people:read');
  const stageCount = sql<number>`(select count(*)::int from ${pathStages} where ${pathStages.pathId} = ${servicePaths.id})`;
  const clientCount = sql<number>`(select count(*)::int from ${pathEnrollments} inner join ${people} on ${people.id} = ${pathEnrollments.personId} where ${pathEnrollments.pathId} = ${servicePaths.id} and ${visiblePeople(user)})`;
  const conditions: SQL[] = archived ? [] : [isNull(servicePaths.archivedAt)];
  const [paths, activeSegments] = await Promise.all([
    // Joined with the segment, which also makes drizzle name each column's table
    // (the counts' subqueries have columns of the same names).
    db()
      .select({
        id: servicePaths.id,
        name: servicePaths.name,
        segmentId: servicePaths.segmentId,
        segmentName: segments.name,
        segmentArchivedAt: segments.archivedAt,
        archivedAt: servicePaths.archivedAt,
        stageCount,
        clientCount,
      })
      .from(servicePaths)
      .innerJoin(segments, eq(segments.id, servicePaths.segmentId))
      .where(and(...conditions))
      .orderBy(asc(servicePaths.name), asc(servicePaths.id)),
    db()
      .select({ id: segments.id, name: segments.name, archivedAt: segments.archivedAt })
      .from(segments)
      .where(isNull(segments.archivedAt)),
  ]);
  const groups = new Map(activeSegments.map((segment) => [segment.id, segment]));
  // Paths of an archived segment are listed under it, marked archived.
  for (const path of paths) {
    if (!groups.has(path.segmentId)) {
      groups.set(path.segmentId, {
        id: path.segmentId,
        name: path.segmentName,
        archivedAt: path.segmentArchivedAt,
      });
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
    .map((segment) => ({
      segment,
      paths: paths
        .filter((path) => path.segmentId === segment.id)
        .map(({ segmentName: _name, segmentArchivedAt: _archived, ...path }) => path),
    }));
}

/** The header every page of a path shares: name, state and segment; null when there is none. */
export async function getPathSummary(user: SessionUser, id: string) {
  requirePermission(user, 'people:read');
  const [path] = await db()
    .select({
      id: servicePaths.id,
      name: servicePaths.name,
      description: servicePaths.description,
      archivedAt: servicePaths.archivedAt,
      version: servicePaths.version,
      segmentId: servicePaths.segmentId,
      segmentName: segments.name,
      segmentArchivedAt: segments.archivedAt,
    })
    .from(servicePaths)
    .innerJoin(segments, eq(segments.id, servicePaths.segmentId))
    .where(eq(servicePaths.id, id));
  return path ?? null;
}

/** The path's summary, or 404: a path that does not exist and a malformed id look the same. */
export async function requirePathSummary(user: SessionUser, id: string) {
  const path = await getPathSummary(user, id);
  if (!path) throw new Response('Not found', { status: 404 });
  return path;
}
export type PathSummary = Awaited<ReturnType<typeof requirePathSummary>>;

/** Active segments a manager may create a path for. */
export async function listSegmentChoices(user: SessionUser) {
  requirePermission(user, 'service-paths:manage');
  return db()
    .select({ id: segments.id, name: segments.name })
    .from(segments)
    .where(isNull(segments.archivedAt))
    .orderBy(asc(segments.name));
}

/** Two active paths of one segment may not share a name, in any letter case. */
async function nameTaken(tx: Executor, segmentId: string, name: string, exceptId?: string) {
  const conditions: SQL[] = [
    eq(servicePaths.segmentId, segmentId),
    isNull(servicePaths.archivedAt),
    sql`lower(${servicePaths.name}) = lower(${name})`,
  ];
  if (exceptId) conditions.push(ne(servicePaths.id, exceptId));
  const [row] = await tx
    .select({ id: servicePaths.id })
    .from(servicePaths)
    .where(and(...conditions))
    .limit(1);
  return Boolean(row);
}

export async function createServicePath(
  user: SessionUser,
  input: CreatePathInput,
): Promise<CommandResult<{ id: string }>> {
  requirePermission(user, 'service-paths:manage');
  return db().transaction(async (tx) => {
    // Share-locked, so the segment cannot be archived while its path is created.
    const [segment] = await tx
      .select({ archivedAt: segments.archivedAt, name: segments.name })
      .from(segments)
      .where(eq(segments.id, input.segmentId))
      .for('share');
    if (!segment) return refused('segmentId', 'paths.errors.unknownSegment');
    if (segment.archivedAt) return refused('segmentId', 'paths.errors.segmentArchived');
    if (await nameTaken(tx, input.segmentId, input.name)) {
      return refused('name', 'paths.errors.nameTaken');
    }
    const path = await insertServicePath(tx, {
      segmentId: input.segmentId,
      name: input.name,
      description: input.description,
      createdBy: user.id,
      stages: input.start === 'typical' ? typicalStages : [],
    });
    await recordActivity(tx, {
      actorId: user.id,
      action: 'path.create',
      entityType: pathEntityType,
      entityId: path.id,
      details: {
        name: input.name,
        segment: segment.name,
        stages: path.stages.map((stage) => stage.name).join(' → '),
        version: 1,
      },
    });
    return done({ id: path.id });
  });
}

/** What others changed since the version a stale form was loaded with. */
export interface PathConflict {
  currentVersion: number;
  changes: {
    who: string | null;
    when: Date;
    action: string;
    fields: Record<string, { from: unknown; to: unknown }>;
  }[];
}

export type PathSaveResult =
  CommandResult | { ok: false; conflict: PathConflict; fieldErrors: Record<string, string[]> };

async function conflictSince(
  tx: Executor,
  pathId: string,
  currentVersion: number,
  version: number,
): Promise<PathConflict> {
  const entries = await tx
    .select({
      action: activityLog.action,
      details: activityLog.details,
      when: activityLog.createdAt,
      who: users.name,
    })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(
      and(
        eq(activityLog.entityType, pathEntityType),
        eq(activityLog.entityId, pathId),
        gt(sql`(${activityLog.details}->>'version')::int`, version),
      ),
    )
    .orderBy(asc(activityLog.id));
  return {
    currentVersion,
    changes: entries.map((entry) => ({
      who: entry.who,
      when: entry.when,
      action: entry.action,
      fields: (entry.details.changes ?? {}) as PathConflict['changes'][number]['fields'],
    })),
  };
}

/**
 * Saves a path's name and description edited from `version`. When someone else
 * saved (or archived) in between, nothing is written and the answer says what changed.
 */
export async function updateServicePath(
  user: SessionUser,
  pathId: string,
  input: Omit<PathDetailsInput, 'intent'>,
): Promise<PathSaveResult> {
  return changePath(user, pathId, async (tx, before): Promise<PathSaveResult> => {
    if (before.version !== input.version) {
      return {
        ok: false,
        conflict: await conflictSince(tx, pathId, before.version, input.version),
        fieldErrors: { '': ['paths.errors.conflict'] },
      };
    }
    if (await nameTaken(tx, before.segmentId, input.name, pathId)) {
      return refused('name', 'paths.errors.nameTaken');
    }
    const changes: Record<string, { from: string; to: string }> = {};
    if (before.name !== input.name) changes.name = { from: before.name, to: input.name };
    if (before.description !== input.description) {
      changes.description = { from: before.description, to: input.description };
    }
    if (Object.keys(changes).length === 0) return done();
    const version = before.version + 1;
    await tx
      .update(servicePaths)
      .set({
        name: input.name,
        description: input.description,
        version,
        updatedBy: user.id,
        updatedAt: new Date(),
      })
      .where(eq(servicePaths.id, pathId));
    await recordActivity(tx, {
      actorId: user.id,
      action: 'path.update',
      entityType: pathEntityType,
      entityId: pathId,
      details: { version, changes },
    });
    return done();
  });
}

/** Archives or restores a path; it bumps the version, so a form opened before is stale. */
export async function setServicePathArchived(
  user: SessionUser,
  pathId: string,
  archived: boolean,
  version: number,
): Promise<PathSaveResult> {
  return changePath(
    user,
    pathId,
    async (tx, before): Promise<PathSaveResult> => {
      if (before.version !== version) {
        return {
          ok: false,
          conflict: await conflictSince(tx, pathId, before.version, version),
          fieldErrors: { '': ['paths.errors.archiveConflict'] },
        };
      }
      const next = before.version + 1;
      await tx
        .update(servicePaths)
        .set({
          archivedAt: archived ? new Date() : null,
          version: next,
          updatedBy: user.id,
          updatedAt: new Date(),
        })
        .where(eq(servicePaths.id, pathId));
      await recordActivity(tx, {
        actorId: user.id,
        action: archived ? 'path.archive' : 'path.restore',
        entityType: pathEntityType,
        entityId: pathId,
        details: { version: next },
      });
      return done();
    },
    { allowArchived: true },
  );
}
