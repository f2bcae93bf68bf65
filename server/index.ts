import cluster from 'node:cluster';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { broadcastDevReady, type ServerBuild } from '@remix-run/node';
import { isProductionDeployment } from '../app/config/runtime-env';
import { purgeEndedSessions } from '../app/auth/session.server';
import { databaseConfigFromEnv, openDatabase, type DatabaseConfig } from '../db/database';
import { FolderLockedError } from '../db/folder-lock';
import { setDatabaseHandle } from '../db/global';
import { demoAccounts, demoPassword } from '../db/seed/demo-data';
import { isDatabaseEmpty, seedDemoData } from '../db/seed/seed-demo';
import { createApp } from './app';

const development = process.env.NODE_ENV === 'development';
const production = isProductionDeployment();
const port = Number(process.env.PORT) || 3000;
const buildPath = path.resolve('build/index.js');
const shutdownGraceMs = 10_000;

/** TRUST_PROXY=1 trusts one proxy hop; a list of addresses or subnets trusts those; 0 or unset, none. */
function trustProxySetting(value: string | undefined): number | string | false {
  const setting = value?.trim();
  if (!setting || setting === '0') return false;
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

/** Demo data only on the embedded database and never in production. */
function isDemoMode(config: DatabaseConfig): boolean {
  return config.driver === 'pglite' && !production && process.env.POLKU_DEMO !== '0';
}

async function importBuild(): Promise<ServerBuild> {
  // The query string makes Node load a rebuilt file instead of its cached module.
  const url = `${pathToFileURL(buildPath).href}?t=${fs.statSync(buildPath).mtimeMs}`;
  return (await import(url)) as ServerBuild;
}

/** In development the build is re-imported after each rebuild by `remix dev`. */
async function developmentBuild(): Promise<() => Promise<ServerBuild>> {
  let current = importBuild();
  await broadcastDevReady(await current);
  fs.watch(path.dirname(buildPath), { persistent: false }, (_event, file) => {
    if (file !== 'index.js') return;
    current = importBuild();
    void current.then((build) => broadcastDevReady(build));
  });
  return () => current;
}

async function main() {
  const config = databaseConfigFromEnv();
  const handle = await openDatabase(config);
  setDatabaseHandle(handle);
  await handle.migrate();

  const demo = isDemoMode(config);
  if (demo && (await isDatabaseEmpty(handle.db))) {
    console.info('Loading demo data…');
    await seedDemoData(handle.db);
  }
  await purgeEndedSessions();
  const purgeTimer = setInterval(() => void purgeEndedSessions().catch(() => {}), 60 * 60_000);
  purgeTimer.unref();

  const build = development ? await developmentBuild() : await importBuild();
  const app = createApp({
    build,
    development,
    production,
    trustProxy: trustProxySetting(process.env.TRUST_PROXY),
  });
  const server = app.listen(port, () => {
    console.info(`Polku is running at http://localhost:${port}`);
    console.info(`Database: ${handle.description}`);
    if (demo) {
      console.info(`Demo sign-ins (password: ${demoPassword}):`);
      for (const account of demoAccounts) {
        console.info(`  ${account.email.padEnd(24)} ${account.role}`);
      }
    }
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal} received: finishing open requests, then closing the database.`);
    const force = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
    force.unref();
    server.close(() => {
      void handle.close().finally(() => process.exit(0));
    });
    // Idle keep-alive connections would hold server.close() open.
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * WEB_CONCURRENCY=n runs n server processes on one port, to use every core of
 * a machine. They share nothing but the PostgreSQL server (sessions and rate
 * limits live there), exactly like instances behind a load balancer, so this
 * needs DATABASE_URL: the embedded database belongs to one process.
 */
function workerCount(): number {
  const count = Math.floor(Number(process.env.WEB_CONCURRENCY) || 1);
  return Math.max(1, Math.min(count, 64));
}

function runWorkers(count: number) {
  let stopping = false;
  let exitCode = 0;
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  cluster.on('exit', (worker, code) => {
    if (!stopping) {
      // A worker that failed would fail again: stop them all rather than loop.
      console.error(`Polku worker ${worker.process.pid} exited (${code}); stopping the others.`);
      exitCode = code || 1;
      stopAll();
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
  });
  for (let index = 0; index < count; index += 1) cluster.fork();
  process.on('SIGTERM', () => stopping || stopAll());
  process.on('SIGINT', () => stopping || stopAll());
}

const workers = workerCount();
if (cluster.isPrimary && workers > 1) {
  if (databaseConfigFromEnv().driver !== 'postgres' || development) {
    console.error('Polku did not start: WEB_CONCURRENCY above 1 needs DATABASE_URL and a build.');
    process.exit(1);
  }
  runWorkers(workers);
} else {
  startServer();
}

function startServer() {
  main().catch((error: unknown) => {
    if (error instanceof FolderLockedError) {
      console.error(`Polku did not start: ${error.message}`);
    } else {
      console.error('Polku did not start:', error);
    }
    process.exit(1);
  });
}
