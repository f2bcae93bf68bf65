import { count } from 'drizzle-orm';
import { seedDemoCoaching } from './demo-coaching';
import type { DemoContext } from './demo-context';
import { seedDemoInsights } from './demo-insights';
import { seedDemoOfferingMap } from './demo-offering-map';
import { isProductionDeployment } from '../../app/config/runtime-env';
import { recordActivity } from '../../app/modules/activity/record-activity.server';
import type { Database } from '../database';
import { insertPerson } from '../factories/people';
import { insertSegment } from '../factories/segments';
import { insertStaffUser } from '../factories/staff';
import { users } from '../schema';
import { demoAccounts, demoPassword, demoPeople, demoSegments } from './demo-data';

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Demo data for a laptop or a test server. Refuses to run in production. */
export async function seedDemoData(db: Database): Promise<void> {
  if (isProductionDeployment()) {
    throw new Error('Demo data is never loaded in production.');
  }
  await db.transaction(async (tx) => {
    const userIds = new Map<string, string>();
    for (const account of demoAccounts) {
      const user = await insertStaffUser(tx, { ...account, password: demoPassword });
      userIds.set(account.key, user.id);
    }
    const idOf = (key: string) => {
      const id = userIds.get(key);
      if (!id) throw new Error(`no demo account ${key}`);
      return id;
    };

    const segmentIds = new Map<string, string>();
    for (const segment of demoSegments) {
      const created = await insertSegment(tx, {
        ...segment,
        ownerId: idOf(segment.owner),
        teamUserIds: segment.team.map(idOf),
      });
      segmentIds.set(segment.name, created.id);
    }

    // Employers are organisations, not people: their contacts come with the employers issue.
    const peopleBySegment = new Map<string, string[]>();
    for (const person of demoPeople(12).filter((p) => p.segmentName !== 'Työnantajat')) {
      const created = await insertPerson(tx, {
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        phone: person.phone,
        coachId: person.coachKey ? idOf(person.coachKey) : null,
        segmentIds: [segmentIds.get(person.segmentName)!],
      });
      peopleBySegment.set(person.segmentName, [
        ...(peopleBySegment.get(person.segmentName) ?? []),
        created.id,
      ]);
    }

    const context: DemoContext = {
      tx,
      userId: idOf,
      segmentId: (name) => {
        const id = segmentIds.get(name);
        if (!id) throw new Error(`no demo segment ${name}`);
        return id;
      },
      peopleOf: (segmentName) => peopleBySegment.get(segmentName) ?? [],
    };
    await seedDemoInsights(context);
    await seedDemoOfferingMap(context);
    await seedDemoCoaching(context);

    await recordActivity(tx, {
      actorId: null,
      action: 'seed.demo',
      entityType: 'database',
      details: { accounts: demoAccounts.length, segments: demoSegments.length },
    });
  });
}
