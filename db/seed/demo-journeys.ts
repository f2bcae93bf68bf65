import { channels, type Channel, type SessionTopic } from '../schema/values';
import { demoSegments } from './demo-data';
import { demoPaths } from './demo-paths';
import type { DemoPerson } from './demo-people';
import { between, pick, pickWeighted, random, shuffled, type Random } from './demo-random';
import {
  missedAppointmentNotes,
  nextSteps,
  segmentNotes,
  stageNotes,
  timelineNotes,
  topicsBySegment,
  waitingNotes,
} from './demo-session-texts';
import { atHelsinki, dayMs, helsinkiDay } from './demo-time';

export interface PlannedSession {
  occurredAt: Date;
  durationMinutes: number;
  channel: Channel;
  topics: SessionTopic[];
  notes: string;
  nextSteps: string;
  nextAppointmentAt: Date | null;
}

/** What happened to a demo client: when they came, their path, sessions and notes. */
export interface DemoJourney {
  /**
   * The demo coach who serves the client: their own coach, else the first of the
   * group's team. Null for clients no coach serves (employees of employer
   * customers, whose contacts partnership staff handle outside coaching).
   */
  handlerKey: string | null;
  createdAt: Date;
  /** The path (index into `demoPaths`) and the stages walked (indexes into its stages). */
  enrollment: { path: number; stages: { stage: number; at: Date }[] } | null;
  sessions: PlannedSession[];
  notes: { body: string; at: Date }[];
}

/** What "My work" shows a coach: today's appointments, the next two weeks, missed follow-ups, stalled clients. */
type Scenario = 'today' | 'upcoming' | 'overdue' | 'stalled';
const scenarioCounts: [Scenario, number][] = [
  ['today', 3],
  ['upcoming', 5],
  ['overdue', 4],
  ['stalled', 3],
];

const historyDays = 548;
/** A client with no session for longer than this has finished, left or was never enrolled. */
const activeDays = 50;
/**
 * "My work" counts a client as stalled after 30 days in one step unless the
 * coach picks another limit: only the clients chosen to be stalled have been
 * in their step longer than this.
 */
const freshStageDays = 28;
// Contacts peak in early autumn and at the turn of the year (the seed documents).
const monthWeights = [3, 1.5, 1, 1, 1, 0.7, 0.4, 2.5, 3, 1.5, 1, 2.5];
const sessionCounts: [number, number][] = [
  [1, 10],
  [2, 18],
  [3, 20],
  [4, 18],
  [5, 14],
  [6, 10],
  [7, 6],
  [9, 4],
];
const durations: Record<Channel, number[]> = {
  in_person: [45, 60, 60, 90],
  phone: [15, 20, 30],
  email: [15],
  chat: [15, 20],
  video: [30, 45, 60],
  popup_event: [15, 20],
};

/**
 * Picks the clients whose latest session makes each coach's "My work": only
 * clients no other coach can open, so each coach's counts are exactly these.
 */
function assignScenarios(next: Random, people: DemoPerson[]): Map<DemoPerson, Scenario> {
  const scenarios = new Map<DemoPerson, Scenario>();
  const teamOf = (segmentName: string) =>
    demoSegments.find((segment) => segment.name === segmentName)?.team ?? [];
  for (const coachKey of ['coach', 'coach2']) {
    const own = people.filter(
      (person) =>
        person.coachKey === coachKey &&
        person.segmentNames.every((name) => teamOf(name).every((key) => key === coachKey)),
    );
    const chosen = shuffled(next, own);
    for (const [scenario, count] of scenarioCounts) {
      for (const person of chosen.splice(0, count)) scenarios.set(person, scenario);
    }
  }
  return scenarios;
}

/**
 * Appointment times later today: on the half hour between 8:00 and 15:30 in
 * Helsinki, or, when the seed runs after office hours, spread over the rest of the day.
 */
function appointmentsToday(now: Date, count: number, shift: number): Date[] {
  const slots = Array.from({ length: 16 }, (_, index) =>
    atHelsinki(now, 0, 8 + Math.floor(index / 2), index % 2 ? 30 : 0),
  ).filter((slot) => slot.getTime() > now.getTime() + 15 * 60 * 1000);
  if (slots.length >= count * 2) {
    return Array.from(
      { length: count },
      (_, index) => slots[Math.floor(((index + shift) * slots.length) / count)]!,
    );
  }
  const gap = (atHelsinki(now, 1, 0).getTime() - now.getTime()) / (count * 2 + 1);
  return Array.from(
    { length: count },
    (_, index) => new Date(now.getTime() + gap * (index * 2 + 1 + shift)),
  );
}

