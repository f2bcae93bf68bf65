import type { Role } from '#db/schema/values';

/**
 * What each role may do. The server checks these in every loader and action
 * (requirePermission); the UI uses them only to hide what would be refused.
 * Record-level scope (a coach's caseload) is applied inside the queries.
 * See docs/decisions/0003-permission-model.md.
 */
export const permissionRoles = {
  'staff:manage': ['admin'],
  'activity:read': ['admin'],
  'data-requests:handle': ['admin'],
  'segments:read': ['manager', 'coach', 'partnership'],
  'segments:manage': ['manager'],
  /** Customer understanding is gathered by coaches as well as managers. */
  'insights:write': ['manager', 'coach'],
  'service-paths:manage': ['manager'],
  'people:read': ['manager', 'coach'],
  'people:edit': ['coach'],
  /** Session notes and next steps are guidance data: managers see volumes and topics, not the text. */
  'coaching-notes:read': ['coach'],
  'sessions:log': ['coach'],
  'offerings:read': ['manager', 'coach', 'partnership'],
  'offerings:manage': ['manager'],
  'projects:manage': ['manager'],
  'dashboards:read': ['manager'],
  'employers:read': ['manager', 'partnership'],
  'employers:manage': ['partnership'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return (permissionRoles[permission] as readonly Role[]).includes(user.role);
}
