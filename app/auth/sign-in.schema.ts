import { z } from 'zod';

/** The sign-in form, checked in the browser and again by the action. */
export const signInSchema = z.object({
  email: z.string().trim().max(254).pipe(z.email()),
  password: z.string().max(1000),
  redirectTo: z.string().optional(),
});
