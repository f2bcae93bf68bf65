import { z } from 'zod';
import { channels, segmentKinds, serviceLanguages } from '#db/schema/values';
import { optionalText, requiredText } from '~/forms/text-schemas';

export const maxNeeds = 30;

/** A textarea with one item per line, as a list without blank lines. */
const lines = (maxItems: number, maxLength: number) =>
  z
    .string()
    .max(maxItems * (maxLength + 2))
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(maxLength)).max(maxItems));

/** The segment profile form, checked in the browser and again by the action. */
export const segmentProfileSchema = z.object({
  name: requiredText(120),
  kind: z.enum(segmentKinds),
  description: optionalText(4000).transform((text) => text ?? ''),
  needs: lines(maxNeeds, 300),
  valueProposition: optionalText(4000).transform((text) => text ?? ''),
  preferredChannels: z.array(z.enum(channels)).default([]),
  languages: z.array(z.enum(serviceLanguages)).default([]),
  ownerId: z.uuid('segments.errors.unknownOwner'),
  teamUserIds: z.array(z.uuid('segments.errors.unknownTeamMember')).default([]),
});
export type SegmentProfileInput = z.infer<typeof segmentProfileSchema>;

/** Editing names the version the form was loaded with (optimistic locking). */
export const segmentEditSchema = segmentProfileSchema.extend({
  version: z.coerce.number().int().positive(),
});

export const segmentArchiveSchema = z.object({
  intent: z.enum(['archive', 'restore']),
  version: z.coerce.number().int().positive(),
});

/** URL parameters of the segment list; anything malformed is ignored. */
export const segmentFilterSchema = z.object({
  q: optionalText(100).catch(undefined),
  kind: z.enum(segmentKinds).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  archived: z
    .enum(['1'])
    .optional()
    .catch(undefined)
    .transform((value) => value === '1'),
});
export type SegmentFilter = z.infer<typeof segmentFilterSchema>;
