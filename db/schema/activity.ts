import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './staff';

/**
 * The activity log: one row for every change (and every sensitive read), written
 * in the same transaction as the change it describes.
 */
export const activityLog = pgTable(
  'activity_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('activity_log_entity_idx').on(table.entityType, table.entityId, table.createdAt),
    index('activity_log_actor_idx').on(table.actorId, table.createdAt),
    index('activity_log_created_idx').on(table.createdAt),
  ],
);
