import { count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { insertEnrollment, insertServicePath, typicalStages } from '#db/factories/service-paths';
import { activityLog, people, personSegments } from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { createStaff } from '../../../tests/support/staff';
import { encodeCursor } from './people-cursor.server';
import { listPeople } from './people-list.server';
import { peopleListSchema, type PeopleListQuery } from './people-list.schema';
import { addPersonNote, createPerson, updatePerson } from './people.server';
import { createPersonSchema, editPersonSchema } from './person.schema';
import { getPersonProfile } from './person-profile.server';
import { listPersonTimeline } from './person-timeline.server';

let coach: SessionUser;
let otherCoach: SessionUser;
let manager: SessionUser;
let partner: SessionUser;
let teamSegmentId: string;
let otherSegmentId: string;
const ids: Record<string, string> = {};

const query = (params: Record<string, string> = {}): PeopleListQuery =>
  peopleListSchema.parse(params);

/** The create form's fields, through the same schema the action uses. */
const personForm = (fields: Record<string, string | string[]>) =>
  createPersonSchema.safeParse({
    legalBasis: 'public_task',
    legalPurpose: 'Opinto- ja uraohjaus',
    legalRecordedOn: '2026-01-15',
    ...fields,
  });

const countRows = async (table: typeof people) =>
  (await db().select({ n: count() }).from(table))[0]!.n;

beforeAll(async () => {
  [coach, otherCoach, manager, partner] = await Promise.all([
    createStaff('coach'),
    createStaff('coach'),
    createStaff('manager'),
    createStaff('partnership'),
  ]);
  teamSegmentId = (
    await insertSegment(db(), {
      name: 'Alanvaihtajat',
      kind: 'career_changers',
      teamUserIds: [coach.id],
    })
  ).id;
  otherSegmentId = (
    await insertSegment(db(), {
      name: 'Lomautetut',
      kind: 'unemployed_laid_off',
      teamUserIds: [otherCoach.id],
    })
  ).id;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  ids.anna = (
    await insertPerson(db(), {
      firstName: 'Anna',
      lastName: 'Virtanen',
      email: 'anna.virtanen@example.com',
      phone: '040 123 4567',
      birthYear: 1985,
      languages: ['fi', 'en'],
      employmentStatus: 'employed',
      coachId: coach.id,
      segmentIds: [teamSegmentId],
      lastContactAt: daysAgo(3),
    })
  ).id;
  ids.ahmed = (
    await insertPerson(db(), {
      firstName: 'Ahmed',
      lastName: 'Ali',
      email: 'ahmed.ali@example.com',
      phone: '+358 50 765 4321',
      birthYear: 1979,
      languages: ['ar', 'fi'],
      employmentStatus: 'unemployed',
      segmentIds: [teamSegmentId],
      lastContactAt: daysAgo(120),
    })
  ).id;
  ids.other = (
    await insertPerson(db(), {
      firstName: 'Olli',
      lastName: 'Muu',
      email: 'olli.muu@example.com',
      phone: '044 999 8888',
      birthYear: 1990,
      employmentStatus: 'laid_off',
      coachId: otherCoach.id,
      segmentIds: [otherSegmentId],
    })
  ).id;
});

describe('the people list', () => {
  it('shows a coach only their caseload, a manager everyone and partnership staff no one', async () => {
    const names = async (user: SessionUser) =>
      (await listPeople(user, query())).people.map((person) => person.lastName);
    expect(await names(coach)).toEqual(['Ali', 'Virtanen']);
    expect(await names(manager)).toEqual(['Ali', 'Muu', 'Virtanen']);
    await expect(listPeople(partner, query())).rejects.toMatchObject({ status: 403 });
  });

  it('filters by segment, coach, employment status, language and last contact', async () => {
    const names = async (params: Record<string, string>) =>
      (await listPeople(manager, query(params))).people.map((person) => person.firstName);
    expect(await names({ segment: otherSegmentId })).toEqual(['Olli']);
    expect(await names({ coach: coach.id })).toEqual(['Anna']);
    expect(await names({ coach: 'none' })).toEqual(['Ahmed']);
    expect(await names({ status: 'unemployed' })).toEqual(['Ahmed']);
    expect(await names({ language: 'ar' })).toEqual(['Ahmed']);
    expect(await names({ contact: '7d' })).toEqual(['Anna']);
    expect(await names({ contact: 'over90d' })).toEqual(['Ahmed']);
    expect(await names({ contact: 'never' })).toEqual(['Olli']);
    expect(await names({ segment: teamSegmentId, status: 'employed' })).toEqual(['Anna']);
  });

  it('filters by the stage clients are in now', async () => {
    const path = await insertServicePath(db(), {
      segmentId: teamSegmentId,
      name: 'Uudelle alalle',
      stages: typicalStages,
    });
    await insertEnrollment(db(), {
      personId: ids.anna!,
      pathId: path.id,
      stageIds: [path.stages[0]!.id, path.stages[1]!.id],
    });
    const inStage = async (stageId: string) =>
      (await listPeople(manager, query({ stage: stageId }))).people.map((p) => p.firstName);
    expect(await inStage(path.stages[1]!.id)).toEqual(['Anna']);
    // Anna has moved on from the first stage.
    expect(await inStage(path.stages[0]!.id)).toEqual([]);
  });

  it('finds people by the start of their names, by email and by phone in any format', async () => {
    const found = async (q: string) =>
      (await listPeople(manager, query({ q }))).people.map((person) => person.firstName);
    expect(await found('virt')).toEqual(['Anna']);
    expect(await found('anna virt')).toEqual(['Anna']);
    expect(await found('VIRTANEN anna')).toEqual(['Anna']);
    // An email is matched from its start only.
    expect(await found('ali@example.com')).toEqual([]);
    expect(await found('ahmed.ali@')).toEqual(['Ahmed']);
    expect(await found('+358 40 123')).toEqual(['Anna']);
    expect(await found('050 765')).toEqual(['Ahmed']);
    expect(await found('zzz')).toEqual([]);
    // A coach's search stays inside their caseload, and so does its count.
    expect((await listPeople(coach, query({ q: 'olli' }))).people).toEqual([]);
    const byPhone = async (user: SessionUser) => {
      const page = await listPeople(user, query({ q: '+3584' }));
      return { names: page.people.map((person) => person.firstName), total: page.total };
    };
    expect(await byPhone(manager)).toEqual({
      names: ['Olli', 'Anna'],
      total: { count: 2, capped: false },
    });
    expect(await byPhone(coach)).toEqual({ names: ['Anna'], total: { count: 1, capped: false } });
  });

  it('ignores malformed URL parameters instead of failing', async () => {
    const parsed = peopleListSchema.parse({
      segment: 'not-a-uuid',
      status: 'rich',
      sort: 'shoe size',
      contact: 'yesterday',
      after: 'garbage',
    });
    expect(parsed).toMatchObject({ sort: 'name', segment: undefined, status: undefined });
    expect((await listPeople(manager, parsed)).people).toHaveLength(3);
    // A cursor with a NUL character, which PostgreSQL text cannot hold, is no cursor either.
    const nul = encodeCursor(['\u0000', 'anna', 'ffffffff-ffff-4fff-bfff-ffffffffffff']);
    for (const view of [{}, { q: 'virt' }] as Record<string, string>[]) {
      const page = await listPeople(manager, query({ ...view, after: nul }));
      expect(page.previousCursor).toBeNull();
      expect(page.people.length).toBeGreaterThan(0);
    }
  });
});

describe('paging through many people', () => {
  it('visits every person once, forwards and backwards, in each order', async () => {
    const segment = await insertSegment(db(), { name: 'Paging', kind: 'other' });
    await db()
      .insert(people)
      .values(
        Array.from({ length: 120 }, (_, index) => ({
          firstName: `Etu${index % 7}`,
          // Repeated surnames make the id decide the order among namesakes.
          lastName: `Suku${String(index % 40).padStart(2, '0')}`,
          lastContactAt: index % 3 ? new Date(Date.now() - index * 3_600_000) : null,
        })),
      )
      .returning({ id: people.id })
      .then((rows) =>
        db()
          .insert(personSegments)
          .values(rows.map((row) => ({ personId: row.id, segmentId: segment.id }))),
      );
    // A filtered list walks an order's index; a search sorts its own matches first.
    const views: Record<string, string>[] = [{ segment: segment.id }, { q: 'suku' }];
    const sorts = ['name', '-name', 'lastContact', '-lastContact', 'created', '-created'];
    for (const [view, sort] of views.flatMap((view) =>
      sorts.map((sort) => [view, sort] as const),
    )) {
      const seen: string[] = [];
      const pages: { after?: string }[] = [];
      let params: Record<string, string> = { ...view, sort };
      for (;;) {
        const page = await listPeople(manager, query(params));
        // Every page of the view counts the whole view, not what is left of it.
        expect(page.total).toEqual({ count: 120, capped: false });
        pages.push(params);
        seen.push(...page.people.map((person) => person.id));
        if (!page.nextCursor) break;
        params = { ...view, sort, after: page.nextCursor };
      }
      expect(seen).toHaveLength(120);
      expect(new Set(seen).size).toBe(120);
      expect(pages).toHaveLength(3);

      // The page before the last is the second page again.
      const second = await listPeople(manager, query(pages[1]!));
      const last = await listPeople(manager, query(pages[2]!));
      const back = await listPeople(
        manager,
        query({ ...view, sort, before: last.previousCursor! }),
      );
      expect(back.people.map((p) => p.id)).toEqual(second.people.map((p) => p.id));
      expect(back.total).toEqual({ count: 120, capped: false });
    }

    // An old link past the last row shows an empty page, still with the view's count.
    const pastTheEnd = encodeCursor(['zzzz', 'zzzz', 'ffffffff-ffff-4fff-bfff-ffffffffffff']);
    for (const view of views) {
      const page = await listPeople(manager, query({ ...view, after: pastTheEnd }));
      expect(page.people).toEqual([]);
      expect(page.total).toEqual({ count: 120, capped: false });
    }
  });
});

describe('creating a person', () => {
  it('refuses bad input with messages by the fields', () => {
    const result = personForm({
      firstName: ' ',
      lastName: 'Virtanen',
      email: 'not-an-email',
      phone: '123abc',
      birthYear: '1850',
      workExperienceYears: '-2',
      legalRecordedOn: '2026-02-30',
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect([...fields].sort()).toEqual(
      ['birthYear', 'email', 'firstName', 'legalRecordedOn', 'phone', 'workExperienceYears'].sort(),
    );
  });

  it('refuses more years of work than the years since turning 15', () => {
    const result = personForm({
      firstName: 'Nuori',
      lastName: 'Ihminen',
      birthYear: String(new Date().getFullYear() - 20),
      workExperienceYears: '10',
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['workExperienceYears'],
      message: 'people.errors.experienceOverAge',
    });
  });

  it('warns about the same email, phone, or name and birth year, and writes nothing until confirmed', async () => {
    const before = await countRows(people);
    const sameEmail = personForm({
      firstName: 'A.',
      lastName: 'Virtanen',
      email: 'ANNA.VIRTANEN@example.com',
      coachId: coach.id,
    });
    const warned = await createPerson(coach, sameEmail.data!);
    expect(warned).toMatchObject({
      ok: false,
      duplicates: { visible: [{ id: ids.anna, reasons: ['email'] }], hiddenCount: 0 },
    });
    expect(await countRows(people)).toBe(before);

    const samePhone = personForm({
      firstName: 'X',
      lastName: 'Y',
      phone: '+358401234567',
      coachId: coach.id,
    });
    expect(await createPerson(coach, samePhone.data!)).toMatchObject({
      duplicates: { visible: [{ id: ids.anna, reasons: ['phone'] }] },
    });

    const sameName = personForm({
      firstName: 'anna',
      lastName: 'VIRTANEN',
      birthYear: '1985',
      coachId: coach.id,
    });
    expect(await createPerson(coach, sameName.data!)).toMatchObject({
      duplicates: { visible: [{ id: ids.anna, reasons: ['nameAndBirthYear'] }] },
    });

    const confirmed = personForm({
      firstName: 'anna',
      lastName: 'VIRTANEN',
      birthYear: '1985',
      coachId: coach.id,
      confirmDuplicates: 'on',
    });
    const created = await createPerson(coach, confirmed.data!);
    expect(created.ok).toBe(true);
    expect(await countRows(people)).toBe(before + 1);
  });

  it('counts a duplicate in another caseload without naming it', async () => {
    const result = await createPerson(
      coach,
      personForm({
        firstName: 'O',
        lastName: 'M',
        email: 'olli.muu@example.com',
        coachId: coach.id,
      }).data!,
    );
    expect(result).toMatchObject({ ok: false, duplicates: { visible: [], hiddenCount: 1 } });
    expect(JSON.stringify(result)).not.toContain('Muu');
    const [logged] = await db()
      .select()
      .from(activityLog)
      .where(eq(activityLog.action, 'person.duplicate_check'))
      .orderBy(desc(activityLog.id))
      .limit(1);
    expect(logged).toMatchObject({ actorId: coach.id, details: { visible: 0, hidden: 1 } });
  });

  it('records the lawful basis and the creation in the log, in one transaction', async () => {
    const result = await createPerson(
      coach,
      personForm({
        firstName: 'Uusi',
        lastName: 'Asiakas',
        email: 'uusi.asiakas@example.com',
        coachId: coach.id,
        segmentIds: [teamSegmentId],
        languages: ['fi', 'so'],
      }).data!,
    );
    if (!result.ok) throw new Error('not created');
    const profile = await getPersonProfile(coach, result.value.id);
    expect(profile?.person).toMatchObject({ firstName: 'Uusi', languages: ['fi', 'so'] });
    expect(profile?.segments.map((s) => s.name)).toEqual(['Alanvaihtajat']);
    expect(profile?.legalBases).toEqual([
      expect.objectContaining({
        basis: 'public_task',
        purpose: 'Opinto- ja uraohjaus',
        recordedBy: coach.name,
      }),
    ]);
    const [logged] = await db()
      .select()
      .from(activityLog)
      .where(eq(activityLog.entityId, result.value.id));
    expect(logged).toMatchObject({ action: 'person.create', actorId: coach.id });
    // The log is read by admins: no contact details in it.
    expect(JSON.stringify(logged!.details)).not.toContain('uusi.asiakas');
  });

  it('refuses a coach saving a client out of their own caseload, and unknown coaches', async () => {
    const elsewhere = await createPerson(
      coach,
      personForm({
        firstName: 'Pois',
        lastName: 'Näkyvistä',
        coachId: otherCoach.id,
        segmentIds: [otherSegmentId],
      }).data!,
    );
    expect(elsewhere).toEqual({
      ok: false,
      fieldErrors: { coachId: ['people.errors.outsideCaseload'] },
    });
    const notACoach = await createPerson(
      coach,
      personForm({ firstName: 'Väärä', lastName: 'Valmentaja', coachId: manager.id }).data!,
    );
    expect(notACoach).toEqual({
      ok: false,
      fieldErrors: { coachId: ['people.errors.unknownCoach'] },
    });
  });

  it('is refused to managers, who read people but do not edit them', async () => {
    await expect(
      createPerson(manager, personForm({ firstName: 'M', lastName: 'N' }).data!),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('another caseload is out of reach', () => {
  it('a coach cannot read, edit or annotate a person outside their caseload', async () => {
    expect(await getPersonProfile(coach, ids.other!)).toBeNull();
    expect(await listPersonTimeline(coach, ids.other!)).toBeNull();
    const edit = editPersonSchema.parse({
      firstName: 'Hacked',
      lastName: 'Name',
      version: '1',
    });
    await expect(updatePerson(coach, ids.other!, edit)).rejects.toMatchObject({ status: 404 });
    await expect(addPersonNote(coach, ids.other!, 'hei')).rejects.toMatchObject({ status: 404 });
    const [olli] = await db().select().from(people).where(eq(people.id, ids.other!));
    expect(olli?.firstName).toBe('Olli');
  });
});

describe('editing a person', () => {
  it('saves the changes with a new version, and refuses a stale form', async () => {
    const profile = await getPersonProfile(coach, ids.ahmed!);
    const form = {
      firstName: 'Ahmed',
      lastName: 'Ali',
      email: 'ahmed.ali@example.com',
      municipality: 'Tampere',
      segmentIds: [teamSegmentId],
      version: String(profile!.person.version),
    };
    expect(await updatePerson(coach, ids.ahmed!, editPersonSchema.parse(form))).toEqual({
      ok: true,
      value: undefined,
    });
    const again = await updatePerson(
      coach,
      ids.ahmed!,
      editPersonSchema.parse({ ...form, municipality: 'Espoo' }),
    );
    expect(again).toMatchObject({ ok: false, stale: true });
    const after = await getPersonProfile(coach, ids.ahmed!);
    expect(after?.person).toMatchObject({
      municipality: 'Tampere',
      version: profile!.person.version + 1,
    });
  });
});
