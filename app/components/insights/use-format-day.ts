import { useTranslation } from 'react-i18next';

const intlLocales = { fi: 'fi-FI', en: 'en-GB' } as const;

/**
 * A calendar day stored as `YYYY-MM-DD` (no time, no zone), e.g. when an
 * insight was observed. Read as UTC so that no time zone moves it to another day.
 */
export function useFormatDay() {
  const { i18n } = useTranslation();
  const locale = intlLocales[i18n.language as keyof typeof intlLocales] ?? intlLocales.fi;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : format.format(date);
  };
}
