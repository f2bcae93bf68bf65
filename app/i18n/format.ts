import { useTranslation } from 'react-i18next';

// Dates are shown in Finnish time on the server and in every browser alike, so
// the server's HTML and the hydrated page agree.
const timeZone = 'Europe/Helsinki';
const intlLocales = { fi: 'fi-FI', en: 'en-GB' } as const;

function intlLocale(language: string): string {
  return intlLocales[language as keyof typeof intlLocales] ?? intlLocales.fi;
}

/**
 * Intl formatters are costly to build and a list page formats hundreds of
 * values, so each kind is built once per language and reused.
 */
function memoisedPerLanguage<T>(build: (locale: string) => T): (language: string) => T {
  const built = new Map<string, T>();
  return (language) => {
    const locale = intlLocale(language);
    let formatter = built.get(locale);
    if (!formatter) {
      formatter = build(locale);
      built.set(locale, formatter);
    }
    return formatter;
  };
}

const dateTimeFormat = memoisedPerLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
);
const dayFormat = memoisedPerLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
);
const finnishDateFormat = memoisedPerLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
);
const creditsFormat = memoisedPerLanguage(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
);
const languageNames = memoisedPerLanguage(
  (locale) => new Intl.DisplayNames([locale.slice(0, 2)], { type: 'language' }),
);

export function formatDateTime(value: Date | string | null | undefined, language: string): string {
  if (!value) return '';
  return dateTimeFormat(language).format(new Date(value));
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
  const format = dayFormat(i18n.language);
  return (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : format.format(date);
  };
}

/** The day in Finland on which an instant falls, e.g. a client's last contact. */
export function useFormatFinnishDate() {
  const { i18n } = useTranslation();
  const format = finnishDateFormat(i18n.language);
  return (instant: Date | string) => format.format(new Date(instant));
}

/** Credits as people write them: 7,5 in Finnish, 7.5 in English. */
export function useFormatCredits() {
  const { i18n } = useTranslation();
  const format = creditsFormat(i18n.language);
  return (credits: number | null) => (credits === null ? '' : format.format(credits));
}

/** A language's name from its ISO code, in the user's language ("arabia", "Arabic"). */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const names = languageNames(i18n.language);
  return (code: string) => names.of(code) ?? code;
}
