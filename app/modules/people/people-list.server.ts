import { and, arrayContains, asc, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import {
  pathEnrollments,
  pathStages,
  people,
  personSegments,
  segments,
  servicePaths,
  users,
} from '#db/schema';
import { requirePermission } from '~/auth/guards.server';
import type { SessionUser } from '~/auth/session.server';
import { db } from '~/db.server';
import { decodeCursor, encodeCursor, type Cursor, type CursorTypes } from './people-cursor.server';
import { timestampCursorText } from './timestamp-cursor';
import { peoplePageSize, type PeopleListQuery, type PeopleSort } from './people-list.schema';
import { parsePeopleSearch, startsWithPattern } from './people-search';
import { visiblePeople } from './people-scope.server';

/**
 * The key each order sorts by, ending with the id so that every row has a
 * unique place. These are exactly the columns of the list's indexes
 * (db/schema/people.ts), which is what lets a page seek to its cursor.
 */
const sortKeys: Record<'name' | 'lastContact' | 'created', SQL[]> = {
  name: [sql`lower(${people.lastName})`, sql`lower(${people.firstName})`, sql`${people.id}`],
  lastContact: [
    sql`coalesce(${people.lastContactAt}, '-infinity'::timestamptz)`,
    sql`${people.id}`,
  ],
  created: [sql`${people.createdAt}`, sql`${people.id}`],
};
const keyTypes: Record<keyof typeof sortKeys, CursorTypes> = {
  name: ['text', 'text', 'uuid'],
  lastContact: ['timestamptz', 'uuid'],
  created: ['timestamptz', 'uuid'],
};

function orderOf(sort: PeopleSort) {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as keyof typeof sortKeys;
  return { key, descending };
}

const lastContactSince: Record<string, string> = {
  '7d': '7 days',
  '30d': '30 days',
  '90d': '90 days',
};
const lastContactBefore: Record<string, string> = { over90d: '90 days', over365d: '365 days' };

/** The condition of a search box query, read from the search's own index. */
function searchCondition(q: string): SQL | undefined {
  const search = parsePeopleSearch(q);
  if (!search) return undefined;
  return search.by === 'email'
    ? sql`lower(${people.email}) like ${startsWithPattern(search.prefix)}`
    : search.by === 'phone'
      ? sql`${people.phoneDigits} like ${startsWithPattern(search.prefix)}`
      : sql`${people.nameSearch} @@ to_tsquery('simple', ${search.tsquery})`;
}

/** Whether the query has a search box text that searches anything ("–" does not). */
function isSearch(query: PeopleListQuery): boolean {
  return Boolean(query.q && parsePeopleSearch(query.q));
}

/** The WHERE conditions of the list's filters and search, on top of the user's scope. */
function filterConditions(user: SessionUser, query: PeopleListQuery): SQL[] {
  const conditions: SQL[] = [visiblePeople(user)];
  const search = query.q ? searchCondition(query.q) : undefined;
  if (search) conditions.push(search);
  if (query.segment) conditions.push(arrayContains(people.segmentIds, [query.segment]));
  if (query.coach === 'none') conditions.push(isNull(people.coachId));
  else if (query.coach) conditions.push(eq(people.coachId, query.coach));
  if (query.stage) {
    conditions.push(
      sql`exists (select 1 from ${pathEnrollments} where ${pathEnrollments.personId} = ${people.id} and ${pathEnrollments.stageId} = ${query.stage})`,
    );
  }
  if (query.status) conditions.push(eq(people.employmentStatus, query.status));
  if (query.language) conditions.push(arrayContains(people.languages, [query.language]));
  if (query.contact === 'never') conditions.push(isNull(people.lastContactAt));
  else if (query.contact && lastContactSince[query.contact]) {
    conditions.push(
      sql`${people.lastContactAt} >= now() - ${lastContactSince[query.contact]}::interval`,
    );
  } else if (query.contact && lastContactBefore[query.contact]) {
    conditions.push(
      lt(people.lastContactAt, sql`now() - ${lastContactBefore[query.contact]}::interval`),
    );
  }
  return conditions;
}

/**
 * `(k1, k2, id) > (v1, v2, v3)`: the rows after (or before) the cursor in the
 * order's index. `columns` are the order's key columns, or their names in a subquery.
 */
function keysetCondition(
  key: keyof typeof sortKeys,
  cursor: Cursor,
  after: boolean,
  columns: SQL[] = sortKeys[key],
): SQL {
  const types = keyTypes[key];
  const values = cursor.map((value, index) => sql`${value}::${sql.raw(types[index]!)}`);
  return sql`(${sql.join(columns, sql`, `)}) ${sql.raw(after ? '>' : '<')} (${sql.join(values, sql`, `)})`;
}

// Shown per row: a few names from small tables, each by its own index.
const segmentNames = sql<
  string[]
>`array(select ${segments.name} from ${personSegments} inner join ${segments} on ${segments.id} = ${personSegments.segmentId} where ${personSegments.personId} = ${people.id} order by ${segments.name})`;
const currentStages = sql<
  { path: string; stage: string }[]
>`coalesce((select json_agg(json_build_object('path', ${servicePaths.name}, 'stage', ${pathStages.name}) order by ${servicePaths.name}) from ${pathEnrollments} inner join ${pathStages} on ${pathStages.id} = ${pathEnrollments.stageId} inner join ${servicePaths} on ${servicePaths.id} = ${pathEnrollments.pathId} where ${pathEnrollments.personId} = ${people.id}), '[]'::json)`;

/**
 * A searched page: its ids, and how many people the search matches in all. A
 * search is read from its own index first, and only its matches are sorted:
 * asked for the page directly, PostgreSQL would walk the name index from "A"
 * looking for Virtanens. The matches are read once, for the page and the
 * count alike; the window function keeps them a subquery of their own, so the
 * sort cannot be pushed into it.
 */
function searchedPage(
  conditions: SQL[],
  key: keyof typeof sortKeys,
  direction: 'asc' | 'desc',
  cursor: { values: Cursor; after: boolean } | null,
) {
  const names = sortKeys[key].map((_column, index) => sql.raw(`k${index}`));
  const keys = sortKeys[key].map((column, index) => sql`${column} as ${names[index]}`);
  const seek = cursor
    ? sql`where ${keysetCondition(key, cursor.values, cursor.after, names)}`
    : sql``;
  const order = names.map((name) => sql`${name} ${sql.raw(direction)}`);
  return sql`(select id, matches from (select ${people.id} as id, count(*) over () as matches, ${sql.join(keys, sql`, `)} from ${people} where ${and(...conditions)}) as matched ${seek} order by ${sql.join(order, sql`, `)} limit ${peoplePageSize + 1})`;
}

/** The list stops counting here: beyond it, "more than 1 000" is all anyone needs to know. */
export const peopleCountLimit = 1_000;

export interface PeopleTotal {
  count: number;
  /** More than `count` match: the count stopped at the limit. */
  capped: boolean;
}

function cappedTotal(matches: number): PeopleTotal {
  return { count: Math.min(matches, peopleCountLimit), capped: matches > peopleCountLimit };
}

/** The columns of a list row, and its sort key for the cursors. */
function listColumns(key: keyof typeof sortKeys) {
  return {
    id: people.id,
    firstName: people.firstName,
    lastName: people.lastName,
    email: people.email,
    phone: people.phone,
    employmentStatus: people.employmentStatus,
    languages: people.languages,
    lastContactAt: people.lastContactAt,
    coachName: users.name,
    segmentNames,
    currentStages,
    sortKey: sql<string[]>`array[${sql.join(
      sortKeys[key].map((column, index) =>
        keyTypes[key][index] === 'timestamptz' ? timestampCursorText(column) : sql`${column}::text`,
      ),
      sql`, `,
    )}]`,
  };
}

/**
 * One page of the people the user may read, filtered, searched and sorted as
 * the URL says, with how many people match in all. Pages are keyset-paged: the
 * cursor is the sort key of the row before (or after) the page, so page 4 000
 * costs what page 1 does.
 */
export async function listPeople(user: SessionUser, query: PeopleListQuery) {
  requirePermission(user, 'people:read');
  const { key, descending } = orderOf(query.sort);
  const after = decodeCursor(query.after, keyTypes[key]);
  const before = after ? null : decodeCursor(query.before, keyTypes[key]);
  // Paging backwards reads the index the other way and turns the page round.
  const backwards = Boolean(before);
  const forwardOrder = descending !== backwards ? 'desc' : 'asc';
  const order = sortKeys[key].map((column) => sql`${column} ${sql.raw(forwardOrder)}`);
  const cursor = after
    ? { values: after, after: !descending }
    : before
      ? { values: before, after: descending }
      : null;
  const conditions = filterConditions(user, query);

  let rows;
  let total: PeopleTotal;
  if (isSearch(query)) {
    const matched = searchedPage(conditions, key, forwardOrder, cursor);
    const found = await db()
      .select({ ...listColumns(key), matches: sql<number>`matched.matches::int` })
      .from(people)
      .innerJoin(sql`${matched} as matched`, sql`matched.id = ${people.id}`)
      .leftJoin(users, eq(users.id, people.coachId))
      .orderBy(...order);
    // A page past the last match (an old link) has no row to carry the count.
    total = found[0]
      ? cappedTotal(found[0].matches)
      : cursor
        ? await countPeople(user, query)
        : cappedTotal(0);
    rows = found.map(({ matches: _matches, ...row }) => row);
  } else {
    if (cursor) conditions.push(keysetCondition(key, cursor.values, cursor.after));
    [rows, total] = await Promise.all([
      db()
        .select(listColumns(key))
        .from(people)
        .leftJoin(users, eq(users.id, people.coachId))
        .where(and(...conditions))
        .orderBy(...order)
        .limit(peoplePageSize + 1),
      countPeople(user, query),
    ]);
  }

  const more = rows.length > peoplePageSize;
  const page = rows.slice(0, peoplePageSize);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const hasPrevious = backwards ? more : Boolean(after);
  const hasNext = backwards ? true : more;
  return {
    people: page.map(({ sortKey: _sortKey, ...person }) => person),
    previousCursor: hasPrevious && first ? encodeCursor(first.sortKey) : null,
    nextCursor: hasNext && last ? encodeCursor(last.sortKey) : null,
    total,
  };
}

/**
 * How many people match the filters, counted up to `peopleCountLimit`, so that
 * a broad filter over 200 000 people answers as fast as a narrow one. Counted
 * in name order, so that PostgreSQL stops at the limit while reading the name
 * index, which holds the columns the scope and filters read, instead of the
 * table. A search's page counts its own matches; this counts them only for a
 * page past the last match, straight from the search's own index.
 */
async function countPeople(user: SessionUser, query: PeopleListQuery): Promise<PeopleTotal> {
  const counted = db()
    .select({ one: sql`1` })
    .from(people)
    .where(and(...filterConditions(user, query)))
    .orderBy(...(isSearch(query) ? [] : sortKeys.name))
    .limit(peopleCountLimit + 1)
    .as('counted');
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(counted);
  return cappedTotal(row?.n ?? 0);
}

/** The segments (not archived) and active coaches a client can be given, by name. */
export async function listPersonFormChoices(user: SessionUser) {
  requirePermission(user, 'people:read');
  const [segmentRows, coachRows] = await Promise.all([
    db()
      .select({ id: segments.id, name: segments.name })
      .from(segments)
      .where(isNull(segments.archivedAt))
      .orderBy(asc(segments.name)),
    db()
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.role, 'coach'), isNull(users.disabledAt)))
      .orderBy(asc(users.name)),
  ]);
  return { segments: segmentRows, coaches: coachRows };
}

/** The choices of the list's filters: segments, coaches and the stages of each path. */
export async function listPeopleFilterOptions(user: SessionUser) {
  const [choices, stageRows] = await Promise.all([
    listPersonFormChoices(user),
    db()
      .select({
        id: pathStages.id,
        name: pathStages.name,
        pathId: servicePaths.id,
        pathName: servicePaths.name,
      })
      .from(pathStages)
      .innerJoin(servicePaths, eq(servicePaths.id, pathStages.pathId))
      .where(isNull(servicePaths.archivedAt))
      .orderBy(asc(servicePaths.name), asc(pathStages.position)),
  ]);
  const paths = new Map<string, { name: string; stages: { id: string; name: string }[] }>();
  for (const stage of stageRows) {
    const path = paths.get(stage.pathId) ?? { name: stage.pathName, stages: [] };
    path.stages.push({ id: stage.id, name: stage.name });
    paths.set(stage.pathId, path);
  }
  return { ...choices, paths: [...paths.values()] };
}
