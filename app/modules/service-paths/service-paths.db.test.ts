import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityLog, servicePaths } from '#db/schema';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { insertEnrollment, typicalStages } from '#db/factories/service-paths';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { setSegmentArchived } from '~/modules/segments/segments.server';
import { createStaff } from '../../../tests/support/staff';
import { getPathBoard, listRecentMoves } from './path-board.server';
import { defaultFunnelPeriod, getPathFunnel } from './path-funnel.server';
import {
  addStage,
  listStagesForEditing,
  moveStage,
  removeStage,
  updateStage,
} from './path-stages.server';
import {
  addStageSchema,
  createPathSchema,
  funnelPeriodSchema,
  pathDetailsSchema,
  updateStageSchema,
} from './service-paths.schema';
import {
  createServicePath,
  getPathStages,
  getPathSummary,
  listServicePathsBySegment,
  setServicePathArchived,
  updateServicePath,
} from './service-paths.server';

let manager: SessionUser;
let otherManager: SessionUser;
let coach: SessionUser;
let otherCoach: SessionUser;
let partner: SessionUser;
let segmentId: string;

beforeAll(async () => {
  [manager, otherManager, coach, otherCoach, partner] = await Promise.all([
    createStaff('manager'),
    createStaff('manager'),
    createStaff('coach'),
    createStaff('coach'),
    createStaff('partnership'),
  ]);
  segmentId = (
    await insertSegment(db(), {
      name: 'Alanvaihtajat',
      kind: 'career_changers',
      ownerId: manager.id,
    })
  ).id;
});

