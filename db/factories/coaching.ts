import type { Executor } from '../database';
import { coachingSessions } from '../schema';
import type { Channel, SessionTopic } from '../schema/values';

export interface CoachingSessionInput {
  personId: string;
  coachId?: string | null;
  occurredAt: Date;
  durationMinutes?: number;
  channel?: Channel;
  topics?: SessionTopic[];
  notes?: string;
  nextSteps?: string;
  nextAppointmentAt?: Date | null;
}

export function coachingSessionValues(input: CoachingSessionInput) {
  return {
    personId: input.personId,
    coachId: input.coachId ?? null,
    occurredAt: input.occurredAt,
    durationMinutes: input.durationMinutes ?? 30,
    channel: input.channel ?? 'in_person',
    topics: input.topics ?? [],
    notes: input.notes ?? '',
    nextSteps: input.nextSteps ?? '',
    nextAppointmentAt: input.nextAppointmentAt ?? null,
  };
}

export async function insertCoachingSession(tx: Executor, input: CoachingSessionInput) {
  const [session] = await tx
    .insert(coachingSessions)
    .values(coachingSessionValues(input))
    .returning();
  if (!session) throw new Error('insert returned no row');
  return session;
}
