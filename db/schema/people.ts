import { sql, type SQL } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { segments } from './segments';
import { users } from './staff';
import { educationLevels, employmentStatuses, legalBases } from './values';

export const employmentStatusEnum = pgEnum('employment_status', employmentStatuses);
export const educationLevelEnum = pgEnum('education_level', educationLevels);
export const legalBasisEnum = pgEnum('legal_basis', legalBases);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A phone number as digits in international form, so "040 123 4567" and
 * "+358 40 123 4567" are the same number for search and duplicate checks.
 * The same rule is applied to what the user types (phone-number.ts).
 */
const phoneDigits = (phone: SQL | string) =>
  sql`case when regexp_replace(${phone}, '[^0-9]', '', 'g') like '00%' then substr(regexp_replace(${phone}, '[^0-9]', '', 'g'), 3) when regexp_replace(${phone}, '[^0-9]', '', 'g') like '0%' then '358' || substr(regexp_replace(${phone}, '[^0-9]', '', 'g'), 2) else regexp_replace(${phone}, '[^0-9]', '', 'g') end`;

/**
 * Clients and prospective clients. No national identity number is stored:
 * the birth year is enough to tell namesakes apart.
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
    birthYear: smallint('birth_year'),
    /** ISO 639-1 codes of `serviceLanguages` in values.ts, the client's first language first. */
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    municipality: text('municipality').notNull().default(''),
    educationLevel: educationLevelEnum('education_level').notNull().default('unknown'),
    /** Field and country of the degree, in the client's or coach's words. */
    educationDetails: text('education_details').notNull().default(''),
    workExperienceYears: smallint('work_experience_years'),
    employmentStatus: employmentStatusEnum('employment_status').notNull().default('unknown'),
    coachId: uuid('coach_id').references(() => users.id),
    /**
     * The ids of the person's segments, a copy of `person_segments` kept by a
     * trigger (migration 0005). Lists filter and scope by it inside the row, and
     * the covering name index holds it, so counting a segment's or a coach's
     * people reads that index only, with no lookup per person.
     */
    segmentIds: uuid('segment_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** When the latest coaching session took place; kept by the session commands for the list's sort and filter. */
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    /** Optimistic locking: a save names the version it edited; a stale one is refused. */
    version: integer('version').notNull().default(1),
    phoneDigits: text('phone_digits').generatedAlwaysAs(phoneDigits(sql.raw('phone'))),
    /** Words of the name for prefix search ("ann virt" finds Anna Virtanen). */
    nameSearch: tsvector('name_search').generatedAlwaysAs(
      sql.raw(`to_tsvector('simple', first_name || ' ' || last_name)`),
    ),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (table) => [
    // Every list order has an index whose columns match its keyset, so a page
    // deep in the list costs the same as the first one. The name order's index,
    // people_list_name_order_idx, is created in migration 0005: it also INCLUDEs
    // the columns the list filters by, which drizzle's index builder cannot express.
    index('people_last_contact_order_idx')
      .on(sql`coalesce(${table.lastContactAt}, '-infinity'::timestamptz)`, table.id)
      .where(sql`${table.deletedAt} is null`),
    index('people_created_order_idx')
      .on(table.createdAt, table.id)
      .where(sql`${table.deletedAt} is null`),
    index('people_coach_idx').on(
      table.coachId,
      sql`lower(${table.lastName})`,
      sql`lower(${table.firstName})`,
      table.id,
    ),
    index('people_name_search_idx').using('gin', table.nameSearch),
    index('people_languages_idx').using('gin', table.languages),
    index('people_email_idx').on(sql`lower(${table.email}) text_pattern_ops`),
    index('people_phone_digits_idx').on(sql`${table.phoneDigits} text_pattern_ops`),
  ],
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
    index('person_segments_segment_idx').on(table.segmentId, table.personId),
  ],
);

/**
 * The lawful basis recorded for processing a person's data: what for, when and
 * by whom. A person has at least one from creation; a withdrawn consent is kept
 * with the time it was withdrawn.
 */
export const personLegalBases = pgTable(
  'person_legal_bases',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    basis: legalBasisEnum('basis').notNull(),
    purpose: text('purpose').notNull(),
    recordedOn: date('recorded_on').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('person_legal_bases_person_idx').on(table.personId)],
);

/**
 * A free note on a person's timeline, between sessions ("called, no answer").
 * Like session notes, only roles with `coaching-notes:read` see its text.
 */
export const personNotes = pgTable(
  'person_notes',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('person_notes_person_idx').on(table.personId, table.createdAt)],
);
