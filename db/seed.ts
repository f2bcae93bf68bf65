// `npm run db:seed`: loads the demo data into an empty database. Never in production.
// `npm run db:seed -- --scale large [--reset]`: 200 000 people and 2 million
// sessions in a PostgreSQL server, for the benchmark (db/seed/scale/).
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv, openDatabase } from './database';
import { setDatabaseHandle } from './global';
import { demoAccounts, demoPassword } from './seed/demo-data';
import { isDatabaseEmpty, seedDemoData } from './seed/seed-demo';
import { runScaleSeed } from './seed/scale/run-scale-seed';

const usage = 'Usage: npm run db:seed [-- --scale large [--reset]]';

function readArguments() {
  try {
    return parseArgs({
      options: { scale: { type: 'string' }, reset: { type: 'boolean', default: false } },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

async function seedDemo() {
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
}

const args = readArguments();
if (args.scale !== undefined) {
  process.exitCode = await runScaleSeed(args.scale, { reset: args.reset });
} else if (args.reset) {
  console.error(`--reset belongs to a scale seed.\n${usage}`);
  process.exitCode = 2;
} else {
  await seedDemo();
}
