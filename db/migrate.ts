// `npm run db:migrate`: applies the committed migrations to the database that
// DATABASE_URL names, or to the embedded one in .data/ (stop the server first).
import { databaseConfigFromEnv, openDatabase } from './database';

const handle = await openDatabase(databaseConfigFromEnv());
try {
  await handle.migrate();
  console.info(`Migrations applied to ${handle.description}.`);
} finally {
  await handle.close();
}
