import type { Executor } from '../database';
import { pathEnrollments, pathStages, servicePaths, stageChanges } from '../schema';
import type { StageKind } from '../schema/values';

export interface ServicePathInput {
  segmentId: string;
  name: string;
  description?: string;
  archived?: boolean;
  createdBy?: string | null;
  /** Stage names in order; an entry may name its kind (default `step`). */
  stages?: (string | { name: string; kind: StageKind })[];
}

/** The stages most paths start from (the brief's example path). */
export const typicalStages: { name: string; kind: StageKind }[] = [
  { name: 'Ensikontakti', kind: 'step' },
  { name: 'Tarvekartoitus', kind: 'step' },
  { name: 'Ohjaus', kind: 'step' },
  { name: 'Hakenut', kind: 'step' },
  { name: 'Opiskelee', kind: 'step' },
  { name: 'Valmistunut tai työllistynyt', kind: 'outcome' },
  { name: 'Keskeyttänyt', kind: 'exit' },
];

export async function insertServicePath(tx: Executor, input: ServicePathInput) {
  const [path] = await tx
    .insert(servicePaths)
    .values({
      segmentId: input.segmentId,
      name: input.name,
      description: input.description ?? '',
      archivedAt: input.archived ? new Date() : null,
      createdBy: input.createdBy ?? null,
      updatedBy: input.createdBy ?? null,
    })
    .returning();
  if (!path) throw new Error('insert returned no row');
  const stageInputs = (input.stages ?? []).map((stage) =>
    typeof stage === 'string' ? { name: stage, kind: 'step' as const } : stage,
  );
  const stages = stageInputs.length
    ? await tx
        .insert(pathStages)
        .values(
          stageInputs.map((stage, index) => ({ ...stage, pathId: path.id, position: index + 1 })),
        )
        .returning()
    : [];
  return { ...path, stages: stages.sort((a, b) => a.position - b.position) };
}

export interface EnrollmentInput {
  personId: string;
  pathId: string;
  /** The stages the person has gone through, in order; the last is where they are now. */
  stageIds: string[];
  /** When they entered each stage; defaults to now for all. */
  enteredAt?: Date[];
  by?: string | null;
}

/** Puts a person on a path with the history of how they got to their stage. */
export async function insertEnrollment(tx: Executor, input: EnrollmentInput) {
  const now = new Date();
  const when = (index: number) => input.enteredAt?.[index] ?? now;
  const last = input.stageIds.length - 1;
  if (last < 0) throw new Error('an enrollment needs at least one stage');
  const [enrollment] = await tx
    .insert(pathEnrollments)
    .values({
      personId: input.personId,
      pathId: input.pathId,
      stageId: input.stageIds[last]!,
      stageEnteredAt: when(last),
      startedBy: input.by ?? null,
      createdAt: when(0),
      updatedAt: when(last),
    })
    .returning();
  if (!enrollment) throw new Error('insert returned no row');
  await tx.insert(stageChanges).values(
    input.stageIds.map((stageId, index) => ({
      enrollmentId: enrollment.id,
      personId: input.personId,
      pathId: input.pathId,
      fromStageId: index === 0 ? null : input.stageIds[index - 1]!,
      toStageId: stageId,
      changedAt: when(index),
      changedBy: input.by ?? null,
    })),
  );
  return enrollment;
}
