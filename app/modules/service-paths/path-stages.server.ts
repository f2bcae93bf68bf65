import { and, count, eq, or, sql } from 'drizzle-orm';
import { pathEnrollments, pathStages, stageChanges } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db, type Executor, type Transaction } from '~/db.server';
import { encodeMessage } from '~/forms/validation-messages';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import {
  maxStagesPerPath,
  type AddStageInput,
  type MoveStageInput,
  type UpdateStageInput,
} from './service-paths.schema';
import { getPathStages, pathEntityType } from './service-paths.server';
import { changePath } from './writable-path.server';

/**
 * The stages for the editor, each with how many clients are in it now and
 * whether anyone was ever in it (such a stage keeps its history and cannot be removed).
 */
export async function listStagesForEditing(user: SessionUser, pathId: string) {
  requirePermission(user, 'service-paths:manage');
  const [stages, current, moves] = await Promise.all([
    getPathStages(pathId),
    db()
      .select({ stageId: pathEnrollments.stageId, n: count() })
      .from(pathEnrollments)
      .where(eq(pathEnrollments.pathId, pathId))
      .groupBy(pathEnrollments.stageId),
    db()
      .selectDistinct({ to: stageChanges.toStageId, from: stageChanges.fromStageId })
      .from(stageChanges)
      .where(eq(stageChanges.pathId, pathId)),
  ]);
  const inStage = new Map(current.map((row) => [row.stageId, row.n]));
  const moved = new Set(moves.flatMap((move) => [move.to, move.from]));
  return stages.map((stage) => ({
    ...stage,
    inStageNow: inStage.get(stage.id) ?? 0,
    hasHistory: inStage.has(stage.id) || moved.has(stage.id),
  }));
}

/** Positions 1..n in the current order, writing only the rows that moved. */
async function renumber(tx: Executor, pathId: string) {
  const stages = await getPathStages(pathId, tx);
  for (const [index, stage] of stages.entries()) {
    if (stage.position !== index + 1) {
      await tx
        .update(pathStages)
        .set({ position: index + 1, updatedAt: new Date() })
        .where(eq(pathStages.id, stage.id));
    }
  }
}

async function stageOfPath(tx: Transaction, pathId: string, stageId: string) {
  const [stage] = await tx
    .select()
    .from(pathStages)
    .where(and(eq(pathStages.id, stageId), eq(pathStages.pathId, pathId)));
  return stage ?? null;
}

function logStage(
  tx: Transaction,
  user: SessionUser,
  pathId: string,
  action: string,
  details: Record<string, unknown>,
) {
  return recordActivity(tx, {
    actorId: user.id,
    action: `path.${action}`,
    entityType: pathEntityType,
    entityId: pathId,
    details,
  });
}

/** Adds a stage at the end, or right after the chosen stage of the same path. */
export async function addStage(
  user: SessionUser,
  pathId: string,
  input: Omit<AddStageInput, 'intent'>,
): Promise<CommandResult<{ id: string }>> {
  return changePath(user, pathId, async (tx) => {
    const stages = await getPathStages(pathId, tx);
    if (stages.length >= maxStagesPerPath) {
      return refused(
        'name',
        encodeMessage('paths.errors.tooManyStages', { maximum: maxStagesPerPath }),
      );
    }
    let position = stages.length + 1;
    if (input.after) {
      const after = stages.find((stage) => stage.id === input.after);
      if (!after) return refused('after', 'paths.errors.unknownStage');
      position = after.position + 1;
      await tx
        .update(pathStages)
        .set({ position: sql`${pathStages.position} + 1`, updatedAt: new Date() })
        .where(and(eq(pathStages.pathId, pathId), sql`${pathStages.position} >= ${position}`));
    }
    const [created] = await tx
      .insert(pathStages)
      .values({ pathId, name: input.name, kind: input.kind, position })
      .returning({ id: pathStages.id });
    if (!created) throw new Error('insert returned no row');
    await renumber(tx, pathId);
    await logStage(tx, user, pathId, 'stage_add', {
      stageId: created.id,
      name: input.name,
      kind: input.kind,
      position,
    });
    return done({ id: created.id });
  });
}

