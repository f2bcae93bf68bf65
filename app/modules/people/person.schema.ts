import { z } from 'zod';
import { recordVersion } from '~/forms/record-version';
import { calendarDay } from '~/forms/calendar-day';
import { finnishDay } from '~/forms/finnish-time';
import {
  educationLevels,
  employmentStatuses,
  legalBases,
  serviceLanguages,
} from '#db/schema/values';
import { optionalWholeNumber } from '~/forms/number-schemas';
import { whenFieldsParsed } from '~/forms/when-fields-parsed';
import { emailAddress, optionalText, requiredText } from '~/forms/text-schemas';
import { isPhoneNumber } from './phone-number';

const currentYear = () => new Date().getFullYear();

/** The person form's fields, shared by creating and editing. */
const personFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: z
    .string()
    .trim()
    .optional()
    .transform((text) => text || undefined)
    .pipe(emailAddress().optional())
    .transform((email) => email ?? null),
  phone: z
    .string()
    .trim()
    .max(30)
    .optional()
    .refine((text) => !text || isPhoneNumber(text), 'people.errors.phone')
    .transform((text) => text || null),
  birthYear: optionalWholeNumber(1900, () => currentYear() - 15, 'people.errors.birthYear'),
  languages: z.array(z.enum(serviceLanguages)).max(8).default([]),
  municipality: optionalText(100).transform((text) => text ?? ''),
  educationLevel: z.enum(educationLevels).default('unknown'),
  educationDetails: optionalText(500).transform((text) => text ?? ''),
  workExperienceYears: optionalWholeNumber(0, () => 60, 'people.errors.workExperience'),
  employmentStatus: z.enum(employmentStatuses).default('unknown'),
  coachId: z
    .string()
    .optional()
    .transform((text) => text || undefined)
    .pipe(z.uuid('people.errors.unknownCoach').optional())
    .transform((id) => id ?? null),
  segmentIds: z.array(z.uuid('people.errors.unknownSegment')).max(10).default([]),
};

/** Years of work cannot exceed the years since one turned 15. */
function experienceFitsAge(
  value: { birthYear: number | null; workExperienceYears: number | null },
  context: z.RefinementCtx,
) {
  if (value.birthYear === null || value.workExperienceYears === null) return;
  if (value.workExperienceYears > currentYear() - value.birthYear - 15) {
    context.addIssue({
      code: 'custom',
      path: ['workExperienceYears'],
      message: 'people.errors.experienceOverAge',
    });
  }
}

const experienceParsed = whenFieldsParsed('birthYear', 'workExperienceYears');

/**
 * A new client: their details and the lawful basis for processing them.
 * `confirmDuplicates` is set when the user has seen the likely duplicates
 * and creates the person anyway.
 */
export const createPersonSchema = z
  .object({
    ...personFields,
    legalBasis: z.enum(legalBases),
    legalPurpose: requiredText(300),
    legalRecordedOn: calendarDay('validation.invalidDate'),
    confirmDuplicates: z
      .enum(['on'])
      .optional()
      .transform((value) => value === 'on'),
  })
  .superRefine(experienceFitsAge, experienceParsed)
  .superRefine((value, context) => {
    if (value.legalRecordedOn > finnishDay()) {
      context.addIssue({
        code: 'custom',
        path: ['legalRecordedOn'],
        message: 'people.errors.recordedInFuture',
      });
    }
  }, whenFieldsParsed('legalRecordedOn'));
export type CreatePersonInput = z.infer<typeof createPersonSchema>;

export const editPersonSchema = z
  .object({ ...personFields, version: recordVersion })
  .superRefine(experienceFitsAge, experienceParsed);
export type EditPersonInput = z.infer<typeof editPersonSchema>;

export type PersonDetails = Omit<EditPersonInput, 'version'>;

export const addNoteSchema = z.object({ body: requiredText(4000) });

export const addLegalBasisSchema = z.object({
  basis: z.enum(legalBases),
  purpose: requiredText(300),
  recordedOn: calendarDay('validation.invalidDate'),
});

export const withdrawLegalBasisSchema = z.object({ legalBasisId: z.uuid() });
