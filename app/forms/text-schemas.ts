import { z } from 'zod';
import { minimumPasswordLength } from '~/auth/password-policy';

/** A required line of text: surrounding spaces removed, blank counts as missing. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max);

export const optionalText = (max: number) => z.string().trim().max(max).optional();

export const emailAddress = () => z.string().trim().toLowerCase().max(254).pipe(z.email());

export const newPassword = () => z.string().min(minimumPasswordLength).max(200);

/** Record ids in URLs: anything but a UUID is answered with 404 before any query. */
export const recordId = z.uuid();
