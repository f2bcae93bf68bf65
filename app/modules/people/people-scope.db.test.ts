import { beforeAll, describe, expect, it } from 'vitest';
import { insertPerson } from '#db/factories/people';
import { insertSegment } from '#db/factories/segments';
import { db } from '~/db.server';
import type { SessionUser } from '~/auth/session.server';
import { createStaff } from '../../../tests/support/staff';
import { countVisiblePeople, getVisiblePerson } from './people-scope.server';

let coach: SessionUser;
let otherCoach: SessionUser;
let manager: SessionUser;
let partner: SessionUser;
let admin: SessionUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  [coach, otherCoach, manager, partner, admin] = await Promise.all([
    createStaff('coach'),
    createStaff('coach'),
    createStaff('manager'),
    createStaff('partnership'),
    createStaff('admin'),
  ]);
  const teamSegment = await insertSegment(db(), {
    name: 'Team of coach',
    kind: 'career_changers',
    teamUserIds: [coach.id],
  });
  const otherSegment = await insertSegment(db(), {
    name: 'Other team',
    kind: 'unemployed_laid_off',
    teamUserIds: [otherCoach.id],
  });
  ids.assigned = (
    await insertPerson(db(), {
      firstName: 'Assigned',
      lastName: 'Client',
      coachId: coach.id,
      segmentIds: [otherSegment.id],
    })
  ).id;
  ids.team = (
    await insertPerson(db(), {
      firstName: 'Team',
      lastName: 'Client',
      segmentIds: [teamSegment.id],
    })
  ).id;
  ids.other = (
    await insertPerson(db(), {
      firstName: 'Other',
      lastName: 'Client',
      coachId: otherCoach.id,
      segmentIds: [otherSegment.id],
    })
  ).id;
});

describe('who may read a person', () => {
  it('a coach reads their own clients and those of their teams’ segments, no one else', async () => {
    expect(await getVisiblePerson(coach, ids.assigned!)).toMatchObject({ firstName: 'Assigned' });
    expect(await getVisiblePerson(coach, ids.team!)).toMatchObject({ firstName: 'Team' });
    expect(await getVisiblePerson(coach, ids.other!)).toBeNull();
    expect(await countVisiblePeople(coach)).toBe(2);
  });

  it('the other coach has a different caseload', async () => {
    expect(await getVisiblePerson(otherCoach, ids.team!)).toBeNull();
    expect(await getVisiblePerson(otherCoach, ids.other!)).not.toBeNull();
  });

  it('a manager reads everyone', async () => {
    expect(await countVisiblePeople(manager)).toBe(3);
  });

  it('partnership staff and admins read no one', async () => {
    for (const user of [partner, admin]) {
      expect(await countVisiblePeople(user)).toBe(0);
      expect(await getVisiblePerson(user, ids.assigned!)).toBeNull();
    }
  });
});
