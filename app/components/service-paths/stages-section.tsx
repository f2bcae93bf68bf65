import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stageKinds } from '#db/schema/values';
import { StageKindBadge } from './stage-kind-badge';

/** The stage list's heading, what editing keeps, and what each kind of stage means. */
export function StagesSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="stages-section" aria-labelledby="stages-title">
      <h2 id="stages-title">{t('paths.stages.listTitle')}</h2>
      <p className="muted">{t('paths.stages.listIntro')}</p>
      <dl className="stage-kind-legend">
        {stageKinds.map((kind) => (
          <div key={kind}>
            <dt>
              <StageKindBadge kind={kind} />
            </dt>
            <dd>{t(`paths.kindHints.${kind}`)}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
