import { and, count, countDistinct, eq, isNotNull, not, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  coachingSessions,
  pathEnrollments,
  pathStages,
  people,
  personLegalBases,
  personNotes,
  personSegments,
  segments,
  servicePaths,
  users,
} from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { visiblePeople } from '~/modules/people/people-scope.server';
import { getMyWork } from '~/modules/sessions/my-work.server';
import { seedDemoData } from './seed-demo';

let coach: SessionUser;
let coach2: SessionUser;

async function demoUser(email: string): Promise<SessionUser> {
  const [user] = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .where(eq(users.email, email));
  if (!user) throw new Error(`no demo account ${email}`);
  return user;
}

async function countPeople(where: ReturnType<typeof and>) {
  const [row] = await db().select({ n: count() }).from(people).where(where);
  return row?.n ?? 0;
}

beforeAll(async () => {
  await seedDemoData(db());
  [coach, coach2] = await Promise.all([
    demoUser('coach@example.org'),
    demoUser('coach2@example.org'),
  ]);
});

describe('the demo seed', () => {
  it('has about 300 clients in the four segments, some in two, each with a legal basis', async () => {
    const perSegment = await db()
      .select({ name: segments.name, n: count() })
      .from(personSegments)
      .innerJoin(segments, eq(segments.id, personSegments.segmentId))
      .groupBy(segments.name);
    expect(perSegment).toHaveLength(4);
    for (const { name, n } of perSegment) expect(n, name).toBeGreaterThanOrEqual(40);
    const [totals] = await db()
      .select({ people: countDistinct(personSegments.personId), memberships: count() })
      .from(personSegments);
    expect(totals!.people).toBeGreaterThanOrEqual(250);
    expect(totals!.memberships).toBeGreaterThan(totals!.people);
    const [bases] = await db()
      .select({ rows: count(), people: countDistinct(personLegalBases.personId) })
      .from(personLegalBases);
    expect(bases).toEqual({ rows: totals!.people, people: totals!.people });
  });

  it('gives the two coaches different caseloads and leaves some clients to managers', async () => {
    // The scope condition is null for a client with no coach, so it is made two-valued first.
    const sees = (user: SessionUser) => sql`coalesce(${visiblePeople(user)}, false)`;
    expect(await countPeople(and(sees(coach), not(sees(coach2))))).toBeGreaterThan(0);
    expect(await countPeople(and(sees(coach2), not(sees(coach))))).toBeGreaterThan(0);
    expect(await countPeople(and(not(sees(coach)), not(sees(coach2))))).toBeGreaterThan(0);
  });

  it('has a client in every stage of every path right now', async () => {
    const stages = await db()
      .select({ path: servicePaths.name, stage: pathStages.name, n: count(pathEnrollments.id) })
      .from(pathStages)
      .innerJoin(servicePaths, eq(servicePaths.id, pathStages.pathId))
      .leftJoin(pathEnrollments, eq(pathEnrollments.stageId, pathStages.id))
      .groupBy(servicePaths.name, pathStages.name);
    expect(stages.length).toBeGreaterThan(20);
    expect(stages.filter((stage) => stage.n === 0)).toEqual([]);
  });

  it.each([30, 60])(
    'fills each coach’s My work with %i days as the stalled limit',
    async (stalledDays) => {
      for (const user of [coach, coach2]) {
        const work = await getMyWork(user, { stalledDays });
        expect(work.today.length, user.email).toBeGreaterThanOrEqual(2);
        expect(work.today.length, user.email).toBeLessThanOrEqual(3);
        expect(work.upcoming.length, user.email).toBeGreaterThanOrEqual(3);
        expect(work.overdue.length, user.email).toBeGreaterThanOrEqual(3);
        expect(work.overdue.length, user.email).toBeLessThanOrEqual(4);
        expect(work.stalled.length, user.email).toBeGreaterThanOrEqual(3);
        expect(work.stalled.length, user.email).toBeLessThanOrEqual(4);
      }
    },
  );

  it('keeps each client’s last contact at their latest session; new clients have none', async () => {
    const latest = db()
      .select({
        personId: coachingSessions.personId,
        at: sql<Date>`max(${coachingSessions.occurredAt})`.as('at'),
      })
      .from(coachingSessions)
      .groupBy(coachingSessions.personId)
      .as('latest');
    const [row] = await db()
      .select({
        withSessions: count(latest.personId),
        matching: count(sql`case when ${people.lastContactAt} = ${latest.at} then 1 end`),
      })
      .from(people)
      .leftJoin(latest, eq(latest.personId, people.id));
    expect(row!.matching).toBe(row!.withSessions);
    expect(await countPeople(isNotNull(people.lastContactAt))).toBe(row!.withSessions);
    expect(await countPeople(sql`${people.lastContactAt} is null`)).toBeGreaterThan(0);
    const [notes] = await db().select({ n: count() }).from(personNotes);
    expect(notes!.n).toBeGreaterThan(0);
  });
});
