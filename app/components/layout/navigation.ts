import type { Role } from '#db/schema/values';
import { can, type Permission } from '~/auth/permissions';

export interface NavItem {
  to: string;
  /** Key under `nav` in the translations. */
  label: 'home' | 'segments' | 'people' | 'myWork' | 'paths' | 'staff' | 'activity';
  permission?: Permission;
  group?: 'admin';
}

/**
 * The product's areas. Each later area (offerings, projects, employers,
 * dashboard) is added here when it is built, never before.
 */
export const navItems: NavItem[] = [
  { to: '/', label: 'home' },
  { to: '/sessions', label: 'myWork', permission: 'sessions:log' },
  { to: '/people', label: 'people', permission: 'people:read' },
  { to: '/segments', label: 'segments', permission: 'segments:read' },
  { to: '/paths', label: 'paths', permission: 'people:read' },
  { to: '/admin/users', label: 'staff', permission: 'staff:manage', group: 'admin' },
  { to: '/admin/activity', label: 'activity', permission: 'activity:read', group: 'admin' },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.permission || can({ role }, item.permission));
}
