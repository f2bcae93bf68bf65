import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { people } from './people';
import { users } from './staff';
import { channels } from './values';

export const channelEnum = pgEnum('channel', channels);

/**
 * A coaching or guidance session (ohjaus- tai neuvontatapahtuma). Its notes are
 * personal data that only roles with `coaching-notes:read` may see.
 */
export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    coachId: uuid('coach_id').references(() => users.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    channel: channelEnum('channel').notNull(),
    /** Values of `sessionTopics` in values.ts. */
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text('notes').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    nextAppointmentAt: timestamp('next_appointment_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (table) => [
    index('coaching_sessions_person_idx').on(table.personId, table.occurredAt),
    index('coaching_sessions_coach_idx').on(table.coachId, table.occurredAt),
    index('coaching_sessions_occurred_idx').on(table.occurredAt),
  ],
);

/**
 * What a session said before each edit by its author. Kept here rather than in
 * the activity log because it holds the notes, which only roles with
 * `coaching-notes:read` may see.
 */
export const coachingSessionRevisions = pgTable(
  'coaching_session_revisions',
  {
    id: idColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => coachingSessions.id, { onDelete: 'cascade' }),
    revisedAt: timestamp('revised_at', { withTimezone: true }).notNull().defaultNow(),
    revisedBy: uuid('revised_by').references(() => users.id),
    /** The fields that changed, each with its value before and after the edit. */
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (table) => [index('coaching_session_revisions_session_idx').on(table.sessionId, table.revisedAt)],
);
