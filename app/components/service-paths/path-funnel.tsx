import { useTranslation } from 'react-i18next';
import type { StageKind } from '#db/schema/values';
import { HorizontalBarChart, type BarTone } from '~/components/charts/horizontal-bar-chart';
import { StageKindBadge } from './stage-kind-badge';

interface FunnelRow {
  id: string;
  name: string;
  kind: StageKind;
  entered: number;
  percentOfFirst: number | null;
}

const tones: Record<StageKind, BarTone> = { step: 'default', outcome: 'positive', exit: 'muted' };

/**
 * The funnel as a chart for the eye and the same numbers as a table, which
 * screen readers, keyboard users and browsers without JavaScript read.
 */
export function PathFunnel({ rows, periodText }: { rows: FunnelRow[]; periodText: string }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fi-FI', {
    style: 'percent',
  });
  const percentText = (row: FunnelRow) =>
    row.percentOfFirst === null ? '–' : percent.format(row.percentOfFirst / 100);
  const nobody = rows.every((row) => row.entered === 0);
  return (
    <>
      <figure className="card funnel-figure">
        <figcaption>
          <h3>{t('paths.funnel.chartTitle')}</h3>
          <p className="muted">{periodText}</p>
        </figcaption>
        {nobody ? (
          <p className="empty-state">{t('paths.funnel.nobody')}</p>
        ) : (
          <HorizontalBarChart
            data={rows.map((row) => ({
              // The kind is in the label too, not only in the bar's colour.
              label:
                row.kind === 'step' ? row.name : `${row.name} (${t(`paths.kinds.${row.kind}`)})`,
              value: row.entered,
              valueText: `${row.entered} (${percentText(row)})`,
              tone: tones[row.kind],
            }))}
          />
        )}
      </figure>
      <div className="table-wrap" role="region" aria-labelledby="funnel-table-caption" tabIndex={0}>
        <table className="data-table funnel-table">
          <caption id="funnel-table-caption">
            {t('paths.funnel.tableCaption', { period: periodText })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('paths.funnel.stage')}</th>
              <th scope="col">{t('paths.funnel.kind')}</th>
              <th scope="col" className="numeric">
                {t('paths.funnel.entered')}
              </th>
              <th scope="col" className="numeric">
                {t('paths.funnel.percent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>
                  <StageKindBadge kind={row.kind} />
                </td>
                <td className="numeric">{row.entered}</td>
                <td className="numeric">{percentText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.some((row) => (row.percentOfFirst ?? 0) > 100) ? (
        <p className="muted">{t('paths.funnel.overHundred')}</p>
      ) : null}
    </>
  );
}
