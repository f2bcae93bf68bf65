import { NavLink } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

const tabs = [
  { to: '', label: 'profile', end: true },
  { to: 'insights', label: 'insights', end: false },
  { to: 'offerings', label: 'offerings', end: false },
  { to: 'history', label: 'history', end: false },
] as const;

/** The sections of a segment, as links (each section is its own page and URL). */
export function SegmentTabs({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('segments.tabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.label}>
            <NavLink to={`/segments/${segmentId}${tab.to ? `/${tab.to}` : ''}`} end={tab.end}>
              {t(`segments.tabs.${tab.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
