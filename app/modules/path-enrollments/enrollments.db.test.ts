import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { insertServicePath, typicalStages } from '#db/factories/service-paths';
import { activityLog, pathStages, stageChanges } from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { listPersonTimeline } from '~/modules/people/person-timeline.server';
import { createStaff } from '../../../tests/support/staff';
import { enrollSchema, moveSchema } from './enrollments.schema';
import { enrollPerson, listPersonPaths, moveToStage } from './enrollments.server';

let coach: SessionUser;
let otherCoach: SessionUser;
let manager: SessionUser;
let personId: string;
let otherPersonId: string;
let path: Awaited<ReturnType<typeof insertServicePath>>;
let otherPath: Awaited<ReturnType<typeof insertServicePath>>;

const stageChangeCount = async () => (await db().select({ n: count() }).from(stageChanges))[0]!.n;

beforeAll(async () => {
  [coach, otherCoach, manager] = await Promise.all([
    createStaff('coach'),
    createStaff('coach'),
    createStaff('manager'),
  ]);
  const segment = await insertSegment(db(), {
    name: 'Maahanmuuttajat',
    kind: 'immigrant_background',
  });
  const otherSegment = await insertSegment(db(), { name: 'Työnantajat', kind: 'employers' });
  path = await insertServicePath(db(), {
    segmentId: segment.id,
    name: 'SIMHE',
    stages: typicalStages,
  });
  otherPath = await insertServicePath(db(), {
    segmentId: otherSegment.id,
    name: 'Osaamistarpeesta koulutukseen',
    stages: typicalStages,
  });
  personId = (
    await insertPerson(db(), {
      firstName: 'Amina',
      lastName: 'Yusuf',
      coachId: coach.id,
      segmentIds: [segment.id],
    })
  ).id;
  otherPersonId = (
    await insertPerson(db(), {
      firstName: 'Toinen',
      lastName: 'Asiakas',
      coachId: otherCoach.id,
      segmentIds: [segment.id],
    })
  ).id;
});

describe('putting a client on a path and moving them', () => {
  it('offers the paths of the client’s segments, starts at the first stage and records it', async () => {
    const before = await listPersonPaths(coach, personId);
    expect(before?.available.map((p) => p.name)).toEqual(['SIMHE']);
    const result = await enrollPerson(coach, personId, enrollSchema.parse({ pathId: path.id }));
    expect(result.ok).toBe(true);
    const after = await listPersonPaths(coach, personId);
    expect(after?.available).toEqual([]);
    expect(after?.enrollments[0]).toMatchObject({
      pathName: 'SIMHE',
      stage: { name: 'Ensikontakti' },
      version: 1,
    });
    expect(await enrollPerson(coach, personId, enrollSchema.parse({ pathId: path.id }))).toEqual({
      ok: false,
      fieldErrors: { pathId: ['enrollments.errors.alreadyOnPath'] },
    });
  });

  it('refuses a path of a segment the client is not in', async () => {
    expect(
      await enrollPerson(coach, personId, enrollSchema.parse({ pathId: otherPath.id })),
    ).toEqual({
      ok: false,
      fieldErrors: { pathId: ['enrollments.errors.pathNotForPerson'] },
    });
  });

  it('moves a client one stage with a note, and every move is on the timeline', async () => {
    const [enrollment] = (await listPersonPaths(coach, personId))!.enrollments;
    const result = await moveToStage(
      coach,
      personId,
      moveSchema.parse({
        enrollmentId: enrollment!.id,
        stageId: path.stages[1]!.id,
        note: 'Tarvekartoitus sovittu',
        version: String(enrollment!.version),
      }),
    );
    expect(result.ok).toBe(true);
    const now = (await listPersonPaths(coach, personId))!.enrollments[0]!;
    expect(now).toMatchObject({ stage: { name: 'Tarvekartoitus' }, version: 2 });
    const timeline = await listPersonTimeline(coach, personId);
    expect(timeline?.entries.filter((entry) => entry.kind === 'stage')).toMatchObject([
      {
        fromStage: 'Ensikontakti',
        toStage: 'Tarvekartoitus',
        note: 'Tarvekartoitus sovittu',
        by: coach.name,
      },
      { fromStage: null, toStage: 'Ensikontakti' },
    ]);
    const [logged] = await db()
      .select()
      .from(activityLog)
      .where(eq(activityLog.action, 'person.path_move'));
    expect(logged).toMatchObject({ actorId: coach.id, entityId: personId });
  });

  it('refuses a stage of another path, the same stage and a stale form, writing nothing', async () => {
    const enrollment = (await listPersonPaths(coach, personId))!.enrollments[0]!;
    const before = await stageChangeCount();
    const move = (stageId: string, version = enrollment.version) =>
      moveToStage(
        coach,
        personId,
        moveSchema.parse({ enrollmentId: enrollment.id, stageId, version: String(version) }),
      );
    expect(await move(otherPath.stages[2]!.id)).toEqual({
      ok: false,
      fieldErrors: { stageId: ['enrollments.errors.stageOfAnotherPath'] },
    });
    expect(await move(enrollment.stageId)).toEqual({
      ok: false,
      fieldErrors: { stageId: ['enrollments.errors.sameStage'] },
    });
    expect(await move(path.stages[2]!.id, 1)).toMatchObject({ ok: false, stale: true });
    expect(await stageChangeCount()).toBe(before);
  });

  it('keeps the history when a manager renames a stage', async () => {
    await db()
      .update(pathStages)
      .set({ name: 'Ensimmäinen yhteys' })
      .where(eq(pathStages.id, path.stages[0]!.id));
    const timeline = await listPersonTimeline(coach, personId);
    expect(timeline?.entries.filter((entry) => entry.kind === 'stage').at(-1)).toMatchObject({
      toStage: 'Ensimmäinen yhteys',
    });
  });

  it('answers 404 for a client outside the caseload and 403 for a manager', async () => {
    expect(await listPersonPaths(coach, otherPersonId)).toBeNull();
    await expect(
      enrollPerson(coach, otherPersonId, enrollSchema.parse({ pathId: path.id })),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      enrollPerson(manager, personId, enrollSchema.parse({ pathId: path.id })),
    ).rejects.toMatchObject({ status: 403 });
  });
});
