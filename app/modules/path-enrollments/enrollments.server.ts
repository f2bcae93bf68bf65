import { and, asc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import {
  pathEnrollments,
  pathStages,
  people,
  personSegments,
  segments,
  servicePaths,
  stageChanges,
} from '#db/schema';
import type { StageKind } from '#db/schema/values';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import { lockVisiblePerson, visiblePeople } from '~/modules/people/people-scope.server';
import type { EnrollInput, MoveInput } from './enrollments.schema';

export interface PathStage {
  id: string;
  name: string;
  kind: StageKind;
  position: number;
}

async function stagesOf(pathIds: string[]): Promise<Map<string, PathStage[]>> {
  const byPath = new Map<string, PathStage[]>();
  if (!pathIds.length) return byPath;
  const rows = await db()
    .select({
      pathId: pathStages.pathId,
      id: pathStages.id,
      name: pathStages.name,
      kind: pathStages.kind,
      position: pathStages.position,
    })
    .from(pathStages)
    .where(inArray(pathStages.pathId, pathIds))
    .orderBy(asc(pathStages.position));
  for (const { pathId, ...stage } of rows) {
    byPath.set(pathId, [...(byPath.get(pathId) ?? []), stage]);
  }
  return byPath;
}

/**
 * The paths a person is on, each with the current stage and all the stages
 * they may be moved to; and the active paths of their segments they could be
 * put on. Null when the person is outside the user's caseload.
 */
export async function listPersonPaths(user: SessionUser, personId: string) {
  requirePermission(user, 'people:read');
  const [person] = await db()
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(user)));
  if (!person) return null;
  const [enrollments, available] = await Promise.all([
    db()
      .select({
        id: pathEnrollments.id,
        pathId: servicePaths.id,
        pathName: servicePaths.name,
        pathArchived: sql<boolean>`${servicePaths.archivedAt} is not null`,
        segmentName: segments.name,
        stageId: pathEnrollments.stageId,
        stageEnteredAt: pathEnrollments.stageEnteredAt,
        version: pathEnrollments.version,
      })
      .from(pathEnrollments)
      .innerJoin(servicePaths, eq(servicePaths.id, pathEnrollments.pathId))
      .innerJoin(segments, eq(segments.id, servicePaths.segmentId))
      .where(eq(pathEnrollments.personId, personId))
      .orderBy(asc(servicePaths.name)),
    db()
      .select({ id: servicePaths.id, name: servicePaths.name, segmentName: segments.name })
      .from(servicePaths)
      .innerJoin(segments, eq(segments.id, servicePaths.segmentId))
      .innerJoin(personSegments, eq(personSegments.segmentId, servicePaths.segmentId))
      .where(
        and(
          eq(personSegments.personId, personId),
          isNull(servicePaths.archivedAt),
          notExists(
            db()
              .select({ one: sql`1` })
              .from(pathEnrollments)
              .where(
                and(
                  eq(pathEnrollments.pathId, servicePaths.id),
                  eq(pathEnrollments.personId, personId),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(servicePaths.name)),
  ]);
  const stages = await stagesOf([
    ...enrollments.map((e) => e.pathId),
    ...available.map((p) => p.id),
  ]);
  return {
    enrollments: enrollments.map((enrollment) => {
      const pathStageList = stages.get(enrollment.pathId) ?? [];
      return {
        ...enrollment,
        stages: pathStageList,
        stage: pathStageList.find((stage) => stage.id === enrollment.stageId)!,
      };
    }),
    available: available
      .map((path) => ({ ...path, stages: stages.get(path.id) ?? [] }))
      .filter((path) => path.stages.length > 0),
  };
}

/** Puts a client on a path of one of their segments, at its first stage unless another is chosen. */
export async function enrollPerson(
  user: SessionUser,
  personId: string,
  input: EnrollInput,
): Promise<CommandResult<{ enrollmentId: string }>> {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    await lockVisiblePerson(tx, user, personId);
    const [path] = await tx
      .select({ id: servicePaths.id })
      .from(servicePaths)
      .innerJoin(personSegments, eq(personSegments.segmentId, servicePaths.segmentId))
      .where(
        and(
          eq(servicePaths.id, input.pathId),
          eq(personSegments.personId, personId),
          isNull(servicePaths.archivedAt),
        ),
      );
    if (!path) return refused('pathId', 'enrollments.errors.pathNotForPerson');
    const stages = await tx
      .select({ id: pathStages.id })
      .from(pathStages)
      .where(eq(pathStages.pathId, input.pathId))
      .orderBy(asc(pathStages.position));
    const stageId = input.stageId ?? stages[0]?.id;
    if (!stageId) return refused('pathId', 'enrollments.errors.pathHasNoStages');
    if (!stages.some((stage) => stage.id === stageId)) {
      return refused('stageId', 'enrollments.errors.stageOfAnotherPath');
    }
    const [enrollment] = await tx
      .insert(pathEnrollments)
      .values({ personId, pathId: input.pathId, stageId, startedBy: user.id })
      .onConflictDoNothing()
      .returning({ id: pathEnrollments.id });
    if (!enrollment) return refused('pathId', 'enrollments.errors.alreadyOnPath');
    await tx.insert(stageChanges).values({
      enrollmentId: enrollment.id,
      personId,
      pathId: input.pathId,
      toStageId: stageId,
      changedBy: user.id,
      note: input.note,
    });
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.path_enroll',
      entityType: 'person',
      entityId: personId,
      details: { pathId: input.pathId, toStageId: stageId },
    });
    return done({ enrollmentId: enrollment.id });
  });
}

