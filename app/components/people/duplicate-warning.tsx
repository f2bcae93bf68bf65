import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { LikelyDuplicates } from '~/modules/people/duplicates.server';

/**
 * The likely duplicates of the person being added, inside the form: the user
 * opens them to check, or ticks the box to add a different person anyway.
 */
export function DuplicateWarning({ duplicates }: { duplicates: LikelyDuplicates }) {
  const { t } = useTranslation();
  return (
    <section
      className="alert alert-warning duplicate-warning"
      aria-labelledby="duplicates-title"
      role="alert"
    >
      <h2 id="duplicates-title">{t('people.duplicates.title')}</h2>
      <p>{t('people.duplicates.intro')}</p>
      {duplicates.visible.length ? (
        <ul>
          {duplicates.visible.map((person) => (
            <li key={person.id}>
              <Link to={`/people/${person.id}`} target="_blank" rel="noreferrer">
                {person.firstName} {person.lastName}
              </Link>
              {person.birthYear
                ? ` (${t('people.duplicates.born', { year: person.birthYear })})`
                : null}
              {' – '}
              {[person.email, person.phone].filter(Boolean).join(', ')}{' '}
              <strong>
                {person.reasons
                  .map((reason) => t(`people.duplicates.reasons.${reason}`))
                  .join(', ')}
              </strong>
            </li>
          ))}
        </ul>
      ) : null}
      {duplicates.hiddenCount ? (
        <p>{t('people.duplicates.hidden', { count: duplicates.hiddenCount })}</p>
      ) : null}
      <label className="checkbox-inline">
        <input type="checkbox" name="confirmDuplicates" value="on" />{' '}
        {t('people.duplicates.confirm')}
      </label>
    </section>
  );
}
