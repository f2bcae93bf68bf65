import { z } from 'zod';
import { recordVersion } from '~/forms/record-version';
import { channels, sessionTopics } from '#db/schema/values';
import { parseFinnishDateTime } from '~/forms/finnish-time';
import { wholeNumber } from '~/forms/number-schemas';
import { whenFieldsParsed } from '~/forms/when-fields-parsed';
import { optionalText } from '~/forms/text-schemas';

/** A `datetime-local` value in Finnish time, as an instant. */
const finnishDateTime = () =>
  z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .transform((text, context) => {
      const instant = parseFinnishDateTime(text);
      if (!instant) {
        context.addIssue({ code: 'custom', message: 'validation.invalidDateTime' });
        return z.NEVER;
      }
      return instant;
    });

const optionalFinnishDateTime = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((text, context) => {
      if (!text) return null;
      const instant = parseFinnishDateTime(text);
      if (!instant) {
        context.addIssue({ code: 'custom', message: 'validation.invalidDateTime' });
        return z.NEVER;
      }
      return instant;
    });

/** A session may be logged a little ahead of the clock, never for a day to come. */
const futureAllowanceMs = 15 * 60 * 1000;

/**
 * A coaching session, as logged and as edited. Built to be filled in under a
 * minute: only the time, length, channel and a topic are required.
 */
const sessionFields = z.object({
  occurredAt: finnishDateTime(),
  durationMinutes: wholeNumber(1, 600, 'sessions.errors.duration'),
  channel: z.enum(channels),
  topics: z
    .array(z.enum(sessionTopics), 'sessions.errors.topicRequired')
    .min(1, 'sessions.errors.topicRequired'),
  notes: optionalText(10_000).transform((text) => text ?? ''),
  nextSteps: optionalText(2_000).transform((text) => text ?? ''),
  nextAppointmentAt: optionalFinnishDateTime(),
});

/** The times must be in order, and a session cannot be logged before it happens. */
function timesInOrder(
  value: { occurredAt: Date; nextAppointmentAt: Date | null },
  context: z.RefinementCtx,
) {
  if (value.occurredAt.getTime() > Date.now() + futureAllowanceMs) {
    context.addIssue({ code: 'custom', path: ['occurredAt'], message: 'sessions.errors.inFuture' });
  }
  if (value.nextAppointmentAt && value.nextAppointmentAt <= value.occurredAt) {
    context.addIssue({
      code: 'custom',
      path: ['nextAppointmentAt'],
      message: 'sessions.errors.appointmentBeforeSession',
    });
  }
}

const timesParsed = whenFieldsParsed('occurredAt', 'nextAppointmentAt');

export const sessionSchema = sessionFields.superRefine(timesInOrder, timesParsed);
export type SessionInput = z.infer<typeof sessionSchema>;

export const editSessionSchema = sessionFields
  .extend({ version: recordVersion })
  .superRefine(timesInOrder, timesParsed);
export type EditSessionInput = z.infer<typeof editSessionSchema>;

/** The "my work" page's setting: how many days in one stage counts as stalled. */
export const myWorkSchema = z.object({
  stalledDays: z.coerce.number().int().min(7).max(365).catch(30).default(30),
});
