import { arrayLiteral, below, chance, pickWeighted, quote, stableUuid } from './sql-random';
import type { ScaleWorld } from './scale-world';

// A person is their row number `h` (0 … people - 1). Every statement that
// needs a person's id, segment or coach computes it from `h` with these same
// expressions, so sessions and paths agree with the people table without
// joining back to it.
//
// The layout of the row numbers:
//   h = 0            the bench person (bench.person@example.org)
//   h % 20 = 0       never contacted: no sessions (the bench person gets its own)
//   h % 10 = 5       on no service path
//   h % 50 = 1       clients of the bench coach

export function personId(h: string): string {
  return stableUuid('person', h);
}

/** Position in `world.segments` of the person's main segment. */
export function mainSegment(world: ScaleWorld, h: string): string {
  const weights = world.segments.map((segment, index) => [index, segment.share] as const);
  return pickWeighted(weights, 'int', h, 'main segment');
}

/** One person in five also belongs to a second segment (`null` for the rest). */
export function secondSegment(world: ScaleWorld, h: string): string {
  const count = world.segments.length;
  return `(case when ${chance(h, 'has second segment', 0.2)} then (${mainSegment(world, h)} + 1 + ${below(h, 'second segment', count - 1)}) % ${count} end)`;
}

export function segmentIdAt(world: ScaleWorld, position: string): string {
  return `(${arrayLiteral(
    world.segments.map((segment) => segment.id),
    'uuid',
  )})[1 + ${position}]`;
}

/** Nine in ten have a coach; one in fifty is the bench coach's own client. */
export function personCoach(world: ScaleWorld, h: string): string {
  const { benchCoachId } = world.staff;
  return `(case when ${h} % 50 = 1 then ${quote(benchCoachId)}::uuid when ${chance(h, 'no coach', 0.1)} then null else ${anyCoach(world, h, 'coach')} end)`;
}

/** One of the coaches other than the bench coach. */
export function anyCoach(world: ScaleWorld, row: string, purpose: string): string {
  const { coachIds } = world.staff;
  return `(${arrayLiteral(coachIds, 'uuid')})[1 + ${below(row, purpose, coachIds.length)}]`;
}

/** Clients were entered over the 2½ years before the sessions begin, so all history follows. */
export function personCreatedAt(h: string): string {
  return `(now() - make_interval(days => 550 + ${below(h, 'created day', 900)}, secs => ${below(h, 'created second', 86400)}))`;
}

/** The person of enrollment `e` (0 … enrollments - 1): every person whose number does not end in 5. */
export function enrolledPerson(e: string): string {
  return `((${e} / 9) * 10 + ${e} % 9 + (case when ${e} % 9 >= 5 then 1 else 0 end))`;
}

/** The person of contacted client `c` (0 … people × 19/20 - 1): every number but the multiples of 20. */
export function contactedPerson(c: string): string {
  return `(${c} + ${c} / 19 + 1)`;
}
