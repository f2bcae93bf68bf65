// `npm run db:seed`: loads the demo data into an empty database. Never in production.
import { databaseConfigFromEnv, openDatabase } from './database';
import { setDatabaseHandle } from './global';
import { demoAccounts, demoPassword } from './seed/demo-data';
import { isDatabaseEmpty, seedDemoData } from './seed/seed-demo';

const handle = await openDatabase(databaseConfigFromEnv());
setDatabaseHandle(handle);
try {
  await handle.migrate();
  if (!(await isDatabaseEmpty(handle.db))) {
    console.info(`${handle.description} already has data; the demo data was not loaded.`);
  } else {
    await seedDemoData(handle.db);
    console.info(
      `Demo data loaded into ${handle.description}. Sign in with (password ${demoPassword}):`,
    );
    for (const account of demoAccounts)
      console.info(`  ${account.email.padEnd(24)} ${account.role}`);
  }
} finally {
  await handle.close();
}
