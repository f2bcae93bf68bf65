// The accounts and the person the benchmark (scripts/bench) signs in as and
// opens. Everything the scale seed creates is named so it can be found and
// removed again: staff emails start with `bench.`, segment names with `Bench: `.

export const benchEmails = {
  manager: 'bench.manager@example.org',
  coach: 'bench.coach@example.org',
  /** The person whose page the benchmark opens: exactly 100 sessions. */
  person: 'bench.person@example.org',
} as const;

/**
 * The password of the two bench accounts. The scale seed refuses to run in
 * production, and the other bench staff get a password nobody knows.
 */
export const benchPassword = 'polku-bench-2026';

export const benchStaffEmailPattern = 'bench.%@example.org';
export const benchSegmentPrefix = 'Bench: ';
