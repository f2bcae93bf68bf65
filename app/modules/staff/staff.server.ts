import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { userPasswords, users } from '#db/schema';
import { isUniqueViolation } from '#db/errors';
import { requirePermission } from '~/auth/guards.server';
import { hashPassword, verifyPassword } from '~/auth/password.server';
import { destroySessionsOf, type SessionUser } from '~/auth/session.server';
import { db, type Executor } from '~/db.server';
import { changedFields, recordActivity } from '~/modules/activity/record-activity.server';
import { containsPattern } from '~/modules/contains-pattern';
import { done, refused, type CommandResult } from '~/modules/command-result';
import type { CreateStaffInput, StaffFilter, UpdateStaffInput } from './staff.schema';

const staffColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

export async function listStaff(actor: SessionUser, filter: StaffFilter) {
  requirePermission(actor, 'staff:manage');
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  return db()
    .select(staffColumns)
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.name));
}

export async function getStaffMember(actor: SessionUser, id: string) {
  requirePermission(actor, 'staff:manage');
  const [member] = await db().select(staffColumns).from(users).where(eq(users.id, id));
  return member ?? null;
}

export async function createStaffMember(
  actor: SessionUser,
  input: CreateStaffInput,
): Promise<CommandResult<{ id: string }>> {
  requirePermission(actor, 'staff:manage');
  const hash = await hashPassword(input.password);
  try {
    const id = await db().transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          role: input.role,
          createdBy: actor.id,
          updatedBy: actor.id,
        })
        .returning({ id: users.id });
      if (!created) throw new Error('insert returned no row');
      await tx.insert(userPasswords).values({ userId: created.id, hash });
      await recordActivity(tx, {
        actorId: actor.id,
        action: 'user.create',
        entityType: 'user',
        entityId: created.id,
        details: { name: input.name, email: input.email, role: input.role },
      });
      return created.id;
    });
    return done({ id });
  } catch (error) {
    if (isUniqueViolation(error)) return refused('email', 'staff.emailTaken');
    throw error;
  }
}

/**
 * Changes to roles and accounts run one at a time, and the acting admin must
 * still be an active admin when theirs runs: two admins demoting or disabling
 * each other at once cannot leave Polku without one.
 */
async function requireStillAdmin(tx: Executor, actor: SessionUser): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('polku.staff-accounts'))`);
  const [current] = await tx
    .select({ role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, actor.id));
  if (current?.role !== 'admin' || current.disabledAt) {
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
  }
}

export async function updateStaffMember(
  actor: SessionUser,
  id: string,
  input: UpdateStaffInput,
): Promise<CommandResult> {
  requirePermission(actor, 'staff:manage');
  try {
    return await db().transaction(async (tx): Promise<CommandResult> => {
      await requireStillAdmin(tx, actor);
      const [before] = await tx
        .select({ name: users.name, email: users.email, role: users.role })
        .from(users)
        .where(eq(users.id, id))
        .for('update');
      if (!before) throw new Response('Not found', { status: 404 });
      // An admin who demotes themselves could leave nobody able to manage accounts.
      if (id === actor.id && input.role !== before.role) {
        return refused('role', 'staff.cannotChangeOwnRole');
      }
      // Only the profile fields, whatever else the caller's object carries.
      const profile = { name: input.name, email: input.email, role: input.role };
      const changes = changedFields(before, profile);
      if (Object.keys(changes).length === 0) return done();
      await tx
        .update(users)
        .set({ ...profile, updatedBy: actor.id, updatedAt: new Date() })
        .where(eq(users.id, id));
      // A new role must take effect at once, not at the next sign-in.
      if (changes.role) await destroySessionsOf(tx, id);
      await recordActivity(tx, {
        actorId: actor.id,
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        details: { changes },
      });
      return done();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused('email', 'staff.emailTaken');
    throw error;
  }
}

/** Disabling ends every session of the account at once. */
export async function setStaffDisabled(
  actor: SessionUser,
  id: string,
  disabled: boolean,
): Promise<CommandResult> {
  requirePermission(actor, 'staff:manage');
  if (id === actor.id && disabled) {
    return refused('', 'staff.cannotDisableSelf');
  }
  await db().transaction(async (tx) => {
    await requireStillAdmin(tx, actor);
    const [updated] = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null, updatedBy: actor.id, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (!updated) throw new Response('Not found', { status: 404 });
    if (disabled) await destroySessionsOf(tx, id);
    await recordActivity(tx, {
      actorId: actor.id,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: id,
    });
  });
  return done();
}

/** An admin sets a new password for someone (e.g. a forgotten one); their sessions end. */
export async function setStaffPassword(actor: SessionUser, id: string, password: string) {
  requirePermission(actor, 'staff:manage');
  const hash = await hashPassword(password);
  await db().transaction(async (tx) => {
    const [target] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
    if (!target) throw new Response('Not found', { status: 404 });
    await upsertPasswordHash(tx, id, hash);
    await destroySessionsOf(tx, id);
    await recordActivity(tx, {
      actorId: actor.id,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
    });
  });
}

async function upsertPasswordHash(tx: Executor, userId: string, hash: string) {
  await tx
    .insert(userPasswords)
    .values({ userId, hash })
    .onConflictDoUpdate({ target: userPasswords.userId, set: { hash, updatedAt: sql`now()` } });
}

/** Anyone changes their own password; their other sessions end, this one stays. */
export async function changeOwnPassword(
  user: SessionUser,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<CommandResult> {
  const [stored] = await db()
    .select({ hash: userPasswords.hash })
    .from(userPasswords)
    .where(eq(userPasswords.userId, user.id));
  if (!(await verifyPassword(stored?.hash ?? null, input.currentPassword))) {
    return refused('currentPassword', 'account.wrongCurrentPassword');
  }
  const hash = await hashPassword(input.newPassword);
  await db().transaction(async (tx) => {
    await upsertPasswordHash(tx, user.id, hash);
    await destroySessionsOf(tx, user.id, sessionId);
    await recordActivity(tx, {
      actorId: user.id,
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return done();
}
