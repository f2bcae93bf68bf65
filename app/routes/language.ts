import { readFormData } from '~/forms/read-form.server';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { getUser } from '~/auth/guards.server';
import { safeLocalPath } from '~/auth/safe-redirect';
import { saveUserLocale } from '~/i18n/change-locale.server';
import { locales } from '~/i18n/i18n';
import { languageCookie } from '~/i18n/locale.server';

const languageChoice = z.object({
  locale: z.enum(locales),
  redirectTo: z.string().optional(),
});

export async function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = languageChoice.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response('Unknown language', { status: 400 });
  const user = await getUser(request);
  if (user) await saveUserLocale(user.id, parsed.data.locale);
  return redirect(safeLocalPath(parsed.data.redirectTo), {
    headers: { 'Set-Cookie': await languageCookie.serialize(parsed.data.locale) },
  });
}
