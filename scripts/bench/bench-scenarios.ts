import type { SessionUser } from '../../app/auth/session.server';
import { listPersonPaths } from '../../app/modules/path-enrollments/enrollments.server';
import { listPeople, listPeopleFilterOptions } from '../../app/modules/people/people-list.server';
import { peopleListSchema } from '../../app/modules/people/people-list.schema';
import { getPersonProfile } from '../../app/modules/people/person-profile.server';
import { listPersonTimeline } from '../../app/modules/people/person-timeline.server';
import type { BenchFixtures } from './bench-fixtures';

export interface Scenario {
  name: string;
  /** Whose session requests the page. */
  as: 'manager' | 'coach';
  /** Path and query of the page. */
  path: string;
  /** The module calls the page's loader makes, for the query-plan check. */
  loaderCalls: (user: SessionUser) => Promise<unknown>;
}

/** p95 at 10 connections must stay under this for every scenario. */
export const p95TargetMs = 150;

// These mirror the loaders of app/routes/_app.people._index.tsx and
// _app.people.$personId._index.tsx; keep them in step when a loader changes.

function peopleListCalls(path: string) {
  const params = new URL(path, 'http://bench').searchParams;
  const query = peopleListSchema.parse(Object.fromEntries(params));
  return (user: SessionUser) =>
    Promise.all([listPeople(user, query), listPeopleFilterOptions(user)]);
}

function personPageCalls(personId: string) {
  return (user: SessionUser) =>
    Promise.all([
      getPersonProfile(user, personId),
      listPersonTimeline(user, personId, {}),
      listPersonPaths(user, personId),
    ]);
}

function listScenario(name: string, as: Scenario['as'], path: string): Scenario {
  return { name, as, path, loaderCalls: peopleListCalls(path) };
}

export function benchScenarios(fixtures: BenchFixtures): Scenario[] {
  const filtered = `/people?segment=${fixtures.segmentId}&status=unemployed`;
  const person = `/people/${fixtures.personId}`;
  return [
    listScenario('people list, first page', 'manager', '/people'),
    listScenario('people list, segment + status filter', 'manager', filtered),
    listScenario('people list, search "virt"', 'manager', '/people?q=virt'),
    listScenario(
      'people list, page at row 150 000',
      'manager',
      `/people?after=${fixtures.deepCursor}`,
    ),
    {
      name: 'person page, 100 sessions',
      as: 'manager',
      path: person,
      loaderCalls: personPageCalls(fixtures.personId),
    },
    listScenario('people list, first page (coach)', 'coach', '/people'),
  ];
}

/** The same page as a Remix single-fetch data request, as a client-side navigation makes it. */
export function asDataRequest(scenario: Scenario): Scenario {
  const url = new URL(scenario.path, 'http://bench');
  return {
    ...scenario,
    name: `${scenario.name} [data]`,
    path: `${url.pathname}.data${url.search}`,
  };
}
