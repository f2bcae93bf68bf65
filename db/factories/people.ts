import type { Executor } from '../database';
import { people, personSegments } from '../schema';

export interface PersonInput {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  coachId?: string | null;
  segmentIds?: string[];
}

export async function insertPerson(tx: Executor, input: PersonInput) {
  const [person] = await tx
    .insert(people)
    .values({
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      coachId: input.coachId ?? null,
    })
    .returning();
  if (!person) throw new Error('insert returned no row');
  if (input.segmentIds?.length) {
    await tx
      .insert(personSegments)
      .values(input.segmentIds.map((segmentId) => ({ personId: person.id, segmentId })));
  }
  return person;
}
