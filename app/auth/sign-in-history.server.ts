import { and, desc, eq } from 'drizzle-orm';
import { signInAttempts } from '#db/schema';
import { db } from '~/db.server';

/**
 * The sign-in before the current one, so a staff member can notice a sign-in
 * that was not theirs.
 */
export async function getPreviousSignIn(userId: string) {
  const [, previous] = await db()
    .select({ at: signInAttempts.createdAt, ipAddress: signInAttempts.ipAddress })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.userId, userId), eq(signInAttempts.succeeded, true)))
    .orderBy(desc(signInAttempts.createdAt))
    .limit(2);
  return previous ?? null;
}
