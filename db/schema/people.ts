import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { segments } from './segments';
import { users } from './staff';

/**
 * Clients and prospective clients. No national identity number is stored.
 * Soft-deleted (`deletedAt`) because sessions and stage history refer to them.
 */
export const people = pgTable(
  'people',
  {
    id: idColumn(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    coachId: uuid('coach_id').references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (table) => [index('people_coach_idx').on(table.coachId)],
);

/** A person can belong to several segments. */
export const personSegments = pgTable(
  'person_segments',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.personId, table.segmentId] }),
    index('person_segments_segment_idx').on(table.segmentId),
  ],
);
