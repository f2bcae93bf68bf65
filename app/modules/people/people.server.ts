import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
  people,
  personLegalBases,
  personNotes,
  personSegments,
  segments,
  segmentTeamMembers,
  users,
} from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db, type Transaction } from '~/db.server';
import { finnishDay } from '~/forms/finnish-time';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { done, refused, type CommandResult } from '~/modules/command-result';
import { findLikelyDuplicates, hasDuplicates, type LikelyDuplicates } from './duplicates.server';
import { lockVisiblePerson } from './people-scope.server';
import type { CreatePersonInput, EditPersonInput, PersonDetails } from './person.schema';

/** The columns of `people` a form sets. */
function detailColumns(input: PersonDetails) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    birthYear: input.birthYear,
    languages: input.languages,
    municipality: input.municipality,
    educationLevel: input.educationLevel,
    educationDetails: input.educationDetails,
    workExperienceYears: input.workExperienceYears,
    employmentStatus: input.employmentStatus,
    coachId: input.coachId,
  };
}

/**
 * The coach and segments must exist (an active coach; segments not archived),
 * and a coach may not save a client out of their own caseload: they would lose
 * the person the moment they saved.
 */
async function refuseAssignment(tx: Transaction, user: SessionUser, input: PersonDetails) {
  if (input.coachId) {
    const [coach] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.coachId), eq(users.role, 'coach'), isNull(users.disabledAt)));
    if (!coach) return refused('coachId', 'people.errors.unknownCoach');
  }
  if (input.segmentIds.length) {
    const found = await tx
      .select({ id: segments.id })
      .from(segments)
      .where(and(inArray(segments.id, input.segmentIds), isNull(segments.archivedAt)));
    if (found.length !== new Set(input.segmentIds).size) {
      return refused('segmentIds', 'people.errors.unknownSegment');
    }
  }
  if (user.role === 'coach' && input.coachId !== user.id) {
    const teamSegments = input.segmentIds.length
      ? await tx
          .select({ id: segmentTeamMembers.segmentId })
          .from(segmentTeamMembers)
          .where(
            and(
              eq(segmentTeamMembers.userId, user.id),
              inArray(segmentTeamMembers.segmentId, input.segmentIds),
            ),
          )
      : [];
    if (!teamSegments.length) return refused('coachId', 'people.errors.outsideCaseload');
  }
  return null;
}

export type CreatePersonResult =
  | CommandResult<{ id: string }>
  | { ok: false; fieldErrors: Record<string, never>; duplicates: LikelyDuplicates };

/**
 * Creates a client with the lawful basis for processing their data. When the
 * person looks like someone already known, nothing is written and the likely
 * duplicates are returned, until the user confirms they are someone else.
 */
export async function createPerson(
  user: SessionUser,
  input: CreatePersonInput,
): Promise<CreatePersonResult> {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    const refusal = await refuseAssignment(tx, user, input);
    if (refusal) return refusal;
    if (!input.confirmDuplicates) {
      const duplicates = await findLikelyDuplicates(user, input, { executor: tx });
      if (hasDuplicates(duplicates)) {
        // A match outside the caseload tells the user that someone is a client,
        // so each check that found one is on record, with counts only.
        await recordActivity(tx, {
          actorId: user.id,
          action: 'person.duplicate_check',
          entityType: 'person',
          details: { visible: duplicates.visible.length, hidden: duplicates.hiddenCount },
        });
        return { ok: false as const, fieldErrors: {}, duplicates };
      }
    }
    const [person] = await tx
      .insert(people)
      .values({ ...detailColumns(input), createdBy: user.id, updatedBy: user.id })
      .returning({ id: people.id });
    if (!person) throw new Error('insert returned no row');
    if (input.segmentIds.length) {
      await tx
        .insert(personSegments)
        .values(
          [...new Set(input.segmentIds)].map((segmentId) => ({ personId: person.id, segmentId })),
        );
    }
    await tx.insert(personLegalBases).values({
      personId: person.id,
      basis: input.legalBasis,
      purpose: input.legalPurpose,
      recordedOn: input.legalRecordedOn,
      recordedBy: user.id,
    });
    // The log names what was done, not the person's details: admins read the
    // log, and client data stays with the roles that serve the client.
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.create',
      entityType: 'person',
      entityId: person.id,
      details: { legalBasis: input.legalBasis, duplicatesConfirmed: input.confirmDuplicates },
    });
    return done({ id: person.id });
  });
}

