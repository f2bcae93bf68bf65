import { describe, expect, it } from 'vitest';
import { type z } from 'zod';
import { createStaffSchema } from '~/modules/staff/staff.schema';
import { decodeMessage } from './validation-messages';

function messagesOf(result: z.ZodSafeParseResult<unknown>) {
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), decodeMessage(issue.message)]),
  );
}

describe('validation messages', () => {
  it('names the problem of each field as a translation key with its parameters', () => {
    const result = createStaffSchema.safeParse({
      name: '   ',
      email: 'not-an-email',
      role: 'boss',
      password: 'short',
    });
    expect(messagesOf(result)).toEqual({
      name: { key: 'validation.required', params: {} },
      email: { key: 'validation.email', params: {} },
      role: { key: 'validation.invalidOption', params: {} },
      password: { key: 'validation.tooShort', params: { minimum: 12 } },
    });
  });

  it('reports a missing field as required and an over-long one with its limit', () => {
    const result = createStaffSchema.safeParse({
      name: 'x'.repeat(121),
      role: 'coach',
      password: 'long enough password',
    });
    expect(messagesOf(result)).toEqual({
      name: { key: 'validation.tooLong', params: { maximum: 120 } },
      email: { key: 'validation.required', params: {} },
    });
  });

  it('refuses a NUL character, which PostgreSQL text cannot hold, at its field', () => {
    const result = createStaffSchema.safeParse({
      name: 'Anna\u0000Virtanen',
      email: 'anna@example.org',
      role: 'coach',
      password: 'long enough password',
    });
    expect(messagesOf(result)).toEqual({
      name: { key: 'validation.controlCharacter', params: {} },
    });
  });
});
