/**
 * How much data each scale makes. Rows are laid out in fixed cycles (see
 * person-sql.ts): one person in 20 is never contacted, one in 10 is on no
 * path, enrollments come in cycles of 18 and the bench person gets every
 * (sessions / 100)th session, so the counts must divide evenly.
 */
export interface ScaleSizes {
  people: number;
  sessions: number;
  coaches: number;
}

export const scales = {
  large: { people: 200_000, sessions: 2_000_000, coaches: 150 },
  /** For trying the seed out in a few seconds. */
  small: { people: 9_000, sessions: 90_000, coaches: 20 },
} as const satisfies Record<string, ScaleSizes>;

export type ScaleName = keyof typeof scales;

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(scales, name);
}

/** The bench person has exactly this many sessions. */
export const benchPersonSessions = 100;

/** Nine in ten people are on a service path (all but those whose number ends in 5). */
export function enrollmentCount(sizes: ScaleSizes): number {
  return (sizes.people / 10) * 9;
}

export function checkSizes(sizes: ScaleSizes): void {
  if (sizes.people % 20 !== 0) {
    throw new Error(`people (${sizes.people}) must be a multiple of 20`);
  }
  if (sizes.sessions % benchPersonSessions !== 0) {
    throw new Error(`sessions (${sizes.sessions}) must be a multiple of ${benchPersonSessions}`);
  }
  if (sizes.coaches < 2) throw new Error('at least two coaches: the bench coach and another');
}
