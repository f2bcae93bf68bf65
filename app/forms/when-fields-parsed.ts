import type { z } from 'zod';

/**
 * For a refinement across fields (a date before another, years within an age):
 * run it as soon as the fields it compares are valid, even when other fields
 * are not, so the user sees every message at once rather than one per submit.
 * Zod skips such refinements after any field error unless told this.
 */
export function whenFieldsParsed(...fields: string[]) {
  return {
    when: (payload: z.core.ParsePayload) =>
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}
