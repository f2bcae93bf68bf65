import { hashPassword } from '../../app/auth/password.server';
import type { Executor } from '../database';
import { userPasswords, users } from '../schema';
import type { Locale, Role } from '../schema/values';

export interface StaffInput {
  email: string;
  name: string;
  role: Role;
  password: string;
  locale?: Locale | null;
  disabled?: boolean;
}

/** Inserts a staff account with its password hash; used by the demo seed and the tests. */
export async function insertStaffUser(tx: Executor, input: StaffInput) {
  const [user] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      role: input.role,
      locale: input.locale ?? null,
      disabledAt: input.disabled ? new Date() : null,
    })
    .returning();
  if (!user) throw new Error('insert returned no row');
  await tx
    .insert(userPasswords)
    .values({ userId: user.id, hash: await hashPassword(input.password) });
  return user;
}
