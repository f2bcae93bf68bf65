import { sql } from 'drizzle-orm';
import {
  date,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { users } from './staff';
import { fundingCallStatuses, offeringKinds } from './values';

export const offeringKindEnum = pgEnum('offering_kind', offeringKinds);
export const fundingCallStatusEnum = pgEnum('funding_call_status', fundingCallStatuses);

/**
 * The learning offer (koulutustarjonta): open UAS studies, specialisation and
 * continuing education, funded-project courses. The minimal catalogue that the
 * segments' offering map needs; the offerings issue extends it.
 */
export const offerings = pgTable(
  'offerings',
  {
    id: idColumn(),
    name: text('name').notNull(),
    kind: offeringKindEnum('kind').notNull(),
    /** ECTS credits (opintopisteet). */
    credits: numeric('credits', { precision: 5, scale: 1, mode: 'number' }),
    /** ISO 639-1 code of the teaching language. */
    language: text('language').notNull().default('fi'),
    description: text('description').notNull().default(''),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (table) => [uniqueIndex('offerings_name_unique').on(sql`lower(${table.name})`)],
);

/** Calls for funding applications (hankehaut), e.g. of ESR, ELY, OKM or Jotpa. */
export const fundingCalls = pgTable('funding_calls', {
  id: idColumn(),
  funder: text('funder').notNull(),
  name: text('name').notNull(),
  deadline: date('deadline', { mode: 'string' }),
  status: fundingCallStatusEnum('status').notNull().default('upcoming'),
  notes: text('notes').notNull().default(''),
  createdBy: uuid('created_by').references(() => users.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  ...timestamps(),
});
