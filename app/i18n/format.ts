import { useTranslation } from 'react-i18next';

// Dates are shown in Finnish time on the server and in every browser alike, so
// the server's HTML and the hydrated page agree.
const timeZone = 'Europe/Helsinki';
const intlLocales = { fi: 'fi-FI', en: 'en-GB' } as const;

export function formatDateTime(value: Date | string | null | undefined, language: string): string {
  if (!value) return '';
  const locale = intlLocales[language as keyof typeof intlLocales] ?? intlLocales.fi;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value));
}

export function useFormatDateTime() {
  const { i18n } = useTranslation();
  return (value: Date | string | null | undefined) => formatDateTime(value, i18n.language);
}

/** A language's name from its ISO code, in the user's language ("arabia", "Arabic"). */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (code: string) => names.of(code) ?? code;
}
