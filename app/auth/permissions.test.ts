import { describe, expect, it } from 'vitest';
import { roles, type Role } from '#db/schema/values';
import { requirePermission } from './guards.server';
import { can, permissionRoles, type Permission } from './permissions';
import type { SessionUser } from './session.server';

const userWith = (role: Role): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000000',
  email: `${role}@test.example`,
  name: role,
  role,
  locale: null,
  lastSignInAt: null,
});

describe('the permission model', () => {
  it.each<[Role, Permission[]]>([
    ['admin', ['staff:manage', 'activity:read', 'data-requests:handle']],
    [
      'manager',
      [
        'segments:read',
        'segments:manage',
        'insights:write',
        'service-paths:manage',
        'people:read',
        'offerings:read',
        'offerings:manage',
        'projects:manage',
        'dashboards:read',
        'employers:read',
      ],
    ],
    [
      'coach',
      [
        'segments:read',
        'insights:write',
        'people:read',
        'people:edit',
        'coaching-notes:read',
        'sessions:log',
        'offerings:read',
      ],
    ],
    ['partnership', ['segments:read', 'offerings:read', 'employers:read', 'employers:manage']],
  ])('gives %s exactly its permissions', (role, expected) => {
    const granted = (Object.keys(permissionRoles) as Permission[]).filter((permission) =>
      can({ role }, permission),
    );
    expect(granted.sort()).toEqual([...expected].sort());
  });

  it('never lets partnership staff read coaching notes or people', () => {
    expect(can({ role: 'partnership' }, 'coaching-notes:read')).toBe(false);
    expect(can({ role: 'partnership' }, 'people:read')).toBe(false);
  });

  it('keeps admins out of client data and managers out of staff accounts', () => {
    expect(can({ role: 'admin' }, 'people:read')).toBe(false);
    expect(can({ role: 'manager' }, 'staff:manage')).toBe(false);
    expect(can({ role: 'manager' }, 'people:edit')).toBe(false);
  });

  it('gives nothing to nobody', () => {
    for (const permission of Object.keys(permissionRoles) as Permission[]) {
      expect(can(null, permission)).toBe(false);
    }
  });

  it('requirePermission throws a 403 response for every role without the permission', () => {
    for (const permission of Object.keys(permissionRoles) as Permission[]) {
      for (const role of roles) {
        const check = () => requirePermission(userWith(role), permission);
        if (can({ role }, permission)) {
          expect(check).not.toThrow();
        } else {
          expect(check).toThrow(expect.objectContaining({ status: 403 }));
        }
      }
    }
  });
});
