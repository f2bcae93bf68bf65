import type { FieldMetadata } from '@conform-to/react';
import { useTranslation } from 'react-i18next';
import { roles } from '#db/schema/values';
import { SelectField, TextField } from '~/components/forms/fields';

interface StaffProfileFieldsProps {
  fields: {
    name: FieldMetadata<string | undefined>;
    email: FieldMetadata<string | undefined>;
    role: FieldMetadata<string | undefined>;
  };
}

/** Name, email and role: the same fields when creating and when editing an account. */
export function StaffProfileFields({ fields }: StaffProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('staff.name')} meta={fields.name} autoComplete="off" required />
      <TextField
        label={t('staff.email')}
        meta={fields.email}
        type="email"
        autoComplete="off"
        required
      />
      <SelectField
        label={t('staff.role')}
        meta={fields.role}
        placeholder={t('common.choose')}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        required
      />
    </>
  );
}
