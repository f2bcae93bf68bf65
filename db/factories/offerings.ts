import type { Executor } from '../database';
import { fundingCalls, offerings, segmentFundingCalls, segmentOfferings } from '../schema';
import type { FundingCallStatus, OfferingKind, Priority } from '../schema/values';

export interface OfferingInput {
  name: string;
  kind: OfferingKind;
  credits?: number | null;
  language?: string;
  description?: string;
  archived?: boolean;
  createdBy?: string | null;
}

/** Inserts an offering into the catalogue; used by the demo seed and the tests. */
export async function insertOffering(tx: Executor, input: OfferingInput) {
  const [offering] = await tx
    .insert(offerings)
    .values({
      name: input.name,
      kind: input.kind,
      credits: input.credits ?? null,
      language: input.language ?? 'fi',
      description: input.description ?? '',
      archivedAt: input.archived ? new Date() : null,
      createdBy: input.createdBy ?? null,
      updatedBy: input.createdBy ?? null,
    })
    .returning();
  if (!offering) throw new Error('insert returned no row');
  return offering;
}

export interface FundingCallInput {
  funder: string;
  name: string;
  /** ISO date, e.g. 2026-09-30. */
  deadline?: string | null;
  status?: FundingCallStatus;
  notes?: string;
  createdBy?: string | null;
}

export async function insertFundingCall(tx: Executor, input: FundingCallInput) {
  const [call] = await tx
    .insert(fundingCalls)
    .values({
      funder: input.funder,
      name: input.name,
      deadline: input.deadline ?? null,
      status: input.status ?? 'upcoming',
      notes: input.notes ?? '',
      createdBy: input.createdBy ?? null,
      updatedBy: input.createdBy ?? null,
    })
    .returning();
  if (!call) throw new Error('insert returned no row');
  return call;
}

export interface MapLinkInput {
  segmentId: string;
  rationale: string;
  priority: Priority;
  createdBy?: string | null;
}

/** Links an offering to a segment without the activity log, as seeded history has none. */
export async function insertSegmentOffering(
  tx: Executor,
  input: MapLinkInput & { offeringId: string },
) {
  await tx.insert(segmentOfferings).values({ ...input, createdBy: input.createdBy ?? null });
}

export async function insertSegmentFundingCall(
  tx: Executor,
  input: MapLinkInput & { fundingCallId: string },
) {
  await tx.insert(segmentFundingCalls).values({ ...input, createdBy: input.createdBy ?? null });
}
