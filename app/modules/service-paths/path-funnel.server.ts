import { and, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { people, stageChanges } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { getPathStages } from './service-paths.server';

/** A period of whole days, `YYYY-MM-DD`, both included. */
export interface FunnelPeriod {
  from: string;
  to: string;
}

/** The last twelve months up to `today` (a Finnish calendar day). */
export function defaultFunnelPeriod(today: string): FunnelPeriod {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  // 29 February a year back is the 28th.
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const from = `${year - 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  return { from, to: today };
}

/** Midnight in Finland at the start of `day` plus `offset` days, as a timestamp. */
const startOfDay = (day: string, offset = 0) =>
  sql`((${day}::date + ${offset}::int)::timestamp at time zone 'Europe/Helsinki')`;

/**
 * How many distinct people entered each stage of the path during the period
 * (moves, including the first one onto the path), in stage order, with each
 * count as a percentage of the first stage's. Counts only: no names, so every
 * role that reads people sees the whole path. Deleted people are not counted.
 */
export async function getPathFunnel(user: SessionUser, pathId: string, period: FunnelPeriod) {
  requirePermission(user, 'people:read');
  const [stages, counts] = await Promise.all([
    getPathStages(pathId),
    db()
      .select({
        stageId: stageChanges.toStageId,
        n: sql<number>`count(distinct ${stageChanges.personId})::int`,
      })
      .from(stageChanges)
      .innerJoin(people, eq(people.id, stageChanges.personId))
      .where(
        and(
          eq(stageChanges.pathId, pathId),
          isNull(people.deletedAt),
          gte(stageChanges.changedAt, startOfDay(period.from)),
          lt(stageChanges.changedAt, startOfDay(period.to, 1)),
        ),
      )
      .groupBy(stageChanges.toStageId),
  ]);
  const countOf = new Map(counts.map((row) => [row.stageId, row.n]));
  const first = stages[0] ? (countOf.get(stages[0].id) ?? 0) : 0;
  return stages.map((stage) => {
    const entered = countOf.get(stage.id) ?? 0;
    return {
      ...stage,
      entered,
      /** Of the first stage's count; null when nobody entered the first stage. */
      percentOfFirst: first > 0 ? Math.round((entered / first) * 100) : null,
    };
  });
}
export type FunnelRow = Awaited<ReturnType<typeof getPathFunnel>>[number];
