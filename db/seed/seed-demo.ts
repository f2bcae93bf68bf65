import { count } from 'drizzle-orm';
import { seedDemoCoaching } from './demo-coaching';
import type { DemoContext } from './demo-context';
import { seedDemoInsights } from './demo-insights';
import { seedDemoOfferingMap } from './demo-offering-map';
import { isProductionDeployment } from '../../app/config/runtime-env';
import { recordActivity } from '../../app/modules/activity/record-activity.server';
import type { Database } from '../database';
import { legalBasisValues, personValues } from '../factories/people';
import { insertSegment } from '../factories/segments';
import { insertStaffUser } from '../factories/staff';
import { people, personLegalBases, personSegments, users } from '../schema';
import { demoAccounts, demoPassword, demoSegments } from './demo-data';
import { planDemoJourneys } from './demo-journeys';
import { demoPeople } from './demo-people';
import { helsinkiDate } from './demo-time';

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

    // About 300 clients, each with the history planned for them relative to now.
    const persons = demoPeople();
    const journeys = planDemoJourneys(persons, new Date());
    const created = await tx
      .insert(people)
      .values(
        persons.map((person, index) =>
          personValues({
            ...person,
            coachId: person.coachKey ? idOf(person.coachKey) : null,
            createdBy: journeys[index]!.handlerKey ? idOf(journeys[index]!.handlerKey) : null,
            createdAt: journeys[index]!.createdAt,
          }),
        ),
      )
      .returning({ id: people.id, firstName: people.firstName, lastName: people.lastName });
    // The ids are matched to the plan by position, so check that the rows came back in order.
    const personIds = persons.map((person, index) => {
      const row = created[index];
      if (row?.firstName !== person.firstName || row.lastName !== person.lastName) {
        throw new Error('the demo people came back in a different order');
      }
      return row.id;
    });
    await tx.insert(personSegments).values(
      persons.flatMap((person, index) =>
        person.segmentNames.map((name) => ({
          personId: personIds[index]!,
          segmentId: segmentIds.get(name)!,
        })),
      ),
    );
    await tx.insert(personLegalBases).values(
      persons.map((person, index) => ({
        ...legalBasisValues({
          personId: personIds[index]!,
          ...(person.consented
            ? { basis: 'consent', purpose: 'Uutiskirje ja koulutusvahti' }
            : {
                basis: 'public_task',
                purpose: 'Opinto- ja uraohjaus (jatkuvan oppimisen palvelut)',
              }),
          recordedOn: helsinkiDate(journeys[index]!.createdAt),
          recordedBy: journeys[index]!.handlerKey ? idOf(journeys[index]!.handlerKey) : null,
        }),
        createdAt: journeys[index]!.createdAt,
      })),
    );
    const peopleBySegment = new Map<string, string[]>();
    persons.forEach((person, index) => {
      for (const name of person.segmentNames) {
        peopleBySegment.set(name, [...(peopleBySegment.get(name) ?? []), personIds[index]!]);
      }
    });

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
    await seedDemoCoaching(
      context,
      journeys.map((journey, index) => ({ personId: personIds[index]!, journey })),
    );

    await recordActivity(tx, {
      actorId: null,
      action: 'seed.demo',
      entityType: 'database',
      details: {
        accounts: demoAccounts.length,
        segments: demoSegments.length,
        people: persons.length,
      },
    });
  });
}
