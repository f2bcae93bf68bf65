import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { activityLog, users } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';

export const historyPageSize = 100;

/**
 * Every change to the segment, newest first: profile, team, insights and
 * offering map. Pages are keyed by the last entry seen, so every change stays
 * reachable however long the history grows.
 */
export async function listSegmentHistory(
  user: SessionUser,
  id: string,
  { before }: { before?: number } = {},
) {
  requirePermission(user, 'segments:read');
  const conditions: SQL[] = [eq(activityLog.entityType, 'segment'), eq(activityLog.entityId, id)];
  if (before) conditions.push(lt(activityLog.id, before));
  const rows = await db()
    .select({
      id: activityLog.id,
      action: activityLog.action,
      details: activityLog.details,
      createdAt: activityLog.createdAt,
      actorName: users.name,
    })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(activityLog.id))
    .limit(historyPageSize + 1);
  const entries = rows.slice(0, historyPageSize);
  return { entries, nextBefore: rows.length > historyPageSize ? entries.at(-1)?.id : undefined };
}
