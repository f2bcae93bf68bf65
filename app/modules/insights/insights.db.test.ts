import { and, eq, like, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { insertCoachingSession } from '#db/factories/coaching';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { demoSegments } from '#db/seed/demo-data';
import { seedDemoInsights } from '#db/seed/demo-insights';
import {
  activityLog,
  insightPeople,
  insights,
  insightStatusChanges,
  people,
  personSegments,
} from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import type * as RecordActivity from '~/modules/activity/record-activity.server';
import { db } from '~/db.server';
import { finnishDay } from '~/forms/finnish-time';
import { action as insightsAction } from '~/routes/_app.segments.$segmentId.insights';
import { action as login } from '~/routes/login';
import { appRequest, cookieFrom, testContext } from '../../../tests/support/requests';
import { createStaff, testPassword } from '../../../tests/support/staff';
import {
  addInsightSchema,
  changeInsightStatusSchema,
  type AddInsightInput,
} from './insights.schema';
import {
  addInsight,
  changeInsightStatus,
  countInsightsByStatus,
  listInsights,
  listLinkableSessions,
  linkablePeopleLimit,
  listLinkablePeople,
} from './insights.server';

// Lets a test make the activity log fail, to show the insight is written in the same transaction.
const activityLogDown = vi.hoisted(() => ({ now: false }));
vi.mock('~/modules/activity/record-activity.server', async (importOriginal) => {
  const original = await importOriginal<typeof RecordActivity>();
  return {
    ...original,
    recordActivity: async (...args: Parameters<typeof original.recordActivity>) => {
      if (activityLogDown.now) throw new Error('the activity log is down');
      return original.recordActivity(...args);
    },
  };
});

let manager: SessionUser;
let coach: SessionUser;
let otherCoach: SessionUser;
let partner: SessionUser;
let admin: SessionUser;
let segmentId: string;
let otherSegmentId: string;
const person: Record<'ownClient' | 'othersClient' | 'elsewhere' | 'deleted', string> = {
  ownClient: '',
  othersClient: '',
  elsewhere: '',
  deleted: '',
};

function newInsight(overrides: Partial<AddInsightInput> = {}): AddInsightInput {
  return {
    statement: 'Moni pelkää opintojen matematiikkaa.',
    source: 'Ohjausmuistiinpanot',
    observedOn: '2025-02-03',
    status: 'assumption',
    evidence: '',
    personIds: [],
    sessionIds: [],
    ...overrides,
  };
}

async function added(user: SessionUser, overrides: Partial<AddInsightInput> = {}, at = segmentId) {
  const result = await addInsight(user, at, newInsight(overrides));
  if (!result.ok) throw new Error(`not added: ${JSON.stringify(result.fieldErrors)}`);
  return result.value.id;
}

async function rowCounts() {
  const countOf = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n;
  const n = sql<number>`count(*)::int`;
  return {
    insights: await countOf(db().select({ n }).from(insights)),
    changes: await countOf(db().select({ n }).from(insightStatusChanges)),
    links: await countOf(db().select({ n }).from(insightPeople)),
    activity: await countOf(
      db().select({ n }).from(activityLog).where(like(activityLog.action, 'segment.insight%')),
    ),
  };
}

async function activityOf(insightId: string) {
  return db()
    .select()
    .from(activityLog)
    .where(sql`${activityLog.details}->>'insightId' = ${insightId}`)
    .orderBy(activityLog.id);
}

async function forbidden(run: () => Promise<unknown>) {
  const thrown = await run().then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  return (thrown as Response).status;
}

beforeAll(async () => {
  [manager, coach, otherCoach, partner, admin] = await Promise.all([
    createStaff('manager'),
    createStaff('coach'),
    createStaff('coach'),
    createStaff('partnership'),
    createStaff('admin'),
  ]);
  // The coach is not in this segment's team: their caseload in it is only their own clients.
  segmentId = (
    await insertSegment(db(), {
      name: 'Alanvaihtajat',
      kind: 'career_changers',
      teamUserIds: [otherCoach.id],
    })
  ).id;
  otherSegmentId = (await insertSegment(db(), { name: 'Työnantajat', kind: 'employers' })).id;
  const make = async (firstName: string, coachId: string, segment: string) =>
    (await insertPerson(db(), { firstName, lastName: 'Testinen', coachId, segmentIds: [segment] }))
      .id;
  person.ownClient = await make('Oma', coach.id, segmentId);
  person.othersClient = await make('Toisen', otherCoach.id, segmentId);
  person.elsewhere = await make('Muualla', coach.id, otherSegmentId);
  person.deleted = await make('Poistettu', coach.id, segmentId);
  await db().update(people).set({ deletedAt: new Date() }).where(eq(people.id, person.deleted));
});

describe('adding an insight', () => {
  it('starts as an assumption by its author, with its first status entry and an activity row on the segment', async () => {
    const id = await added(manager);
    const [row] = await db().select().from(insights).where(eq(insights.id, id));
    expect(row).toMatchObject({
      segmentId,
      status: 'assumption',
      evidence: '',
      authorId: manager.id,
      observedOn: '2025-02-03',
      version: 1,
    });
    const changes = await db()
      .select()
      .from(insightStatusChanges)
      .where(eq(insightStatusChanges.insightId, id));
    expect(changes).toMatchObject([
      { fromStatus: null, toStatus: 'assumption', changedBy: manager.id },
    ]);
    const activity = await activityOf(id);
    expect(activity).toMatchObject([
      {
        actorId: manager.id,
        action: 'segment.insight_add',
        entityType: 'segment',
        entityId: segmentId,
        details: {
          insightId: id,
          statement: 'Moni pelkää opintojen matematiikkaa.',
          status: 'assumption',
        },
      },
    ]);
  });

  it('writes the insight and its activity row in one transaction: no log, no insight', async () => {
    const before = await rowCounts();
    activityLogDown.now = true;
    try {
      await expect(addInsight(manager, segmentId, newInsight())).rejects.toThrow(
        'the activity log is down',
      );
    } finally {
      activityLogDown.now = false;
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('shortens a long statement in the activity details', async () => {
    const id = await added(coach, { statement: `Olenko liian vanha? ${'x'.repeat(300)}` });
    const [entry] = await activityOf(id);
    const statement = String(entry?.details.statement);
    expect(statement.length).toBe(80);
    expect(statement.startsWith('Olenko liian vanha?')).toBe(true);
    expect(statement.endsWith('…')).toBe(true);
  });

  it('may start as validated or refuted, but only with evidence', async () => {
    const before = await rowCounts();
    for (const status of ['validated', 'refuted'] as const) {
      expect(await addInsight(manager, segmentId, newInsight({ status }))).toEqual({
        ok: false,
        fieldErrors: { evidence: ['insights.errors.evidenceRequired'] },
      });
    }
    expect(await rowCounts()).toEqual(before);
    const id = await added(manager, {
      status: 'validated',
      evidence: 'Palautekysely, 40 vastaajaa',
    });
    const changes = await db()
      .select()
      .from(insightStatusChanges)
      .where(eq(insightStatusChanges.insightId, id));
    expect(changes).toMatchObject([
      { fromStatus: null, toStatus: 'validated', evidence: 'Palautekysely, 40 vastaajaa' },
    ]);
  });

  it('answers a segment that does not exist with 404, writing nothing', async () => {
    const before = await rowCounts();
    expect(
      await forbidden(() =>
        addInsight(manager, '00000000-0000-4000-8000-000000000000', newInsight()),
      ),
    ).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });

  it('partnership staff read insights but cannot add or change them (403); admins do not read them', async () => {
    const id = await added(manager);
    const before = await rowCounts();
    expect(await forbidden(() => addInsight(partner, segmentId, newInsight()))).toBe(403);
    expect(
      await forbidden(() =>
        changeInsightStatus(partner, segmentId, {
          insightId: id,
          status: 'refuted',
          evidence: 'x',
          version: 1,
        }),
      ),
    ).toBe(403);
    expect(await forbidden(() => listLinkablePeople(partner, segmentId))).toBe(403);
    expect(await rowCounts()).toEqual(before);
    expect((await listInsights(partner, segmentId)).some((insight) => insight.id === id)).toBe(
      true,
    );
    expect(await forbidden(() => listInsights(admin, segmentId))).toBe(403);
  });
});

describe('the form schemas', () => {
  const messages = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) =>
    Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );

  it('report every bad field at once, the missing evidence included', () => {
    const result = addInsightSchema.safeParse({
      statement: '   ',
      source: 'x'.repeat(201),
      observedOn: '2025-02-30',
      status: 'validated',
      evidence: '  ',
      personIds: ['not-an-id'],
    });
    expect(messages(result)).toEqual({
      statement: 'validation.required',
      source: 'validation.tooLong|{"maximum":200}',
      observedOn: 'insights.errors.invalidDate',
      evidence: 'insights.errors.evidenceRequired',
      'personIds.0': 'insights.errors.unknownPerson',
    });
  });

  it('refuse a date in the future and default to an assumption without people', () => {
    expect(
      messages(addInsightSchema.safeParse({ ...newInsight(), observedOn: '2999-01-01' })),
    ).toEqual({ observedOn: 'insights.errors.futureDate' });
    const parsed = addInsightSchema.parse({
      statement: 'Hakijat kysyvät rahoituksesta',
      source: 'Palaute',
      observedOn: finnishDay(),
    });
    expect(parsed).toMatchObject({ status: 'assumption', evidence: '', personIds: [] });
  });

  it('need evidence for a change to validated or refuted, not back to an assumption', () => {
    const base = { insightId: crypto.randomUUID(), version: '1', evidence: '' };
    for (const status of ['validated', 'refuted']) {
      expect(messages(changeInsightStatusSchema.safeParse({ ...base, status }))).toEqual({
        evidence: 'insights.errors.evidenceRequired',
      });
    }
    expect(changeInsightStatusSchema.safeParse({ ...base, status: 'assumption' }).success).toBe(
      true,
    );
    expect(messages(changeInsightStatusSchema.safeParse({ ...base, status: '' }))).toEqual({
      status: 'insights.errors.chooseStatus',
    });
  });
});

describe('changing the status', () => {
  it('records the change with its evidence, who and when, and logs it on the segment', async () => {
    const id = await added(manager);
    const result = await changeInsightStatus(coach, segmentId, {
      insightId: id,
      status: 'validated',
      evidence: 'Kevään ohjauksissa 14/20 kysyi matematiikasta.',
      version: 1,
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const [row] = await db().select().from(insights).where(eq(insights.id, id));
    expect(row).toMatchObject({
      status: 'validated',
      evidence: 'Kevään ohjauksissa 14/20 kysyi matematiikasta.',
      version: 2,
    });
    const changes = await db()
      .select()
      .from(insightStatusChanges)
      .where(eq(insightStatusChanges.insightId, id))
      .orderBy(insightStatusChanges.id);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({
      fromStatus: 'assumption',
      toStatus: 'validated',
      evidence: 'Kevään ohjauksissa 14/20 kysyi matematiikasta.',
      changedBy: coach.id,
    });
    expect(changes[1]!.changedAt).toEqual(row!.statusChangedAt);

    const [, entry] = await activityOf(id);
    expect(entry).toMatchObject({
      actorId: coach.id,
      action: 'segment.insight_status_change',
      entityType: 'segment',
      entityId: segmentId,
      details: { insightId: id, changes: { status: { from: 'assumption', to: 'validated' } } },
    });
    // The segment's own conflict check reads `version` from its history.
    expect(entry!.details).not.toHaveProperty('version');

    const [listed] = (await listInsights(manager, segmentId)).filter((item) => item.id === id);
    expect(listed?.changes.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, 'assumption'],
      ['assumption', 'validated'],
    ]);
    expect(listed?.changes[1]).toMatchObject({ changedByName: coach.name });
  });

  it('requires evidence to validate or refute, and refuses the same status, writing nothing', async () => {
    const id = await added(manager);
    const before = await rowCounts();
    for (const status of ['validated', 'refuted'] as const) {
      expect(
        await changeInsightStatus(manager, segmentId, {
          insightId: id,
          status,
          evidence: '',
          version: 1,
        }),
      ).toEqual({ ok: false, fieldErrors: { evidence: ['insights.errors.evidenceRequired'] } });
    }
    expect(
      await changeInsightStatus(manager, segmentId, {
        insightId: id,
        status: 'assumption',
        evidence: 'Ei muutosta',
        version: 1,
      }),
    ).toEqual({ ok: false, fieldErrors: { status: ['insights.errors.sameStatus'] } });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a stale form: the second of two changes from the same version writes nothing', async () => {
    const id = await added(manager);
    const first = await changeInsightStatus(manager, segmentId, {
      insightId: id,
      status: 'refuted',
      evidence: 'Kysely: ikä ei noussut esiin.',
      version: 1,
    });
    expect(first.ok).toBe(true);
    const before = await rowCounts();
    const second = await changeInsightStatus(coach, segmentId, {
      insightId: id,
      status: 'validated',
      evidence: 'Ohjauskeskustelut',
      version: 1,
    });
    expect(second).toEqual({
      ok: false,
      stale: true,
      fieldErrors: { '': ['insights.errors.stale'] },
    });
    expect(await rowCounts()).toEqual(before);
    const [row] = await db().select().from(insights).where(eq(insights.id, id));
    expect(row).toMatchObject({ status: 'refuted', version: 2 });
  });

  it('moves back to an assumption without evidence', async () => {
    const id = await added(manager, { status: 'validated', evidence: 'Palaute' });
    const result = await changeInsightStatus(manager, segmentId, {
      insightId: id,
      status: 'assumption',
      evidence: '',
      version: 1,
    });
    expect(result.ok).toBe(true);
  });

  it('answers an insight of another segment with 404', async () => {
    const id = await added(manager, {}, otherSegmentId);
    expect(
      await forbidden(() =>
        changeInsightStatus(manager, segmentId, {
          insightId: id,
          status: 'refuted',
          evidence: 'x',
          version: 1,
        }),
      ),
    ).toBe(404);
  });
});

describe('filtering by status', () => {
  it('lists only the insights of the chosen status, of this segment, and counts each status', async () => {
    const filterSegment = (await insertSegment(db(), { name: 'Suodatus', kind: 'other' })).id;
    await added(manager, { statement: 'A' }, filterSegment);
    await added(manager, { statement: 'B', status: 'validated', evidence: 'e' }, filterSegment);
    await added(manager, { statement: 'C', status: 'validated', evidence: 'e' }, filterSegment);
    await added(manager, { statement: 'D', status: 'refuted', evidence: 'e' }, filterSegment);
    await added(manager, { statement: 'elsewhere', status: 'validated', evidence: 'e' });

    const validated = await listInsights(coach, filterSegment, { status: 'validated' });
    expect(validated.map((insight) => insight.statement).sort()).toEqual(['B', 'C']);
    expect(
      (await listInsights(coach, filterSegment, { status: 'refuted' })).map((i) => i.statement),
    ).toEqual(['D']);
    expect(await listInsights(coach, filterSegment)).toHaveLength(4);
    expect(await countInsightsByStatus(partner, filterSegment)).toEqual({
      assumption: 1,
      validated: 2,
      refuted: 1,
    });
  });
});

describe('linking people', () => {
  it('offers a coach only the people of this segment in their caseload, a manager all of them', async () => {
    const forCoach = await listLinkablePeople(coach, segmentId);
    expect(forCoach).toEqual({
      people: [{ id: person.ownClient, name: 'Oma Testinen' }],
      total: 1,
    });
    const forManager = await listLinkablePeople(manager, segmentId);
    expect(forManager.people.map((p) => p.id).sort()).toEqual(
      [person.ownClient, person.othersClient].sort(),
    );
    expect((await listLinkablePeople(manager, segmentId, { q: 'toisen' })).people).toEqual([
      { id: person.othersClient, name: 'Toisen Testinen' },
    ]);
    expect((await listLinkablePeople(manager, segmentId, { q: '%' })).total).toBe(0);
  });

  it('offers at most a hundred people at once and says how many there are', async () => {
    const crowded = (await insertSegment(db(), { name: 'Iso ryhmä', kind: 'other' })).id;
    await db()
      .insert(people)
      .values(
        Array.from({ length: linkablePeopleLimit + 5 }, (_, index) => ({
          firstName: `Henkilö${String(index).padStart(3, '0')}`,
          lastName: 'Joukko',
        })),
      )
      .returning({ id: people.id })
      .then((rows) =>
        db()
          .insert(personSegments)
          .values(rows.map((row) => ({ personId: row.id, segmentId: crowded }))),
      );
    const all = await listLinkablePeople(manager, crowded);
    expect(all.people).toHaveLength(linkablePeopleLimit);
    expect(all.total).toBe(linkablePeopleLimit + 5);
    const found = await listLinkablePeople(manager, crowded, { q: 'henkilö104' });
    expect(found).toEqual({
      people: [expect.objectContaining({ name: 'Henkilö104 Joukko' })],
      total: 1,
    });
  });

  it('refuses a coach linking someone outside their caseload or outside the segment, writing nothing', async () => {
    const before = await rowCounts();
    for (const outside of [person.othersClient, person.elsewhere, person.deleted]) {
      expect(
        await addInsight(coach, segmentId, newInsight({ personIds: [person.ownClient, outside] })),
      ).toEqual({ ok: false, fieldErrors: { personIds: ['insights.errors.unknownPerson'] } });
    }
    expect(
      await addInsight(manager, segmentId, newInsight({ personIds: [person.elsewhere] })),
    ).toEqual({ ok: false, fieldErrors: { personIds: ['insights.errors.unknownPerson'] } });
    expect(await rowCounts()).toEqual(before);
  });

  it('links people, and names them only to those who may read them', async () => {
    const byCoach = await added(coach, { personIds: [person.ownClient, person.ownClient] });
    const byManager = await added(manager, {
      personIds: [person.ownClient, person.othersClient],
    });
    const [entry] = await activityOf(byManager);
    expect(entry?.details).toMatchObject({ linkedPeople: 2 });
    expect(JSON.stringify(entry?.details)).not.toContain('Testinen');

    const seenBy = async (user: SessionUser, id: string) => {
      const [insight] = (await listInsights(user, segmentId)).filter((item) => item.id === id);
      return { named: insight?.people.map((p) => p.name), others: insight?.otherPeopleCount };
    };
    expect(await seenBy(coach, byCoach)).toEqual({ named: ['Oma Testinen'], others: 0 });
    expect(await seenBy(coach, byManager)).toEqual({ named: ['Oma Testinen'], others: 1 });
    // The other coach is in the segment's team, so its people are all their caseload.
    expect(await seenBy(otherCoach, byManager)).toEqual({
      named: ['Oma Testinen', 'Toisen Testinen'],
      others: 0,
    });
    expect(await seenBy(manager, byManager)).toEqual({
      named: ['Oma Testinen', 'Toisen Testinen'],
      others: 0,
    });
    expect(await seenBy(partner, byManager)).toEqual({ named: [], others: 2 });
  });
});

describe('the insights page action', () => {
  let cookie: string;
  const path = () => `/segments/${segmentId}/insights`;
  const post = (form: Record<string, string>) =>
    insightsAction({
      request: appRequest(path(), { cookie, form }),
      context: testContext,
      params: { segmentId },
    }).then(
      (answer) => answer,
      (thrown: unknown) => thrown,
    );
  const statusOf = (answer: unknown) =>
    answer instanceof Response
      ? answer.status
      : ((answer as { init?: ResponseInit }).init?.status ?? 200);

  beforeAll(async () => {
    const response = (await login({
      request: appRequest('/login', { form: { email: coach.email, password: testPassword } }),
      context: testContext,
      params: {},
    }).catch((thrown: unknown) => thrown)) as Response;
    cookie = cookieFrom(response.headers.get('Set-Cookie'));
  });

  it('adds an insight and returns to it with a notice', async () => {
    const answer = (await post({
      intent: 'add',
      statement: 'Lomautetut kysyvät, ovatko avoimen AMK:n opinnot maksuttomia.',
      source: 'Neuvontapalvelun yhteydenotot',
      observedOn: '2025-01-08',
      personIds: person.ownClient,
    })) as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get('Location')).toMatch(
      new RegExp(`^${path()}\\?notice=insightAdded#insight-[0-9a-f-]{36}$`),
    );
  });

  it('answers bad input with 400, the messages and the typed values, writing nothing', async () => {
    const before = await rowCounts();
    const answer = (await post({
      intent: 'add',
      statement: 'Pelko kielistä',
      source: '',
      observedOn: '2025-01-08',
      status: 'refuted',
      personIds: person.othersClient,
    })) as { data: { result: { error: Record<string, string[]>; initialValue: unknown } } };
    expect(statusOf(answer)).toBe(400);
    expect(answer.data.result.error).toEqual({
      source: ['validation.required'],
      evidence: ['insights.errors.evidenceRequired'],
    });
    expect(answer.data.result.initialValue).toMatchObject({ statement: 'Pelko kielistä' });

    const outside = (await post({
      intent: 'add',
      statement: 'Pelko kielistä',
      source: 'Palaute',
      observedOn: '2025-01-08',
      personIds: person.othersClient,
    })) as { data: { result: { error: Record<string, string[]> } } };
    expect(statusOf(outside)).toBe(400);
    expect(outside.data.result.error).toEqual({ personIds: ['insights.errors.unknownPerson'] });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers a stale status form with 409 and the message, writing nothing', async () => {
    const id = await added(manager);
    const form = { intent: 'status', insightId: id, status: 'validated', version: '1' };
    const first = (await post({ ...form, evidence: 'Palautekysely' })) as Response;
    expect(first.status).toBe(302);
    expect(first.headers.get('Location')).toBe(
      `${path()}?notice=insightStatusChanged#insight-${id}`,
    );
    const before = await rowCounts();
    const stale = (await post({ ...form, status: 'refuted', evidence: 'Toinen näyttö' })) as {
      data: { result: { error: Record<string, string[]>; initialValue: unknown } };
    };
    expect(statusOf(stale)).toBe(409);
    expect(stale.data.result.error).toEqual({ '': ['insights.errors.stale'] });
    expect(stale.data.result.initialValue).toMatchObject({ evidence: 'Toinen näyttö' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses partnership staff with 403', async () => {
    const response = (await login({
      request: appRequest('/login', { form: { email: partner.email, password: testPassword } }),
      context: testContext,
      params: {},
    }).catch((thrown: unknown) => thrown)) as Response;
    const answer = await insightsAction({
      request: appRequest(path(), {
        cookie: cookieFrom(response.headers.get('Set-Cookie')),
        form: { intent: 'add', statement: 'x', source: 'y', observedOn: '2025-01-01' },
      }),
      context: testContext,
      params: { segmentId },
    }).catch((thrown: unknown) => thrown);
    expect(statusOf(answer)).toBe(403);
  });

  it('no input makes it fail with a 500', async () => {
    const id = await added(manager);
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('', ' ', 'validated', 'refuted', 'assumption', '2025-01-01', '1', id),
    );
    const form = fc.record(
      {
        intent: fc.constantFrom('add', 'status', 'bogus', ''),
        statement: text,
        source: text,
        observedOn: text,
        status: text,
        evidence: text,
        personIds: text,
        insightId: text,
        version: text,
      },
      { requiredKeys: ['intent'] },
    ) as fc.Arbitrary<Record<string, string>>;
    await fc.assert(
      fc.asyncProperty(form, async (values) => {
        expect([302, 400, 409]).toContain(statusOf(await post(values)));
      }),
      { numRuns: 40 },
    );
    // Whatever the random forms did, each change was logged with it.
    const changed = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(insightStatusChanges)
      .where(and(eq(insightStatusChanges.insightId, id)));
    expect((await activityOf(id)).length).toBe(changed[0]!.n);
  });
});

describe('the demo insights', () => {
  it('give each demo segment 3–6 insights in all three statuses, with evidence and history', async () => {
    const staff = { manager, coach, coach2: otherCoach } as Record<string, SessionUser>;
    const segmentIds = new Map<string, string>();
    const peopleIds = new Map<string, string[]>();
    for (const demo of demoSegments) {
      const segment = await insertSegment(db(), { name: `Demo ${demo.name}`, kind: demo.kind });
      segmentIds.set(demo.name, segment.id);
      const members = [];
      for (let index = 0; index < 4; index += 1) {
        members.push(
          (
            await insertPerson(db(), {
              firstName: `P${index}`,
              lastName: demo.name,
              segmentIds: [segment.id],
            })
          ).id,
        );
      }
      peopleIds.set(demo.name, demo.name === 'Työnantajat' ? [] : members);
    }
    await db().transaction((tx) =>
      seedDemoInsights({
        tx,
        userId: (key) => staff[key]!.id,
        segmentId: (name) => segmentIds.get(name)!,
        peopleOf: (name) => peopleIds.get(name) ?? [],
      }),
    );
    for (const demo of demoSegments) {
      const listed = await listInsights(manager, segmentIds.get(demo.name)!);
      expect(listed.length, demo.name).toBeGreaterThanOrEqual(3);
      expect(listed.length, demo.name).toBeLessThanOrEqual(6);
      expect(new Set(listed.map((insight) => insight.status)).size, demo.name).toBe(3);
      for (const insight of listed) {
        expect(insight.changes[0]).toMatchObject({ fromStatus: null, toStatus: 'assumption' });
        expect(insight.changes.at(-1)?.toStatus).toBe(insight.status);
        expect(insight.version).toBe(insight.changes.length);
        if (insight.status !== 'assumption') expect(insight.evidence).not.toBe('');
      }
    }
    const linked = await listInsights(manager, segmentIds.get('Alanvaihtajat')!);
    expect(linked.some((insight) => insight.people.length > 0)).toBe(true);
  });
});

describe('insights linked to coaching sessions', () => {
  it('link sessions of the segment the user may read, shown only to those who may read the person', async () => {
    const ownSession = await insertCoachingSession(db(), {
      personId: person.ownClient,
      coachId: coach.id,
      occurredAt: new Date('2025-09-02T09:00:00Z'),
    });
    const othersSession = await insertCoachingSession(db(), {
      personId: person.othersClient,
      coachId: otherCoach.id,
      occurredAt: new Date('2025-09-03T09:00:00Z'),
    });
    expect((await listLinkableSessions(coach, segmentId)).map((session) => session.id)).toEqual([
      ownSession.id,
    ]);

    // Another coach's client's session is refused like one that does not exist, and nothing is written.
    expect(
      await addInsight(coach, segmentId, newInsight({ sessionIds: [othersSession.id] })),
    ).toEqual({
      ok: false,
      fieldErrors: { sessionIds: ['insights.errors.unknownSession'] },
    });

    const id = await added(manager, { sessionIds: [ownSession.id, othersSession.id] });
    const forCoach = (await listInsights(coach, segmentId)).find((insight) => insight.id === id)!;
    expect(forCoach.sessions.map((session) => session.personName)).toEqual(['Oma Testinen']);
    expect(forCoach.otherSessionsCount).toBe(1);
    const forPartner = (await listInsights(partner, segmentId)).find(
      (insight) => insight.id === id,
    )!;
    expect(forPartner.sessions).toEqual([]);
    expect(forPartner.otherSessionsCount).toBe(2);
    const [entry] = await activityOf(id);
    expect(entry?.details).toMatchObject({ linkedSessions: 2 });
  });
});
