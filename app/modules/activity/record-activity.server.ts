import type { Executor } from '#db/database';
import { activityLog } from '#db/schema';

export interface ActivityEntry {
  /** The staff member who acted; null for the system (seed, scheduled work). */
  actorId: string | null;
  /** Dotted name, e.g. `user.disable`; the activity log page translates it. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** What changed. Never passwords, tokens or the content of coaching notes. */
  details?: Record<string, unknown>;
}

/**
 * The one way to write the activity log. Pass the transaction of the change it
 * describes, so the change and its record are committed (or lost) together.
 */
export async function recordActivity(tx: Executor, entry: ActivityEntry): Promise<void> {
  await tx.insert(activityLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
  });
}

/** The fields whose values differ between two versions of a record, for the log's details. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && before[field] !== value) {
      changes[field] = { from: before[field], to: value };
    }
  }
  return changes;
}
