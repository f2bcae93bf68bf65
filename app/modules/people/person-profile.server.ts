import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  coachingSessions,
  people,
  personLegalBases,
  personSegments,
  segments,
  users,
} from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { visiblePeople } from './people-scope.server';

const coach = alias(users, 'coach');
const recorder = alias(users, 'recorder');

/**
 * Everything the person page shows above the timeline, or null when the person
 * does not exist or is outside the user's caseload (the page answers 404 either way).
 */
export async function getPersonProfile(user: SessionUser, personId: string) {
  requirePermission(user, 'people:read');
  const [person] = await db()
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      phone: people.phone,
      birthYear: people.birthYear,
      languages: people.languages,
      municipality: people.municipality,
      educationLevel: people.educationLevel,
      educationDetails: people.educationDetails,
      workExperienceYears: people.workExperienceYears,
      employmentStatus: people.employmentStatus,
      coachId: people.coachId,
      coachName: coach.name,
      lastContactAt: people.lastContactAt,
      version: people.version,
      createdAt: people.createdAt,
    })
    .from(people)
    .leftJoin(coach, eq(coach.id, people.coachId))
    .where(and(eq(people.id, personId), visiblePeople(user)));
  if (!person) return null;

  const [segmentRows, legalBases, nextAppointment] = await Promise.all([
    db()
      .select({ id: segments.id, name: segments.name })
      .from(personSegments)
      .innerJoin(segments, eq(segments.id, personSegments.segmentId))
      .where(eq(personSegments.personId, personId))
      .orderBy(asc(segments.name)),
    db()
      .select({
        id: personLegalBases.id,
        basis: personLegalBases.basis,
        purpose: personLegalBases.purpose,
        recordedOn: personLegalBases.recordedOn,
        recordedBy: recorder.name,
        withdrawnAt: personLegalBases.withdrawnAt,
      })
      .from(personLegalBases)
      .leftJoin(recorder, eq(recorder.id, personLegalBases.recordedBy))
      .where(eq(personLegalBases.personId, personId))
      .orderBy(desc(personLegalBases.recordedOn), desc(personLegalBases.createdAt)),
    // The appointment agreed at the latest session, if it is still ahead.
    db()
      .select({ at: coachingSessions.nextAppointmentAt })
      .from(coachingSessions)
      .where(eq(coachingSessions.personId, personId))
      .orderBy(desc(coachingSessions.occurredAt))
      .limit(1)
      .then((rows) => rows.filter((row) => row.at && row.at > new Date())),
  ]);
  return {
    person,
    segments: segmentRows,
    legalBases,
    nextAppointmentAt: nextAppointment[0]?.at ?? null,
  };
}
