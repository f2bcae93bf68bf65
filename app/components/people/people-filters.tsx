import { Form, Link, useLocation } from '@remix-run/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { employmentStatuses, serviceLanguages } from '#db/schema/values';
import { useLanguageName } from '~/i18n/format';
import {
  lastContactFilters,
  peopleSorts,
  type PeopleListQuery,
} from '~/modules/people/people-list.schema';

export interface PeopleFilterOptions {
  segments: { id: string; name: string }[];
  coaches: { id: string; name: string }[];
  paths: { name: string; stages: { id: string; name: string }[] }[];
}

interface PeopleFiltersProps {
  query: PeopleListQuery;
  options: PeopleFilterOptions;
  filtered: boolean;
}

/**
 * A GET form: every filter is a URL parameter, so a view can be bookmarked and
 * shared. Submitting starts from the first page (no cursor is carried over).
 */
export function PeopleFilters({ query, options, filtered }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  // Keyed on the URL: a header sort or a paging link changes the view without
  // this form, and its fields must then show the view's values again.
  const { search } = useLocation();
  return (
    <Form
      key={search}
      method="get"
      className="people-filters"
      role="search"
      onSubmit={leaveOutEmptyFields}
    >
      <div className="field people-filters-search">
        <label htmlFor="people-q">{t('people.filters.search')}</label>
        <p className="field-hint" id="people-q-hint">
          {t('people.filters.searchHint')}
        </p>
        <input
          id="people-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          aria-describedby="people-q-hint"
        />
      </div>
      <FilterSelect
        name="segment"
        label={t('people.filters.segment')}
        value={query.segment}
        anyLabel={t('people.filters.anySegment')}
        options={options.segments.map((segment) => ({ value: segment.id, label: segment.name }))}
      />
      <FilterSelect
        name="coach"
        label={t('people.filters.coach')}
        value={query.coach}
        anyLabel={t('people.filters.anyCoach')}
        options={[
          ...options.coaches.map((coach) => ({ value: coach.id, label: coach.name })),
          { value: 'none', label: t('people.filters.noCoach') },
        ]}
      />
      <div className="field">
        <label htmlFor="people-stage">{t('people.filters.stage')}</label>
        <select id="people-stage" name="stage" defaultValue={query.stage ?? ''}>
          <option value="">{t('people.filters.anyStage')}</option>
          {options.paths.map((path) => (
            <optgroup key={path.name} label={path.name}>
              {path.stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <FilterSelect
        name="status"
        label={t('people.filters.status')}
        value={query.status}
        anyLabel={t('people.filters.anyStatus')}
        options={employmentStatuses.map((status) => ({
          value: status,
          label: t(`people.employmentStatuses.${status}`),
        }))}
      />
      <FilterSelect
        name="language"
        label={t('people.filters.language')}
        value={query.language}
        anyLabel={t('people.filters.anyLanguage')}
        options={serviceLanguages.map((code) => ({ value: code, label: languageName(code) }))}
      />
      <FilterSelect
        name="contact"
        label={t('people.filters.contact')}
        value={query.contact}
        anyLabel={t('people.filters.anyContact')}
        options={lastContactFilters.map((filter) => ({
          value: filter,
          label: t(`people.contactFilters.${filter}`),
        }))}
      />
      <div className="field">
        <label htmlFor="people-sort">{t('people.filters.sort')}</label>
        <select id="people-sort" name="sort" defaultValue={query.sort}>
          {peopleSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`people.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="people-filters-actions">
        <button type="submit" className="button button-secondary">
          {t('table.filter')}
        </button>
        {filtered ? <Link to="/people">{t('table.clearFilters')}</Link> : null}
      </div>
    </Form>
  );
}

/**
 * "Any" choices stay out of the URL, so a shared view names only its real
 * filters: empty fields are disabled while the form is read, then enabled again.
 */
function leaveOutEmptyFields(event: FormEvent<HTMLFormElement>) {
  const empty = Array.from(event.currentTarget.elements).filter(
    (field): field is HTMLInputElement | HTMLSelectElement =>
      (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && !field.value,
  );
  for (const field of empty) field.disabled = true;
  setTimeout(() => {
    for (const field of empty) field.disabled = false;
  });
}

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
}

function FilterSelect({ name, label, value, anyLabel, options }: FilterSelectProps) {
  const id = `people-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
