import { and, count, eq, gt, max, ne } from 'drizzle-orm';
import type { Executor } from '#db/database';
import { signInAttempts } from '#db/schema';

/** Failed attempts counted, and how long they count. Held in the database so every instance agrees. */
export const signInLimits = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

async function failuresSince(
  tx: Executor,
  column: 'email' | 'ipAddress',
  value: string,
  since: Date,
) {
  const [row] = await tx
    .select({ failures: count() })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts[column], value),
        eq(signInAttempts.succeeded, false),
        // Attempts refused by the limit itself do not extend it.
        ne(signInAttempts.reason, 'rate_limited'),
        gt(signInAttempts.createdAt, since),
      ),
    );
  return row?.failures ?? 0;
}

/** True when the account or the address has failed too often within the window. */
export async function isSignInLimited(
  tx: Executor,
  email: string,
  ipAddress: string,
  now = new Date(),
): Promise<boolean> {
  const windowStart = new Date(now.getTime() - signInLimits.windowMinutes * 60_000);
  // A successful sign-in to the account clears its count.
  const [lastSuccess] = await tx
    .select({ at: max(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, true)));
  const accountSince =
    lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    failuresSince(tx, 'email', email, accountSince),
    failuresSince(tx, 'ipAddress', ipAddress, windowStart),
  ]);
  return accountFailures >= signInLimits.perAccount || addressFailures >= signInLimits.perAddress;
}
