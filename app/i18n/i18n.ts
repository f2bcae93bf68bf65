import i18next, { type i18n, type TFunction } from 'i18next';
import { locales, type Locale } from '#db/schema/values';
import { en } from './locales/en';
import { fi } from './locales/fi';

export { locales, type Locale };
export const defaultLocale: Locale = 'fi';

export const resources = { fi: { translation: fi }, en: { translation: en } } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

// One configured instance per language, shared by every request: an instance
// holds only the fixed strings, never anything about a user.
const instances = new Map<Locale, i18n>();

export function getI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: false,
      supportedLngs: [...locales],
      resources,
      // Strings are bundled, so initialisation is synchronous on server and browser alike.
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

export function getTranslator(locale: Locale): TFunction {
  return getI18n(locale).t;
}
