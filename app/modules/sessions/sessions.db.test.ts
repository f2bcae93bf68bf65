import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertCoachingSession } from '#db/factories/coaching';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { insertEnrollment, insertServicePath, typicalStages } from '#db/factories/service-paths';
import { coachingSessions, people, personNotes } from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { toFinnishDateTimeInput } from '~/forms/finnish-time';
import { addPersonNote } from '~/modules/people/people.server';
import { listPersonTimeline } from '~/modules/people/person-timeline.server';
import { createStaff } from '../../../tests/support/staff';
import { getMyWork } from './my-work.server';
import { editSessionSchema, sessionSchema } from './sessions.schema';
import { editSession, getSessionForEdit, logSession } from './sessions.server';

let coach: SessionUser;
let teamCoach: SessionUser;
let otherCoach: SessionUser;
let manager: SessionUser;
let personId: string;
let otherPersonId: string;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
const local = (date: Date) => toFinnishDateTimeInput(date);

const sessionForm = (fields: Record<string, string | string[]> = {}) =>
  sessionSchema.safeParse({
    occurredAt: local(hoursAgo(1)),
    durationMinutes: '45',
    channel: 'phone',
    topics: ['money_funding', 'too_old'],
    notes: 'Pohdittiin rahoitusta ja ikää.',
    nextSteps: 'Asiakas selvittää työttömyysetuuden.',
    nextAppointmentAt: local(new Date(Date.now() + 7 * 86_400_000)),
    ...fields,
  });

beforeAll(async () => {
  [coach, teamCoach, otherCoach, manager] = await Promise.all([
    createStaff('coach'),
    createStaff('coach'),
    createStaff('coach'),
    createStaff('manager'),
  ]);
  const segment = await insertSegment(db(), {
    name: 'Työttömät',
    kind: 'unemployed_laid_off',
    teamUserIds: [coach.id, teamCoach.id],
  });
  personId = (
    await insertPerson(db(), {
      firstName: 'Sami',
      lastName: 'Salo',
      coachId: coach.id,
      segmentIds: [segment.id],
    })
  ).id;
  otherPersonId = (
    await insertPerson(db(), { firstName: 'Muu', lastName: 'Asiakas', coachId: otherCoach.id })
  ).id;
});

describe('the session form', () => {
  it('accepts a session filled in with two topics', () => {
    const parsed = sessionForm();
    expect(parsed.success).toBe(true);
    expect(parsed.data?.topics).toEqual(['money_funding', 'too_old']);
  });

  it.each([
    [{ durationMinutes: '-15' }, 'durationMinutes', 'sessions.errors.duration'],
    [{ durationMinutes: '1.5' }, 'durationMinutes', 'sessions.errors.duration'],
    [{ durationMinutes: '' }, 'durationMinutes', 'validation.required'],
    [{ channel: 'carrier_pigeon' }, 'channel', 'validation.invalidOption'],
    [{ topics: ['weather'] }, 'topics', 'validation.invalidOption'],
    [{ topics: [] }, 'topics', 'sessions.errors.topicRequired'],
    [{ occurredAt: '2026-13-01T10:00' }, 'occurredAt', 'validation.invalidDateTime'],
    [
      { occurredAt: local(new Date(Date.now() + 86_400_000)), nextAppointmentAt: '' },
      'occurredAt',
      'sessions.errors.inFuture',
    ],
    [
      { nextAppointmentAt: local(hoursAgo(3)) },
      'nextAppointmentAt',
      'sessions.errors.appointmentBeforeSession',
    ],
  ])('refuses %o with a message by %s', (fields, field, message) => {
    const parsed = sessionForm(fields);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toContainEqual(
      expect.objectContaining({ path: expect.arrayContaining([field]), message }),
    );
  });
});

describe('every message at once', () => {
  it('reports the times in the wrong order even when the duration is wrong too', () => {
    const parsed = sessionForm({ durationMinutes: '-15', nextAppointmentAt: local(hoursAgo(30)) });
    const fields = parsed.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['durationMinutes', 'nextAppointmentAt']));
  });
});

