import { useTranslation } from 'react-i18next';
import type { Priority } from '#db/schema/values';

/** The link's priority as a word; the colour only repeats what the word says. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={`badge priority-badge priority-${priority}`}>
      {t(`offeringMap.priorities.${priority}`)}
    </span>
  );
}
