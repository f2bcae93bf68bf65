import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  isNotNull,
  isNull,
  lt,
  notExists,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { coachingSessions, pathEnrollments, pathStages, people, servicePaths } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { finnishDay, startOfFinnishDay } from '~/forms/finnish-time';
import { visiblePeople } from '~/modules/people/people-scope.server';

const later = alias(coachingSessions, 'later');
const upcomingDays = 14;
const listLimit = 50;

/**
 * The coach's own sessions whose agreed next appointment is still the latest
 * word: no session with the client has been logged after it.
 */
function openAppointments(user: SessionUser) {
  return and(
    eq(coachingSessions.coachId, user.id),
    isNotNull(coachingSessions.nextAppointmentAt),
    visiblePeople(user),
    notExists(
      db()
        .select({ one: sql`1` })
        .from(later)
        .where(
          and(
            eq(later.personId, coachingSessions.personId),
            gt(later.occurredAt, coachingSessions.occurredAt),
          ),
        ),
    ),
  );
}

const appointmentColumns = {
  personId: people.id,
  firstName: people.firstName,
  lastName: people.lastName,
  phone: people.phone,
  at: coachingSessions.nextAppointmentAt,
  lastSessionAt: coachingSessions.occurredAt,
};

/**
 * A coach's day: their clients, today's and the coming two weeks'
 * appointments, follow-ups whose appointment passed with no session, and
 * clients who have stayed in one stage of a path longer than `stalledDays`.
 */
export async function getMyWork(user: SessionUser, { stalledDays }: { stalledDays: number }) {
  requirePermission(user, 'sessions:log');
  const now = new Date();
  const todayStart = startOfFinnishDay(finnishDay(now));
  const tomorrowStart = new Date(todayStart.getTime() + 36 * 3600 * 1000);
  const tomorrow = startOfFinnishDay(finnishDay(tomorrowStart));
  const horizon = new Date(todayStart.getTime() + (upcomingDays + 1) * 24 * 3600 * 1000);

  const [clients, appointments, overdue, stalled] = await Promise.all([
    db()
      .select({ n: count() })
      .from(people)
      .where(and(eq(people.coachId, user.id), visiblePeople(user))),
    db()
      .select(appointmentColumns)
      .from(coachingSessions)
      .innerJoin(people, eq(people.id, coachingSessions.personId))
      .where(
        and(
          openAppointments(user),
          gte(coachingSessions.nextAppointmentAt, todayStart),
          lt(coachingSessions.nextAppointmentAt, horizon),
        ),
      )
      .orderBy(asc(coachingSessions.nextAppointmentAt))
      .limit(listLimit),
    db()
      .select(appointmentColumns)
      .from(coachingSessions)
      .innerJoin(people, eq(people.id, coachingSessions.personId))
      .where(and(openAppointments(user), lt(coachingSessions.nextAppointmentAt, todayStart)))
      .orderBy(desc(coachingSessions.nextAppointmentAt))
      .limit(listLimit),
    db()
      .select({
        personId: people.id,
        firstName: people.firstName,
        lastName: people.lastName,
        pathId: servicePaths.id,
        pathName: servicePaths.name,
        stageName: pathStages.name,
        since: pathEnrollments.stageEnteredAt,
      })
      .from(pathEnrollments)
      .innerJoin(people, eq(people.id, pathEnrollments.personId))
      .innerJoin(pathStages, eq(pathStages.id, pathEnrollments.stageId))
      .innerJoin(servicePaths, eq(servicePaths.id, pathEnrollments.pathId))
      .where(
        and(
          eq(people.coachId, user.id),
          visiblePeople(user),
          eq(pathStages.kind, 'step'),
          isNull(servicePaths.archivedAt),
          sql`${pathEnrollments.stageEnteredAt} < now() - make_interval(days => ${stalledDays})`,
        ),
      )
      .orderBy(asc(pathEnrollments.stageEnteredAt))
      .limit(listLimit),
  ]);
  return {
    clientCount: clients[0]?.n ?? 0,
    today: appointments.filter((row) => row.at! < tomorrow),
    upcoming: appointments.filter((row) => row.at! >= tomorrow),
    overdue,
    stalled,
    upcomingDays,
  };
}
