// The closed sets of values the schema's enums are made of. Kept free of
// drizzle imports so that browser code can use them too.

export const roles = ['admin', 'manager', 'coach', 'partnership'] as const;
export type Role = (typeof roles)[number];

export const locales = ['fi', 'en'] as const;
export type Locale = (typeof locales)[number];

export const segmentKinds = [
  'immigrant_background',
  'unemployed_laid_off',
  'career_changers',
  'employers',
  'other',
] as const;
export type SegmentKind = (typeof segmentKinds)[number];

/** How a customer is reached or served (also the channels of coaching sessions). */
export const channels = ['in_person', 'phone', 'email', 'chat', 'video', 'popup_event'] as const;
export type Channel = (typeof channels)[number];

/** Languages a segment is served in, as ISO 639-1 codes (names come from Intl.DisplayNames). */
export const serviceLanguages = [
  'fi',
  'sv',
  'en',
  'ru',
  'et',
  'ar',
  'so',
  'uk',
  'fa',
  'ku',
  'zh',
  'vi',
  'tr',
  'es',
  'fr',
  'de',
] as const;
export type ServiceLanguage = (typeof serviceLanguages)[number];

/** Customer understanding: "assumption becomes knowledge" (luulo muuttuu tiedoksi). */
export const insightStatuses = ['assumption', 'validated', 'refuted'] as const;
export type InsightStatus = (typeof insightStatuses)[number];

export const priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];

export const offeringKinds = [
  'open_uas',
  'specialisation',
  'continuing_education',
  'project_course',
] as const;
export type OfferingKind = (typeof offeringKinds)[number];

export const fundingCallStatuses = [
  'upcoming',
  'open',
  'applied',
  'granted',
  'rejected',
  'closed',
] as const;
export type FundingCallStatus = (typeof fundingCallStatuses)[number];

/** What customers ask about in guidance (from the seed documents). */
export const sessionTopics = [
  'money_funding',
  'application',
  'content',
  'duration',
  'prior_learning',
  'confirming_decision',
  'too_old',
  'is_this_for_me',
  'fear_languages_maths',
  'own_resources',
  'study_modes',
  'other',
] as const;
export type SessionTopic = (typeof sessionTopics)[number];

/** Where a client stands in working life, as the TE services and the seeds describe it. */
export const employmentStatuses = [
  'employed',
  'self_employed',
  'unemployed',
  'laid_off',
  'student',
  'outside_workforce',
  'unknown',
] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];

/** Highest completed education, in the Finnish levels (a degree from abroad is mapped to its level). */
export const educationLevels = [
  'basic',
  'upper_secondary',
  'vocational',
  'bachelor',
  'master',
  'doctorate',
  'unknown',
] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** The lawful basis for processing a client's personal data (GDPR art. 6). */
export const legalBases = [
  'consent',
  'contract',
  'public_task',
  'legal_obligation',
  'legitimate_interest',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/**
 * What a stage of a service path means: a step on the way, an outcome
 * (completed, employed) or the exit for those who leave. Outcome and exit
 * stages end a client's time on the path, so they never count as stalled.
 */
export const stageKinds = ['step', 'outcome', 'exit'] as const;
export type StageKind = (typeof stageKinds)[number];
