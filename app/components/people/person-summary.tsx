import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { EducationLevel, EmploymentStatus } from '#db/schema/values';
import { useFormatDateTime, useLanguageName } from '~/i18n/format';

export interface PersonSummaryData {
  person: {
    email: string | null;
    phone: string | null;
    municipality: string;
    birthYear: number | null;
    languages: string[];
    educationLevel: EducationLevel;
    educationDetails: string;
    workExperienceYears: number | null;
    employmentStatus: EmploymentStatus;
    coachName: string | null;
    lastContactAt: string | Date | null;
  };
  segments: { id: string; name: string }[];
  nextAppointmentAt: string | Date | null;
}

/** Contact details, background and service at a glance, as three cards. */
export function PersonSummary({ person, segments, nextAppointmentAt }: PersonSummaryData) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const formatDateTime = useFormatDateTime();
  const notKnown = <span className="muted">{t('people.page.notKnown')}</span>;
  return (
    <div className="person-summary">
      <section className="card" aria-labelledby="person-contact">
        <h2 id="person-contact">{t('people.page.contact')}</h2>
        <dl className="facts">
          <dt>{t('people.fields.email')}</dt>
          <dd>
            {person.email ? (
              <a href={`mailto:${person.email}`}>{person.email}</a>
            ) : (
              <span className="muted">{t('people.page.noEmail')}</span>
            )}
          </dd>
          <dt>{t('people.fields.phone')}</dt>
          <dd>
            {person.phone ? (
              <a href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</a>
            ) : (
              <span className="muted">{t('people.page.noPhone')}</span>
            )}
          </dd>
          <dt>{t('people.fields.municipality')}</dt>
          <dd>{person.municipality || notKnown}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="person-background">
        <h2 id="person-background">{t('people.page.background')}</h2>
        <dl className="facts">
          <dt>{t('people.page.born')}</dt>
          <dd>{person.birthYear ?? notKnown}</dd>
          <dt>{t('people.fields.languages')}</dt>
          <dd>
            {person.languages.length ? person.languages.map(languageName).join(', ') : notKnown}
          </dd>
          <dt>{t('people.fields.educationLevel')}</dt>
          <dd>
            {t(`people.educationLevels.${person.educationLevel}`)}
            {person.educationDetails ? ` – ${person.educationDetails}` : ''}
          </dd>
          <dt>{t('people.fields.workExperienceYears')}</dt>
          <dd>
            {person.workExperienceYears === null
              ? notKnown
              : t('people.page.years', { count: person.workExperienceYears })}
          </dd>
          <dt>{t('people.fields.employmentStatus')}</dt>
          <dd>{t(`people.employmentStatuses.${person.employmentStatus}`)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="person-service">
        <h2 id="person-service">{t('people.page.service')}</h2>
        <dl className="facts">
          <dt>{t('people.page.coach')}</dt>
          <dd>{person.coachName ?? <span className="muted">{t('people.noCoach')}</span>}</dd>
          <dt>{t('people.page.segments')}</dt>
          <dd>
            {segments.length ? (
              segments.map((segment, index) => (
                <span key={segment.id}>
                  {index ? ', ' : ''}
                  <Link to={`/segments/${segment.id}`}>{segment.name}</Link>
                </span>
              ))
            ) : (
              <span className="muted">{t('people.page.noSegments')}</span>
            )}
          </dd>
          <dt>{t('people.page.lastContact')}</dt>
          <dd>{person.lastContactAt ? formatDateTime(person.lastContactAt) : t('people.never')}</dd>
          <dt>{t('people.page.nextAppointment')}</dt>
          <dd>
            {nextAppointmentAt ? (
              formatDateTime(nextAppointmentAt)
            ) : (
              <span className="muted">{t('people.page.noAppointment')}</span>
            )}
          </dd>
        </dl>
      </section>
    </div>
  );
}
