import { and, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { people } from '#db/schema';
import type { SessionUser } from '~/auth/session.server';
import { db, type Executor } from '~/db.server';
import { phoneDigits } from './phone-number';
import { visiblePeople } from './people-scope.server';

export type DuplicateReason = 'email' | 'phone' | 'nameAndBirthYear';

export interface LikelyDuplicates {
  /** Matches the user may open, with what matched. */
  visible: {
    id: string;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    birthYear: number | null;
    reasons: DuplicateReason[];
  }[];
  /** Matches outside the user's caseload: counted, never named. */
  hiddenCount: number;
}

interface Identity {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthYear: number | null;
}

/**
 * People who are probably the person being saved: the same email, the same
 * phone number, or the same name and birth year. Every client is checked,
 * because a duplicate in another caseload is a duplicate all the same; but only
 * those the user may read are shown, the rest only counted.
 */
export async function findLikelyDuplicates(
  user: SessionUser,
  identity: Identity,
  { exceptId, executor = db() }: { exceptId?: string; executor?: Executor } = {},
): Promise<LikelyDuplicates> {
  const email = identity.email?.toLowerCase() ?? null;
  const phone = identity.phone ? phoneDigits(identity.phone) : null;
  const matches: SQL[] = [];
  if (email) matches.push(sql`lower(${people.email}) = ${email}`);
  if (phone) matches.push(eq(people.phoneDigits, phone));
  if (identity.birthYear !== null) {
    matches.push(
      and(
        sql`lower(${people.lastName}) = ${identity.lastName.toLowerCase()}`,
        sql`lower(${people.firstName}) = ${identity.firstName.toLowerCase()}`,
        eq(people.birthYear, identity.birthYear),
      )!,
    );
  }
  if (!matches.length) return { visible: [], hiddenCount: 0 };
  const rows = await executor
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      phone: people.phone,
      phoneDigits: people.phoneDigits,
      birthYear: people.birthYear,
      visible: sql<boolean>`coalesce(${visiblePeople(user)}, false)`,
    })
    .from(people)
    .where(
      and(
        sql`${people.deletedAt} is null`,
        or(...matches),
        exceptId ? ne(people.id, exceptId) : undefined,
      ),
    )
    .limit(50);

  const visible = rows
    .filter((row) => row.visible)
    .map(({ visible: _visible, phoneDigits: digits, ...row }) => ({
      ...row,
      reasons: [
        ...(email && row.email?.toLowerCase() === email ? (['email'] as const) : []),
        ...(phone && digits === phone ? (['phone'] as const) : []),
        ...(identity.birthYear !== null &&
        row.birthYear === identity.birthYear &&
        row.firstName.toLowerCase() === identity.firstName.toLowerCase() &&
        row.lastName.toLowerCase() === identity.lastName.toLowerCase()
          ? (['nameAndBirthYear'] as const)
          : []),
      ],
    }));
  return { visible, hiddenCount: rows.length - visible.length };
}

export function hasDuplicates(duplicates: LikelyDuplicates): boolean {
  return duplicates.visible.length > 0 || duplicates.hiddenCount > 0;
}
