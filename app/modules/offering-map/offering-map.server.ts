import { and, asc, eq, isNull, notExists, sql } from 'drizzle-orm';
import { fundingCalls, offerings, segmentFundingCalls, segmentOfferings } from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { changeSegment } from '~/modules/segments/writable-segment.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import type {
  CreateFundingCallInput,
  LinkFundingCallInput,
  LinkOfferingInput,
} from './offering-map.schema';

// The priority enum is declared high, medium, low, and PostgreSQL sorts enum
// values in their declared order, so ascending puts the most important first.
const offeringOrder = [asc(segmentOfferings.priority), asc(sql`lower(${offerings.name})`)];
const fundingCallOrder = [
  asc(segmentFundingCalls.priority),
  asc(sql`lower(${fundingCalls.name})`),
  asc(sql`lower(${fundingCalls.funder})`),
];

/** The offerings and funding calls linked to a segment, most important first. */
export async function getOfferingMap(user: SessionUser, segmentId: string) {
  requirePermission(user, 'segments:read');
  const [linkedOfferings, linkedFundingCalls] = await Promise.all([
    db()
      .select({
        offeringId: offerings.id,
        name: offerings.name,
        kind: offerings.kind,
        credits: offerings.credits,
        language: offerings.language,
        archivedAt: offerings.archivedAt,
        rationale: segmentOfferings.rationale,
        priority: segmentOfferings.priority,
      })
      .from(segmentOfferings)
      .innerJoin(offerings, eq(offerings.id, segmentOfferings.offeringId))
      .where(eq(segmentOfferings.segmentId, segmentId))
      .orderBy(...offeringOrder),
    db()
      .select({
        fundingCallId: fundingCalls.id,
        funder: fundingCalls.funder,
        name: fundingCalls.name,
        deadline: fundingCalls.deadline,
        status: fundingCalls.status,
        notes: fundingCalls.notes,
        rationale: segmentFundingCalls.rationale,
        priority: segmentFundingCalls.priority,
      })
      .from(segmentFundingCalls)
      .innerJoin(fundingCalls, eq(fundingCalls.id, segmentFundingCalls.fundingCallId))
      .where(eq(segmentFundingCalls.segmentId, segmentId))
      .orderBy(...fundingCallOrder),
  ]);
  return { offerings: linkedOfferings, fundingCalls: linkedFundingCalls };
}

