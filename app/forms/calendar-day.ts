import { z } from 'zod';

/**
 * A calendar day, `YYYY-MM-DD`, within years PostgreSQL and people use (year 0
 * is a valid ISO date but not a PostgreSQL one).
 */
export const calendarDay = (message: string) =>
  z.iso.date(message).refine((day) => day >= '1900-01-01' && day <= '2999-12-31', message);
