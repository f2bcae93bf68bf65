import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key of every record people work with: random, so ids reveal nothing about volume. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** When a record was created and last changed (Twenty's record shape). */
export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
