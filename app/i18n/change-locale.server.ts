import { eq } from 'drizzle-orm';
import { db } from '~/db.server';
import { users } from '#db/schema';
import { recordActivity } from '~/modules/activity/record-activity.server';
import type { Locale } from './i18n';

/** Saves a signed-in user's language choice, so it follows them to any device. */
export async function saveUserLocale(userId: string, locale: Locale): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, userId));
    if (before?.locale === locale) return;
    await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordActivity(tx, {
      actorId: userId,
      action: 'user.locale_change',
      entityType: 'user',
      entityId: userId,
      details: { from: before?.locale ?? null, to: locale },
    });
  });
}
