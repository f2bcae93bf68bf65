import { db } from '~/db.server';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { clearSessionCookie, destroySession, lookUpSession } from './session.server';

/** Ends the current session on the server and returns the cookie that clears it in the browser. */
export async function signOut(request: Request): Promise<string> {
  const lookup = await lookUpSession(request);
  if (lookup.status === 'active') {
    await db().transaction(async (tx) => {
      await destroySession(tx, lookup.sessionId);
      await recordActivity(tx, {
        actorId: lookup.user.id,
        action: 'auth.sign_out',
        entityType: 'user',
        entityId: lookup.user.id,
      });
    });
  }
  return clearSessionCookie();
}
