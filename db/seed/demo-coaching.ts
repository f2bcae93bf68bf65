import { sql } from 'drizzle-orm';
import { coachingSessionValues } from '../factories/coaching';
import { insertServicePath } from '../factories/service-paths';
import { coachingSessions, pathEnrollments, people, personNotes, stageChanges } from '../schema';
import type { DemoContext } from './demo-context';
import type { DemoJourney } from './demo-journeys';
import { demoPaths } from './demo-paths';

export interface DemoClient {
  personId: string;
  journey: DemoJourney;
}

/** Rows per insert statement: well under PostgreSQL's limit of 65 535 parameters. */
const batchSize = 500;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += batchSize) {
    await insert(rows.slice(start, start + batchSize));
  }
}

/**
 * The service paths of the demo segments, and each client's place on them,
 * sessions and timeline notes as planned by demo-journeys.ts.
 */
export async function seedDemoCoaching(ctx: DemoContext, clients: DemoClient[]): Promise<void> {
  const paths: Awaited<ReturnType<typeof insertServicePath>>[] = [];
  for (const path of demoPaths) {
    paths.push(
      await insertServicePath(ctx.tx, {
        segmentId: ctx.segmentId(path.segment),
        name: path.name,
        description: path.description,
        stages: path.stages,
        createdBy: ctx.userId('manager'),
      }),
    );
  }

  // As insertEnrollment does it, but a statement for all clients instead of two for each.
  const placed = clients.flatMap(({ personId, journey }) => {
    if (!journey.enrollment) return [];
    const path = paths[journey.enrollment.path]!;
    const stages = journey.enrollment.stages.map(({ stage, at }) => ({
      stageId: path.stages[stage]!.id,
      at,
    }));
    return [
      {
        personId,
        pathId: path.id,
        stages,
        by: journey.handlerKey ? ctx.userId(journey.handlerKey) : null,
      },
    ];
  });
  const enrollmentIds = new Map<string, string>();
  await insertInBatches(placed, async (batch) => {
    const rows = await ctx.tx
      .insert(pathEnrollments)
      .values(
        batch.map(({ personId, pathId, stages, by }) => ({
          personId,
          pathId,
          stageId: stages.at(-1)!.stageId,
          stageEnteredAt: stages.at(-1)!.at,
          startedBy: by,
          createdAt: stages[0]!.at,
          updatedAt: stages.at(-1)!.at,
        })),
      )
      .returning({ id: pathEnrollments.id, personId: pathEnrollments.personId });
    for (const row of rows) enrollmentIds.set(row.personId, row.id);
  });
  const moves = placed.flatMap(({ personId, pathId, stages, by }) =>
    stages.map(({ stageId, at }, index) => ({
      enrollmentId: enrollmentIds.get(personId)!,
      personId,
      pathId,
      fromStageId: index === 0 ? null : stages[index - 1]!.stageId,
      toStageId: stageId,
      changedAt: at,
      changedBy: by,
    })),
  );
  await insertInBatches(moves, (batch) => ctx.tx.insert(stageChanges).values(batch));

  const sessions = clients.flatMap(({ personId, journey }) =>
    journey.sessions.map((session) => ({
      ...coachingSessionValues({
        ...session,
        personId,
        coachId: journey.handlerKey ? ctx.userId(journey.handlerKey) : null,
      }),
      createdAt: session.occurredAt,
      updatedAt: session.occurredAt,
    })),
  );
  await insertInBatches(sessions, (batch) => ctx.tx.insert(coachingSessions).values(batch));

  const notes = clients.flatMap(({ personId, journey }) =>
    journey.notes.map((note) => ({
      personId,
      authorId: journey.handlerKey ? ctx.userId(journey.handlerKey) : null,
      body: note.body,
      createdAt: note.at,
    })),
  );
  if (notes.length) await ctx.tx.insert(personNotes).values(notes);

  await ctx.tx.execute(sql`
    update ${people} set last_contact_at = latest.occurred_at
    from (
      select person_id, max(occurred_at) as occurred_at from ${coachingSessions} group by person_id
    ) as latest
    where ${people.id} = latest.person_id`);
}
