import { z } from 'zod';
import { roles } from '#db/schema/values';
import { emailAddress, newPassword, optionalText, requiredText } from '~/forms/text-schemas';

const profile = {
  name: requiredText(120),
  email: emailAddress(),
  role: z.enum(roles),
};

export const createStaffSchema = z.object({ ...profile, password: newPassword() });
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

/** The forms of a staff member's page, told apart by the submit button's `intent`. */
export const updateStaffSchema = z.object({ intent: z.literal('update'), ...profile });
export const setStaffPasswordSchema = z.object({
  intent: z.literal('set-password'),
  password: newPassword(),
});
export const setStaffStatusSchema = z.object({ intent: z.enum(['disable', 'enable']) });
export type UpdateStaffInput = Omit<z.infer<typeof updateStaffSchema>, 'intent'>;

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().max(1000),
    newPassword: newPassword(),
    confirmPassword: z.string().max(1000),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: 'account.passwordsDiffer',
    path: ['confirmPassword'],
  });

/** URL parameters of the staff list; anything else in them is ignored. */
export const staffFilterSchema = z.object({
  q: optionalText(100).catch(undefined),
  role: z.enum(roles).optional().catch(undefined),
});
export type StaffFilter = z.infer<typeof staffFilterSchema>;
