import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { segments } from './segments';
import { users } from './staff';

/**
 * A service path (palvelupolku) of a segment: the ordered stages its customers
 * go through. The stages, each person's place on a path and the moves between
 * stages come with the people and service paths issue.
 */
export const servicePaths = pgTable(
  'service_paths',
  {
    id: idColumn(),
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (table) => [index('service_paths_segment_idx').on(table.segmentId)],
);
