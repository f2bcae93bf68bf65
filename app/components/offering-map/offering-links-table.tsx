import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { OfferingKind, Priority } from '#db/schema/values';
import { useFormatCredits, useLanguageName } from '~/i18n/format';
import { MapTable } from './map-table';

export interface OfferingLink {
  offeringId: string;
  name: string;
  kind: OfferingKind;
  credits: number | null;
  language: string;
  archivedAt: string | Date | null;
  rationale: string;
  priority: Priority;
}

const column = createColumnHelper<OfferingLink>();

export function OfferingLinksTable({
  links,
  canManage,
}: {
  links: OfferingLink[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const formatCredits = useFormatCredits();
  const columns = [
    column.accessor('name', {
      header: t('offeringMap.columns.offering'),
      cell: (info) => (
        <>
          <strong>{info.getValue()}</strong>
          {info.row.original.archivedAt ? (
            <>
              {' '}
              <span className="badge badge-muted">{t('offeringMap.archivedOffering')}</span>
            </>
          ) : null}
        </>
      ),
    }),
    column.accessor('kind', {
      header: t('offeringMap.columns.kind'),
      cell: (info) => t(`offeringMap.offeringKinds.${info.getValue()}`),
    }),
    column.accessor('credits', {
      header: t('offeringMap.columns.credits'),
      cell: (info) => formatCredits(info.getValue()),
      meta: { numeric: true },
    }),
    column.accessor('language', {
      header: t('offeringMap.columns.language'),
      cell: (info) => languageName(info.getValue()),
    }),
  ];
  return (
    <MapTable
      caption={t('offeringMap.offerings.caption')}
      columns={columns}
      links={links}
      getRowId={(row) => row.offeringId}
      empty={
        canManage ? t('offeringMap.offerings.emptyManager') : t('offeringMap.offerings.emptyReader')
      }
      remove={
        canManage
          ? { target: 'offering', idOf: (row) => row.offeringId, nameOf: (row) => row.name }
          : undefined
      }
    />
  );
}
