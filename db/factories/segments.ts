import type { Executor } from '../database';
import { segments, segmentTeamMembers } from '../schema';
import type { SegmentKind } from '../schema/values';

export interface SegmentInput {
  name: string;
  kind: SegmentKind;
  description?: string;
  needs?: string[];
  valueProposition?: string;
  preferredChannels?: string[];
  languages?: string[];
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
      needs: input.needs ?? [],
      valueProposition: input.valueProposition ?? '',
      preferredChannels: input.preferredChannels ?? [],
      languages: input.languages ?? [],
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
