import type { Role } from '#db/schema/values';
import { insertStaffUser } from '#db/factories/staff';
import { db } from '#db/global';
import type { SessionUser } from '~/auth/session.server';

export const testPassword = 'correct horse battery staple';
let counter = 0;

/** A staff account in the test database, shaped as the guards hand it to modules. */
export async function createStaff(
  role: Role,
  overrides: { email?: string; disabled?: boolean } = {},
) {
  counter += 1;
  const user = await insertStaffUser(db(), {
    email: overrides.email ?? `${role}-${counter}@test.example`,
    name: `Test ${role} ${counter}`,
    role,
    password: testPassword,
    disabled: overrides.disabled,
  });
  const sessionUser: SessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    lastSignInAt: user.lastSignInAt,
  };
  return sessionUser;
}
