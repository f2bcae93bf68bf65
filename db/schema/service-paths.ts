import {
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { people } from './people';
import { segments } from './segments';
import { users } from './staff';
import { stageKinds } from './values';

export const stageKindEnum = pgEnum('stage_kind', stageKinds);

/**
 * A service path (palvelupolku) of a segment: the ordered stages its customers
 * go through.
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

/**
 * One stage of a path. Moves refer to stages by id, so renaming or reordering
 * a stage keeps every client's history; a stage someone has entered is never
 * deleted.
 */
export const pathStages = pgTable(
  'path_stages',
  {
    id: idColumn(),
    pathId: uuid('path_id')
      .notNull()
      .references(() => servicePaths.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: stageKindEnum('kind').notNull().default('step'),
    /** Manual order within the path, from 1. */
    position: integer('position').notNull(),
    ...timestamps(),
  },
  (table) => [index('path_stages_path_idx').on(table.pathId, table.position)],
);

/** A client's place on a path: the stage they are in now and since when. */
export const pathEnrollments = pgTable(
  'path_enrollments',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    pathId: uuid('path_id')
      .notNull()
      .references(() => servicePaths.id, { onDelete: 'cascade' }),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => pathStages.id),
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }).notNull().defaultNow(),
    startedBy: uuid('started_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('path_enrollments_person_path_unique').on(table.personId, table.pathId),
    index('path_enrollments_stage_idx').on(table.stageId, table.stageEnteredAt),
    index('path_enrollments_path_idx').on(table.pathId),
  ],
);

/** Every move between stages: from, to, when, who and why. The first entry has no `from`. */
export const stageChanges = pgTable(
  'stage_changes',
  {
    id: idColumn(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => pathEnrollments.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    pathId: uuid('path_id')
      .notNull()
      .references(() => servicePaths.id, { onDelete: 'cascade' }),
    fromStageId: uuid('from_stage_id').references(() => pathStages.id),
    toStageId: uuid('to_stage_id')
      .notNull()
      .references(() => pathStages.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by').references(() => users.id),
    note: text('note').notNull().default(''),
  },
  (table) => [
    index('stage_changes_person_idx').on(table.personId, table.changedAt),
    index('stage_changes_path_idx').on(table.pathId, table.changedAt),
    index('stage_changes_enrollment_idx').on(table.enrollmentId),
  ],
);
