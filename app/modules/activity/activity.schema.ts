import { z } from 'zod';

/** URL parameters of the activity log; unknown or malformed values are ignored. */
export const activityFilterSchema = z.object({
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z_.]+$/)
    .optional()
    .catch(undefined),
  actor: z.uuid().optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type ActivityFilter = z.infer<typeof activityFilterSchema>;
