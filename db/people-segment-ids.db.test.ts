import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertPerson } from './factories/people';
import { insertSegment } from './factories/segments';
import { db } from './global';
import { people, personSegments } from './schema';

async function segmentIdsOf(personId: string) {
  const [row] = await db()
    .select({ segmentIds: people.segmentIds })
    .from(people)
    .where(eq(people.id, personId));
  return [...(row?.segmentIds ?? [])].sort();
}

// The people list scopes and filters by people.segment_ids; a stale copy would
// show a coach the wrong caseload.
describe('people.segment_ids, the copy of person_segments kept by triggers', () => {
  it('follows memberships as they are added and removed', async () => {
    const first = await insertSegment(db(), {
      name: 'Maahanmuuttajat',
      kind: 'immigrant_background',
    });
    const second = await insertSegment(db(), { name: 'Alanvaihtajat', kind: 'career_changers' });
    const person = await insertPerson(db(), {
      firstName: 'Aino',
      lastName: 'Virtanen',
      segmentIds: [first.id, second.id],
    });
    expect(await segmentIdsOf(person.id)).toEqual([first.id, second.id].sort());

    await db().delete(personSegments).where(eq(personSegments.segmentId, first.id));
    expect(await segmentIdsOf(person.id)).toEqual([second.id]);

    await db().delete(personSegments).where(eq(personSegments.personId, person.id));
    expect(await segmentIdsOf(person.id)).toEqual([]);
  });

  it('refuses to move a membership to another row, which the copy would miss', async () => {
    const segment = await insertSegment(db(), { name: 'Työttömät', kind: 'unemployed_laid_off' });
    const person = await insertPerson(db(), {
      firstName: 'Eero',
      lastName: 'Korhonen',
      segmentIds: [segment.id],
    });
    const other = await insertPerson(db(), { firstName: 'Liisa', lastName: 'Mäki' });
    await expect(
      db()
        .update(personSegments)
        .set({ personId: other.id })
        .where(eq(personSegments.personId, person.id)),
    ).rejects.toThrow();
    expect(await segmentIdsOf(person.id)).toEqual([segment.id]);
    expect(await segmentIdsOf(other.id)).toEqual([]);
  });
});
