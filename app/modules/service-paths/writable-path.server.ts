import { eq } from 'drizzle-orm';
import { segments, servicePaths } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import type { SessionUser } from '~/auth/session.server';
import { db, type Transaction } from '~/db.server';
import { refused } from '~/modules/command-result';

export type LockedPath = typeof servicePaths.$inferSelect;

/**
 * The frame of every change to a path and its stages: the manager's permission,
 * one transaction, the path row locked (so stage positions change one at a time),
 * 404 for a path that does not exist, and a refusal while the path or its
 * segment is archived. `change` writes its activity-log entry with the same `tx`.
 */
export async function changePath<Result>(
  user: SessionUser,
  pathId: string,
  change: (tx: Transaction, path: LockedPath) => Promise<Result>,
  { allowArchived = false }: { allowArchived?: boolean } = {},
): Promise<Result | ReturnType<typeof refused>> {
  requirePermission(user, 'service-paths:manage');
  return db().transaction(async (tx) => {
    const [path] = await tx
      .select()
      .from(servicePaths)
      .where(eq(servicePaths.id, pathId))
      .for('update');
    if (!path) throw new Response('Not found', { status: 404 });
    const [segment] = await tx
      .select({ archivedAt: segments.archivedAt })
      .from(segments)
      .where(eq(segments.id, path.segmentId))
      .for('share');
    if (segment?.archivedAt) return refused('', 'paths.errors.segmentArchived');
    if (path.archivedAt && !allowArchived) return refused('', 'paths.errors.archived');
    return change(tx, path);
  });
}

/** Whether to offer the user the forms that change this path (the server checks again on save). */
export function mayChangePath(
  user: SessionUser,
  path: { archivedAt: Date | string | null; segmentArchivedAt: Date | string | null },
): boolean {
  return can(user, 'service-paths:manage') && !path.archivedAt && !path.segmentArchivedAt;
}
