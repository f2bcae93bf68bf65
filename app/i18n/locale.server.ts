import { createCookie } from '@remix-run/node';
import Negotiator from 'negotiator';
import { defaultLocale, isLocale, locales, type Locale } from './i18n';

/** The language chosen before signing in (and kept after signing out). */
export const languageCookie = createCookie('polku_lang', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const best = new Negotiator({ headers: { 'accept-language': header } }).language([...locales]);
  return isLocale(best) ? best : null;
}

/** The user's saved choice, else the language cookie, else the browser's Accept-Language, else Finnish. */
export async function resolveLocale(
  request: Request,
  user: { locale: Locale | null } | null,
): Promise<Locale> {
  if (user?.locale) return user.locale;
  const fromCookie: unknown = await languageCookie.parse(request.headers.get('Cookie'));
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage(request.headers.get('Accept-Language')) ?? defaultLocale;
}
