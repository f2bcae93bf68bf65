import { z } from 'zod';
import { recordVersion } from '~/forms/record-version';
import { calendarDay } from '~/forms/calendar-day';
import { stageKinds } from '#db/schema/values';
import { optionalText, requiredText } from '~/forms/text-schemas';

/** How a new path begins: with the typical stages (typicalStages) or none. */
export const pathStarts = ['typical', 'empty'] as const;

export const maxStagesPerPath = 30;

const pathName = requiredText(120);
const description = optionalText(2000).transform((text) => text ?? '');
const stageName = requiredText(80);
const version = recordVersion;

/** A new service path of a segment. */
export const createPathSchema = z.object({
  name: pathName,
  description,
  segmentId: z.uuid('paths.errors.chooseSegment'),
  start: z.enum(pathStarts).default('typical'),
});
export type CreatePathInput = z.infer<typeof createPathSchema>;

/** A path's name and description, saved against the version the form was loaded with. */
export const pathDetailsSchema = z.object({
  intent: z.literal('details'),
  name: pathName,
  description,
  version,
});
export type PathDetailsInput = z.infer<typeof pathDetailsSchema>;

export const pathArchiveSchema = z.object({
  intent: z.enum(['archive', 'restore']),
  version,
});

/** Renaming a stage and changing its kind: one small form per stage. */
export const updateStageSchema = z.object({
  intent: z.literal('update-stage'),
  stageId: z.uuid(),
  name: stageName,
  kind: z.enum(stageKinds),
});
export type UpdateStageInput = z.infer<typeof updateStageSchema>;

export const moveStageSchema = z.object({
  intent: z.literal('move-stage'),
  stageId: z.uuid(),
  direction: z.enum(['up', 'down']),
});
export type MoveStageInput = z.infer<typeof moveStageSchema>;

/** A new stage goes after the chosen one; with none chosen, at the end. */
export const addStageSchema = z.object({
  intent: z.literal('add-stage'),
  name: stageName,
  kind: z.enum(stageKinds).default('step'),
  after: z.uuid('paths.errors.unknownStage').optional(),
});
export type AddStageInput = z.infer<typeof addStageSchema>;

export const removeStageSchema = z.object({
  intent: z.literal('remove-stage'),
  stageId: z.uuid(),
});

/** Every form of the stages page, told apart by its `intent`. */
export const pathEditSchemas = {
  details: pathDetailsSchema,
  archive: pathArchiveSchema,
  restore: pathArchiveSchema,
  'update-stage': updateStageSchema,
  'move-stage': moveStageSchema,
  'add-stage': addStageSchema,
  'remove-stage': removeStageSchema,
} as const;
export type PathEditIntent = keyof typeof pathEditSchemas;

/** URL parameters of the path list; anything malformed is ignored. */
export const pathListFilterSchema = z.object({
  archived: z
    .enum(['1'])
    .optional()
    .catch(undefined)
    .transform((value) => value === '1'),
});

/** `/paths/new?segment=…` preselects the segment; a malformed id is ignored. */
export const newPathQuerySchema = z.object({
  segment: z.uuid().optional().catch(undefined),
});

const day = calendarDay('paths.funnel.errors.invalidDate');

/**
 * The funnel's period, as days in the URL (both included). Either may be left
 * out; the page fills in the last twelve months.
 */
const period = z.object({ from: day.optional(), to: day.optional() });
export const funnelPeriodSchema = period.refine(
  (value) => !value.from || !value.to || value.from <= value.to,
  {
    path: ['to'],
    message: 'paths.funnel.errors.toBeforeFrom',
    // Compared only when both are real dates; a malformed one has its own message.
    when: (payload) => period.safeParse(payload.value).success,
  },
);
export type FunnelPeriodInput = z.infer<typeof funnelPeriodSchema>;
