import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime, useLanguageName } from '~/i18n/format';

interface SegmentProfileProps {
  segment: {
    id: string;
    description: string;
    needs: string[];
    valueProposition: string;
    preferredChannels: string[];
    languages: string[];
    ownerName: string | null;
    team: { id: string; name: string }[];
    peopleCount: number;
    updatedAt: string | Date;
    updatedByName: string | null;
  };
  canEdit: boolean;
}

/** The profile as a reader sees it: who the group is, what it needs, what we offer, who serves it. */
export function SegmentProfile({ segment, canEdit }: SegmentProfileProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const languageName = useLanguageName();
  const none = <span className="muted">{t('segments.profile.none')}</span>;
  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="segment-who">
        <h2 id="segment-who">{t('segments.profile.description')}</h2>
        <p className="prewrap">{segment.description || none}</p>
        <h3>{t('segments.profile.needs')}</h3>
        {segment.needs.length ? (
          <ul>
            {segment.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('segments.profile.noNeeds')}</p>
        )}
        <h3>{t('segments.profile.valueProposition')}</h3>
        <p className="prewrap">{segment.valueProposition || none}</p>
      </section>
      <section className="card" aria-labelledby="segment-service">
        <h2 id="segment-service">{t('segments.profile.service')}</h2>
        <dl className="definition-list">
          <dt>{t('segments.profile.owner')}</dt>
          <dd>{segment.ownerName ?? none}</dd>
          <dt>{t('segments.profile.team')}</dt>
          <dd>
            {segment.team.length
              ? segment.team.map((member) => member.name).join(', ')
              : t('segments.profile.noTeam')}
          </dd>
          <dt>{t('segments.profile.people')}</dt>
          <dd>{segment.peopleCount}</dd>
          <dt>{t('segments.profile.channels')}</dt>
          <dd>
            {segment.preferredChannels.length
              ? segment.preferredChannels
                  .map((channel) => t(`segments.channels.${channel}` as never))
                  .join(', ')
              : none}
          </dd>
          <dt>{t('segments.profile.languages')}</dt>
          <dd>
            {segment.languages.length ? segment.languages.map(languageName).join(', ') : none}
          </dd>
        </dl>
        <p className="muted">
          {t('segments.profile.updated', {
            when: formatDateTime(segment.updatedAt),
            who: segment.updatedByName ?? t('activity.system'),
          })}
        </p>
        {canEdit ? (
          <Link to={`/segments/${segment.id}/edit`} className="button">
            {t('segments.edit')}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
