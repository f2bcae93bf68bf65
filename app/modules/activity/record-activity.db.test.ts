import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activityLog, users } from '#db/schema';
import { db } from '~/db.server';
import { createStaff } from '../../../tests/support/staff';
import { changedFields, recordActivity } from './record-activity.server';

describe('the activity log helper', () => {
  it('records who did what to which record, with details', async () => {
    const admin = await createStaff('admin');
    await db().transaction((tx) =>
      recordActivity(tx, {
        actorId: admin.id,
        action: 'test.thing',
        entityType: 'user',
        entityId: admin.id,
        details: { a: 1 },
      }),
    );
    const [entry] = await db()
      .select()
      .from(activityLog)
      .where(eq(activityLog.action, 'test.thing'));
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityType: 'user',
      entityId: admin.id,
      details: { a: 1 },
    });
    expect(entry?.createdAt).toBeInstanceOf(Date);
  });

  it('is lost together with the change when the transaction fails', async () => {
    const admin = await createStaff('admin');
    const failed = db().transaction(async (tx) => {
      await tx.update(users).set({ name: 'Changed' }).where(eq(users.id, admin.id));
      await recordActivity(tx, {
        actorId: admin.id,
        action: 'test.rolled_back',
        entityType: 'user',
        entityId: admin.id,
      });
      throw new Error('the write fails after the log entry');
    });
    await expect(failed).rejects.toThrow('the write fails');
    expect(
      await db().select().from(activityLog).where(eq(activityLog.action, 'test.rolled_back')),
    ).toEqual([]);
    const [row] = await db().select().from(users).where(eq(users.id, admin.id));
    expect(row?.name).toBe(admin.name);
  });

  it('describes a change by the fields that differ', () => {
    expect(changedFields({ name: 'A', role: 'coach' }, { name: 'A', role: 'manager' })).toEqual({
      role: { from: 'coach', to: 'manager' },
    });
  });
});
