import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertCoachingSession } from '#db/factories/coaching';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { insertEnrollment, insertServicePath, typicalStages } from '#db/factories/service-paths';
import { coachingSessions, personNotes, stageChanges } from '#db/schema';
import { db } from '~/db.server';
import { peopleListSchema } from '~/modules/people/people-list.schema';
import { appRequest, testContext } from '../../tests/support/requests';
import { signedInCookie, statusOf } from '../../tests/support/route-calls';
import { createStaff } from '../../tests/support/staff';
import { loader as peopleList } from './_app.people._index';
import { action as newPersonAction } from './_app.people.new';
import { action as personAction, loader as personPage } from './_app.people.$personId._index';
import { loader as editPersonPage } from './_app.people.$personId.edit';
import {
  action as logSessionAction,
  loader as logSessionPage,
} from './_app.people.$personId.sessions.new';
import { loader as editSessionPage } from './_app.people.$personId.sessions.$sessionId';
import { loader as myWorkPage } from './_app.sessions';

const call = <T>(
  handler: (args: {
    request: Request;
    context: typeof testContext;
    params: Record<string, string>;
  }) => T,
  path: string,
  cookie: string,
  params: Record<string, string> = {},
  form?: Record<string, string>,
) => handler({ request: appRequest(path, { cookie, form }), context: testContext, params });

const rows = async (table: typeof coachingSessions | typeof personNotes | typeof stageChanges) =>
  (await db().select({ n: count() }).from(table))[0]!.n;

let coachCookie: string;
let managerCookie: string;
let partnerCookie: string;
let ownId: string;
let othersId: string;
let othersSessionId: string;
let enrollmentId: string;

beforeAll(async () => {
  const [coach, otherCoach, manager, partner] = await Promise.all([
    createStaff('coach'),
    createStaff('coach'),
    createStaff('manager'),
    createStaff('partnership'),
  ]);
  const segment = await insertSegment(db(), { name: 'Alanvaihtajat', kind: 'career_changers' });
  ownId = (
    await insertPerson(db(), {
      firstName: 'Oma',
      lastName: 'Asiakas',
      coachId: coach.id,
      segmentIds: [segment.id],
    })
  ).id;
  othersId = (
    await insertPerson(db(), { firstName: 'Vieras', lastName: 'Asiakas', coachId: otherCoach.id })
  ).id;
  await insertCoachingSession(db(), {
    personId: ownId,
    coachId: coach.id,
    occurredAt: new Date(Date.now() - 86_400_000),
    notes: 'Salainen ohjausmuistiinpano',
    nextSteps: 'Salaiset jatkotoimet',
  });
  othersSessionId = (
    await insertCoachingSession(db(), {
      personId: othersId,
      coachId: otherCoach.id,
      occurredAt: new Date(Date.now() - 86_400_000),
    })
  ).id;
  const path = await insertServicePath(db(), {
    segmentId: segment.id,
    name: 'Polku',
    stages: typicalStages,
  });
  enrollmentId = (
    await insertEnrollment(db(), {
      personId: ownId,
      pathId: path.id,
      stageIds: [path.stages[0]!.id],
    })
  ).id;
  [coachCookie, managerCookie, partnerCookie] = await Promise.all([
    signedInCookie(coach.email),
    signedInCookie(manager.email),
    signedInCookie(partner.email),
  ]);
});

describe('a client outside the caseload', () => {
  it('is a 404 by URL on every page, exactly like a client that does not exist', async () => {
    const params = { personId: othersId };
    expect(await statusOf(() => call(personPage, `/people/${othersId}`, coachCookie, params))).toBe(
      404,
    );
    expect(
      await statusOf(() => call(editPersonPage, `/people/${othersId}/edit`, coachCookie, params)),
    ).toBe(404);
    expect(
      await statusOf(() =>
        call(logSessionPage, `/people/${othersId}/sessions/new`, coachCookie, params),
      ),
    ).toBe(404);
    expect(
      await statusOf(() =>
        call(editSessionPage, `/people/${othersId}/sessions/${othersSessionId}`, coachCookie, {
          ...params,
          sessionId: othersSessionId,
        }),
      ),
    ).toBe(404);
  });

  it('is a 404 by form, and nothing is written', async () => {
    const before = { notes: await rows(personNotes), sessions: await rows(coachingSessions) };
    const params = { personId: othersId };
    expect(
      await statusOf(() =>
        call(personAction, `/people/${othersId}`, coachCookie, params, {
          intent: 'note',
          body: 'Hei',
        }),
      ),
    ).toBe(404);
    expect(
      await statusOf(() =>
        call(logSessionAction, `/people/${othersId}/sessions/new`, coachCookie, params, {
          occurredAt: '2026-01-10T10:00',
          durationMinutes: '30',
          channel: 'phone',
          topics: 'content',
        }),
      ),
    ).toBe(404);
    expect({ notes: await rows(personNotes), sessions: await rows(coachingSessions) }).toEqual(
      before,
    );
  });

  it('cannot be moved through another client’s enrollment', async () => {
    const before = await rows(stageChanges);
    const status = await statusOf(() =>
      call(
        personAction,
        `/people/${othersId}`,
        coachCookie,
        { personId: othersId },
        {
          intent: 'move',
          enrollmentId,
          stageId: enrollmentId,
          version: '1',
        },
      ),
    );
    expect(status).toBe(404);
    expect(await rows(stageChanges)).toBe(before);
  });
});

