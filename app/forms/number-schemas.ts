import { z } from 'zod';

/**
 * A whole number typed in a field, between `min` and `max` (a function, so a
 * limit like "this year" is read when the form is checked). Anything else,
 * a negative number or a decimal included, gets `message` by the field.
 */
function wholeNumberText(min: number, max: () => number, message: string, required: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .transform((text, context) => {
      if (!text) {
        if (required) context.addIssue({ code: 'custom', message: 'validation.required' });
        return null;
      }
      const value = Number(text);
      if (!/^-?\d+$/.test(text) || value < min || value > max()) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return value;
    });
}

/** Blank is "not known" (null). */
export const optionalWholeNumber = (min: number, max: () => number, message: string) =>
  wholeNumberText(min, max, message, false);

export const wholeNumber = (min: number, max: number, message: string) =>
  wholeNumberText(min, () => max, message, true).transform((value) => value as number);
