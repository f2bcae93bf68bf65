import { and, desc, eq, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  coachingSessionRevisions,
  coachingSessions,
  pathStages,
  personNotes,
  servicePaths,
  stageChanges,
  users,
} from '#db/schema';
import type { Channel, SessionTopic } from '#db/schema/values';
import { requirePermission } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { getVisiblePerson } from './people-scope.server';
import { timestampCursorText } from './timestamp-cursor';

const author = alias(users, 'author');
const fromStage = alias(pathStages, 'from_stage');
const toStage = alias(pathStages, 'to_stage');

export const timelinePageSize = 30;

export interface SessionEntry {
  kind: 'session';
  id: string;
  at: Date;
  by: string | null;
  /** Only the author edits a session. */
  editable: boolean;
  revised: boolean;
  channel: Channel;
  durationMinutes: number;
  topics: SessionTopic[];
  nextAppointmentAt: Date | null;
  /** Absent, not empty, for a user who may not read coaching notes. */
  notes?: string;
  nextSteps?: string;
}

export interface StageEntry {
  kind: 'stage';
  id: string;
  at: Date;
  by: string | null;
  pathId: string;
  pathName: string;
  fromStage: string | null;
  toStage: string;
  note?: string;
}

export interface NoteEntry {
  kind: 'note';
  id: string;
  at: Date;
  by: string | null;
  body: string;
}

export type TimelineEntry = SessionEntry | StageEntry | NoteEntry;

/**
 * One person's sessions, stage moves and notes, newest first, a page at a time
 * (`before` is the time of the last entry shown). Each kind is read by its own
 * (person, time) index and the three are merged, so a person with a thousand
 * sessions opens as fast as one with three.
 *
 * The text of notes, next steps and move notes is selected only for roles with
 * `coaching-notes:read`: for others it never leaves the database.
 */
export async function listPersonTimeline(
  user: SessionUser,
  personId: string,
  { before, limit = timelinePageSize }: { before?: string; limit?: number } = {},
) {
  requirePermission(user, 'people:read');
  if (!(await getVisiblePerson(user, personId))) return null;
  const readsNotes = can(user, 'coaching-notes:read');
  // Compared as PostgreSQL's own text of the time: a JavaScript Date would
  // drop the microseconds and show the last entry of a page twice.
  const olderThan = (column: AnyPgColumn) =>
    before ? sql`${column} < ${before}::timestamptz` : undefined;
  const cursorOf = (column: AnyPgColumn) => timestampCursorText(sql`${column}`);

  const [sessions, moves, notes] = await Promise.all([
    db()
      .select({
        id: coachingSessions.id,
        at: coachingSessions.occurredAt,
        cursor: cursorOf(coachingSessions.occurredAt),
        coachId: coachingSessions.coachId,
        by: author.name,
        channel: coachingSessions.channel,
        durationMinutes: coachingSessions.durationMinutes,
        topics: coachingSessions.topics,
        nextAppointmentAt: coachingSessions.nextAppointmentAt,
        revised: sql<boolean>`exists (select 1 from ${coachingSessionRevisions} where ${coachingSessionRevisions.sessionId} = ${coachingSessions.id})`,
        ...(readsNotes
          ? { notes: coachingSessions.notes, nextSteps: coachingSessions.nextSteps }
          : {}),
      })
      .from(coachingSessions)
      .leftJoin(author, eq(author.id, coachingSessions.coachId))
      .where(and(eq(coachingSessions.personId, personId), olderThan(coachingSessions.occurredAt)))
      .orderBy(desc(coachingSessions.occurredAt))
      .limit(limit),
    db()
      .select({
        id: stageChanges.id,
        at: stageChanges.changedAt,
        cursor: cursorOf(stageChanges.changedAt),
        by: author.name,
        pathId: servicePaths.id,
        pathName: servicePaths.name,
        fromStage: fromStage.name,
        toStage: toStage.name,
        ...(readsNotes ? { note: stageChanges.note } : {}),
      })
      .from(stageChanges)
      .innerJoin(servicePaths, eq(servicePaths.id, stageChanges.pathId))
      .innerJoin(toStage, eq(toStage.id, stageChanges.toStageId))
      .leftJoin(fromStage, eq(fromStage.id, stageChanges.fromStageId))
      .leftJoin(author, eq(author.id, stageChanges.changedBy))
      .where(and(eq(stageChanges.personId, personId), olderThan(stageChanges.changedAt)))
      .orderBy(desc(stageChanges.changedAt))
      .limit(limit),
    readsNotes
      ? db()
          .select({
            id: personNotes.id,
            at: personNotes.createdAt,
            cursor: cursorOf(personNotes.createdAt),
            by: author.name,
            body: personNotes.body,
          })
          .from(personNotes)
          .leftJoin(author, eq(author.id, personNotes.authorId))
          .where(and(eq(personNotes.personId, personId), olderThan(personNotes.createdAt)))
          .orderBy(desc(personNotes.createdAt))
          .limit(limit)
      : Promise.resolve([]),
  ]);

  const mayEdit = can(user, 'sessions:log');
  const merged = [
    ...sessions.map(({ coachId, cursor, ...session }) => ({
      cursor,
      entry: {
        kind: 'session',
        ...session,
        topics: session.topics as SessionTopic[],
        editable: mayEdit && coachId === user.id,
      } satisfies SessionEntry,
    })),
    ...moves.map(({ cursor, ...move }) => ({
      cursor,
      entry: { kind: 'stage', ...move } satisfies StageEntry,
    })),
    ...notes.map(({ cursor, ...note }) => ({
      cursor,
      entry: { kind: 'note', ...note } satisfies NoteEntry,
    })),
  ].sort((a, b) => (a.cursor < b.cursor ? 1 : a.cursor > b.cursor ? -1 : 0));
  // Entries at the very time of the page's last one stay on this page, as the
  // next page starts strictly before that time.
  let end = Math.min(limit, merged.length);
  while (end < merged.length && merged[end]!.cursor === merged[end - 1]!.cursor) end += 1;
  const page = merged.slice(0, end);
  // A kind that filled its limit may have older entries; otherwise only what was cut off remains.
  const hasMore =
    merged.length > page.length ||
    sessions.length === limit ||
    moves.length === limit ||
    notes.length === limit;
  const last = page[page.length - 1];
  return {
    entries: page.map(({ entry }): TimelineEntry => entry),
    olderThan: hasMore && last ? last.cursor : null,
  };
}
