import crypto from 'node:crypto';
import { hashPassword } from '../../../app/auth/password.server';
import type { Executor } from '../../database';
import { insertStaffUser } from '../../factories/staff';
import { userPasswords, users } from '../../schema';
import { benchEmails, benchPassword } from './bench-accounts';
import { staffName } from './scale-names';

export interface ScaleStaff {
  managerIds: string[];
  benchCoachId: string;
  /** The other coaches. */
  coachIds: string[];
}

/**
 * Two managers and the coaches. The bench manager and the bench coach can sign
 * in with the bench password; the rest share one hash of a random password
 * nobody knows, as hashing 150 passwords with argon2 would take longer than
 * the whole people table.
 */
export async function createScaleStaff(db: Executor, coachCount: number): Promise<ScaleStaff> {
  const manager = await insertStaffUser(db, {
    email: benchEmails.manager,
    name: staffName(0),
    role: 'manager',
    password: benchPassword,
  });
  const benchCoach = await insertStaffUser(db, {
    email: benchEmails.coach,
    name: staffName(1),
    role: 'coach',
    password: benchPassword,
  });
  const others = await db
    .insert(users)
    .values([
      { email: 'bench.manager2@example.org', name: staffName(2), role: 'manager' as const },
      ...Array.from({ length: coachCount - 1 }, (_, index) => ({
        email: `bench.coach${String(index + 2).padStart(3, '0')}@example.org`,
        name: staffName(index + 3),
        role: 'coach' as const,
      })),
    ])
    .returning({ id: users.id, role: users.role });
  const unusableHash = await hashPassword(crypto.randomBytes(32).toString('base64url'));
  await db
    .insert(userPasswords)
    .values(others.map(({ id }) => ({ userId: id, hash: unusableHash })));
  return {
    managerIds: [manager.id, ...others.filter((u) => u.role === 'manager').map((u) => u.id)],
    benchCoachId: benchCoach.id,
    coachIds: others.filter((u) => u.role === 'coach').map((u) => u.id),
  };
}
