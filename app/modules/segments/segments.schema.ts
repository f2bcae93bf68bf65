import { z } from 'zod';
import { recordVersion } from '~/forms/record-version';
import { channels, segmentKinds, serviceLanguages } from '#db/schema/values';
import { optionalText, requiredText } from '~/forms/text-schemas';
import { encodeMessage } from '~/forms/validation-messages';

export const maxNeeds = 30;

/**
 * A textarea with one item per line, as a list without blank or repeated lines.
 * Limits are checked on the text so that the message shows by the field.
 */
const lines = (maxItems: number, maxLength: number) =>
  z
    .string()
    .optional()
    .transform((text, context) => {
      const items = [
        ...new Set(
          (text ?? '')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ];
      if (items.length > maxItems) {
        context.addIssue({
          code: 'custom',
          message: encodeMessage('segments.errors.tooManyLines', { maximum: maxItems }),
        });
      } else if (items.some((item) => item.length > maxLength)) {
        context.addIssue({
          code: 'custom',
          message: encodeMessage('segments.errors.lineTooLong', { maximum: maxLength }),
        });
      }
      return items;
    });

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
  version: recordVersion,
});

export const segmentArchiveSchema = z.object({
  intent: z.enum(['archive', 'restore']),
  version: recordVersion,
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
