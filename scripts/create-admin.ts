// `npm run admin:create -- --email someone@uas.fi --name "First Last"`: the first
// admin of a production installation (which never gets demo accounts). Prints a
// generated password once; the admin changes it under Your account.
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recordActivity } from '../app/modules/activity/record-activity.server';
import { databaseConfigFromEnv, openDatabase } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { insertStaffUser } from '../db/factories/staff';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const input = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    name: z.string().trim().min(1).max(120),
  })
  .safeParse(values);
if (!input.success) {
  console.error('Usage: npm run admin:create -- --email someone@example.org --name "First Last"');
  process.exit(2);
}

const password = crypto.randomBytes(15).toString('base64url');
const handle = await openDatabase(databaseConfigFromEnv());
try {
  await handle.migrate();
  await handle.db.transaction(async (tx) => {
    const user = await insertStaffUser(tx, { ...input.data, role: 'admin', password });
    await recordActivity(tx, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      details: { name: user.name, email: user.email, role: 'admin', via: 'admin:create' },
    });
  });
  console.info(`Admin ${input.data.email} created. Password (shown once): ${password}`);
} catch (error) {
  if (!isUniqueViolation(error)) throw error;
  console.error(`An account with the email ${input.data.email} already exists.`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
