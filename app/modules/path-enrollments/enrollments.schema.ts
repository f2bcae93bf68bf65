import { z } from 'zod';
import { recordVersion } from '~/forms/record-version';
import { optionalText } from '~/forms/text-schemas';

const note = optionalText(1000).transform((text) => text ?? '');

/** Putting a client on a path; without a stage they start at its first one. */
export const enrollSchema = z.object({
  pathId: z.uuid('enrollments.errors.choosePath'),
  stageId: z
    .string()
    .optional()
    .transform((text) => text || undefined)
    .pipe(z.uuid('enrollments.errors.stageOfAnotherPath').optional()),
  note,
});
export type EnrollInput = z.infer<typeof enrollSchema>;

/** Moving a client on a path names the version of their place that the form showed. */
export const moveSchema = z.object({
  enrollmentId: z.uuid(),
  stageId: z.uuid('enrollments.errors.chooseStage'),
  note,
  version: recordVersion,
});
export type MoveInput = z.infer<typeof moveSchema>;
