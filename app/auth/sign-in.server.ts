import { eq, sql } from 'drizzle-orm';
import { db, type Executor } from '~/db.server';
import { signInAttempts, userPasswords, users } from '#db/schema';
import { recordActivity } from '~/modules/activity/record-activity.server';
import { verifyPassword } from './password.server';
import { createAuthSession } from './session.server';
import { isSignInLimited, signInLimits } from './sign-in-limit.server';

export interface SignInRequest {
  email: string;
  password: string;
  ipAddress: string;
  userAgent: string | null;
}

export type SignInResult =
  | { status: 'signed-in'; userId: string; setCookie: string }
  | { status: 'invalid' }
  | { status: 'rate-limited'; retryAfterMinutes: number };

type FailureReason = 'unknown_account' | 'wrong_password' | 'disabled' | 'rate_limited';

async function recordFailure(
  tx: Executor,
  request: SignInRequest,
  email: string,
  reason: FailureReason,
  userId?: string,
) {
  await tx.insert(signInAttempts).values({
    email,
    ipAddress: request.ipAddress,
    succeeded: false,
    reason,
    userId: userId ?? null,
  });
}

/**
 * Checks the credentials and opens a session. Every attempt is recorded (never
 * the password), and the answer to a caller never says whether the account exists.
 * Attempts on one email run one after another (a transaction-scoped advisory
 * lock), so a burst of parallel guesses cannot all pass the limit at once.
 */
export async function signIn(request: SignInRequest): Promise<SignInResult> {
  const email = request.email.trim().toLowerCase();
  return db().transaction(async (tx): Promise<SignInResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);

    if (await isSignInLimited(tx, email, request.ipAddress)) {
      await recordFailure(tx, request, email, 'rate_limited');
      return { status: 'rate-limited', retryAfterMinutes: signInLimits.windowMinutes };
    }

    const [account] = await tx
      .select({ id: users.id, disabledAt: users.disabledAt, hash: userPasswords.hash })
      .from(users)
      .leftJoin(userPasswords, eq(userPasswords.userId, users.id))
      .where(eq(sql`lower(${users.email})`, email));

    const passwordMatches = await verifyPassword(account?.hash ?? null, request.password);
    if (!account || !passwordMatches || account.disabledAt) {
      const reason = !account
        ? 'unknown_account'
        : !passwordMatches
          ? 'wrong_password'
          : 'disabled';
      await recordFailure(tx, request, email, reason, account?.id);
      return { status: 'invalid' };
    }

    const setCookie = await createAuthSession(tx, {
      userId: account.id,
      ipAddress: request.ipAddress,
      userAgent: request.userAgent,
    });
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, account.id));
    await tx.insert(signInAttempts).values({
      email,
      ipAddress: request.ipAddress,
      succeeded: true,
      reason: 'ok',
      userId: account.id,
    });
    await recordActivity(tx, {
      actorId: account.id,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: account.id,
      details: { ipAddress: request.ipAddress },
    });
    return { status: 'signed-in', userId: account.id, setCookie };
  });
}
