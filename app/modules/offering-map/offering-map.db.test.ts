import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertFundingCall, insertOffering } from '#db/factories/offerings';
import { insertSegment } from '#db/factories/segments';
import { seedDemoOfferingMap } from '#db/seed/demo-offering-map';
import { activityLog, fundingCalls, segmentFundingCalls, segmentOfferings } from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import type * as RecordActivityModule from '~/modules/activity/record-activity.server';
import { db } from '~/db.server';
import { appRequest, testContext } from '../../../tests/support/requests';
import { signedInCookie } from '../../../tests/support/route-calls';
import { createStaff } from '../../../tests/support/staff';
import { action as offeringMapAction } from '../../routes/_app.segments.$segmentId.offerings';
import { createFundingCallSchema, linkOfferingSchema } from './offering-map.schema';
import {
  createAndLinkFundingCall,
  getOfferingMap,
  linkFundingCall,
  linkOffering,
  listLinkableFundingCalls,
  listLinkableOfferings,
  unlinkFundingCall,
  unlinkOffering,
} from './offering-map.server';

// Lets a test make the activity log fail, to show that a change and its log
// entry are written in one transaction: when the entry fails, so does the change.
const activityFailure = vi.hoisted(() => ({ on: false }));
vi.mock('~/modules/activity/record-activity.server', async (importOriginal) => {
  const actual = await importOriginal<typeof RecordActivityModule>();
  return {
    ...actual,
    recordActivity: async (...args: Parameters<typeof actual.recordActivity>) => {
      if (activityFailure.on) throw new Error('activity log unavailable');
      return actual.recordActivity(...args);
    },
  };
});

let manager: SessionUser;
let counter = 0;

beforeAll(async () => {
  manager = await createStaff('manager');
});

beforeEach(() => {
  activityFailure.on = false;
});

async function newSegment() {
  counter += 1;
  return insertSegment(db(), { name: `Testiryhmä ${counter}`, kind: 'career_changers' });
}

async function newOffering(name = `Kurssi ${++counter}`, archived = false) {
  return insertOffering(db(), { name, kind: 'open_uas', credits: 5, language: 'fi', archived });
}

async function activityOf(segmentId: string) {
  return db()
    .select()
    .from(activityLog)
    .where(and(eq(activityLog.entityType, 'segment'), eq(activityLog.entityId, segmentId)));
}

async function offeringLinks(segmentId: string) {
  return db().select().from(segmentOfferings).where(eq(segmentOfferings.segmentId, segmentId));
}

async function callCount() {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(fundingCalls);
  return row!.n;
}

const link = { rationale: 'Maksuttomat opinnot madaltavat kynnystä.', priority: 'high' as const };

const newCall = {
  funder: 'ESR+',
  name: 'Osaamisen vahvistaminen 2026',
  deadline: '2026-09-30',
  status: 'upcoming' as const,
  notes: 'Haku avautuu elokuussa.',
  ...link,
};