/**
 * Renames a stage or changes its kind. Moves refer to the stage by id, so every
 * earlier move shows the new name.
 */
export async function updateStage(
  user: SessionUser,
  pathId: string,
  input: Omit<UpdateStageInput, 'intent'>,
): Promise<CommandResult> {
  return changePath(user, pathId, async (tx) => {
    const before = await stageOfPath(tx, pathId, input.stageId);
    if (!before) return refused('', 'paths.errors.unknownStage');
    const changes: Record<string, { from: string; to: string }> = {};
    if (before.name !== input.name) changes.name = { from: before.name, to: input.name };
    if (before.kind !== input.kind) changes.kind = { from: before.kind, to: input.kind };
    if (Object.keys(changes).length === 0) return done();
    await tx
      .update(pathStages)
      .set({ name: input.name, kind: input.kind, updatedAt: new Date() })
      .where(eq(pathStages.id, input.stageId));
    await logStage(tx, user, pathId, changes.name ? 'stage_rename' : 'stage_kind_change', {
      stageId: input.stageId,
      changes,
    });
    return done();
  });
}

/** Swaps a stage with its neighbour above or below. */
export async function moveStage(
  user: SessionUser,
  pathId: string,
  input: Omit<MoveStageInput, 'intent'>,
): Promise<CommandResult> {
  return changePath(user, pathId, async (tx) => {
    const stages = await getPathStages(pathId, tx);
    const index = stages.findIndex((stage) => stage.id === input.stageId);
    if (index === -1) return refused('', 'paths.errors.unknownStage');
    const other = stages[input.direction === 'up' ? index - 1 : index + 1];
    if (!other) return refused('', 'paths.errors.cannotMove');
    const stage = stages[index]!;
    // Positions are re-counted from the order, so earlier gaps or ties cannot survive a move.
    const from = index + 1;
    const to = input.direction === 'up' ? from - 1 : from + 1;
    await tx
      .update(pathStages)
      .set({ position: to, updatedAt: new Date() })
      .where(eq(pathStages.id, stage.id));
    await tx
      .update(pathStages)
      .set({ position: from, updatedAt: new Date() })
      .where(eq(pathStages.id, other.id));
    await renumber(tx, pathId);
    await logStage(tx, user, pathId, 'stage_reorder', {
      stageId: stage.id,
      name: stage.name,
      changes: { position: { from, to } },
    });
    return done();
  });
}

/** True when a statement failed on a foreign key (the stage was entered meanwhile). */
function isForeignKeyViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === '23503') return true;
    if (typeof current !== 'object') break;
  }
  return false;
}

/**
 * Removes a stage nobody was ever in. A stage with clients or moves keeps the
 * history of those clients, so it is refused: rename it or change its kind instead.
 */
export async function removeStage(
  user: SessionUser,
  pathId: string,
  stageId: string,
): Promise<CommandResult> {
  try {
    return await changePath(user, pathId, async (tx) => {
      const stage = await stageOfPath(tx, pathId, stageId);
      if (!stage) return refused('', 'paths.errors.unknownStage');
      const [enrolled] = await tx
        .select({ n: count() })
        .from(pathEnrollments)
        .where(eq(pathEnrollments.stageId, stageId));
      const [moved] = await tx
        .select({ n: count() })
        .from(stageChanges)
        .where(or(eq(stageChanges.toStageId, stageId), eq(stageChanges.fromStageId, stageId)));
      if ((enrolled?.n ?? 0) > 0 || (moved?.n ?? 0) > 0) {
        return refused('', 'paths.errors.stageHasHistory');
      }
      await tx.delete(pathStages).where(eq(pathStages.id, stageId));
      await renumber(tx, pathId);
      await logStage(tx, user, pathId, 'stage_remove', {
        stageId,
        name: stage.name,
        position: stage.position,
      });
      return done();
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) return refused('', 'paths.errors.stageHasHistory');
    throw error;
  }
}
