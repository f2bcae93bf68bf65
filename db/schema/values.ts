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