describe('logging and editing sessions', () => {
  it('logs a session by its author, updates the last contact and logs the write', async () => {
    const result = await logSession(coach, personId, sessionForm().data!);
    expect(result.ok).toBe(true);
    const [person] = await db().select().from(people).where(eq(people.id, personId));
    expect(person?.lastContactAt?.getTime()).toBeGreaterThan(hoursAgo(2).getTime());
    const timeline = await listPersonTimeline(coach, personId);
    expect(timeline?.entries[0]).toMatchObject({
      kind: 'session',
      channel: 'phone',
      topics: ['money_funding', 'too_old'],
      notes: 'Pohdittiin rahoitusta ja ikää.',
      editable: true,
    });
  });

  it('refuses sessions for a client outside the caseload, writing nothing', async () => {
    const before = (await db().select({ n: count() }).from(coachingSessions))[0]!.n;
    await expect(logSession(coach, otherPersonId, sessionForm().data!)).rejects.toMatchObject({
      status: 404,
    });
    await expect(logSession(manager, personId, sessionForm().data!)).rejects.toMatchObject({
      status: 403,
    });
    expect((await db().select({ n: count() }).from(coachingSessions))[0]!.n).toBe(before);
  });

  it('lets only the author edit, keeps each earlier version and refuses a stale form', async () => {
    const session = await insertCoachingSession(db(), {
      personId,
      coachId: coach.id,
      // Whole minutes, as the form gives them.
      occurredAt: new Date(Math.floor(hoursAgo(48).getTime() / 60_000) * 60_000),
      topics: ['content'],
      notes: 'Alkuperäinen muistiinpano',
    });
    const edit = (fields: Record<string, string | string[]>) =>
      editSessionSchema.parse({
        occurredAt: local(session.occurredAt),
        durationMinutes: '30',
        channel: 'in_person',
        topics: ['content', 'study_modes'],
        notes: 'Korjattu muistiinpano',
        version: '1',
        ...fields,
      });
    expect(await editSession(coach, personId, session.id, edit({}))).toEqual({
      ok: true,
      value: undefined,
    });
    // A colleague in the same team reads the session but may not change it.
    await expect(
      editSession(teamCoach, personId, session.id, edit({ version: '2' })),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(
      await editSession(coach, personId, session.id, edit({ notes: 'Myöhässä' })),
    ).toMatchObject({
      ok: false,
      stale: true,
    });
    const history = await getSessionForEdit(coach, personId, session.id);
    expect(history?.session).toMatchObject({ notes: 'Korjattu muistiinpano', version: 2 });
    expect(history?.revisions).toHaveLength(1);
    expect(history?.revisions[0]?.changes).toEqual({
      topics: { from: ['content'], to: ['content', 'study_modes'] },
      notes: { from: 'Alkuperäinen muistiinpano', to: 'Korjattu muistiinpano' },
    });
    const timeline = await listPersonTimeline(coach, personId);
    expect(timeline?.entries.find((entry) => entry.id === session.id)).toMatchObject({
      revised: true,
    });
  });
});

describe('coaching notes', () => {
  it('are never selected for a manager: not the notes, next steps, move notes or timeline notes', async () => {
    await addPersonNote(coach, personId, 'Soitin, ei vastannut.');
    const path = await insertServicePath(db(), {
      segmentId: (await insertSegment(db(), { name: 'Polku', kind: 'other' })).id,
      name: 'Polku',
      stages: typicalStages,
    });
    await insertEnrollment(db(), { personId, pathId: path.id, stageIds: [path.stages[0]!.id] });
    const forManager = await listPersonTimeline(manager, personId);
    expect(forManager?.entries.length).toBeGreaterThan(0);
    for (const entry of forManager!.entries) {
      expect(entry).not.toHaveProperty('notes');
      expect(entry).not.toHaveProperty('nextSteps');
      expect(entry).not.toHaveProperty('note');
      expect(entry.kind).not.toBe('note');
    }
    expect(JSON.stringify(forManager)).not.toMatch(/Pohdittiin|Soitin|muistiinpano/);
    const forCoach = await listPersonTimeline(coach, personId);
    expect(forCoach?.entries.some((entry) => entry.kind === 'note')).toBe(true);
    expect((await db().select({ n: count() }).from(personNotes))[0]!.n).toBe(1);
  });
});

describe('my work', () => {
  it('lists today’s and upcoming appointments, overdue follow-ups and stalled clients', async () => {
    const work = async () => getMyWork(otherCoach, { stalledDays: 30 });
    const client = async (firstName: string) =>
      (await insertPerson(db(), { firstName, lastName: 'Asiakas', coachId: otherCoach.id })).id;
    const overdueId = await client('Myöhässä');
    await insertCoachingSession(db(), {
      personId: overdueId,
      coachId: otherCoach.id,
      occurredAt: hoursAgo(24 * 20),
      nextAppointmentAt: hoursAgo(24 * 5),
    });
    const followedUpId = await client('Hoidettu');
    await insertCoachingSession(db(), {
      personId: followedUpId,
      coachId: otherCoach.id,
      occurredAt: hoursAgo(24 * 20),
      nextAppointmentAt: hoursAgo(24 * 5),
    });
    // The appointment was kept: a later session closes the follow-up.
    await insertCoachingSession(db(), {
      personId: followedUpId,
      coachId: otherCoach.id,
      occurredAt: hoursAgo(24 * 4),
    });
    const upcomingId = await client('Tuleva');
    await insertCoachingSession(db(), {
      personId: upcomingId,
      coachId: otherCoach.id,
      occurredAt: hoursAgo(24),
      nextAppointmentAt: new Date(Date.now() + 3 * 86_400_000),
    });
    const stalledId = await client('Jumissa');
    const path = await insertServicePath(db(), {
      segmentId: (await insertSegment(db(), { name: 'Jumi', kind: 'other' })).id,
      name: 'Jumipolku',
      stages: typicalStages,
    });
    await insertEnrollment(db(), {
      personId: stalledId,
      pathId: path.id,
      stageIds: [path.stages[0]!.id, path.stages[2]!.id],
      enteredAt: [hoursAgo(24 * 90), hoursAgo(24 * 45)],
    });
    const finishedId = await client('Valmis');
    await insertEnrollment(db(), {
      personId: finishedId,
      pathId: path.id,
      stageIds: [path.stages[5]!.id],
      enteredAt: [hoursAgo(24 * 200)],
    });

    const result = await work();
    expect(result.overdue.map((row) => row.personId)).toEqual([overdueId]);
    expect([...result.today, ...result.upcoming].map((row) => row.personId)).toEqual([upcomingId]);
    // Outcome stages are where clients should stay: never stalled.
    expect(result.stalled.map((row) => row.personId)).toEqual([stalledId]);
    expect((await getMyWork(otherCoach, { stalledDays: 60 })).stalled).toEqual([]);
    expect(result.clientCount).toBe(6);
    await expect(getMyWork(manager, { stalledDays: 30 })).rejects.toMatchObject({ status: 403 });
  });
});
