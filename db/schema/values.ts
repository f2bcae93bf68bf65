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
