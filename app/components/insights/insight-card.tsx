import type { SubmissionResult } from '@conform-to/react';
import { useTranslation } from 'react-i18next';
import type { InsightStatus } from '#db/schema/values';
import { useFormatDateTime, useFormatDay } from '~/i18n/format';
import { StatusChangeForm } from './status-change-form';

export interface InsightCardData {
  id: string;
  statement: string;
  source: string;
  observedOn: string;
  status: InsightStatus;
  evidence: string;
  statusChangedAt: string | Date;
  version: number;
  authorName: string | null;
  people: { id: string; name: string }[];
  otherPeopleCount: number;
  sessions: { id: string; occurredAt: string | Date; personName: string }[];
  otherSessionsCount: number;
  changes: {
    id: number;
    fromStatus: InsightStatus | null;
    toStatus: InsightStatus;
    evidence: string;
    changedAt: string | Date;
    changedByName: string | null;
  }[];
}

export function InsightStatusBadge({ status }: { status: InsightStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge insight-status insight-status-${status}`}>
      {t(`insights.statuses.${status}`)}
    </span>
  );
}

/** One insight: the statement, where it came from, its evidence and how its status changed. */
export function InsightCard({
  insight,
  canWrite,
  lastResult,
}: {
  insight: InsightCardData;
  canWrite: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const formatDay = useFormatDay();
  const titleId = `insight-${insight.id}-title`;
  const unknown = t('insights.card.unknownAuthor');
  return (
    <article className="card insight-card" id={`insight-${insight.id}`} aria-labelledby={titleId}>
      <p className="insight-card-status">
        <InsightStatusBadge status={insight.status} />{' '}
        <span className="muted">
          {t('insights.card.statusSince')}{' '}
          <time dateTime={new Date(insight.statusChangedAt).toISOString()}>
            {formatDateTime(insight.statusChangedAt)}
          </time>
        </span>
      </p>
      <h3 id={titleId} className="insight-statement">
        {insight.statement}
      </h3>
      <dl className="definition-list">
        <div>
          <dt>{t('insights.card.source')}</dt>
          <dd>{insight.source}</dd>
        </div>
        <div>
          <dt>{t('insights.card.observedOn')}</dt>
          <dd>
            <time dateTime={insight.observedOn}>{formatDay(insight.observedOn)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('insights.card.author')}</dt>
          <dd>{insight.authorName ?? unknown}</dd>
        </div>
        <div>
          <dt>{t('insights.card.evidence')}</dt>
          <dd className="insight-text">
            {insight.evidence || <span className="muted">{t('insights.card.noEvidence')}</span>}
          </dd>
        </div>
        {insight.people.length || insight.otherPeopleCount ? (
          <div>
            <dt>{t('insights.card.people')}</dt>
            <dd>
              {insight.people.map((person) => person.name).join(', ')}
              {insight.people.length && insight.otherPeopleCount ? '; ' : null}
              {insight.otherPeopleCount ? (
                <span className="muted">
                  {t('insights.card.otherPeople', { count: insight.otherPeopleCount })}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {insight.sessions.length || insight.otherSessionsCount ? (
          <div>
            <dt>{t('insights.card.sessions')}</dt>
            <dd>
              {insight.sessions
                .map((session) => `${formatDateTime(session.occurredAt)} (${session.personName})`)
                .join(', ')}
              {insight.sessions.length && insight.otherSessionsCount ? '; ' : null}
              {insight.otherSessionsCount ? (
                <span className="muted">
                  {t('insights.card.otherSessions', { count: insight.otherSessionsCount })}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <details className="insight-disclosure">
        <summary>{t('insights.changes.title', { n: insight.changes.length })}</summary>
        <ol className="insight-changes">
          {insight.changes.map((change) => {
            const who = change.changedByName ?? unknown;
            const to = t(`insights.statuses.${change.toStatus}`);
            return (
              <li key={change.id}>
                <time dateTime={new Date(change.changedAt).toISOString()}>
                  {formatDateTime(change.changedAt)}
                </time>
                {': '}
                {change.fromStatus
                  ? t('insights.changes.changed', {
                      who,
                      from: t(`insights.statuses.${change.fromStatus}`),
                      to,
                    })
                  : t('insights.changes.added', { who, to })}
                {change.evidence ? (
                  <p className="insight-text">
                    {t('insights.changes.evidence', { evidence: change.evidence })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </details>
      {canWrite ? (
        // A new version (after a change) starts the form afresh.
        <StatusChangeForm key={insight.version} insight={insight} lastResult={lastResult} />
      ) : null}
    </article>
  );
}