describe('linking offerings to a segment', () => {
  it('links an offering and logs it on the segment in the same transaction', async () => {
    const segment = await newSegment();
    const offering = await newOffering('Ohjelmoinnin testikurssi');

    const result = await linkOffering(manager, segment.id, { offeringId: offering.id, ...link });

    expect(result).toEqual({ ok: true, value: undefined });
    const map = await getOfferingMap(manager, segment.id);
    expect(map.offerings).toMatchObject([
      { offeringId: offering.id, name: 'Ohjelmoinnin testikurssi', ...link },
    ]);
    const log = await activityOf(segment.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      actorId: manager.id,
      action: 'segment.offering_link',
      entityType: 'segment',
      entityId: segment.id,
      details: {
        offeringId: offering.id,
        offeringName: 'Ohjelmoinnin testikurssi',
        rationale: link.rationale,
        priority: 'high',
      },
    });
  });

  it('writes no link when its log entry cannot be written', async () => {
    const segment = await newSegment();
    const offering = await newOffering();
    activityFailure.on = true;

    await expect(
      linkOffering(manager, segment.id, { offeringId: offering.id, ...link }),
    ).rejects.toThrow('activity log unavailable');

    expect(await offeringLinks(segment.id)).toEqual([]);
  });

  it('refuses to link the same offering twice, by the field, writing nothing', async () => {
    const segment = await newSegment();
    const offering = await newOffering();
    await linkOffering(manager, segment.id, { offeringId: offering.id, ...link });

    const again = await linkOffering(manager, segment.id, {
      offeringId: offering.id,
      rationale: 'Toinen perustelu',
      priority: 'low',
    });

    expect(again).toEqual({
      ok: false,
      fieldErrors: { offeringId: ['offeringMap.errors.alreadyLinked'] },
    });
    expect(await offeringLinks(segment.id)).toMatchObject([{ rationale: link.rationale }]);
    expect(await activityOf(segment.id)).toHaveLength(1);
  });

  it('refuses an unknown or archived offering, writing nothing', async () => {
    const segment = await newSegment();
    const archived = await newOffering('Lopetettu kurssi', true);

    for (const offeringId of [randomUUID(), archived.id]) {
      expect(await linkOffering(manager, segment.id, { offeringId, ...link })).toEqual({
        ok: false,
        fieldErrors: { offeringId: ['offeringMap.errors.unknownOffering'] },
      });
    }
    expect(await offeringLinks(segment.id)).toEqual([]);
    expect(await activityOf(segment.id)).toEqual([]);
  });

  it('answers 404 for a segment that does not exist', async () => {
    const offering = await newOffering();
    await expect(
      linkOffering(manager, randomUUID(), { offeringId: offering.id, ...link }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('unlinks an offering and logs what was removed; a second removal is refused', async () => {
    const segment = await newSegment();
    const offering = await newOffering('Projektityön testikurssi');
    await linkOffering(manager, segment.id, { offeringId: offering.id, ...link });

    expect(await unlinkOffering(manager, segment.id, offering.id)).toEqual({
      ok: true,
      value: undefined,
    });

    expect(await offeringLinks(segment.id)).toEqual([]);
    const log = await activityOf(segment.id);
    expect(log.map((entry) => entry.action).sort()).toEqual([
      'segment.offering_link',
      'segment.offering_unlink',
    ]);
    expect(log.find((entry) => entry.action === 'segment.offering_unlink')?.details).toEqual({
      offeringId: offering.id,
      offeringName: 'Projektityön testikurssi',
      ...link,
    });
    expect(await unlinkOffering(manager, segment.id, offering.id)).toEqual({
      ok: false,
      fieldErrors: { '': ['offeringMap.errors.offeringNotLinked'] },
    });
  });

  it('offers only current offerings that are not linked yet', async () => {
    const segment = await newSegment();
    const linked = await newOffering();
    const free = await newOffering();
    const archived = await newOffering(undefined, true);
    await linkOffering(manager, segment.id, { offeringId: linked.id, ...link });

    const ids = (await listLinkableOfferings(manager, segment.id)).map((choice) => choice.id);

    expect(ids).toContain(free.id);
    expect(ids).not.toContain(linked.id);
    expect(ids).not.toContain(archived.id);
  });

  it('lists the map by priority, then by name', async () => {
    const segment = await newSegment();
    const plan = [
      ['Öljyalan täydennyskoulutus', 'low'],
      ['bioanalytiikan perusteet', 'medium'],
      ['Suomen kieli ja viestintä', 'high'],
      ['Aikuiskasvatus', 'medium'],
      ['Digimarkkinointi', 'high'],
    ] as const;
    for (const [name, priority] of plan) {
      const offering = await newOffering(name);
      await linkOffering(manager, segment.id, {
        offeringId: offering.id,
        rationale: 'x',
        priority,
      });
    }
    for (const [funder, name, priority] of [
      ['OKM', 'Jatkuvan oppimisen hanke', 'low'],
      ['ELY', 'Koulutuskokeilu', 'high'],
    ] as const) {
      const call = await insertFundingCall(db(), { funder, name });
      await linkFundingCall(manager, segment.id, {
        fundingCallId: call.id,
        rationale: 'x',
        priority,
      });
    }

    const map = await getOfferingMap(manager, segment.id);

    expect(map.offerings.map((row) => [row.name, row.priority])).toEqual([
      ['Digimarkkinointi', 'high'],
      ['Suomen kieli ja viestintä', 'high'],
      ['Aikuiskasvatus', 'medium'],
      ['bioanalytiikan perusteet', 'medium'],
      ['Öljyalan täydennyskoulutus', 'low'],
    ]);
    expect(map.fundingCalls.map((row) => row.name)).toEqual([
      'Koulutuskokeilu',
      'Jatkuvan oppimisen hanke',
    ]);
  });
});

describe('funding calls of a segment', () => {
  it('adds a new call and links it in one go, logged on the segment', async () => {
    const segment = await newSegment();

    const result = await createAndLinkFundingCall(manager, segment.id, newCall);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const map = await getOfferingMap(manager, segment.id);
    expect(map.fundingCalls).toEqual([{ fundingCallId: result.value.id, ...newCall }]);
    const log = await activityOf(segment.id);
    expect(log).toMatchObject([
      {
        action: 'segment.funding_call_create',
        entityId: segment.id,
        details: {
          fundingCallId: result.value.id,
          fundingCallName: newCall.name,
          funder: 'ESR+',
          deadline: '2026-09-30',
          rationale: link.rationale,
          priority: 'high',
        },
      },
    ]);
  });

  it('writes neither the call nor the link when any part fails', async () => {
    const segment = await newSegment();
    const before = await callCount();

    activityFailure.on = true;
    await expect(createAndLinkFundingCall(manager, segment.id, newCall)).rejects.toThrow();
    activityFailure.on = false;
    await expect(createAndLinkFundingCall(manager, randomUUID(), newCall)).rejects.toMatchObject({
      status: 404,
    });

    expect(await callCount()).toBe(before);
    expect(
      await db()
        .select()
        .from(segmentFundingCalls)
        .where(eq(segmentFundingCalls.segmentId, segment.id)),
    ).toEqual([]);
  });

  it('links an existing call once, and unlinks it', async () => {
    const segment = await newSegment();
    const call = await insertFundingCall(db(), { funder: 'Jotpa', name: 'Työvoimakoulutus' });

    expect(await linkFundingCall(manager, segment.id, { fundingCallId: call.id, ...link })).toEqual(
      { ok: true, value: undefined },
    );
    expect(await linkFundingCall(manager, segment.id, { fundingCallId: call.id, ...link })).toEqual(
      {
        ok: false,
        fieldErrors: { fundingCallId: ['offeringMap.errors.fundingCallAlreadyLinked'] },
      },
    );
    expect(
      await linkFundingCall(manager, segment.id, { fundingCallId: randomUUID(), ...link }),
    ).toEqual({
      ok: false,
      fieldErrors: { fundingCallId: ['offeringMap.errors.unknownFundingCall'] },
    });
    expect((await listLinkableFundingCalls(manager, segment.id)).map((c) => c.id)).not.toContain(
      call.id,
    );

    expect(await unlinkFundingCall(manager, segment.id, call.id)).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await getOfferingMap(manager, segment.id)).fundingCalls).toEqual([]);
    expect((await activityOf(segment.id)).map((entry) => entry.action).sort()).toEqual([
      'segment.funding_call_link',
      'segment.funding_call_unlink',
    ]);
  });
});

describe('who may change the map', () => {
  it.each(['coach', 'partnership'] as const)(
    'a %s reads the map but every change is refused with 403',
    async (role) => {
      const someone = await createStaff(role);
      const segment = await newSegment();
      const offering = await newOffering();
      const call = await insertFundingCall(db(), { funder: 'OKM', name: 'Erityisavustus' });
      await linkOffering(manager, segment.id, { offeringId: offering.id, ...link });

      expect((await getOfferingMap(someone, segment.id)).offerings).toHaveLength(1);
      const attempts = [
        () => linkOffering(someone, segment.id, { offeringId: offering.id, ...link }),
        () => unlinkOffering(someone, segment.id, offering.id),
        () => linkFundingCall(someone, segment.id, { fundingCallId: call.id, ...link }),
        () => unlinkFundingCall(someone, segment.id, call.id),
        () => createAndLinkFundingCall(someone, segment.id, newCall),
        () => listLinkableOfferings(someone, segment.id),
      ];
      for (const attempt of attempts) {
        await expect(attempt()).rejects.toMatchObject({ status: 403 });
      }
      expect(await offeringLinks(segment.id)).toHaveLength(1);
      expect(await activityOf(segment.id)).toHaveLength(1);
    },
  );
});

describe('the forms’ input', () => {
  const parse = (input: Record<string, unknown>) =>
    createFundingCallSchema.safeParse({ intent: 'create-funding-call', ...newCall, ...input });
  const messagesOf = (result: ReturnType<typeof parse>) =>
    result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));

  it('asks for a rationale and for an offering, and tells a forged id apart', () => {
    const base = { intent: 'link-offering', priority: 'medium' };
    const missing = linkOfferingSchema.safeParse({ ...base, rationale: '   ' });
    expect(missing.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['offeringId', 'offeringMap.errors.chooseOffering'],
      ['rationale', 'offeringMap.errors.rationaleRequired'],
    ]);
    const forged = linkOfferingSchema.safeParse({ ...base, offeringId: 'x', rationale: 'y' });
    expect(forged.error?.issues[0]?.message).toBe('offeringMap.errors.unknownOffering');
  });

  it('takes a deadline as an ISO or a Finnish date and refuses anything else', () => {
    expect(parse({ deadline: '2026-09-30' }).data?.deadline).toBe('2026-09-30');
    expect(parse({ deadline: '1.3.2027' }).data?.deadline).toBe('2027-03-01');
    expect(parse({ deadline: undefined }).data?.deadline).toBeUndefined();
    for (const deadline of ['2026-02-30', '31.4.2026', 'huomenna', '0001-01-01', '2026-9-3']) {
      expect(messagesOf(parse({ deadline }))).toEqual({
        deadline: 'offeringMap.errors.invalidDate',
      });
    }
  });
});

