import { Form, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { locales } from '~/i18n/i18n';

/**
 * A plain form with one submit button per language, so it works without
 * JavaScript and does not change the page on mere focus or selection.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  return (
    <Form
      method="post"
      action="/language"
      className="language-switch"
      aria-label={t('app.changeLanguage')}
    >
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={i18n.language === locale}
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </Form>
  );
}
