import { and, asc, count, desc, eq, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { pathEnrollments, pathStages, people, stageChanges, users } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { visiblePeople } from '~/modules/people/people-scope.server';
import { getPathStages } from './service-paths.server';

/** Cards shown per stage; the rest are a link to the people list filtered by the stage. */
export const boardColumnLimit = 30;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The board of a path: its stages in order, each with the clients in it now
 * (longest waiting first, at most `boardColumnLimit`) and how many there are.
 * Only people the user may read are shown or counted.
 */
export async function getPathBoard(user: SessionUser, pathId: string, now = new Date()) {
  requirePermission(user, 'people:read');
  const inScope = and(eq(pathEnrollments.pathId, pathId), visiblePeople(user));
  const ranked = db()
    .select({
      stageId: pathEnrollments.stageId,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      stageEnteredAt: pathEnrollments.stageEnteredAt,
      coachName: users.name,
      rank: sql<number>`row_number() over (partition by ${pathEnrollments.stageId} order by ${pathEnrollments.stageEnteredAt}, ${people.id})`.as(
        'rank',
      ),
    })
    .from(pathEnrollments)
    .innerJoin(people, eq(people.id, pathEnrollments.personId))
    .leftJoin(users, eq(users.id, people.coachId))
    .where(inScope)
    .as('ranked');
  const [stages, cards, counts] = await Promise.all([
    getPathStages(pathId),
    db().select().from(ranked).where(lte(ranked.rank, boardColumnLimit)).orderBy(asc(ranked.rank)),
    db()
      .select({ stageId: pathEnrollments.stageId, n: count() })
      .from(pathEnrollments)
      .innerJoin(people, eq(people.id, pathEnrollments.personId))
      .where(inScope)
      .groupBy(pathEnrollments.stageId),
  ]);
  const countOf = new Map(counts.map((row) => [row.stageId, row.n]));
  return stages.map((stage) => ({
    ...stage,
    count: countOf.get(stage.id) ?? 0,
    cards: cards
      .filter((card) => card.stageId === stage.id)
      .map((card) => ({
        personId: card.personId,
        name: `${card.firstName} ${card.lastName}`,
        coachName: card.coachName,
        daysInStage: Math.max(
          0,
          Math.floor((now.getTime() - new Date(card.stageEnteredAt).getTime()) / dayMs),
        ),
      })),
  }));
}
export type BoardColumn = Awaited<ReturnType<typeof getPathBoard>>[number];

/**
 * The latest moves on the path (from, to, when, who) of people the user may
 * read. Stages are joined by id, so a renamed stage shows its current name.
 * Notes stay on the person's page.
 */
export async function listRecentMoves(user: SessionUser, pathId: string, limit = 10) {
  requirePermission(user, 'people:read');
  const fromStage = alias(pathStages, 'from_stage');
  const toStage = alias(pathStages, 'to_stage');
  const rows = await db()
    .select({
      id: stageChanges.id,
      changedAt: stageChanges.changedAt,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      fromStage: fromStage.name,
      toStage: toStage.name,
      changedBy: users.name,
    })
    .from(stageChanges)
    .innerJoin(people, eq(people.id, stageChanges.personId))
    .innerJoin(toStage, eq(toStage.id, stageChanges.toStageId))
    .leftJoin(fromStage, eq(fromStage.id, stageChanges.fromStageId))
    .leftJoin(users, eq(users.id, stageChanges.changedBy))
    .where(and(eq(stageChanges.pathId, pathId), visiblePeople(user)))
    .orderBy(desc(stageChanges.changedAt), desc(stageChanges.id))
    .limit(limit);
  return rows.map(({ firstName, lastName, ...move }) => ({
    ...move,
    personName: `${firstName} ${lastName}`,
  }));
}