describe('what each role is sent', () => {
  it('sends a coach the notes of their client, and a manager none of them', async () => {
    const params = { personId: ownId };
    const forCoach = JSON.stringify(
      await call(personPage, `/people/${ownId}`, coachCookie, params),
    );
    expect(forCoach).toContain('Salainen ohjausmuistiinpano');
    const forManager = JSON.stringify(
      await call(personPage, `/people/${ownId}`, managerCookie, params),
    );
    expect(forManager).toContain('Oma');
    expect(forManager).not.toContain('Salainen');
  });

  it('keeps partnership staff out of people and coaches’ own work', async () => {
    expect(await statusOf(() => call(peopleList, '/people', partnerCookie))).toBe(403);
    expect(await statusOf(() => call(myWorkPage, '/sessions', partnerCookie))).toBe(403);
    expect(await statusOf(() => call(myWorkPage, '/sessions', managerCookie))).toBe(403);
  });

  it('ignores a well-formed cursor with values of the wrong type, and a timeline cursor of no real time', async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const query of [
      `sort=created&after=${cursor(['x', 'y'])}`,
      `sort=-lastContact&before=${cursor(['2026-02-31T10:00:00.000000Z', ownId])}`,
      `after=${cursor(['a', 'b', 'not-a-uuid'])}`,
    ]) {
      expect(await statusOf(() => call(peopleList, `/people?${query}`, managerCookie)), query).toBe(
        200,
      );
    }
    for (const before of ['2026-13-45T10:00:00.000000Z', '2026-01-01 10:00:00+00', 'yesterday']) {
      const path = `/people/${ownId}?before=${encodeURIComponent(before)}`;
      expect(
        await statusOf(() => call(personPage, path, coachCookie, { personId: ownId })),
        before,
      ).toBe(200);
    }
  });

  it('opens the list with any URL parameters, however malformed', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Every parameter the list reads, so that a new filter is tried too.
        fc.dictionary(
          fc.constantFrom(...peopleListSchema.keyof().options),
          fc.string({ maxLength: 80 }),
        ),
        async (query) => {
          const search = new URLSearchParams(query).toString();
          expect(await statusOf(() => call(peopleList, `/people?${search}`, managerCookie))).toBe(
            200,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('no input makes a people or session form fail with a 500', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.constantFrom(
      '',
      ' ',
      '-5',
      '1.5',
      '2026-02-30T10:00',
      'phone',
      'content',
      '00000000-0000-0000-0000-000000000000',
    ),
  );
  const formOf = (fields: string[]) =>
    fc.record(Object.fromEntries(fields.map((field) => [field, anyText])), {
      requiredKeys: [],
    }) as fc.Arbitrary<Record<string, string>>;

  it('new client', async () => {
    await fc.assert(
      fc.asyncProperty(
        formOf([
          'firstName',
          'lastName',
          'email',
          'phone',
          'birthYear',
          'coachId',
          'segmentIds',
          'legalBasis',
          'legalPurpose',
          'legalRecordedOn',
          'workExperienceYears',
        ]),
        async (form) => {
          expect([200, 302, 400, 409]).toContain(
            await statusOf(() => call(newPersonAction, '/people/new', coachCookie, {}, form)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the person page’s forms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'note',
          'legal-basis',
          'withdraw-legal-basis',
          'enroll',
          'move',
          'nonsense',
        ),
        formOf([
          'body',
          'basis',
          'purpose',
          'recordedOn',
          'legalBasisId',
          'pathId',
          'stageId',
          'enrollmentId',
          'version',
          'note',
        ]),
        async (intent, form) => {
          const status = await statusOf(() =>
            call(
              personAction,
              `/people/${ownId}`,
              coachCookie,
              { personId: ownId },
              { ...form, intent },
            ),
          );
          expect([302, 400, 404, 409]).toContain(status);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('logging a session, with nothing written for bad input', async () => {
    const before = await rows(coachingSessions);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        formOf([
          'occurredAt',
          'durationMinutes',
          'channel',
          'topics',
          'notes',
          'nextAppointmentAt',
        ]),
        async (form) => {
          const status = await statusOf(() =>
            call(
              logSessionAction,
              `/people/${ownId}/sessions/new`,
              coachCookie,
              { personId: ownId },
              form,
            ),
          );
          expect([302, 400]).toContain(status);
          if (status === 302) accepted += 1;
        },
      ),
      { numRuns: 40 },
    );
    expect(await rows(coachingSessions)).toBe(before + accepted);
  });
});
