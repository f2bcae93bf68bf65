import { z } from 'zod';
import { minimumPasswordLength } from '~/auth/password-policy';

/**
 * PostgreSQL text cannot hold the NUL character, and no one types it; a value
 * with one is refused at its field instead of failing the save.
 */
export function hasNoNulCharacter(text: string): boolean {
  return !text.includes('\u0000');
}

/** A required line of text: surrounding spaces removed, blank counts as missing. */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(max)
    .refine(hasNoNulCharacter, 'validation.controlCharacter');

export const optionalText = (max: number) =>
  z.string().trim().max(max).refine(hasNoNulCharacter, 'validation.controlCharacter').optional();

export const emailAddress = () => z.string().trim().toLowerCase().max(254).pipe(z.email());

export const newPassword = () => z.string().min(minimumPasswordLength).max(200);

/** Record ids in URLs: anything but a UUID is answered with 404 before any query. */
export const recordId = z.uuid();
