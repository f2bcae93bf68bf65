import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  bigserial,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { coachingSessions } from './coaching';
import { fundingCalls, offerings } from './offerings';
import { people } from './people';
import { users } from './staff';
import { insightStatuses, priorities, segmentKinds } from './values';

export const segmentKindEnum = pgEnum('segment_kind', segmentKinds);
export const insightStatusEnum = pgEnum('insight_status', insightStatuses);
export const priorityEnum = pgEnum('priority', priorities);

const emptyTextArray = sql`'{}'::text[]`;

/** Customer groups (asiakasryhmät), each with one responsible owner (vastuuhenkilö). */
export const segments = pgTable(
  'segments',
  {
    id: idColumn(),
    name: text('name').notNull(),
    kind: segmentKindEnum('kind').notNull(),
    description: text('description').notNull().default(''),
    /** What the group needs, one statement per item. */
    needs: text('needs').array().notNull().default(emptyTextArray),
    /** What the UAS offers this group. */
    valueProposition: text('value_proposition').notNull().default(''),
    /** Values of `channels` in values.ts. */
    preferredChannels: text('preferred_channels').array().notNull().default(emptyTextArray),
    /** ISO 639-1 codes of `serviceLanguages` in values.ts. */
    languages: text('languages').array().notNull().default(emptyTextArray),
    ownerId: uuid('owner_id').references(() => users.id),
    /** Optimistic locking: a save names the version it edited; a stale one is refused. */
    version: integer('version').notNull().default(1),
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
  (table) => [
    primaryKey({ columns: [table.segmentId, table.userId] }),
    index('segment_team_members_user_idx').on(table.userId),
  ],
);

/** A statement about a segment with its source and evidence (asiakasymmärrys). */
export const insights = pgTable(
  'insights',
  {
    id: idColumn(),
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    statement: text('statement').notNull(),
    /** Where it came from, e.g. "visit to a reception centre", "feedback", "session notes". */
    source: text('source').notNull(),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    authorId: uuid('author_id').references(() => users.id),
    status: insightStatusEnum('status').notNull().default('assumption'),
    /** The evidence behind the current status. */
    evidence: text('evidence').notNull().default(''),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (table) => [index('insights_segment_idx').on(table.segmentId, table.status)],
);

/** Every status change of an insight: when the assumption became knowledge, and why. */
export const insightStatusChanges = pgTable(
  'insight_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    fromStatus: insightStatusEnum('from_status'),
    toStatus: insightStatusEnum('to_status').notNull(),
    evidence: text('evidence').notNull().default(''),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('insight_status_changes_insight_idx').on(table.insightId, table.changedAt)],
);

/** People an insight is about or came from. */
export const insightPeople = pgTable(
  'insight_people',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.insightId, table.personId] }),
    index('insight_people_person_idx').on(table.personId),
  ],
);

/** Coaching sessions an insight came from (e.g. what was heard in guidance). */
export const insightSessions = pgTable(
  'insight_sessions',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => coachingSessions.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.insightId, table.sessionId] }),
    index('insight_sessions_session_idx').on(table.sessionId),
  ],
);

/** The offering map: which offerings serve a segment, why, and how important. */
export const segmentOfferings = pgTable(
  'segment_offerings',
  {
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    rationale: text('rationale').notNull(),
    priority: priorityEnum('priority').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.segmentId, table.offeringId] }),
    index('segment_offerings_offering_idx').on(table.offeringId),
  ],
);

/** The funding calls (hankehaut) tracked for a segment, why, and how important. */
export const segmentFundingCalls = pgTable(
  'segment_funding_calls',
  {
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    fundingCallId: uuid('funding_call_id')
      .notNull()
      .references(() => fundingCalls.id, { onDelete: 'cascade' }),
    rationale: text('rationale').notNull(),
    priority: priorityEnum('priority').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.segmentId, table.fundingCallId] }),
    index('segment_funding_calls_call_idx').on(table.fundingCallId),
  ],
);
