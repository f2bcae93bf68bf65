import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { AddInsightForm } from '~/components/insights/add-insight-form';
import { InsightCard } from '~/components/insights/insight-card';
import { InsightStatusFilter } from '~/components/insights/insight-status-filter';
import { Notice, withNotice } from '~/components/layout/notice';
import { finnishDay } from '~/forms/finnish-time';
import { resultForIntent } from '~/forms/intent-result';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { mayChangeSegment } from '~/modules/segments/writable-segment.server';
import { revalidateAfterPost } from '~/forms/revalidate-after-post';
import {
  addInsightSchema,
  changeInsightStatusSchema,
  insightFilterSchema,
} from '~/modules/insights/insights.schema';
import {
  addInsight,
  changeInsightStatus,
  countInsightsByStatus,
  listInsights,
  listLinkablePeople,
  listLinkableSessions,
} from '~/modules/insights/insights.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:read');
  const segmentId = requireRecordId(params.segmentId);
  const url = new URL(request.url);
  const filter = insightFilterSchema.parse(Object.fromEntries(url.searchParams));
  const canWrite = await mayChangeSegment(user, segmentId, 'insights:write');
  const [insights, counts, linkable, linkableSessions] = await Promise.all([
    listInsights(user, segmentId, filter),
    countInsightsByStatus(user, segmentId),
    canWrite ? listLinkablePeople(user, segmentId, { q: filter.people }) : null,
    canWrite ? listLinkableSessions(user, segmentId) : [],
  ]);
  return {
    insights,
    counts,
    filter,
    canWrite,
    linkable: linkable && { ...linkable, q: filter.people },
    linkableSessions,
    isCoach: user.role === 'coach',
    today: finnishDay(),
    // A people search reloads the page; the form it belongs to stays open.
    peopleSearched: url.searchParams.has('people'),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'insights:write');
  const segmentId = requireRecordId(params.segmentId);
  const formData = await readFormData(request);
  const intent = formData.get('intent');
  const listPath = `/segments/${segmentId}/insights`;

  if (intent === 'add') {
    const submission = parseWithZod(formData, { schema: addInsightSchema });
    if (submission.status !== 'success') return rejectSubmission(submission);
    const result = await addInsight(user, segmentId, submission.value);
    if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
    return redirect(`${withNotice(listPath, 'insightAdded')}#insight-${result.value.id}`);
  }
  if (intent === 'status') {
    const submission = parseWithZod(formData, { schema: changeInsightStatusSchema });
    if (submission.status !== 'success') return rejectSubmission(submission);
    const result = await changeInsightStatus(user, segmentId, submission.value);
    if (!result.ok) {
      const status = 'stale' in result ? 409 : 400;
      return rejectSubmission(submission, { fieldErrors: result.fieldErrors, status });
    }
    const anchor = `#insight-${submission.value.insightId}`;
    return redirect(`${withNotice(listPath, 'insightStatusChanged')}${anchor}`);
  }
  throw new Response('Unknown action', { status: 400 });
}

export const shouldRevalidate = revalidateAfterPost;

export default function SegmentInsights() {
  const { t } = useTranslation();
  const {
    insights,
    counts,
    filter,
    canWrite,
    linkable,
    linkableSessions,
    isCoach,
    today,
    peopleSearched,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result;
  const addResult = resultForIntent(result, 'add');
  const total = counts.assumption + counts.validated + counts.refuted;
  return (
    <>
      <Notice />
      <section aria-labelledby="insights-title">
        <h2 id="insights-title">{t('insights.title')}</h2>
        <p className="muted">{t('insights.intro')}</p>
        {canWrite && linkable ? (
          <AddInsightForm
            // A new insight changes the total: the form starts afresh for the next one.
            key={total}
            lastResult={addResult}
            linkable={linkable}
            linkableSessions={linkableSessions}
            isCoach={isCoach}
            today={today}
            open={total === 0 || Boolean(addResult) || peopleSearched}
            statusFilter={filter.status}
          />
        ) : null}
        <InsightStatusFilter counts={counts} current={filter.status} />
        <p className="muted" role="status">
          {t('insights.count', { count: insights.length })}
        </p>
        {insights.length === 0 ? (
          <p className="empty-state">
            {filter.status ? t('insights.emptyFiltered') : t('insights.empty')}
          </p>
        ) : (
          <div className="insight-list">
            {insights.map((insight) => (
              <InsightCard
                key={insight.id}
                insight={insight}
                canWrite={canWrite}
                lastResult={resultForIntent(result, 'status', {
                  field: 'insightId',
                  id: insight.id,
                })}
              />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
