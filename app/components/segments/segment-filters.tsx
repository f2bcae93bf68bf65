import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { segmentKinds } from '#db/schema/values';
import type { SegmentFilter } from '~/modules/segments/segments.schema';

interface SegmentFiltersProps {
  filter: SegmentFilter;
  owners: { id: string; name: string }[];
  filtered: boolean;
}

/** A GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export function SegmentFilters({ filter, owners, filtered }: SegmentFiltersProps) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="form-inline" role="search">
      <div className="field">
        <label htmlFor="segment-q">{t('segments.search')}</label>
        <input id="segment-q" type="search" name="q" defaultValue={filter.q ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="segment-kind">{t('segments.filterKind')}</label>
        <select id="segment-kind" name="kind" defaultValue={filter.kind ?? ''}>
          <option value="">{t('segments.allKinds')}</option>
          {segmentKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`segments.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="segment-owner">{t('segments.filterOwner')}</label>
        <select id="segment-owner" name="owner" defaultValue={filter.owner ?? ''}>
          <option value="">{t('segments.anyOwner')}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox-inline">
        <input type="checkbox" name="archived" value="1" defaultChecked={filter.archived} />{' '}
        {t('segments.showArchived')}
      </label>
      <button type="submit" className="button button-secondary">
        {t('table.filter')}
      </button>
      {filtered ? <Link to="/segments">{t('table.clearFilters')}</Link> : null}
    </Form>
  );
}
