import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { activityLog, users } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import type { ActivityFilter } from './activity.schema';

export const activityPageSize = 50;

// The staff account an entry is about, when it is about one, to show its name.
const targetUser = alias(users, 'target_user');

const entryColumns = {
  id: activityLog.id,
  action: activityLog.action,
  entityType: activityLog.entityType,
  entityId: activityLog.entityId,
  details: activityLog.details,
  createdAt: activityLog.createdAt,
  actorId: activityLog.actorId,
  actorName: users.name,
  targetName: targetUser.name,
};

/**
 * The whole log for admins, newest first, a page at a time. Pages are keyed by
 * the last id seen, so a deep page costs the same as the first.
 */
export async function listActivity(actor: SessionUser, filter: ActivityFilter) {
  requirePermission(actor, 'activity:read');
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(activityLog.action, filter.action));
  if (filter.actor) conditions.push(eq(activityLog.actorId, filter.actor));
  if (filter.before) conditions.push(lt(activityLog.id, filter.before));
  const rows = await db()
    .select(entryColumns)
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .leftJoin(
      targetUser,
      and(
        eq(activityLog.entityType, 'user'),
        eq(sql`${targetUser.id}::text`, activityLog.entityId),
      ),
    )
    .where(and(...conditions))
    .orderBy(desc(activityLog.id))
    .limit(activityPageSize + 1);
  const hasOlder = rows.length > activityPageSize;
  const entries = rows.slice(0, activityPageSize);
  return { entries, nextBefore: hasOlder ? entries.at(-1)?.id : undefined };
}

/** What a staff member has done lately, for their own home page. */
export async function listOwnRecentActivity(user: SessionUser, limit = 8) {
  return db()
    .select({
      id: activityLog.id,
      action: activityLog.action,
      createdAt: activityLog.createdAt,
    })
    .from(activityLog)
    .where(eq(activityLog.actorId, user.id))
    .orderBy(desc(activityLog.id))
    .limit(limit);
}
