import { sql } from 'drizzle-orm';
import {
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { users } from './staff';
import { segmentKinds } from './values';

export const segmentKindEnum = pgEnum('segment_kind', segmentKinds);

/** Customer groups (asiakasryhmät), each with one responsible owner (vastuuhenkilö). */
export const segments = pgTable(
  'segments',
  {
    id: idColumn(),
    name: text('name').notNull(),
    kind: segmentKindEnum('kind').notNull(),
    description: text('description').notNull().default(''),
    ownerId: uuid('owner_id').references(() => users.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (table) => [uniqueIndex('segments_name_unique').on(sql`lower(${table.name})`)],
);

/** The coaches who serve a segment; membership gives a coach access to its people. */
export const segmentTeamMembers = pgTable(
  'segment_team_members',
  {
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.segmentId, table.userId] })],
);