let counter = 0;
/** A path made through the module, as a manager would make it. */
async function createdPath(start: 'typical' | 'empty' = 'typical', inSegment = segmentId) {
  counter += 1;
  const result = await createServicePath(manager, {
    name: `Path ${counter}`,
    description: '',
    segmentId: inSegment,
    start,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function stageNames(pathId: string) {
  return (await getPathStages(pathId)).map((stage) => `${stage.position}:${stage.name}`);
}

async function actionsOf(pathId: string) {
  const rows = await db()
    .select({ action: activityLog.action })
    .from(activityLog)
    .where(and(eq(activityLog.entityType, 'service_path'), eq(activityLog.entityId, pathId)))
    .orderBy(activityLog.id);
  return rows.map((row) => row.action);
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

describe('creating a path', () => {
  it('starts from the typical stages in order, and logs it', async () => {
    const id = await createdPath('typical');
    expect(await getPathStages(id)).toEqual(
      typicalStages.map((stage, index) => ({
        id: expect.any(String),
        name: stage.name,
        kind: stage.kind,
        position: index + 1,
      })),
    );
    expect(await getPathSummary(manager, id)).toMatchObject({
      segmentId,
      segmentName: 'Alanvaihtajat',
      version: 1,
      archivedAt: null,
    });
    expect(await actionsOf(id)).toEqual(['path.create']);
  });

  it('or empty', async () => {
    const id = await createdPath('empty');
    expect(await getPathStages(id)).toEqual([]);
  });

  it('refuses an archived or unknown segment and a taken name, writing nothing', async () => {
    const archived = await insertSegment(db(), { name: 'Closed', kind: 'other' });
    await setSegmentArchived(manager, archived.id, true, 1);
    const before = await db().select().from(servicePaths);
    expect(
      await createServicePath(manager, {
        name: 'Anything',
        description: '',
        segmentId: archived.id,
        start: 'typical',
      }),
    ).toEqual({ ok: false, fieldErrors: { segmentId: ['paths.errors.segmentArchived'] } });
    expect(
      await createServicePath(manager, {
        name: 'Anything',
        description: '',
        segmentId: crypto.randomUUID(),
        start: 'typical',
      }),
    ).toEqual({ ok: false, fieldErrors: { segmentId: ['paths.errors.unknownSegment'] } });
    await createServicePath(manager, {
      name: 'Avoin AMK -polku',
      description: '',
      segmentId,
      start: 'empty',
    });
    expect(
      await createServicePath(manager, {
        name: 'AVOIN AMK -POLKU',
        description: '',
        segmentId,
        start: 'empty',
      }),
    ).toEqual({ ok: false, fieldErrors: { name: ['paths.errors.nameTaken'] } });
    expect((await db().select().from(servicePaths)).length).toBe(before.length + 1);
  });

  it.each(['coach', 'partnership', 'admin'] as const)('refuses a %s with 403', async (role) => {
    const someone = await createStaff(role);
    await expect(
      createServicePath(someone, { name: 'X', description: '', segmentId, start: 'typical' }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('the form schemas', () => {
  it('reject an empty or over-long name by the field, and a malformed segment', () => {
    const issues = (result: {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(
      issues(createPathSchema.safeParse({ name: '   ', segmentId, start: 'typical' })),
    ).toEqual([['name', 'validation.required']]);
    expect(
      issues(createPathSchema.safeParse({ name: 'x'.repeat(121), segmentId, start: 'empty' })),
    ).toEqual([['name', 'validation.tooLong|{"maximum":120}']]);
    expect(issues(createPathSchema.safeParse({ name: 'Ok', segmentId: 'nope' }))).toEqual([
      ['segmentId', 'paths.errors.chooseSegment'],
    ]);
    expect(
      pathDetailsSchema.safeParse({ intent: 'details', name: 'Ok', version: 'x' }).success,
    ).toBe(false);
    expect(
      issues(
        updateStageSchema.safeParse({
          intent: 'update-stage',
          stageId: crypto.randomUUID(),
          name: 'x'.repeat(81),
          kind: 'step',
        }),
      ),
    ).toEqual([['name', 'validation.tooLong|{"maximum":80}']]);
    expect(
      updateStageSchema.safeParse({
        intent: 'update-stage',
        stageId: crypto.randomUUID(),
        name: 'Ok',
        kind: 'finished',
      }).success,
    ).toBe(false);
    expect(
      issues(addStageSchema.safeParse({ intent: 'add-stage', name: 'Ok', after: 'first' })),
    ).toEqual([['after', 'paths.errors.unknownStage']]);
  });

  it('reports a funnel period that ends before it starts by the “to” field', () => {
    const result = funnelPeriodSchema.safeParse({ from: '2025-06-01', to: '2025-05-31' });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['to'], 'paths.funnel.errors.toBeforeFrom'],
    ]);
    const malformed = funnelPeriodSchema.safeParse({ from: '2025-02-30', to: '2025-01-01' });
    expect(malformed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['from'], 'paths.funnel.errors.invalidDate'],
    ]);
    expect(funnelPeriodSchema.safeParse({ from: '2025-05-31', to: '2025-05-31' }).success).toBe(
      true,
    );
    expect(defaultFunnelPeriod('2026-05-15')).toEqual({ from: '2025-05-15', to: '2026-05-15' });
    expect(defaultFunnelPeriod('2028-02-29')).toEqual({ from: '2027-02-28', to: '2028-02-29' });
  });
});

describe('editing a path’s name and description', () => {
  it('saves, bumps the version and logs what changed', async () => {
    const id = await createdPath();
    expect(
      await updateServicePath(manager, id, { name: 'Renamed', description: 'Why', version: 1 }),
    ).toEqual({ ok: true, value: undefined });
    expect(await getPathSummary(manager, id)).toMatchObject({
      name: 'Renamed',
      description: 'Why',
      version: 2,
    });
    const [entry] = await db()
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, id), eq(activityLog.action, 'path.update')));
    expect(entry?.details).toEqual({
      version: 2,
      changes: {
        name: { from: expect.stringMatching(/^Path \d+$/), to: 'Renamed' },
        description: { from: '', to: 'Why' },
      },
    });
  });

  it('a stale version gets 409’s conflict with who changed what, and nothing is written', async () => {
    const id = await createdPath();
    expect(
      (await updateServicePath(otherManager, id, { name: 'Theirs', description: '', version: 1 }))
        .ok,
    ).toBe(true);
    const stale = await updateServicePath(manager, id, {
      name: 'Mine',
      description: '',
      version: 1,
    });
    expect(stale).toMatchObject({
      ok: false,
      fieldErrors: { '': ['paths.errors.conflict'] },
      conflict: {
        currentVersion: 2,
        changes: [{ who: otherManager.name, fields: { name: { to: 'Theirs' } } }],
      },
    });
    expect((await getPathSummary(manager, id))?.name).toBe('Theirs');
    expect(
      (await updateServicePath(manager, id, { name: 'Mine', description: '', version: 2 })).ok,
    ).toBe(true);
  });

  it('refuses a coach with 403 and changes nothing', async () => {
    const id = await createdPath();
    await expect(
      updateServicePath(coach, id, { name: 'Coach was here', description: '', version: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await getPathSummary(manager, id))?.version).toBe(1);
  });

  it('answers an unknown path with 404', async () => {
    await expect(
      updateServicePath(manager, crypto.randomUUID(), { name: 'X', description: '', version: 1 }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('editing stages', () => {
  it('renames and changes the kind of a stage; earlier moves show the new name', async () => {
    const id = await createdPath();
    const [first, second] = await getPathStages(id);
    const person = await insertPerson(db(), { firstName: 'Hanna', lastName: 'Historia' });
    await insertEnrollment(db(), {
      personId: person.id,
      pathId: id,
      stageIds: [first!.id, second!.id],
      enteredAt: [daysAgo(20), daysAgo(5)],
      by: coach.id,
    });
    expect(
      await updateStage(manager, id, { stageId: first!.id, name: 'Yhteydenotto', kind: 'step' }),
    ).toEqual({ ok: true, value: undefined });
    expect(
      await updateStage(manager, id, { stageId: second!.id, name: second!.name, kind: 'outcome' }),
    ).toEqual({ ok: true, value: undefined });
    const moves = await listRecentMoves(manager, id);
    expect(moves.map((move) => [move.fromStage, move.toStage, move.changedBy])).toEqual([
      ['Yhteydenotto', second!.name, coach.name],
      [null, 'Yhteydenotto', coach.name],
    ]);
    expect((await getPathStages(id))[1]?.kind).toBe('outcome');
    expect(await actionsOf(id)).toEqual([
      'path.create',
      'path.stage_rename',
      'path.stage_kind_change',
    ]);
  });

  it('moves stages up and down, keeping positions 1..n, and logs the reorder', async () => {
    const id = await createdPath('empty');
    for (const name of ['A', 'B', 'C']) {
      expect((await addStage(manager, id, { name, kind: 'step' })).ok).toBe(true);
    }
    const [a, b, c] = await getPathStages(id);
    expect((await moveStage(manager, id, { stageId: c!.id, direction: 'up' })).ok).toBe(true);
    expect(await stageNames(id)).toEqual(['1:A', '2:C', '3:B']);
    expect((await moveStage(manager, id, { stageId: a!.id, direction: 'down' })).ok).toBe(true);
    expect(await stageNames(id)).toEqual(['1:C', '2:A', '3:B']);
    expect(await moveStage(manager, id, { stageId: b!.id, direction: 'down' })).toEqual({
      ok: false,
      fieldErrors: { '': ['paths.errors.cannotMove'] },
    });
    expect((await actionsOf(id)).filter((action) => action === 'path.stage_reorder')).toHaveLength(
      2,
    );
  });

  it('adds a stage at the end or after a given one', async () => {
    const id = await createdPath('empty');
    await addStage(manager, id, { name: 'First', kind: 'step' });
    await addStage(manager, id, { name: 'Last', kind: 'exit' });
    const [first] = await getPathStages(id);
    expect(
      (await addStage(manager, id, { name: 'Middle', kind: 'step', after: first!.id })).ok,
    ).toBe(true);
    expect(await stageNames(id)).toEqual(['1:First', '2:Middle', '3:Last']);
  });

  it('refuses an unknown stage and a stage of another path', async () => {
    const id = await createdPath();
    const other = await createdPath();
    const [foreign] = await getPathStages(other);
    for (const stageId of [crypto.randomUUID(), foreign!.id]) {
      expect(await updateStage(manager, id, { stageId, name: 'X', kind: 'step' })).toEqual({
        ok: false,
        fieldErrors: { '': ['paths.errors.unknownStage'] },
      });
      expect(await moveStage(manager, id, { stageId, direction: 'up' })).toMatchObject({
        ok: false,
      });
      expect(await removeStage(manager, id, stageId)).toEqual({
        ok: false,
        fieldErrors: { '': ['paths.errors.unknownStage'] },
      });
      expect(await addStage(manager, id, { name: 'X', kind: 'step', after: stageId })).toEqual({
        ok: false,
        fieldErrors: { after: ['paths.errors.unknownStage'] },
      });
    }
    expect(await stageNames(other)).toEqual(
      typicalStages.map((stage, index) => `${index + 1}:${stage.name}`),
    );
  });

  it('removes a stage nobody was in and refuses one with history', async () => {
    const id = await createdPath('empty');
    for (const name of ['Start', 'Used before', 'Unused', 'Current']) {
      await addStage(manager, id, { name, kind: 'step' });
    }
    const [start, usedBefore, unused, current] = await getPathStages(id);
    const person = await insertPerson(db(), { firstName: 'Ville', lastName: 'Vaihe' });
    await insertEnrollment(db(), {
      personId: person.id,
      pathId: id,
      stageIds: [start!.id, usedBefore!.id, current!.id],
    });
    const editing = await listStagesForEditing(manager, id);
    expect(editing.map((stage) => [stage.name, stage.inStageNow, stage.hasHistory])).toEqual([
      ['Start', 0, true],
      ['Used before', 0, true],
      ['Unused', 0, false],
      ['Current', 1, true],
    ]);
    for (const stage of [usedBefore!, current!, start!]) {
      expect(await removeStage(manager, id, stage.id)).toEqual({
        ok: false,
        fieldErrors: { '': ['paths.errors.stageHasHistory'] },
      });
    }
    expect(await removeStage(manager, id, unused!.id)).toEqual({ ok: true, value: undefined });
    expect(await stageNames(id)).toEqual(['1:Start', '2:Used before', '3:Current']);
    const [entry] = await db()
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, id), eq(activityLog.action, 'path.stage_remove')));
    expect(entry?.details).toMatchObject({ stageId: unused!.id, name: 'Unused' });
  });

  it('refuses every stage change from a coach with 403', async () => {
    const id = await createdPath();
    const [stage] = await getPathStages(id);
    const attempts = [
      () => addStage(coach, id, { name: 'X', kind: 'step' }),
      () => updateStage(coach, id, { stageId: stage!.id, name: 'X', kind: 'step' }),
      () => moveStage(coach, id, { stageId: stage!.id, direction: 'down' }),
      () => removeStage(coach, id, stage!.id),
      () => setServicePathArchived(coach, id, true, 1),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({ status: 403 });
    }
    expect(await stageNames(id)).toEqual(
      typicalStages.map((typical, index) => `${index + 1}:${typical.name}`),
    );
    await expect(listStagesForEditing(coach, id)).rejects.toMatchObject({ status: 403 });
  });
});

describe('archiving a path', () => {
  it('hides it from the list and enrollment, refuses changes until restored', async () => {
    const id = await createdPath();
    expect((await setServicePathArchived(manager, id, true, 1)).ok).toBe(true);
    const listed = (archived: boolean) =>
      listServicePathsBySegment(coach, { archived }).then((groups) =>
        groups.flatMap((group) => group.paths.map((path) => path.id)),
      );
    expect(await listed(false)).not.toContain(id);
    expect(await listed(true)).toContain(id);
    expect(await addStage(manager, id, { name: 'X', kind: 'step' })).toEqual({
      ok: false,
      fieldErrors: { '': ['paths.errors.archived'] },
    });
    // The archive bumped the version: a form opened before it is stale.
    expect((await setServicePathArchived(manager, id, false, 1)).ok).toBe(false);
    expect((await setServicePathArchived(manager, id, false, 2)).ok).toBe(true);
    expect(await actionsOf(id)).toEqual(['path.create', 'path.archive', 'path.restore']);
  });

  it('a path of an archived segment is read-only', async () => {
    const segment = await insertSegment(db(), { name: 'Soon closed', kind: 'other' });
    const id = await createdPath('typical', segment.id);
    await setSegmentArchived(manager, segment.id, true, 1);
    expect(
      await updateServicePath(manager, id, { name: 'X', description: '', version: 1 }),
    ).toEqual({
      ok: false,
      fieldErrors: { '': ['paths.errors.segmentArchived'] },
    });
    expect(await addStage(manager, id, { name: 'X', kind: 'step' })).toMatchObject({ ok: false });
  });
});

describe('the board', () => {
  it('shows a coach only the clients they may read, a manager everyone', async () => {
    const teamSegment = await insertSegment(db(), {
      name: 'Coach team',
      kind: 'unemployed_laid_off',
      teamUserIds: [coach.id],
    });
    const id = await createdPath('typical', teamSegment.id);
    const [first, second] = await getPathStages(id);
    const own = await insertPerson(db(), {
      firstName: 'Oma',
      lastName: 'Asiakas',
      coachId: coach.id,
    });
    const team = await insertPerson(db(), {
      firstName: 'Tiimin',
      lastName: 'Asiakas',
      segmentIds: [teamSegment.id],
    });
    const others = await insertPerson(db(), {
      firstName: 'Muun',
      lastName: 'Asiakas',
      coachId: otherCoach.id,
    });
    await insertEnrollment(db(), {
      personId: own.id,
      pathId: id,
      stageIds: [first!.id],
      enteredAt: [daysAgo(3)],
    });
    await insertEnrollment(db(), {
      personId: team.id,
      pathId: id,
      stageIds: [first!.id, second!.id],
      enteredAt: [daysAgo(30), daysAgo(10)],
    });
    await insertEnrollment(db(), {
      personId: others.id,
      pathId: id,
      stageIds: [first!.id],
      enteredAt: [daysAgo(40)],
    });

    const coachBoard = await getPathBoard(coach, id);
    expect(coachBoard.map((column) => [column.name, column.count])).toEqual(
      typicalStages.map((stage, index) => [stage.name, index < 2 ? 1 : 0]),
    );
    expect(coachBoard[0]?.cards).toEqual([
      { personId: own.id, name: 'Oma Asiakas', coachName: coach.name, daysInStage: 3 },
    ]);
    expect(coachBoard[1]?.cards.map((card) => [card.name, card.daysInStage])).toEqual([
      ['Tiimin Asiakas', 10],
    ]);
    const otherBoard = await getPathBoard(otherCoach, id);
    expect(otherBoard[0]?.cards.map((card) => card.name)).toEqual(['Muun Asiakas']);
    expect(otherBoard[1]?.count).toBe(0);

    // The manager sees everyone, longest in the stage first.
    const managerBoard = await getPathBoard(manager, id);
    expect(managerBoard[0]?.cards.map((card) => card.name)).toEqual([
      'Muun Asiakas',
      'Oma Asiakas',
    ]);
    // Recent moves follow the same scope.
    expect(new Set((await listRecentMoves(coach, id)).map((move) => move.personName))).toEqual(
      new Set(['Oma Asiakas', 'Tiimin Asiakas']),
    );
    // The path list counts the clients each reader may see.
    const countIn = async (user: SessionUser) =>
      (await listServicePathsBySegment(user, { archived: false }))
        .flatMap((group) => group.paths)
        .find((path) => path.id === id)?.clientCount;
    expect(await countIn(coach)).toBe(2);
    expect(await countIn(manager)).toBe(3);
    await expect(getPathBoard(partner, id)).rejects.toMatchObject({ status: 403 });
  });

  it('caps a column at 30 cards but counts them all', async () => {
    const id = await createdPath('empty');
    await addStage(manager, id, { name: 'Crowded', kind: 'step' });
    const [stage] = await getPathStages(id);
    for (let index = 0; index < 32; index += 1) {
      const person = await insertPerson(db(), { firstName: 'Client', lastName: String(index) });
      await insertEnrollment(db(), { personId: person.id, pathId: id, stageIds: [stage!.id] });
    }
    const [column] = await getPathBoard(manager, id);
    expect(column?.count).toBe(32);
    expect(column?.cards).toHaveLength(30);
  });
});

describe('the funnel', () => {
  it('counts distinct people who entered each stage within the period', async () => {
    const id = await createdPath('empty');
    for (const name of ['Contact', 'Guidance', 'Applied']) {
      await addStage(manager, id, { name, kind: 'step' });
    }
    await addStage(manager, id, { name: 'Left', kind: 'exit' });
    const [contact, guidance, applied, left] = await getPathStages(id);
    const at = (day: string) => new Date(`${day}T12:00:00+03:00`);
    const enrol = async (stageIds: string[], days: string[]) => {
      const person = await insertPerson(db(), { firstName: 'F', lastName: String(counter++) });
      await insertEnrollment(db(), {
        personId: person.id,
        pathId: id,
        stageIds: stageIds,
        enteredAt: days.map(at),
      });
      return person;
    };
    // Entered everything inside the period.
    await enrol(
      [contact!.id, guidance!.id, applied!.id],
      ['2025-03-01', '2025-03-10', '2025-04-01'],
    );
    // Contact before the period, guidance inside, left after it.
    await enrol([contact!.id, guidance!.id, left!.id], ['2025-01-15', '2025-03-20', '2025-07-01']);
    // Entirely inside; came back to guidance a second time (counted once).
    await enrol(
      [contact!.id, guidance!.id, contact!.id, guidance!.id],
      ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'],
    );
    // Entirely outside.
    await enrol([contact!.id], ['2024-12-31']);
    // On the last day of the period, late in the Finnish evening.
    const late = await insertPerson(db(), { firstName: 'Late', lastName: 'Evening' });
    await insertEnrollment(db(), {
      personId: late.id,
      pathId: id,
      stageIds: [contact!.id],
      enteredAt: [new Date('2025-06-30T23:30:00+03:00')],
    });

    const funnel = await getPathFunnel(coach, id, { from: '2025-02-01', to: '2025-06-30' });
    expect(funnel.map((row) => [row.name, row.entered, row.percentOfFirst])).toEqual([
      ['Contact', 3, 100],
      ['Guidance', 3, 100],
      ['Applied', 1, 33],
      ['Left', 0, 0],
    ]);
    const january = await getPathFunnel(manager, id, { from: '2025-01-01', to: '2025-01-31' });
    expect(january.map((row) => row.entered)).toEqual([1, 0, 0, 0]);
    const empty = await getPathFunnel(manager, id, { from: '2020-01-01', to: '2020-12-31' });
    expect(empty.map((row) => row.percentOfFirst)).toEqual([null, null, null, null]);
  });
});
