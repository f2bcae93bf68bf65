import { eq } from 'drizzle-orm';
import { segments } from '#db/schema';
import { can, type Permission } from '~/auth/permissions';
import type { SessionUser } from '~/auth/session.server';
import { requirePermission } from '~/auth/guards.server';
import { db, type Executor, type Transaction } from '~/db.server';
import { refused } from '~/modules/command-result';

/**
 * Every change to a segment's profile, insights or offering map starts here: a
 * segment that does not exist is a 404, and an archived one is read-only until
 * it is restored. The row is share-locked, so it cannot be archived mid-change.
 * Returns the refusal to answer with, or null when the change may go ahead.
 */
export async function refuseUnlessWritable(tx: Executor, segmentId: string) {
  const [segment] = await tx
    .select({ archivedAt: segments.archivedAt })
    .from(segments)
    .where(eq(segments.id, segmentId))
    .for('share');
  if (!segment) throw new Response('Not found', { status: 404 });
  return segment.archivedAt ? refused('', 'segments.errors.archived') : null;
}

/** Whether to offer the user forms that change this segment (the server checks again on save). */
export async function mayChangeSegment(
  user: SessionUser,
  segmentId: string,
  permission: Permission,
): Promise<boolean> {
  if (!can(user, permission)) return false;
  const [segment] = await db()
    .select({ archivedAt: segments.archivedAt })
    .from(segments)
    .where(eq(segments.id, segmentId));
  return Boolean(segment && !segment.archivedAt);
}

/**
 * The frame of every change to a segment's content: the permission, one
 * transaction, and the refusal when the segment is archived. `change` runs
 * inside the transaction and writes its activity-log entry with the same `tx`.
 */
export async function changeSegment<Result>(
  user: SessionUser,
  segmentId: string,
  permission: Permission,
  change: (tx: Transaction) => Promise<Result>,
): Promise<Result | ReturnType<typeof refused>> {
  requirePermission(user, permission);
  return db().transaction(async (tx) => {
    const archived = await refuseUnlessWritable(tx, segmentId);
    return archived ?? change(tx);
  });
}
