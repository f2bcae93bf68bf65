import { z } from 'zod';
import { fundingCallStatuses, priorities } from '#db/schema/values';
import { optionalText, requiredText } from '~/forms/text-schemas';

/** Why the item serves the segment: the point of the map, so it is never left out. */
const rationale = z
  .string('offeringMap.errors.rationaleRequired')
  .trim()
  .min(1, 'offeringMap.errors.rationaleRequired')
  .max(1000);

const priority = z.enum(priorities);

/** A choice from a list of records: nothing chosen and a forged id get different messages. */
const choice = (missingKey: string, unknownKey: string) =>
  z.uuid({ error: (issue) => (issue.input === undefined ? missingKey : unknownKey) });

const finnishDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A calendar date as the date input sends it (2026-09-30). Where the browser
 * has no date picker people type it the Finnish way (30.9.2026), so that is
 * accepted too. Years outside 2000–2099 are typing mistakes for a call deadline.
 */
const deadline = z
  .string()
  .trim()
  .transform((text) => {
    const match = finnishDate.exec(text);
    if (!match) return text;
    const [, day, month, year] = match;
    return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  })
  .pipe(
    z.iso
      .date('offeringMap.errors.invalidDate')
      .refine((value) => value >= '2000-01-01' && value < '2100-01-01', {
        message: 'offeringMap.errors.invalidDate',
      }),
  );

export const linkOfferingSchema = z.object({
  intent: z.literal('link-offering'),
  offeringId: choice('offeringMap.errors.chooseOffering', 'offeringMap.errors.unknownOffering'),
  rationale,
  priority,
});
export type LinkOfferingInput = Omit<z.infer<typeof linkOfferingSchema>, 'intent'>;

export const linkFundingCallSchema = z.object({
  intent: z.literal('link-funding-call'),
  fundingCallId: choice(
    'offeringMap.errors.chooseFundingCall',
    'offeringMap.errors.unknownFundingCall',
  ),
  rationale,
  priority,
});
export type LinkFundingCallInput = Omit<z.infer<typeof linkFundingCallSchema>, 'intent'>;

/** A new funding call and its link to the segment, saved together. */
export const createFundingCallSchema = z.object({
  intent: z.literal('create-funding-call'),
  funder: requiredText(120),
  name: requiredText(200),
  deadline: deadline.optional(),
  status: z.enum(fundingCallStatuses),
  notes: optionalText(2000).transform((text) => text ?? ''),
  rationale,
  priority,
});
export type CreateFundingCallInput = Omit<z.infer<typeof createFundingCallSchema>, 'intent'>;

/** The remove button of one row of the map. */
export const unlinkOfferingSchema = z.object({
  intent: z.literal('unlink-offering'),
  offeringId: z.uuid(),
});

export const unlinkFundingCallSchema = z.object({
  intent: z.literal('unlink-funding-call'),
  fundingCallId: z.uuid(),
});