/** Plans every demo client's history relative to `now`, deterministically. */
export function planDemoJourneys(people: DemoPerson[], now: Date): DemoJourney[] {
  const next = random(2026);
  const scenarios = assignScenarios(next, people);
  const today = new Map(
    ['coach', 'coach2'].map((key, index) => [key, appointmentsToday(now, 3, index / 2)]),
  );
  const days = new Map<number, { weekday: number; month: number }>();
  const dayOf = (offset: number) => {
    if (!days.has(offset)) days.set(offset, helsinkiDay(now, offset));
    return days.get(offset)!;
  };
  const isWorkday = (offset: number) => dayOf(offset).weekday % 6 !== 0;
  /** Office hours on a workday `offset` days from today (negative: in the past). */
  const officeHours = (offset: number) =>
    atHelsinki(now, offset, between(next, 8, 15), next() < 0.5 ? 0 : 30);
  /** A workday from `from` to `to` days from today (`to` itself if there is none), as its offset. */
  const workday = (from: number, to: number) => {
    const offsets = Array.from({ length: to - from + 1 }, (_, index) => from + index);
    const workdays = offsets.filter(isWorkday);
    return workdays.length ? pick(next, workdays) : to;
  };
  const workdayBetween = (from: number, to: number) => officeHours(workday(from, to));
  /** Distinct past workdays from `minDaysAgo` to `maxDaysAgo` ago, more often in the peak months. */
  const sessionDays = (
    count: number,
    taken: Set<number>,
    minDaysAgo: number,
    maxDaysAgo = historyDays,
  ) => {
    const picked: number[] = [];
    for (let attempt = 0; picked.length < count && attempt < 2000; attempt += 1) {
      const daysAgo = between(next, minDaysAgo, maxDaysAgo);
      if (taken.has(daysAgo) || !isWorkday(-daysAgo)) continue;
      if (next() * 3 >= monthWeights[dayOf(-daysAgo).month]!) continue;
      taken.add(daysAgo);
      picked.push(daysAgo);
    }
    return picked;
  };
  const activeSteps = new Map<number, number>();

  return people.map((person) => {
    const segment = demoSegments.find((candidate) => candidate.name === person.segmentNames[0])!;
    const handlerKey = person.coachKey ?? segment.team[0] ?? null;
    const scenario = scenarios.get(person);
    const paths = demoPaths.flatMap((path, index) =>
      path.segment === segment.name ? [[index, path.share] as const] : [],
    );
    const pathIndex = paths.length ? pickWeighted(next, paths) : null;
    const path = pathIndex === null ? null : demoPaths[pathIndex]!;
    const steps = path ? path.stages.flatMap((stage, i) => (stage.kind === 'step' ? [i] : [])) : [];
    const stageOf = (kind: 'outcome' | 'exit') =>
      path!.stages.findIndex((stage) => stage.kind === kind);

    // New clients have no session yet; those waiting for a coach have had at most a first contact.
    const isNew = !scenario && next() < (person.coachKey ? 0.05 : 0.4);
    if (isNew) {
      const createdAt = workdayBetween(-20, -1);
      return {
        handlerKey,
        createdAt,
        enrollment:
          path && next() < 0.6 ? { path: pathIndex!, stages: [{ stage: 0, at: createdAt }] } : null,
        sessions: [],
        notes: [],
      };
    }

    const taken = new Set<number>();
    const lastDaysAgo = {
      today: between(next, 7, 28),
      upcoming: between(next, 2, 25),
      overdue: between(next, 14, freshStageDays),
      stalled: between(next, 70, 150),
    };
    const wanted = person.coachKey ? pickWeighted(next, sessionCounts) : between(next, 1, 2);
    let daysAgo: number[];
    if (scenario) {
      let last = lastDaysAgo[scenario];
      while (!isWorkday(-last)) last += 1;
      taken.add(last);
      daysAgo = [last, ...sessionDays(wanted - 1, taken, last + 1)];
    } else {
      daysAgo = sessionDays(wanted, taken, 1);
    }
    // The first clients of a path fill each of its steps, so they are on their way now.
    const filled = pathIndex === null ? 0 : (activeSteps.get(pathIndex) ?? 0);
    const fillsStep = person.coachKey && !scenario && filled < steps.length;
    if (fillsStep && Math.min(...daysAgo) > activeDays) {
      daysAgo.push(...sessionDays(1, taken, 1, freshStageDays));
    }
    // The clients of "My work" are still on their way, however long ago they were last seen.
    const active = scenario !== undefined || Math.min(...daysAgo) <= activeDays;

    // Where they are now, as the stages walked in order.
    let walked: number[] = [];
    if (path && active) {
      let step: number;
      if (scenario === 'stalled') step = steps[between(next, 1, steps.length - 2)]!;
      else if (scenario) step = steps[between(next, 1, steps.length - 1)]!;
      else if (!person.coachKey) step = steps[between(next, 0, 1)]!;
      else {
        activeSteps.set(pathIndex!, filled + 1);
        // After every step has someone, the clients crowd the long steps.
        step =
          filled < steps.length
            ? steps[filled]!
            : pickWeighted(
                next,
                steps.map((s, i) => [s, i === steps.length - 1 ? 3 : i === 0 ? 1 : 1.5] as const),
              );
      }
      walked = steps.filter((s) => s <= step);
    } else if (path && next() < (person.coachKey ? 0.9 : 0.4)) {
      walked =
        person.coachKey && next() < 0.62
          ? [...steps, stageOf('outcome')]
          : [
              ...steps.slice(0, person.coachKey ? between(next, 1, steps.length - 1) : 1),
              stageOf('exit'),
            ];
    }
    // A client still at the first step came recently: their older contacts are dropped.
    if (active && walked.length === 1) {
      daysAgo = daysAgo.filter((d) => d <= freshStageDays - 4);
      if (!daysAgo.length) daysAgo = sessionDays(1, taken, 1, freshStageDays - 4);
    }
    // A client on their way who was last seen a while ago moved on since (say,
    // their studies began); every other move happened at a session.
    const lateMove =
      active && !scenario && walked.length > 1 && Math.min(...daysAgo) > freshStageDays;
    const sessionMoves = walked.length - 1 - (lateMove ? 1 : 0);
    if (daysAgo.length < sessionMoves) {
      const before = Math.max(...daysAgo) + 1;
      daysAgo.push(...sessionDays(sessionMoves - daysAgo.length, taken, before));
      // A history too short for its moves is left off the path.
      if (daysAgo.length < sessionMoves) walked = [];
    }
    daysAgo.sort((a, b) => b - a);
    const latest = daysAgo.at(-1)!;

    const occurred = daysAgo.map((d) => officeHours(-d));
    // The first contact was an inquiry a few days before the first session.
    const createdAt = workdayBetween(-daysAgo[0]! - 4, -daysAgo[0]! - 1);
    // The session at which each stage after the first was entered, spread over the sessions.
    const movedAt = walked.map((_, index) =>
      index === 0 || index > sessionMoves
        ? -1
        : Math.round((index * occurred.length) / sessionMoves) - 1,
    );
    const moves = new Map(movedAt.map((session, index) => [session, walked[index]!]));

    const topicPool = topicsBySegment[segment.name] ?? [];
    const sessions = occurred.map((occurredAt, index): PlannedSession => {
      const channel: Channel =
        index === 0 && segment.kind === 'immigrant_background' && next() < 0.3
          ? 'popup_event'
          : next() < 0.75
            ? pick(next, segment.preferredChannels)
            : pick(next, channels);
      const topics = [
        ...new Set(
          Array.from({ length: between(next, 1, 3) }, () => pickWeighted(next, topicPool)),
        ),
      ];
      const moved = moves.get(index);
      const movedNotes = moved === undefined ? undefined : stageNotes[path!.stages[moved]!.name];
      const following = occurred[index + 1];
      return {
        occurredAt,
        durationMinutes: pick(next, durations[channel]),
        channel,
        topics,
        notes: pick(next, movedNotes ?? segmentNotes[segment.name] ?? []),
        nextSteps: next() < 0.8 ? pick(next, nextSteps[segment.name] ?? []) : '',
        // A follow-up booked at a session is the next session, when it came soon after.
        nextAppointmentAt:
          following && following.getTime() - occurredAt.getTime() < 42 * dayMs ? following : null,
      };
    });
    const last = sessions.at(-1)!;
    if (!active) last.nextSteps = '';
    const notes: { body: string; at: Date }[] = [];
    if (scenario === 'today') {
      // "My work" cases are picked among clients a coach serves, so there is a handler.
      last.nextAppointmentAt = today.get(handlerKey!)!.shift() ?? workdayBetween(1, 3);
    } else if (scenario === 'upcoming') {
      last.nextAppointmentAt = workdayBetween(1, 14);
    } else if (scenario === 'overdue') {
      const missed = workday(-12, -3);
      last.nextAppointmentAt = officeHours(missed);
      notes.push({ body: pick(next, missedAppointmentNotes), at: workdayBetween(missed + 1, -1) });
    } else if (scenario === 'stalled') {
      notes.push({ body: pick(next, waitingNotes), at: workdayBetween(20 - latest, 40 - latest) });
    } else if (active && person.coachKey && walked.length && next() < 0.55) {
      last.nextAppointmentAt = workdayBetween(1, 45);
    }
    // Now and then something worth noting happens between sessions.
    const noteUntil = Math.min(-1, 30 - latest);
    if (!scenario && next() < 0.08 && noteUntil > 1 - daysAgo[0]!) {
      notes.push({
        body: pick(next, timelineNotes),
        at: workdayBetween(1 - daysAgo[0]!, noteUntil),
      });
    }

    return {
      handlerKey,
      createdAt,
      enrollment: walked.length
        ? {
            path: pathIndex!,
            stages: walked.map((stage, index) => {
              const session = sessions[movedAt[index]!];
              if (session) {
                const end = session.occurredAt.getTime() + session.durationMinutes * 60 * 1000;
                return { stage, at: new Date(end) };
              }
              if (index === 0) return { stage, at: createdAt };
              return {
                stage,
                at: workdayBetween(Math.max(-freshStageDays, 1 - latest), -1),
              };
            }),
          }
        : null,
      sessions,
      notes,
    };
  });
}
