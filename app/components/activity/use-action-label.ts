import { useTranslation } from 'react-i18next';

/** The activity log's dotted action names (`user.disable`) in the user's language. */
export function useActionLabel() {
  const { t, i18n } = useTranslation();
  return (action: string) => {
    const key = `activity.actions.${action}`;
    return i18n.exists(key) ? String(t(key as never)) : action;
  };
}