describe('the offering map page', () => {
  let managerCookie: string;
  let coachCookie: string;

  beforeAll(async () => {
    managerCookie = await signedInCookie(manager.email);
    coachCookie = await signedInCookie((await createStaff('coach')).email);
  });

  async function post(segmentId: string, cookie: string, form: Record<string, string>) {
    try {
      return await offeringMapAction({
        request: appRequest(`/segments/${segmentId}/offerings`, { cookie, form }),
        context: testContext,
        params: { segmentId },
      });
    } catch (thrown) {
      return thrown;
    }
  }

  it('answers bad input with 400 and the message by its field, writing nothing', async () => {
    const segment = await newSegment();
    const offering = await newOffering();
    const before = await callCount();

    const noRationale = (await post(segment.id, managerCookie, {
      intent: 'link-offering',
      offeringId: offering.id,
      rationale: '',
      priority: 'high',
    })) as {
      data: { intent: string; result: { error: Record<string, string[]> } };
      init: ResponseInit;
    };
    expect(noRationale.init.status).toBe(400);
    expect(noRationale.data.intent).toBe('link-offering');
    expect(noRationale.data.result.error).toEqual({
      rationale: ['offeringMap.errors.rationaleRequired'],
    });

    const badDate = (await post(segment.id, managerCookie, {
      intent: 'create-funding-call',
      funder: 'ELY',
      name: 'Haku',
      deadline: '31.2.2026',
      status: 'open',
      notes: '',
      rationale: 'Perustelu',
      priority: 'low',
    })) as { data: { result: { error: Record<string, string[]>; initialValue: unknown } } };
    expect(badDate.data.result.error).toEqual({ deadline: ['offeringMap.errors.invalidDate'] });
    expect(badDate.data.result.initialValue).toMatchObject({
      funder: 'ELY',
      deadline: '31.2.2026',
    });

    expect(await offeringLinks(segment.id)).toEqual([]);
    expect(await callCount()).toBe(before);
  });

  it('links with a redirect and a notice, and refuses a coach with 403', async () => {
    const segment = await newSegment();
    const offering = await newOffering();
    const form = { intent: 'link-offering', offeringId: offering.id, ...link };

    const refusedCoach = (await post(segment.id, coachCookie, form)) as Response;
    expect(refusedCoach.status).toBe(403);
    const linked = (await post(segment.id, managerCookie, form)) as Response;
    expect(linked.status).toBe(302);
    expect(linked.headers.get('Location')).toBe(
      `/segments/${segment.id}/offerings?notice=offeringLinked`,
    );
    expect(await offeringLinks(segment.id)).toHaveLength(1);
  });

  it('refuses an unknown intent with 400', async () => {
    const segment = await newSegment();
    for (const intent of ['bogus', 'toString', '']) {
      const answer = (await post(segment.id, managerCookie, { intent })) as Response;
      expect(answer.status).toBe(400);
    }
  });
});

describe('the demo offering map', () => {
  it('maps offerings and funding calls for each of the four demo segments', async () => {
    const names = [
      'Maahanmuuttajataustaiset',
      'Työttömät ja lomautetut',
      'Alanvaihtajat',
      'Työnantajat',
    ];
    const ids = new Map<string, string>();
    for (const name of names) {
      ids.set(name, (await insertSegment(db(), { name, kind: 'other' })).id);
    }
    await db().transaction((tx) =>
      seedDemoOfferingMap({
        tx,
        userId: () => manager.id,
        segmentId: (name) => ids.get(name)!,
        peopleOf: () => [],
      }),
    );

    for (const name of names) {
      const map = await getOfferingMap(manager, ids.get(name)!);
      expect(map.offerings.length).toBeGreaterThanOrEqual(3);
      expect(map.fundingCalls.length).toBeGreaterThanOrEqual(1);
      expect(map.offerings.every((row) => row.rationale && !row.archivedAt)).toBe(true);
    }
  });
});
