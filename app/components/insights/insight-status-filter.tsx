import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { insightStatuses, type InsightStatus } from '#db/schema/values';

/** Links rather than a form: each filter is a URL that can be bookmarked and works without JavaScript. */
export function InsightStatusFilter({
  counts,
  current,
}: {
  counts: Record<InsightStatus, number>;
  current: InsightStatus | undefined;
}) {
  const { t } = useTranslation();
  const total = insightStatuses.reduce((sum, status) => sum + counts[status], 0);
  const choices = [
    { status: undefined, label: t('insights.filter.all'), count: total },
    ...insightStatuses.map((status) => ({
      status,
      label: t(`insights.statuses.${status}`),
      count: counts[status],
    })),
  ];
  return (
    <nav className="insight-filter" aria-label={t('insights.filter.label')}>
      <ul>
        {choices.map((choice) => (
          <li key={choice.status ?? 'all'}>
            <Link
              to={choice.status ? `?status=${choice.status}` : '.'}
              aria-current={choice.status === current ? 'page' : undefined}
              preventScrollReset
            >
              {t('insights.filter.count', { label: choice.label, count: choice.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
