import { z } from 'zod';
import { recordVersion } from '~/forms/record-version';
import { insightStatuses, type InsightStatus } from '#db/schema/values';
import { optionalText, requiredText } from '~/forms/text-schemas';

export const maxLinkedPeople = 50;

/** Validating or refuting an assumption needs the evidence that changed it. */
export function needsEvidence(status: InsightStatus): boolean {
  return status !== 'assumption';
}

// A day of slack: the browser and the server may be on either side of midnight.
function notInFuture(date: string): boolean {
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return date <= tomorrow;
}

const evidence = optionalText(2000).transform((text) => text ?? '');

function evidenceWhenNeeded(value: { status: InsightStatus; evidence: string }): boolean {
  return !needsEvidence(value.status) || value.evidence.length > 0;
}

const evidenceCheck = {
  path: ['evidence'],
  message: 'insights.errors.evidenceRequired',
  // Checked even while other fields are still wrong, so every message shows at once.
  when: (payload: { value: unknown }) =>
    z.object({ status: z.enum(insightStatuses), evidence }).safeParse(payload.value).success,
};

/** A new insight; it starts as an assumption unless the author already has evidence. */
export const addInsightSchema = z
  .object({
    statement: requiredText(1000),
    source: requiredText(200),
    observedOn: z.iso
      .date('insights.errors.invalidDate')
      .refine(notInFuture, 'insights.errors.futureDate'),
    status: z.enum(insightStatuses).default('assumption'),
    evidence,
    personIds: z
      .array(z.uuid('insights.errors.unknownPerson'))
      .max(maxLinkedPeople, 'insights.errors.tooManyPeople')
      .default([]),
    sessionIds: z
      .array(z.uuid('insights.errors.unknownSession'))
      .max(maxLinkedPeople, 'insights.errors.tooManySessions')
      .default([]),
  })
  .refine(evidenceWhenNeeded, evidenceCheck);
export type AddInsightInput = z.infer<typeof addInsightSchema>;

/** A status change names the version of the insight the form was loaded with. */
export const changeInsightStatusSchema = z
  .object({
    insightId: z.uuid(),
    status: z.enum(insightStatuses, 'insights.errors.chooseStatus'),
    evidence,
    version: recordVersion,
  })
  .refine(evidenceWhenNeeded, evidenceCheck);
export type ChangeInsightStatusInput = z.infer<typeof changeInsightStatusSchema>;

/** URL parameters of the insight log; anything malformed is ignored. */
export const insightFilterSchema = z.object({
  status: z.enum(insightStatuses).optional().catch(undefined),
  /** Narrows the people offered for linking, by name. */
  people: optionalText(100).catch(undefined),
});
export type InsightFilter = z.infer<typeof insightFilterSchema>;
