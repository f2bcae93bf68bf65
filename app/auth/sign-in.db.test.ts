import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activityLog, authSessions, signInAttempts } from '#db/schema';
import { db } from '~/db.server';
import { createStaff, testPassword } from '../../tests/support/staff';
import { signIn } from './sign-in.server';
import { signInLimits } from './sign-in-limit.server';

const from = (ipAddress: string) => ({ ipAddress, userAgent: 'vitest' });

describe('signing in', () => {
  it('opens a server-side session and records the attempt and the activity', async () => {
    const user = await createStaff('coach');
    const result = await signIn({
      email: user.email.toUpperCase(),
      password: testPassword,
      ...from('198.51.100.1'),
    });

    expect(result.status).toBe('signed-in');
    if (result.status !== 'signed-in') return;
    expect(result.setCookie).toMatch(/HttpOnly/i);
    expect(result.setCookie).toMatch(/SameSite=Lax/i);
    const sessions = await db().select().from(authSessions).where(eq(authSessions.userId, user.id));
    expect(sessions).toHaveLength(1);
    const log = await db().select().from(activityLog).where(eq(activityLog.actorId, user.id));
    expect(log.map((entry) => entry.action)).toEqual(['auth.sign_in']);
  });

  it('gives every sign-in a new session id', async () => {
    const user = await createStaff('manager');
    const first = await signIn({
      email: user.email,
      password: testPassword,
      ...from('198.51.100.2'),
    });
    const second = await signIn({
      email: user.email,
      password: testPassword,
      ...from('198.51.100.2'),
    });
    expect(first.status === 'signed-in' && second.status === 'signed-in').toBe(true);
    if (first.status !== 'signed-in' || second.status !== 'signed-in') return;
    expect(first.setCookie).not.toEqual(second.setCookie);
  });

  it('answers a wrong password, an unknown account and a disabled account the same way', async () => {
    const user = await createStaff('coach');
    const disabled = await createStaff('coach', { disabled: true });
    const answers = await Promise.all([
      signIn({ email: user.email, password: 'wrong password', ...from('198.51.100.3') }),
      signIn({ email: 'nobody@test.example', password: testPassword, ...from('198.51.100.3') }),
      signIn({ email: disabled.email, password: testPassword, ...from('198.51.100.3') }),
    ]);
    expect(answers).toEqual([{ status: 'invalid' }, { status: 'invalid' }, { status: 'invalid' }]);
    const sessions = await db().select().from(authSessions);
    expect(sessions.filter((s) => s.userId === user.id || s.userId === disabled.id)).toEqual([]);
  });

  it('logs every attempt without the password', async () => {
    const user = await createStaff('partnership');
    await signIn({ email: user.email, password: 'a secret typo', ...from('198.51.100.4') });
    const attempts = await db()
      .select()
      .from(signInAttempts)
      .where(eq(signInAttempts.email, user.email));
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      succeeded: false,
      reason: 'wrong_password',
      ipAddress: '198.51.100.4',
    });
    expect(JSON.stringify(attempts)).not.toContain('a secret typo');
  });
});

describe('the sign-in limit', () => {
  it(`locks an account after ${signInLimits.perAccount} failures, even for the right password`, async () => {
    const user = await createStaff('coach');
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      // Different addresses: the account limit alone must hold.
      expect(
        await signIn({ email: user.email, password: 'wrong', ...from(`203.0.113.${attempt}`) }),
      ).toEqual({
        status: 'invalid',
      });
    }
    const locked = await signIn({
      email: user.email,
      password: testPassword,
      ...from('203.0.113.99'),
    });
    expect(locked).toEqual({
      status: 'rate-limited',
      retryAfterMinutes: signInLimits.windowMinutes,
    });
  });

  it('lets the account in again once the failures are older than the window', async () => {
    const user = await createStaff('coach');
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      await signIn({ email: user.email, password: 'wrong', ...from('203.0.113.50') });
    }
    const longAgo = new Date(Date.now() - (signInLimits.windowMinutes + 1) * 60_000);
    await db()
      .update(signInAttempts)
      .set({ createdAt: longAgo })
      .where(eq(signInAttempts.email, user.email));
    const result = await signIn({
      email: user.email,
      password: testPassword,
      ...from('203.0.113.50'),
    });
    expect(result.status).toBe('signed-in');
  });

  it(`blocks an address after ${signInLimits.perAddress} failures across accounts`, async () => {
    const user = await createStaff('manager');
    for (let attempt = 0; attempt < signInLimits.perAddress; attempt++) {
      await signIn({
        email: `guess-${attempt}@test.example`,
        password: 'x',
        ...from('203.0.113.200'),
      });
    }
    const blocked = await signIn({
      email: user.email,
      password: testPassword,
      ...from('203.0.113.200'),
    });
    expect(blocked.status).toBe('rate-limited');
    const elsewhere = await signIn({
      email: user.email,
      password: testPassword,
      ...from('203.0.113.201'),
    });
    expect(elsewhere.status).toBe('signed-in');
  });
});

describe('parallel guesses', () => {
  it('a burst of simultaneous wrong passwords cannot get past the account limit', async () => {
    const user = await createStaff('coach');
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) =>
        signIn({
          email: user.email,
          password: `guess ${attempt}`,
          ...from(`203.0.113.${100 + attempt}`),
        }),
      ),
    );
    const counted = burst.filter((result) => result.status === 'invalid');
    expect(counted).toHaveLength(signInLimits.perAccount);
    expect(burst.filter((result) => result.status === 'rate-limited')).toHaveLength(
      12 - signInLimits.perAccount,
    );
  });
});
