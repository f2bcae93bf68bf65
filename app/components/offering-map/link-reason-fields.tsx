import type { FieldMetadata } from '@conform-to/react';
import { useTranslation } from 'react-i18next';
import { priorities } from '#db/schema/values';
import { SelectField, TextAreaField } from '~/components/forms/fields';

interface LinkReasonFieldsProps {
  fields: {
    rationale: FieldMetadata<string | undefined>;
    priority: FieldMetadata<string | undefined>;
  };
}

/** Why a link serves the segment and how important it is: part of every link form. */
export function LinkReasonFields({ fields }: LinkReasonFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        label={t('offeringMap.fields.rationale')}
        hint={t('offeringMap.fields.rationaleHint')}
        meta={fields.rationale}
        rows={3}
        required
      />
      <SelectField
        label={t('offeringMap.fields.priority')}
        meta={fields.priority}
        options={priorities.map((priority) => ({
          value: priority,
          label: t(`offeringMap.priorities.${priority}`),
        }))}
        required
      />
    </>
  );
}
