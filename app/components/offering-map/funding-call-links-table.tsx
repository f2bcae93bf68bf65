import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { FundingCallStatus, Priority } from '#db/schema/values';
import { useFormatDay } from '~/i18n/format';
import { MapTable } from './map-table';

export interface FundingCallLink {
  fundingCallId: string;
  funder: string;
  name: string;
  deadline: string | null;
  status: FundingCallStatus;
  notes: string;
  rationale: string;
  priority: Priority;
}

const column = createColumnHelper<FundingCallLink>();

export function FundingCallLinksTable({
  links,
  canManage,
}: {
  links: FundingCallLink[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const columns = [
    column.accessor('name', {
      header: t('offeringMap.columns.call'),
      cell: (info) => (
        <>
          <strong>{info.getValue()}</strong>
          <br />
          <span className="muted">{info.row.original.funder}</span>
        </>
      ),
    }),
    column.accessor('status', {
      header: t('offeringMap.columns.statusAndDeadline'),
      cell: (info) => {
        const { deadline } = info.row.original;
        return (
          <>
            {t(`offeringMap.fundingCallStatuses.${info.getValue()}`)}
            <br />
            {deadline ? (
              <time dateTime={deadline}>{formatDay(deadline)}</time>
            ) : (
              <span className="muted">{t('offeringMap.noDeadline')}</span>
            )}
          </>
        );
      },
    }),
    column.accessor('notes', {
      header: t('offeringMap.columns.notes'),
      cell: (info) => <span className="prewrap">{info.getValue()}</span>,
    }),
  ];
  return (
    <MapTable
      caption={t('offeringMap.fundingCalls.caption')}
      columns={columns}
      links={links}
      getRowId={(row) => row.fundingCallId}
      empty={
        canManage
          ? t('offeringMap.fundingCalls.emptyManager')
          : t('offeringMap.fundingCalls.emptyReader')
      }
      remove={
        canManage
          ? {
              target: 'fundingCall',
              idOf: (row) => row.fundingCallId,
              nameOf: (row) => `${row.funder}: ${row.name}`,
            }
          : undefined
      }
    />
  );
}
