import { useTranslation } from 'react-i18next';

// Dates are shown in Finnish time on the server and in every browser alike, so
// the server's HTML and the hydrated page agree.
const timeZone = 'Europe/Helsinki';
const intlLocales = { fi: 'fi-FI', en: 'en-GB' } as const;

function intlLocale(language: string): string {
  return intlLocales[language as keyof typeof intlLocales] ?? intlLocales.fi;
}

export function formatDateTime(value: Date | string | null | undefined, language: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value));
}

export function useFormatDateTime() {
  const { i18n } = useTranslation();
  return (value: Date | string | null | undefined) => formatDateTime(value, i18n.language);
}

/**
 * A calendar day stored as `YYYY-MM-DD` (no time, no zone), e.g. when an insight
 * was observed or a call closes. Read as UTC so that no time zone moves it to another day.
 */
export function useFormatDay() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : format.format(date);
  };
}

/** Credits as people write them: 7,5 in Finnish, 7.5 in English. */
export function useFormatCredits() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  return (credits: number | null) => (credits === null ? '' : format.format(credits));
}

/** A language's name from its ISO code, in the user's language ("arabia", "Arabic"). */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (code: string) => names.of(code) ?? code;
}
