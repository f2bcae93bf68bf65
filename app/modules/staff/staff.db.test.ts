import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activityLog, authSessions, users } from '#db/schema';
import { signIn } from '~/auth/sign-in.server';
import { db } from '~/db.server';
import { createStaff, testPassword } from '../../../tests/support/staff';
import {
  changeOwnPassword,
  createStaffMember,
  listStaff,
  setStaffDisabled,
  setStaffPassword,
  updateStaffMember,
} from './staff.server';

const newAccount = {
  name: 'Noora Uusi',
  email: 'noora@test.example',
  role: 'coach' as const,
  password: 'long enough password',
};

async function activityFor(entityId: string) {
  const rows = await db().select().from(activityLog).where(eq(activityLog.entityId, entityId));
  return rows.map((row) => row.action);
}

async function sessionCount(userId: string) {
  const rows = await db().select().from(authSessions).where(eq(authSessions.userId, userId));
  return rows.length;
}

async function signInAs(email: string) {
  const result = await signIn({
    email,
    password: testPassword,
    ipAddress: '192.0.2.50',
    userAgent: null,
  });
  expect(result.status).toBe('signed-in');
}

describe('staff accounts', () => {
  it('an admin creates an account that can sign in, and the creation is logged', async () => {
    const admin = await createStaff('admin');
    const result = await createStaffMember(admin, newAccount);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await activityFor(result.value.id)).toEqual(['user.create']);
    const signedIn = await signIn({
      email: newAccount.email,
      password: newAccount.password,
      ipAddress: '192.0.2.9',
      userAgent: null,
    });
    expect(signedIn.status).toBe('signed-in');
  });

  it('refuses a second account with the same email in any letter case, writing nothing', async () => {
    const admin = await createStaff('admin');
    const taken = await createStaff('coach', { email: 'taken@test.example' });
    const before = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(users);
    const result = await createStaffMember(admin, { ...newAccount, email: 'TAKEN@test.example' });
    expect(result).toEqual({ ok: false, fieldErrors: { email: ['staff.emailTaken'] } });
    const duplicateOnEdit = await updateStaffMember(admin, admin.id, {
      name: admin.name,
      email: taken.email,
      role: 'admin',
    });
    expect(duplicateOnEdit).toEqual({ ok: false, fieldErrors: { email: ['staff.emailTaken'] } });
    const after = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(users);
    expect(after).toEqual(before);
  });

  it.each(['manager', 'coach', 'partnership'] as const)('refuses a %s with 403', async (role) => {
    const someone = await createStaff(role);
    const refusal = await createStaffMember(someone, newAccount).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Response);
    expect((refusal as Response).status).toBe(403);
    await expect(listStaff(someone, {})).rejects.toMatchObject({ status: 403 });
  });

  it('changing a role ends the person’s sessions so the new role applies at once', async () => {
    const admin = await createStaff('admin');
    const coach = await createStaff('coach');
    await signInAs(coach.email);
    expect(await sessionCount(coach.id)).toBe(1);
    const result = await updateStaffMember(admin, coach.id, {
      name: coach.name,
      email: coach.email,
      role: 'manager',
    });
    expect(result.ok).toBe(true);
    expect(await sessionCount(coach.id)).toBe(0);
    const [log] = await db()
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, coach.id), eq(activityLog.action, 'user.update')));
    expect(log?.details).toEqual({ changes: { role: { from: 'coach', to: 'manager' } } });
  });

  it('does not let an admin change their own role or disable themselves', async () => {
    const admin = await createStaff('admin');
    expect(
      await updateStaffMember(admin, admin.id, {
        name: admin.name,
        email: admin.email,
        role: 'coach',
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { role: ['staff.cannotChangeOwnRole'] },
    });
    expect(await setStaffDisabled(admin, admin.id, true)).toEqual({
      ok: false,
      fieldErrors: { '': ['staff.cannotDisableSelf'] },
    });
    const [row] = await db().select().from(users).where(eq(users.id, admin.id));
    expect(row).toMatchObject({ role: 'admin', disabledAt: null });
  });

  it('disabling ends every session and stops sign-in; enabling lets the person back', async () => {
    const admin = await createStaff('admin');
    const coach = await createStaff('coach');
    await signInAs(coach.email);
    await signInAs(coach.email);
    expect(await setStaffDisabled(admin, coach.id, true)).toEqual({ ok: true, value: undefined });
    expect(await sessionCount(coach.id)).toBe(0);
    const refused = await signIn({
      email: coach.email,
      password: testPassword,
      ipAddress: '192.0.2.51',
      userAgent: null,
    });
    expect(refused.status).toBe('invalid');
    await setStaffDisabled(admin, coach.id, false);
    await signInAs(coach.email);
    expect(await activityFor(coach.id)).toEqual(
      expect.arrayContaining(['user.disable', 'user.enable']),
    );
  });

  it('an admin sets a new password, which ends the person’s sessions', async () => {
    const admin = await createStaff('admin');
    const coach = await createStaff('coach');
    await signInAs(coach.email);
    await setStaffPassword(admin, coach.id, 'a brand new password');
    expect(await sessionCount(coach.id)).toBe(0);
    const withNew = await signIn({
      email: coach.email,
      password: 'a brand new password',
      ipAddress: '192.0.2.52',
      userAgent: null,
    });
    expect(withNew.status).toBe('signed-in');
  });

  it('a staff member changes their own password only with the current one', async () => {
    const coach = await createStaff('coach');
    const wrong = await changeOwnPassword(coach, 'no-session', {
      currentPassword: 'not it',
      newPassword: 'another long password',
    });
    expect(wrong).toEqual({
      ok: false,
      fieldErrors: { currentPassword: ['account.wrongCurrentPassword'] },
    });
    const right = await changeOwnPassword(coach, 'no-session', {
      currentPassword: testPassword,
      newPassword: 'another long password',
    });
    expect(right.ok).toBe(true);
    const signedIn = await signIn({
      email: coach.email,
      password: 'another long password',
      ipAddress: '192.0.2.53',
      userAgent: null,
    });
    expect(signedIn.status).toBe('signed-in');
  });

  it('lists staff filtered by name or email and role', async () => {
    const admin = await createStaff('admin');
    await createStaff('partnership', { email: 'kumppani@test.example' });
    const found = await listStaff(admin, { q: 'kumppani', role: 'partnership' });
    expect(found.map((row) => row.email)).toEqual(['kumppani@test.example']);
    expect(await listStaff(admin, { q: 'kumppani', role: 'coach' })).toEqual([]);
    // LIKE wildcards typed by the user are matched literally.
    expect(await listStaff(admin, { q: '%' })).toEqual([]);
  });

  it('two admins demoting each other at once leave one admin, not none', async () => {
    const first = await createStaff('admin');
    const second = await createStaff('admin');
    const outcomes = await Promise.allSettled([
      updateStaffMember(first, second.id, {
        name: second.name,
        email: second.email,
        role: 'coach',
      }),
      updateStaffMember(second, first.id, { name: first.name, email: first.email, role: 'coach' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ status: 403 });
    const roles = await db()
      .select({ role: users.role })
      .from(users)
      .where(inArray(users.id, [first.id, second.id]));
    expect(roles.map((row) => row.role).sort()).toEqual(['admin', 'coach']);
  });
});
