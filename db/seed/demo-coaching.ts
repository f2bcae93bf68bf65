import { coachingSessions } from '../schema';
import { channels, sessionTopics } from '../schema/values';
import { coachingSessionValues } from '../factories/coaching';
import { insertServicePath } from '../factories/service-paths';
import type { DemoContext } from './demo-context';
import { demoSegments } from './demo-data';

const pathsBySegment: Record<string, string[]> = {
  Maahanmuuttajataustaiset: ['Osaamisen tunnistamisesta avoimeen AMK:hon'],
  'Työttömät ja lomautetut': ['Maksuttomat avoimen AMK:n opinnot'],
  Alanvaihtajat: ['Uudelle alalle työn ohessa', 'Erikoistumiskoulutuksen polku'],
  Työnantajat: ['Osaamistarpeesta koulutukseen'],
};

/** A small deterministic random generator, so the demo data is the same on every start. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Contacts peak in early autumn and at the turn of the year (the seed documents).
const monthWeights = [3, 1.5, 1, 1, 1, 0.7, 0.4, 2.5, 3, 1.5, 1, 2.5];
// Demo sessions name a concrete topic, never 'other'.
const topics = sessionTopics.filter((topic) => topic !== 'other');
const notes = [
  'Kävimme läpi hakuajat ja opintojen rahoitusvaihtoehdot.',
  'Asiakas pohti, sopiiko iltaopiskelu työn ohelle. Sovittiin kokeilusta yhdellä kurssilla.',
  'Selvitettiin aiemman tutkinnon hyväksilukua; asiakas toimittaa todistukset.',
  'Asiakas jännittää matematiikkaa. Suositeltiin valmentavaa kurssia.',
  'Keskusteltiin omista voimavaroista ja opiskelun aikataulusta.',
];

/** Picks a day in the last 18 months, more often in the peak months. */
function sessionDate(next: () => number, now: Date): Date {
  for (;;) {
    const daysAgo = Math.floor(next() * 548);
    const date = new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000);
    if (next() * 3 < monthWeights[date.getUTCMonth()]!) {
      date.setUTCHours(7 + Math.floor(next() * 8), next() < 0.5 ? 0 : 30, 0, 0);
      return date;
    }
  }
}

/** Service paths per segment and some 18 months of sessions for the demo clients. */
export async function seedDemoCoaching(ctx: DemoContext): Promise<void> {
  const next = random(2026);
  const now = new Date();
  for (const segment of demoSegments) {
    for (const name of pathsBySegment[segment.name] ?? []) {
      await insertServicePath(ctx.tx, {
        segmentId: ctx.segmentId(segment.name),
        name,
        createdBy: ctx.userId('manager'),
      });
    }
    const coach = segment.team[0] ? ctx.userId(segment.team[0]) : null;
    const sessions = ctx.peopleOf(segment.name).flatMap((personId) =>
      Array.from({ length: 2 + Math.floor(next() * 6) }, () =>
        coachingSessionValues({
          personId,
          coachId: coach,
          occurredAt: sessionDate(next, now),
          durationMinutes: 15 + 15 * Math.floor(next() * 4),
          channel: channels[Math.floor(next() * channels.length)]!,
          topics: [
            ...new Set([
              topics[Math.floor(next() * topics.length)]!,
              topics[Math.floor(next() * topics.length)]!,
            ]),
          ],
          notes: notes[Math.floor(next() * notes.length)]!,
        }),
      ),
    );
    if (sessions.length) await ctx.tx.insert(coachingSessions).values(sessions);
  }
}
