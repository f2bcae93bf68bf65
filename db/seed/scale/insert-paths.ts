import type { Sql } from 'postgres';
import { typicalStages } from '../../factories/service-paths';
import { enrolledPerson, mainSegment, personCoach, personId } from './person-sql';
import { enrollmentCount } from './scale-sizes';
import { exitNotes } from './scale-session-texts';
import { arrayLiteral, below, chance, computeOnce, pick, stableUuid, unit } from './sql-random';
import type { ScaleWorld } from './scale-world';

/**
 * How many moves each enrollment has made, in a cycle of 18 enrollments that
 * adds up to 50 moves: 180 000 enrollments make exactly 500 000 stage changes.
 * The first entry is the bench person's (four moves).
 */
const movesCycle = [4, 1, 2, 3, 1, 5, 2, 3, 1, 4, 2, 3, 6, 1, 3, 2, 4, 3];

// `typicalStages` is the steps in order, then the outcome, then the exit.
const stepCount = typicalStages.filter((stage) => stage.kind === 'step').length;
const outcomePosition = typicalStages.findIndex((stage) => stage.kind === 'outcome') + 1;
const exitPosition = typicalStages.findIndex((stage) => stage.kind === 'exit') + 1;

function checkStages(): void {
  const stepsFirst = typicalStages.slice(0, stepCount).every((stage) => stage.kind === 'step');
  if (!stepsFirst || outcomePosition !== stepCount + 1 || exitPosition < 1) {
    throw new Error('the scale seed expects typicalStages to be steps, then an outcome, an exit');
  }
  if (Math.max(...movesCycle) > stepCount + 1) throw new Error('more moves than stages');
}

export function enrollmentId(e: string): string {
  return stableUuid('enrollment', e);
}

/**
 * The SQL of enrollment `e`'s path and moves, shared by both statements:
 * `path` (global path number), `moves`, `leaves` (ends at the exit) and
 * `entered_at` (when the current stage was entered), `gap` days between moves.
 */
function enrollmentColumns(world: ScaleWorld): string {
  const starts: number[] = [];
  const counts: number[] = [];
  let offset = 0;
  for (const segment of world.segments) {
    starts.push(offset);
    counts.push(segment.servicePaths.length);
    offset += segment.servicePaths.length;
  }
  return [
    computeOnce('person', `${enrolledPerson('e')} as h`),
    computeOnce('main', `${mainSegment(world, 'h')} as segment`),
    computeOnce(
      'enrollment',
      `(${arrayLiteral(starts, 'int')})[1 + segment]
          + floor(${unit('h', 'path')} * (${arrayLiteral(counts, 'int')})[1 + segment])::int as path,
        (${arrayLiteral(movesCycle, 'int')})[1 + e % ${movesCycle.length}] as moves,
        now() - make_interval(days => ${below('e', 'entered day', 150)}, secs => ${below('e', 'entered second', 86400)}) as entered_at,
        14 + ${below('e', 'gap', 46)} as gap`,
    ),
    computeOnce('ending', `moves >= 2 and ${chance('e', 'leaves', 0.15)} as leaves`),
  ].join('\n');
}

function pathIdAt(world: ScaleWorld, path: string): string {
  const ids = world.segments.flatMap((segment) => segment.servicePaths.map((p) => p.id));
  return `(${arrayLiteral(ids, 'uuid')})[1 + ${path}]`;
}

/** The stage at a position (1 …) of a global path number. */
function stageIdAt(world: ScaleWorld, path: string, position: string): string {
  const ids = world.segments.flatMap((segment) => segment.servicePaths.flatMap((p) => p.stageIds));
  return `(${arrayLiteral(ids, 'uuid')})[${path} * ${typicalStages.length} + ${position}]`;
}

/** Move `i` goes to step `i`, except the last, which may be the outcome or the exit. */
function positionOfMove(i: string): string {
  return `(case when ${i} = moves and leaves then ${exitPosition} when ${i} > ${stepCount} then ${outcomePosition} else ${i} end)`;
}

function changedAt(i: string): string {
  return `(entered_at - make_interval(days => (moves - ${i}) * gap))`;
}

export async function insertEnrollments(sql: Sql, world: ScaleWorld): Promise<number> {
  checkStages();
  const result = await sql.unsafe(`
    insert into path_enrollments (
      id, person_id, path_id, stage_id, stage_entered_at, started_by, created_at, updated_at
    )
    select ${enrollmentId('e')}, ${personId('h')}, ${pathIdAt(world, 'path')},
      ${stageIdAt(world, 'path', positionOfMove('moves'))},
      entered_at, ${personCoach(world, 'h')}, ${changedAt('1')}, entered_at
    from generate_series(0, ${enrollmentCount(world.sizes) - 1}) e
    ${enrollmentColumns(world)}
  `);
  return result.count;
}

/** Every enrollment's moves, in time order; the last one's stage is the enrollment's stage. */
export async function insertStageChanges(sql: Sql, world: ScaleWorld): Promise<number> {
  const result = await sql.unsafe(`
    insert into stage_changes (
      enrollment_id, person_id, path_id, from_stage_id, to_stage_id, changed_at, changed_by, note
    )
    select ${enrollmentId('e')}, ${personId('h')}, ${pathIdAt(world, 'path')},
      case when i > 1 then ${stageIdAt(world, 'path', positionOfMove('i - 1'))} end,
      ${stageIdAt(world, 'path', positionOfMove('i'))},
      ${changedAt('i')}, ${personCoach(world, 'h')},
      case when i = moves and leaves then ${pick(exitNotes, 'text', 'e', 'exit note')} else '' end
    from generate_series(0, ${enrollmentCount(world.sizes) - 1}) e
    ${enrollmentColumns(world)}
    cross join lateral generate_series(1, moves) i
  `);
  return result.count;
}
