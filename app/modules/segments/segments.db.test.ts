import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityLog, segments, segmentTeamMembers } from '#db/schema';
import { insertCoachingSession } from '#db/factories/coaching';
import { insertServicePath } from '#db/factories/service-paths';
import { insertPerson } from '#db/factories/people';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { getVisiblePerson } from '~/modules/people/people-scope.server';
import { createStaff } from '../../../tests/support/staff';
import { segmentProfileSchema, type SegmentProfileInput } from './segments.schema';
import { mayChangeSegment } from './writable-segment.server';
import { historyPageSize, listSegmentHistory } from './segment-history.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import {
  createSegment,
  getSegment,
  listSegments,
  setSegmentArchived,
  updateSegment,
} from './segments.server';

let manager: SessionUser;
let otherManager: SessionUser;
let coach: SessionUser;
let partner: SessionUser;

beforeAll(async () => {
  [manager, otherManager, coach, partner] = await Promise.all([
    createStaff('manager'),
    createStaff('manager'),
    createStaff('coach'),
    createStaff('partnership'),
  ]);
});

let counter = 0;
function profile(overrides: Partial<SegmentProfileInput> = {}): SegmentProfileInput {
  counter += 1;
  return {
    name: `Segment ${counter}`,
    kind: 'career_changers',
    description: 'Adults considering a new field',
    needs: ['Study alongside work'],
    valueProposition: 'Flexible paths',
    preferredChannels: ['email'],
    languages: ['fi'],
    ownerId: manager.id,
    teamUserIds: [],
    ...overrides,
  };
}

async function created(input = profile()) {
  const result = await createSegment(manager, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function segmentCount() {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(segments);
  return row!.n;
}

describe('creating a segment', () => {
  it('saves the whole profile with its team and logs it', async () => {
    const id = await created(profile({ name: 'Alanvaihtajat', teamUserIds: [coach.id] }));
    const segment = await getSegment(manager, id);
    expect(segment).toMatchObject({
      name: 'Alanvaihtajat',
      needs: ['Study alongside work'],
      preferredChannels: ['email'],
      ownerName: manager.name,
      version: 1,
      team: [{ id: coach.id, name: coach.name }],
    });
    expect((await listSegmentHistory(manager, id)).entries.map((entry) => entry.action)).toEqual([
      'segment.create',
    ]);
  });

  it('refuses a duplicate name in any letter case, writing nothing', async () => {
    await created(profile({ name: 'Työnantajat' }));
    const before = await segmentCount();
    expect(await createSegment(manager, profile({ name: 'TYÖNANTAJAT' }))).toEqual({
      ok: false,
      fieldErrors: { name: ['segments.errors.nameTaken'] },
    });
    expect(await segmentCount()).toBe(before);
  });

  it('refuses an owner or team member who is not active staff of the right role', async () => {
    const admin = await createStaff('admin');
    const disabledCoach = await createStaff('coach', { disabled: true });
    const before = await segmentCount();
    expect(await createSegment(manager, profile({ ownerId: admin.id }))).toEqual({
      ok: false,
      fieldErrors: { ownerId: ['segments.errors.unknownOwner'] },
    });
    expect(await createSegment(manager, profile({ ownerId: crypto.randomUUID() }))).toMatchObject({
      ok: false,
    });
    expect(await createSegment(manager, profile({ teamUserIds: [partner.id] }))).toEqual({
      ok: false,
      fieldErrors: { teamUserIds: ['segments.errors.unknownTeamMember'] },
    });
    expect(
      await createSegment(manager, profile({ teamUserIds: [disabledCoach.id] })),
    ).toMatchObject({ ok: false });
    expect(await segmentCount()).toBe(before);
  });

  it.each(['coach', 'partnership', 'admin'] as const)('refuses a %s with 403', async (role) => {
    const someone =
      role === 'coach' ? coach : role === 'partnership' ? partner : await createStaff('admin');
    await expect(createSegment(someone, profile())).rejects.toMatchObject({ status: 403 });
  });
});

describe('the profile form schema', () => {
  it('turns the needs textarea into a list and rejects empty or over-long names', () => {
    const parsed = segmentProfileSchema.safeParse({
      ...profile(),
      needs: ' First need \n\n Second need ',
    });
    expect(parsed.success && parsed.data.needs).toEqual(['First need', 'Second need']);
    const repeated = segmentProfileSchema.safeParse({ ...profile(), needs: 'Same\nSame' });
    expect(repeated.success && repeated.data.needs).toEqual(['Same']);
    const tooLong = segmentProfileSchema.safeParse({
      ...profile(),
      needs: `ok\n${'x'.repeat(301)}`,
    });
    expect(tooLong.success).toBe(false);
    // Reported on the field itself, so the form shows it by the textarea.
    expect(tooLong.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['needs'], 'segments.errors.lineTooLong|{"maximum":300}'],
    ]);
    expect(segmentProfileSchema.safeParse({ ...profile(), needs: '', name: '  ' }).success).toBe(
      false,
    );
    expect(
      segmentProfileSchema.safeParse({ ...profile(), needs: '', name: 'x'.repeat(121) }).success,
    ).toBe(false);
    expect(segmentProfileSchema.safeParse({ ...profile(), needs: '', kind: 'pets' }).success).toBe(
      false,
    );
    expect(
      segmentProfileSchema.safeParse({ ...profile(), needs: '', preferredChannels: ['pigeon'] })
        .success,
    ).toBe(false);
  });
});

