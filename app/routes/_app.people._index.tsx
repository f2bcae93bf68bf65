import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { PageLinks } from '~/components/people/page-links';
import { PeopleFilters } from '~/components/people/people-filters';
import { PeopleTable } from '~/components/people/people-table';
import { peopleListHref } from '~/components/people/people-url';
import { listPeople, listPeopleFilterOptions } from '~/modules/people/people-list.server';
import { peopleFilterKeys, peopleListSchema } from '~/modules/people/people-list.schema';
import { titled } from '~/page-title';

export const handle = titled('people.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:read');
  const query = peopleListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [{ total, ...page }, options] = await Promise.all([
    listPeople(user, query),
    listPeopleFilterOptions(user),
  ]);
  return {
    query,
    page,
    total,
    options,
    canCreate: can(user, 'people:edit'),
    isCoach: user.role === 'coach',
  };
}

export default function PeopleList() {
  const { t } = useTranslation();
  const { query, page, total, options, canCreate, isCoach } = useLoaderData<typeof loader>();
  const filtered = peopleFilterKeys.some((key) => Boolean(query[key]));
  const paged = Boolean(query.after || query.before);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('people.title')}</h1>
          <p>{isCoach ? t('people.introCoach') : t('people.intro')}</p>
        </div>
        {canCreate ? (
          <Link to="/people/new" className="button">
            {t('people.create')}
          </Link>
        ) : null}
      </div>
      <PeopleFilters query={query} options={options} filtered={filtered} />
      <p className="muted" role="status">
        {total.capped
          ? t('people.countCapped', { count: total.count })
          : t('people.count', { count: total.count })}
      </p>
      <PeopleTable
        people={page.people}
        query={query}
        empty={
          filtered || paged
            ? t('people.empty')
            : isCoach
              ? t('people.emptyNoneCoach')
              : t('people.emptyNone')
        }
      />
      <PageLinks
        previousHref={
          page.previousCursor ? peopleListHref(query, { before: page.previousCursor }) : null
        }
        nextHref={page.nextCursor ? peopleListHref(query, { after: page.nextCursor }) : null}
      />
    </>
  );
}
