import type { Executor } from '../database';
import { people, personLegalBases, personSegments } from '../schema';
import type { EducationLevel, EmploymentStatus, LegalBasis } from '../schema/values';

export interface PersonInput {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  birthYear?: number | null;
  languages?: string[];
  municipality?: string;
  educationLevel?: EducationLevel;
  educationDetails?: string;
  workExperienceYears?: number | null;
  employmentStatus?: EmploymentStatus;
  coachId?: string | null;
  segmentIds?: string[];
  lastContactAt?: Date | null;
  createdBy?: string | null;
  createdAt?: Date;
}

/** The row of a person, for inserting many at once (demo and scale seeds). */
export function personValues(input: PersonInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email ?? null,
    phone: input.phone ?? null,
    birthYear: input.birthYear ?? null,
    languages: input.languages ?? [],
    municipality: input.municipality ?? '',
    educationLevel: input.educationLevel ?? 'unknown',
    educationDetails: input.educationDetails ?? '',
    workExperienceYears: input.workExperienceYears ?? null,
    employmentStatus: input.employmentStatus ?? 'unknown',
    coachId: input.coachId ?? null,
    lastContactAt: input.lastContactAt ?? null,
    createdBy: input.createdBy ?? null,
    updatedBy: input.createdBy ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt, updatedAt: input.createdAt } : {}),
  };
}

export async function insertPerson(tx: Executor, input: PersonInput) {
  const [person] = await tx.insert(people).values(personValues(input)).returning();
  if (!person) throw new Error('insert returned no row');
  if (input.segmentIds?.length) {
    await tx
      .insert(personSegments)
      .values(input.segmentIds.map((segmentId) => ({ personId: person.id, segmentId })));
  }
  return person;
}

export interface LegalBasisInput {
  personId: string;
  basis?: LegalBasis;
  purpose?: string;
  recordedOn?: string;
  recordedBy?: string | null;
}

export function legalBasisValues(input: LegalBasisInput) {
  return {
    personId: input.personId,
    basis: input.basis ?? 'public_task',
    purpose: input.purpose ?? 'Opinto- ja uraohjaus',
    recordedOn: input.recordedOn ?? new Date().toISOString().slice(0, 10),
    recordedBy: input.recordedBy ?? null,
  };
}

export async function insertLegalBasis(tx: Executor, input: LegalBasisInput) {
  const [row] = await tx.insert(personLegalBases).values(legalBasisValues(input)).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
