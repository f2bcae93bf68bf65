import { z } from 'zod';
import { employmentStatuses, serviceLanguages } from '#db/schema/values';
import { optionalText } from '~/forms/text-schemas';

export const peopleSorts = [
  'name',
  '-name',
  'lastContact',
  '-lastContact',
  'created',
  '-created',
] as const;
export type PeopleSort = (typeof peopleSorts)[number];

/** Time since the latest session, for the list's "last contact" filter. */
export const lastContactFilters = ['7d', '30d', '90d', 'over90d', 'over365d', 'never'] as const;
export type LastContactFilter = (typeof lastContactFilters)[number];

export const peoplePageSize = 50;

/**
 * URL parameters of the people list (/people). Every view is a URL, so it can be
 * bookmarked and shared; a malformed parameter is ignored rather than refused,
 * as a hand-edited or outdated bookmark should still open the list.
 */
export const peopleListSchema = z.object({
  q: optionalText(100).catch(undefined),
  segment: z.uuid().optional().catch(undefined),
  /** A coach's id, or `none` for clients with no coach. */
  coach: z
    .union([z.uuid(), z.literal('none')])
    .optional()
    .catch(undefined),
  stage: z.uuid().optional().catch(undefined),
  status: z.enum(employmentStatuses).optional().catch(undefined),
  language: z.enum(serviceLanguages).optional().catch(undefined),
  contact: z.enum(lastContactFilters).optional().catch(undefined),
  sort: z.enum(peopleSorts).catch('name').default('name'),
  /** Opaque keyset cursors (people-cursor.ts): the page after or before a row. */
  after: z.string().max(400).optional().catch(undefined),
  before: z.string().max(400).optional().catch(undefined),
});
export type PeopleListQuery = z.infer<typeof peopleListSchema>;

/** The filters only, without sort and position: what makes two views "the same list". */
export const peopleFilterKeys = [
  'q',
  'segment',
  'coach',
  'stage',
  'status',
  'language',
  'contact',
] as const;
