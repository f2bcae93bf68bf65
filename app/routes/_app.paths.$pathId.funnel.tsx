import { parseWithZod } from '@conform-to/zod/v4';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { FunnelPeriodForm } from '~/components/service-paths/funnel-period-form';
import { PathFunnel } from '~/components/service-paths/path-funnel';
import { requireRecordId } from '~/forms/params';
import { useFormatDay } from '~/i18n/format';
import { finnishDay } from '~/forms/finnish-time';
import { defaultFunnelPeriod, getPathFunnel } from '~/modules/service-paths/path-funnel.server';
import { funnelPeriodSchema } from '~/modules/service-paths/service-paths.schema';
import { requirePathSummary } from '~/modules/service-paths/service-paths.server';
import type { TitleHandle } from '~/page-title';

export const handle: TitleHandle = {
  title: (t, data) => {
    const name = (data as { pathName?: string } | undefined)?.pathName;
    return name ? `${t('paths.funnel.title')}: ${name}` : t('paths.funnel.title');
  },
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:read');
  const pathId = requireRecordId(params.pathId);
  const path = await requirePathSummary(user, pathId);
  const submission = parseWithZod(new URL(request.url).searchParams, {
    schema: funnelPeriodSchema,
  });
  const today = finnishDay();
  // A refused period keeps what was typed in the form, with the message by its field,
  // while the funnel shows the last twelve months.
  let period = defaultFunnelPeriod(today);
  if (submission.status === 'success') {
    const { from, to } = submission.value;
    const end = to ?? (from && from > today ? from : today);
    period = { from: from ?? defaultFunnelPeriod(end).from, to: end };
  }
  return {
    pathName: path.name,
    period,
    refused: submission.status === 'error' ? submission.reply() : undefined,
    rows: await getPathFunnel(user, pathId, period),
  };
}

export default function ServicePathFunnel() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { period, refused, rows } = useLoaderData<typeof loader>();
  // Each period is a new page: the form starts from the values in the URL.
  const { key } = useLocation();
  const from = formatDay(period.from);
  const to = formatDay(period.to);
  return (
    <section aria-labelledby="funnel-title">
      <h2 id="funnel-title" className="visually-hidden">
        {t('paths.funnel.title')}
      </h2>
      <p className="muted">{t('paths.funnel.intro')}</p>
      <FunnelPeriodForm key={key} lastResult={refused} period={period} />
      {refused ? (
        <p className="alert alert-info">{t('paths.funnel.showingDefault', { from, to })}</p>
      ) : null}
      {rows.length ? (
        <PathFunnel rows={rows} periodText={t('paths.funnel.period', { from, to })} />
      ) : (
        <p className="empty-state">{t('paths.funnel.noStages')}</p>
      )}
    </section>
  );
}
