import type { SubmissionResult } from '@conform-to/react';
import type { ReactNode } from 'react';
import { FormErrors } from '~/components/forms/field-errors';

interface OfferingMapSectionProps {
  id: string;
  title: string;
  /** The answer to a refused remove button of this section's table, if any. */
  removeResult: SubmissionResult<string[]> | undefined;
  children: ReactNode;
}

/** One half of the map (offerings or funding calls): heading, table and forms. */
export function OfferingMapSection({ id, title, removeResult, children }: OfferingMapSectionProps) {
  const removeErrors = Object.values(removeResult?.error ?? {}).flatMap((errors) => errors ?? []);
  return (
    <section className="offering-map-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <FormErrors id={`${id}-remove-errors`} errors={removeErrors} />
      {children}
    </section>
  );
}
