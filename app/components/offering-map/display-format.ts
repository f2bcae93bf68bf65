import { useTranslation } from 'react-i18next';

const intlLocales = { fi: 'fi-FI', en: 'en-GB' } as const;

function intlLocale(language: string): string {
  return intlLocales[language as keyof typeof intlLocales] ?? intlLocales.fi;
}

/**
 * A calendar date (2026-09-30) in the user's language. It is a day, not a
 * moment, so it is read and shown in UTC and no time zone can shift it.
 */
export function useFormatDay() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Credits as people write them: 7,5 in Finnish, 7.5 in English. */
export function useFormatCredits() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  return (credits: number | null) => (credits === null ? '' : format.format(credits));
}
