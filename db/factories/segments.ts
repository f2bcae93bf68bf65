import type { Executor } from '../database';
import { segments, segmentTeamMembers } from '../schema';
import type { SegmentKind } from '../schema/values';

export interface SegmentInput {
  name: string;
  kind: SegmentKind;
  description?: string;
  ownerId?: string | null;
  teamUserIds?: string[];
}

export async function insertSegment(tx: Executor, input: SegmentInput) {
  const [segment] = await tx
    .insert(segments)
    .values({
      name: input.name,
      kind: input.kind,
      description: input.description ?? '',
      ownerId: input.ownerId ?? null,
    })
    .returning();
  if (!segment) throw new Error('insert returned no row');
  if (input.teamUserIds?.length) {
    await tx
      .insert(segmentTeamMembers)
      .values(input.teamUserIds.map((userId) => ({ segmentId: segment.id, userId })));
  }
  return segment;
}
