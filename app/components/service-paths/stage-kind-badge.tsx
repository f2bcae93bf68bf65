import { useTranslation } from 'react-i18next';
import type { StageKind } from '#db/schema/values';

/** The kind of a stage in words, so outcome and exit stages are told apart by more than colour. */
export function StageKindBadge({ kind }: { kind: StageKind }) {
  const { t } = useTranslation();
  return <span className={`badge stage-kind stage-kind-${kind}`}>{t(`paths.kinds.${kind}`)}</span>;
}