describe('editing a segment', () => {
  it('saves changes, bumps the version and logs what changed with people’s names', async () => {
    const id = await created();
    const result = await updateSegment(manager, id, {
      ...profile({ name: 'Renamed', teamUserIds: [coach.id] }),
      version: 1,
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const segment = await getSegment(manager, id);
    expect(segment).toMatchObject({ name: 'Renamed', version: 2 });
    const [entry] = (await listSegmentHistory(manager, id)).entries;
    expect(entry?.action).toBe('segment.update');
    // Only what changed, with people's names rather than ids.
    expect(entry?.details).toEqual({
      version: 2,
      changes: {
        name: { from: expect.stringMatching(/^Segment \d+$/), to: 'Renamed' },
        team: { from: '', to: coach.name },
      },
    });
  });

  it('does not overwrite someone else’s save: a stale version gets the conflict and what changed', async () => {
    const id = await created(profile({ name: 'Shared' }));
    // Both managers opened version 1; the other one saves first.
    expect(
      (
        await updateSegment(otherManager, id, {
          ...profile({ name: 'Shared', valueProposition: 'Theirs' }),
          version: 1,
        })
      ).ok,
    ).toBe(true);
    const stale = await updateSegment(manager, id, {
      ...profile({ name: 'Shared', valueProposition: 'Mine' }),
      version: 1,
    });
    expect(stale.ok).toBe(false);
    expect(stale).toMatchObject({
      fieldErrors: { '': ['segments.errors.conflict'] },
      conflict: {
        currentVersion: 2,
        changes: [
          {
            who: otherManager.name,
            fields: { valueProposition: { from: 'Flexible paths', to: 'Theirs' } },
          },
        ],
      },
    });
    expect((await getSegment(manager, id))?.valueProposition).toBe('Theirs');
    // Having seen their change, saving against the current version works.
    expect(
      (
        await updateSegment(manager, id, {
          ...profile({ name: 'Shared', valueProposition: 'Mine' }),
          version: 2,
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses a coach with 403 and changes nothing', async () => {
    const id = await created();
    await expect(updateSegment(coach, id, { ...profile(), version: 1 })).rejects.toMatchObject({
      status: 403,
    });
    expect((await getSegment(manager, id))?.version).toBe(1);
  });
});

describe('archiving', () => {
  it('hides an archived segment from the list, shows it among the archived, and restores it', async () => {
    const id = await created(profile({ name: 'Seasonal group' }));
    expect((await setSegmentArchived(manager, id, true, 1)).ok).toBe(true);
    expect((await listSegments(coach, { archived: false })).map((row) => row.id)).not.toContain(id);
    expect((await listSegments(coach, { archived: true })).map((row) => row.id)).toContain(id);
    expect((await setSegmentArchived(manager, id, false, 1)).ok).toBe(false);
    expect((await setSegmentArchived(manager, id, false, 2)).ok).toBe(true);
    const actions = (await listSegmentHistory(manager, id)).entries.map((entry) => entry.action);
    expect(actions).toEqual(['segment.restore', 'segment.archive', 'segment.create']);
  });
});

describe('the team gives access to people', () => {
  it('a coach added to the team can read the segment’s people; removed, no longer', async () => {
    const id = await created();
    const person = await insertPerson(db(), {
      firstName: 'Tiina',
      lastName: 'Team',
      segmentIds: [id],
    });
    expect(await getVisiblePerson(coach, person.id)).toBeNull();
    await updateSegment(manager, id, { ...profile({ teamUserIds: [coach.id] }), version: 1 });
    expect(await getVisiblePerson(coach, person.id)).toMatchObject({ firstName: 'Tiina' });
    await updateSegment(manager, id, { ...profile({ teamUserIds: [] }), version: 2 });
    expect(await getVisiblePerson(coach, person.id)).toBeNull();
    const team = await db()
      .select()
      .from(segmentTeamMembers)
      .where(eq(segmentTeamMembers.segmentId, id));
    expect(team).toEqual([]);
  });
});

describe('reading segments', () => {
  it('every role with segments:read lists them with their counts; an admin is refused', async () => {
    const id = await created(profile({ name: 'Counted', teamUserIds: [coach.id] }));
    const person = await insertPerson(db(), { firstName: 'A', lastName: 'B', segmentIds: [id] });
    await insertServicePath(db(), { segmentId: id, name: 'Open UAS path' });
    await insertServicePath(db(), { segmentId: id, name: 'Retired path', archived: true });
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    await insertCoachingSession(db(), {
      personId: person.id,
      coachId: coach.id,
      occurredAt: daysAgo(10),
    });
    await insertCoachingSession(db(), {
      personId: person.id,
      coachId: coach.id,
      occurredAt: daysAgo(120),
    });
    for (const reader of [manager, coach, partner]) {
      const row = (await listSegments(reader, { archived: false, q: 'Counted' }))[0];
      expect(row).toMatchObject({
        name: 'Counted',
        teamSize: 1,
        peopleCount: 1,
        insightCount: 0,
        offeringCount: 0,
      });
    }
    await expect(
      listSegments(await createStaff('admin'), { archived: false }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('filters by kind and owner', async () => {
    await created(
      profile({ name: 'Employers of the north', kind: 'employers', ownerId: otherManager.id }),
    );
    const found = await listSegments(manager, {
      archived: false,
      kind: 'employers',
      owner: otherManager.id,
    });
    expect(found.map((row) => row.name)).toEqual(['Employers of the north']);
  });

  it('the activity of a segment is written in the same transaction as the change', async () => {
    const id = await created();
    const rows = await db().select().from(activityLog).where(eq(activityLog.entityId, id));
    expect(rows).toHaveLength(1);
  });
});

describe('owner and team are told apart by id, not by name', () => {
  it('swapping a team member for a namesake is saved, takes effect and is logged', async () => {
    const first = await createStaff('coach');
    const namesake = await createStaff('coach');
    await db().execute(
      sql`update users set name = 'Anna Virtanen' where id in (${first.id}, ${namesake.id})`,
    );
    const id = await created(profile({ teamUserIds: [first.id] }));
    const result = await updateSegment(manager, id, {
      ...profile({ teamUserIds: [namesake.id] }),
      version: 1,
    });
    expect(result.ok).toBe(true);
    const team = await db()
      .select()
      .from(segmentTeamMembers)
      .where(eq(segmentTeamMembers.segmentId, id));
    expect(team.map((member) => member.userId)).toEqual([namesake.id]);
    const [entry] = (await listSegmentHistory(manager, id)).entries;
    expect(entry?.details).toMatchObject({
      changes: { team: { from: 'Anna Virtanen', to: 'Anna Virtanen' } },
    });
  });
});

describe('an archived segment is read-only', () => {
  it('refuses profile edits until restored, and offers no forms meanwhile', async () => {
    const id = await created(profile({ name: 'Closed programme' }));
    await setSegmentArchived(manager, id, true, 1);
    expect(
      await updateSegment(manager, id, { ...profile({ name: 'Closed programme' }), version: 2 }),
    ).toEqual({
      ok: false,
      fieldErrors: { '': ['segments.errors.archived'] },
    });
    expect(await mayChangeSegment(manager, id, 'segments:manage')).toBe(false);
    await setSegmentArchived(manager, id, false, 2);
    expect(await mayChangeSegment(manager, id, 'segments:manage')).toBe(true);
    expect(await mayChangeSegment(coach, id, 'segments:manage')).toBe(false);
  });
});

describe('the history of a long-lived segment', () => {
  it('is read a page at a time and every entry stays reachable', async () => {
    const id = await created();
    await db().transaction(async (tx) => {
      for (let n = 0; n < historyPageSize + 5; n++) {
        await recordActivity(tx, {
          actorId: manager.id,
          action: 'segment.update',
          entityType: 'segment',
          entityId: id,
          details: { n },
        });
      }
    });
    const first = await listSegmentHistory(manager, id);
    expect(first.entries).toHaveLength(historyPageSize);
    const second = await listSegmentHistory(manager, id, { before: first.nextBefore });
    expect(second.entries).toHaveLength(6);
    expect(second.nextBefore).toBeUndefined();
    expect(second.entries.at(-1)?.action).toBe('segment.create');
  });
});