/** The catalogue's current offerings that the segment is not linked to yet, for the link form. */
export async function listLinkableOfferings(user: SessionUser, segmentId: string) {
  requirePermission(user, 'segments:manage');
  return db()
    .select({
      id: offerings.id,
      name: offerings.name,
      kind: offerings.kind,
      credits: offerings.credits,
    })
    .from(offerings)
    .where(
      and(
        isNull(offerings.archivedAt),
        notExists(
          db()
            .select({ one: sql`1` })
            .from(segmentOfferings)
            .where(
              and(
                eq(segmentOfferings.segmentId, segmentId),
                eq(segmentOfferings.offeringId, offerings.id),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(sql`lower(${offerings.name})`));
}

/** Funding calls the segment is not linked to yet, for the link form. */
export async function listLinkableFundingCalls(user: SessionUser, segmentId: string) {
  requirePermission(user, 'segments:manage');
  return db()
    .select({
      id: fundingCalls.id,
      funder: fundingCalls.funder,
      name: fundingCalls.name,
      deadline: fundingCalls.deadline,
      status: fundingCalls.status,
    })
    .from(fundingCalls)
    .where(
      notExists(
        db()
          .select({ one: sql`1` })
          .from(segmentFundingCalls)
          .where(
            and(
              eq(segmentFundingCalls.segmentId, segmentId),
              eq(segmentFundingCalls.fundingCallId, fundingCalls.id),
            ),
          ),
      ),
    )
    .orderBy(asc(sql`lower(${fundingCalls.funder})`), asc(sql`lower(${fundingCalls.name})`));
}

export async function linkOffering(
  user: SessionUser,
  segmentId: string,
  input: LinkOfferingInput,
): Promise<CommandResult> {
  return changeSegment(user, segmentId, 'segments:manage', async (tx): Promise<CommandResult> => {
    const [offering] = await tx
      .select({ id: offerings.id, name: offerings.name })
      .from(offerings)
      .where(and(eq(offerings.id, input.offeringId), isNull(offerings.archivedAt)));
    if (!offering) return refused('offeringId', 'offeringMap.errors.unknownOffering');
    // A conflict is answered here rather than caught: the transaction stays usable.
    const inserted = await tx
      .insert(segmentOfferings)
      .values({
        segmentId,
        offeringId: offering.id,
        rationale: input.rationale,
        priority: input.priority,
        createdBy: user.id,
      })
      .onConflictDoNothing()
      .returning({ offeringId: segmentOfferings.offeringId });
    if (inserted.length === 0) return refused('offeringId', 'offeringMap.errors.alreadyLinked');
    await recordActivity(tx, {
      actorId: user.id,
      action: 'segment.offering_link',
      entityType: 'segment',
      entityId: segmentId,
      details: {
        offeringId: offering.id,
        offeringName: offering.name,
        rationale: input.rationale,
        priority: input.priority,
      },
    });
    return done();
  });
}

export async function unlinkOffering(
  user: SessionUser,
  segmentId: string,
  offeringId: string,
): Promise<CommandResult> {
  return changeSegment(user, segmentId, 'segments:manage', async (tx): Promise<CommandResult> => {
    const [removed] = await tx
      .delete(segmentOfferings)
      .where(
        and(eq(segmentOfferings.segmentId, segmentId), eq(segmentOfferings.offeringId, offeringId)),
      )
      .returning({ rationale: segmentOfferings.rationale, priority: segmentOfferings.priority });
    if (!removed) return refused('', 'offeringMap.errors.offeringNotLinked');
    const [offering] = await tx
      .select({ name: offerings.name })
      .from(offerings)
      .where(eq(offerings.id, offeringId));
    await recordActivity(tx, {
      actorId: user.id,
      action: 'segment.offering_unlink',
      entityType: 'segment',
      entityId: segmentId,
      details: { offeringId, offeringName: offering?.name ?? null, ...removed },
    });
    return done();
  });
}

export async function linkFundingCall(
  user: SessionUser,
  segmentId: string,
  input: LinkFundingCallInput,
): Promise<CommandResult> {
  return changeSegment(user, segmentId, 'segments:manage', async (tx): Promise<CommandResult> => {
    const [call] = await tx
      .select({ id: fundingCalls.id, funder: fundingCalls.funder, name: fundingCalls.name })
      .from(fundingCalls)
      .where(eq(fundingCalls.id, input.fundingCallId));
    if (!call) return refused('fundingCallId', 'offeringMap.errors.unknownFundingCall');
    const inserted = await tx
      .insert(segmentFundingCalls)
      .values({
        segmentId,
        fundingCallId: call.id,
        rationale: input.rationale,
        priority: input.priority,
        createdBy: user.id,
      })
      .onConflictDoNothing()
      .returning({ fundingCallId: segmentFundingCalls.fundingCallId });
    if (inserted.length === 0) {
      return refused('fundingCallId', 'offeringMap.errors.fundingCallAlreadyLinked');
    }
    await recordActivity(tx, {
      actorId: user.id,
      action: 'segment.funding_call_link',
      entityType: 'segment',
      entityId: segmentId,
      details: {
        fundingCallId: call.id,
        fundingCallName: call.name,
        funder: call.funder,
        rationale: input.rationale,
        priority: input.priority,
      },
    });
    return done();
  });
}

export async function unlinkFundingCall(
  user: SessionUser,
  segmentId: string,
  fundingCallId: string,
): Promise<CommandResult> {
  return changeSegment(user, segmentId, 'segments:manage', async (tx): Promise<CommandResult> => {
    const [removed] = await tx
      .delete(segmentFundingCalls)
      .where(
        and(
          eq(segmentFundingCalls.segmentId, segmentId),
          eq(segmentFundingCalls.fundingCallId, fundingCallId),
        ),
      )
      .returning({
        rationale: segmentFundingCalls.rationale,
        priority: segmentFundingCalls.priority,
      });
    if (!removed) return refused('', 'offeringMap.errors.fundingCallNotLinked');
    const [call] = await tx
      .select({ funder: fundingCalls.funder, name: fundingCalls.name })
      .from(fundingCalls)
      .where(eq(fundingCalls.id, fundingCallId));
    await recordActivity(tx, {
      actorId: user.id,
      action: 'segment.funding_call_unlink',
      entityType: 'segment',
      entityId: segmentId,
      details: {
        fundingCallId,
        fundingCallName: call?.name ?? null,
        funder: call?.funder ?? null,
        ...removed,
      },
    });
    return done();
  });
}

/** Adds a funding call and links it to the segment: both are saved, or neither. */
export async function createAndLinkFundingCall(
  user: SessionUser,
  segmentId: string,
  input: CreateFundingCallInput,
): Promise<CommandResult<{ id: string }>> {
  return changeSegment(user, segmentId, 'segments:manage', async (tx) => {
    const [call] = await tx
      .insert(fundingCalls)
      .values({
        funder: input.funder,
        name: input.name,
        deadline: input.deadline ?? null,
        status: input.status,
        notes: input.notes,
        createdBy: user.id,
        updatedBy: user.id,
      })
      .returning({ id: fundingCalls.id });
    if (!call) throw new Error('insert returned no row');
    await tx.insert(segmentFundingCalls).values({
      segmentId,
      fundingCallId: call.id,
      rationale: input.rationale,
      priority: input.priority,
      createdBy: user.id,
    });
    await recordActivity(tx, {
      actorId: user.id,
      action: 'segment.funding_call_create',
      entityType: 'segment',
      entityId: segmentId,
      details: {
        fundingCallId: call.id,
        fundingCallName: input.name,
        funder: input.funder,
        deadline: input.deadline ?? null,
        status: input.status,
        rationale: input.rationale,
        priority: input.priority,
      },
    });
    return done({ id: call.id });
  });
}
