import { NavLink } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** The sections of a path, each its own page; editing is offered only to those who may edit. */
export function PathTabs({ pathId, canManage }: { pathId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const tabs = [
    { to: `/paths/${pathId}`, label: t('paths.tabs.board'), end: true },
    { to: `/paths/${pathId}/funnel`, label: t('paths.tabs.funnel'), end: false },
    ...(canManage
      ? [{ to: `/paths/${pathId}/stages`, label: t('paths.tabs.stages'), end: false }]
      : []),
  ];
  return (
    <nav className="tabs" aria-label={t('paths.tabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
