import type { Sql } from 'postgres';
import { channels, sessionTopics, type Channel } from '../../schema/values';
import { anyCoach, contactedPerson, personCoach, personId } from './person-sql';
import { sessionMonths } from './session-calendar';
import { benchPersonSessions } from './scale-sizes';
import { nextSteps, noteSentences } from './scale-session-texts';
import { arrayLiteral, below, chance, computeOnce, pick, pickWeighted, unit } from './sql-random';
import type { ScaleWorld } from './scale-world';

const channelWeights: Record<Channel, number> = {
  in_person: 7,
  phone: 5,
  email: 3,
  video: 3,
  chat: 1,
  popup_event: 1,
};

/**
 * The person of session `s`: every (sessions / 100)th session is the bench
 * person's, so they have exactly 100 spread through the table like anyone's.
 * Of the rest, one in five goes to the tenth of clients in active guidance,
 * which gives them about 30 sessions and the others about 8.
 */
function sessionPerson(world: ScaleWorld, s: string): string {
  const contacted = (world.sizes.people / 20) * 19;
  const active = Math.floor(contacted / 10);
  const client = `(case when ${chance(s, 'active client', 0.2)} then ${below(s, 'client', active)} else ${below(s, 'client', contacted)} end)`;
  const benchEvery = world.sizes.sessions / benchPersonSessions;
  return `(case when ${s} % ${benchEvery} = 0 then 0 else ${contactedPerson(client)} end)`;
}

/**
 * The steps that compute `occurred_at`: a weekday of the last 18 months,
 * busiest in the application seasons, 8:00–16:25 in Helsinki.
 */
function occurredAtSteps(s: string): string {
  const months = sessionMonths(new Date());
  const starts = arrayLiteral(
    months.map((m) => m.start),
    'float8',
  );
  const firstDays = arrayLiteral(
    months.map((m) => m.firstDay),
    'date',
  );
  const dayCounts = arrayLiteral(
    months.map((m) => m.days),
    'int',
  );
  return [
    computeOnce('month', `width_bucket(${unit(s, 'month')}, ${starts}) as month`),
    computeOnce(
      'day',
      `(${firstDays})[month] + floor(${unit(s, 'day')} * (${dayCounts})[month])::int as day`,
    ),
    // Saturdays move to Friday and Sundays to Monday.
    computeOnce(
      'time',
      `least((day + (case extract(isodow from day) when 6 then -1 when 7 then 1 else 0 end)
        + make_interval(mins => 480 + 5 * ${below(s, 'time slot', 102)})) at time zone 'Europe/Helsinki',
        now() - interval '1 hour') as occurred_at`,
    ),
  ].join('\n');
}

/** One to three different topics. */
function topics(s: string): string {
  const n = sessionTopics.length;
  const all = arrayLiteral(sessionTopics, 'text');
  const first = below(s, 'topic', n);
  const second = `(1 + ${below(s, 'second topic', n - 1)})`;
  // Any offset but the second's, so the three differ.
  const third = `(1 + (${second} + ${below(s, 'third topic', n - 2)}) % ${n - 1})`;
  const topic = (offset: string) => `(${all})[1 + (${first} + ${offset}) % ${n}]`;
  return `(array[${topic('0')}, ${topic(second)}, ${topic(third)}])[1:1 + ${below(s, 'topic count', 3)}]`;
}

/** Two different sentences. */
function notes(s: string): string {
  const n = noteSentences.length;
  const all = arrayLiteral(noteSentences, 'text');
  const first = below(s, 'note', n);
  return `(${all})[1 + ${first}] || ' ' || (${all})[1 + (${first} + 1 + ${below(s, 'second note', n - 1)}) % ${n}]`;
}

/**
 * The sessions, with the person's own coach for most of them. The statement
 * computes everything from the session number: no row comes from Node.
 */
export async function insertSessions(sql: Sql, world: ScaleWorld): Promise<number> {
  const result = await sql.unsafe(`
    insert into coaching_sessions (
      person_id, coach_id, occurred_at, duration_minutes, channel, topics, notes, next_steps,
      next_appointment_at, created_at, updated_at
    )
    select ${personId('h')},
      coalesce(case when ${chance('s', 'own coach', 0.85)} then ${personCoach(world, 'h')} end,
        ${anyCoach(world, 's', 'session coach')}),
      occurred_at,
      ${pick([15, 30, 30, 45, 45, 45, 60, 60, 90], 'int', 's', 'duration')},
      ${pickWeighted(
        channels.map((channel) => [channel, channelWeights[channel]]),
        'channel',
        's',
        'channel',
      )},
      ${topics('s')},
      ${notes('s')},
      case when ${chance('s', 'has next steps', 0.6)} then ${pick(nextSteps, 'text', 's', 'next steps')} else '' end,
      case when ${chance('s', 'has appointment', 0.3)}
        then occurred_at + make_interval(days => 7 + ${below('s', 'appointment in', 40)}) end,
      least(occurred_at + interval '30 minutes', now()),
      least(occurred_at + interval '30 minutes', now())
    from generate_series(1, ${world.sizes.sessions}) s
    ${computeOnce('person', `${sessionPerson(world, 's')} as h`)}
    ${occurredAtSteps('s')}
  `);
  return result.count;
}

/** The list sorts and filters by the latest session: one pass over the sessions sets it. */
export async function updateLastContact(sql: Sql): Promise<number> {
  const result = await sql.unsafe(`
    update people set last_contact_at = latest.occurred_at
    from (
      select person_id, max(occurred_at) as occurred_at from coaching_sessions group by person_id
    ) latest
    where people.id = latest.person_id
  `);
  return result.count;
}
