import {
  peopleFilterKeys,
  type PeopleListQuery,
  type PeopleSort,
} from '~/modules/people/people-list.schema';

/**
 * The URL of a view of the people list: the current filters with a new sort or
 * position. A new sort starts from the first page, as the cursor belongs to
 * the old order.
 */
export function peopleListHref(
  query: PeopleListQuery,
  change: { sort?: PeopleSort; after?: string; before?: string },
): string {
  const params = new URLSearchParams();
  for (const key of peopleFilterKeys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const sort = change.sort ?? query.sort;
  if (sort !== 'name') params.set('sort', sort);
  if (change.after) params.set('after', change.after);
  if (change.before) params.set('before', change.before);
  const search = params.toString();
  return search ? `/people?${search}` : '/people';
}
