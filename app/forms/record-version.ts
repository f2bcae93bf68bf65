import { z } from 'zod';

/**
 * The version a form was loaded with (optimistic locking). Bounded to
 * PostgreSQL's integer, so a hand-edited form is refused, not a failed query.
 */
export const recordVersion = z.coerce.number().int().positive().max(2_147_483_647);