export type UpdatePersonResult =
  CommandResult | { ok: false; fieldErrors: Record<string, string[]>; stale: true };

/** Saves a person edited from `version`; a save over someone else's newer one is refused. */
export async function updatePerson(
  user: SessionUser,
  personId: string,
  input: EditPersonInput,
): Promise<UpdatePersonResult> {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    const before = await lockVisiblePerson(tx, user, personId);
    if (before.version !== input.version) {
      return { ...refused('', 'people.errors.stale'), stale: true as const };
    }
    const refusal = await refuseAssignment(tx, user, input);
    if (refusal) return refusal;
    const columns = detailColumns(input);
    const changed = Object.entries(columns)
      .filter(
        ([field, value]) =>
          JSON.stringify(before[field as keyof typeof before]) !== JSON.stringify(value),
      )
      .map(([field]) => field);
    const currentSegments = await tx
      .select({ id: personSegments.segmentId })
      .from(personSegments)
      .where(eq(personSegments.personId, personId));
    const wanted = [...new Set(input.segmentIds)].sort();
    const segmentsChanged =
      JSON.stringify(currentSegments.map((row) => row.id).sort()) !== JSON.stringify(wanted);
    if (segmentsChanged) {
      changed.push('segmentIds');
      await tx.delete(personSegments).where(eq(personSegments.personId, personId));
      if (wanted.length) {
        await tx
          .insert(personSegments)
          .values(wanted.map((segmentId) => ({ personId, segmentId })));
      }
    }
    if (!changed.length) return done();
    const version = before.version + 1;
    await tx
      .update(people)
      .set({ ...columns, version, updatedBy: user.id, updatedAt: new Date() })
      .where(eq(people.id, personId));
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.update',
      entityType: 'person',
      entityId: personId,
      details: { fields: changed, version },
    });
    return done();
  });
}

/** A note on the person's timeline. */
export async function addPersonNote(user: SessionUser, personId: string, body: string) {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    await lockVisiblePerson(tx, user, personId);
    const [note] = await tx
      .insert(personNotes)
      .values({ personId, authorId: user.id, body })
      .returning({ id: personNotes.id });
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.note_add',
      entityType: 'person',
      entityId: personId,
      details: { noteId: note!.id },
    });
    return done();
  });
}

/** Records another lawful basis, e.g. a consent to the course newsletter. */
export async function addLegalBasis(
  user: SessionUser,
  personId: string,
  input: { basis: CreatePersonInput['legalBasis']; purpose: string; recordedOn: string },
) {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    await lockVisiblePerson(tx, user, personId);
    if (input.recordedOn > finnishDay()) {
      return refused('recordedOn', 'people.errors.recordedInFuture');
    }
    await tx.insert(personLegalBases).values({ personId, ...input, recordedBy: user.id });
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.legal_basis_add',
      entityType: 'person',
      entityId: personId,
      details: { basis: input.basis },
    });
    return done();
  });
}

/** A withdrawn consent stays on record with the time it was withdrawn. */
export async function withdrawLegalBasis(
  user: SessionUser,
  personId: string,
  legalBasisId: string,
) {
  requirePermission(user, 'people:edit');
  return db().transaction(async (tx) => {
    await lockVisiblePerson(tx, user, personId);
    const [withdrawn] = await tx
      .update(personLegalBases)
      .set({ withdrawnAt: new Date() })
      .where(
        and(
          eq(personLegalBases.id, legalBasisId),
          eq(personLegalBases.personId, personId),
          isNull(personLegalBases.withdrawnAt),
        ),
      )
      .returning({ basis: personLegalBases.basis });
    if (!withdrawn) return refused('', 'people.errors.legalBasisGone');
    await recordActivity(tx, {
      actorId: user.id,
      action: 'person.legal_basis_withdraw',
      entityType: 'person',
      entityId: personId,
      details: { basis: withdrawn.basis },
    });
    return done();
  });
}