export type MoveResult =
  CommandResult | { ok: false; fieldErrors: Record<string, string[]>; stale: true };

/** Moves a client to another stage of the same path, recording from, to, when, who and why. */
export async function moveToStage(
  user: SessionUser,
  personId: string,
  input: MoveInput,
): Promise<MoveResult> {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    await lockVisiblePerson(tx, user, personId);
    const [enrollment] = await tx
      .select()
      .from(pathEnrollments)
      .where(
        and(eq(pathEnrollments.id, input.enrollmentId), eq(pathEnrollments.personId, personId)),
      )
      .for('update');
    if (!enrollment) throw new Response('Not found', { status: 404 });
    if (enrollment.version !== input.version) {
      return { ...refused('stageId', 'enrollments.errors.stale'), stale: true as const };
    }
    // An archived path is read-only: its clients stay where they are.
    const [path] = await tx
      .select({ archivedAt: servicePaths.archivedAt })
      .from(servicePaths)
      .where(eq(servicePaths.id, enrollment.pathId))
      .for('share');
    if (path?.archivedAt) return refused('stageId', 'enrollments.errors.pathArchived');
    const [stage] = await tx
      .select({ id: pathStages.id })
      .from(pathStages)
      .where(and(eq(pathStages.id, input.stageId), eq(pathStages.pathId, enrollment.pathId)));
    if (!stage) return refused('stageId', 'enrollments.errors.stageOfAnotherPath');
    if (stage.id === enrollment.stageId) return refused('stageId', 'enrollments.errors.sameStage');
    const now = new Date();
    await tx
      .update(pathEnrollments)
      .set({
        stageId: stage.id,
        stageEnteredAt: now,
        version: enrollment.version + 1,
        updatedAt: now,
      })
      .where(eq(pathEnrollments.id, enrollment.id));
    await tx.insert(stageChanges).values({
      enrollmentId: enrollment.id,
      personId,
      pathId: enrollment.pathId,
      fromStageId: enrollment.stageId,
      toStageId: stage.id,
      changedAt: now,
      changedBy: user.id,
      note: input.note,
    });
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.path_move',
      entityType: 'person',
      entityId: personId,
      details: { pathId: enrollment.pathId, fromStageId: enrollment.stageId, toStageId: stage.id },
    });
    return done();
  });
}
