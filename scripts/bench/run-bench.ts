// `npm run build && npm run bench`: measures the people list and the person
// page on the scale-seeded PostgreSQL in DATABASE_URL. See
// docs/benchmarks/people-and-sessions.md.
import os from 'node:os';
import postgres from 'postgres';
import { benchEmails, benchPassword } from '../../db/seed/scale/bench-accounts';
import { startAppServer } from './app-server';
import { readBenchFixtures, type BenchFixtures } from './bench-fixtures';
import { readBenchOptions, usage, type BenchOptions } from './bench-options';
import { asDataRequest, benchScenarios, p95TargetMs, type Scenario } from './bench-scenarios';
import { runLoad } from './load-test';
import { openPlanChecker } from './query-plans';
import { markdownTable, milliseconds } from './report-table';
import { signIn } from './sign-in';

/** Prints what the numbers were measured on, and reads the scenarios' ids from the database. */
async function prepare(databaseUrl: string): Promise<BenchFixtures> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [server] = await sql<{ version: string; people: number; sessions: number }[]>`
      select current_setting('server_version') as version,
        (select count(*) from people)::int as people,
        (select count(*) from coaching_sessions)::int as sessions`;
    console.info(
      `Node ${process.version}, ${os.availableParallelism()} cores, PostgreSQL ${server!.version}; ` +
        `${server!.people} people, ${server!.sessions} sessions.`,
    );
    return await readBenchFixtures(sql);
  } finally {
    await sql.end();
  }
}

/** Checks that no page query reads a large table whole; returns the number of such reads. */
async function checkPlans(databaseUrl: string, fixtures: BenchFixtures, scenarios: Scenario[]) {
  const checker = openPlanChecker(databaseUrl);
  const rows: string[][] = [];
  let problems = 0;
  try {
    for (const scenario of scenarios) {
      const report = await checker.check(fixtures[scenario.as], scenario.loaderCalls);
      problems += report.problems.length;
      const largest = report.largestScan;
      rows.push([
        scenario.name,
        `${report.queries} (${report.genericPlans})`,
        report.slowestMs.toFixed(1),
        largest ? `${largest.rows} (${largest.table})` : '–',
        report.indexes.join(', '),
        report.seqScans.join(', ') || '–',
        report.problems.length
          ? `SEQ SCAN on ${report.problems.map((p) => (p.generic ? `${p.table} (generic plan)` : p.table)).join(', ')}`
          : 'ok',
      ]);
      for (const problem of report.problems) {
        const plan = problem.generic ? ' (generic plan)' : '';
        console.error(
          `Seq Scan on ${problem.table}${plan} in "${scenario.name}":\n  ${problem.sql}\n`,
        );
      }
      for (const warning of report.warnings) {
        console.warn(
          `"${scenario.name}" reads ${warning.rows} rows of ${warning.table} for one page:\n  ${warning.sql}\n`,
        );
      }
    }
  } finally {
    await checker.close();
  }
  console.info(
    '\nQuery plans (EXPLAIN ANALYZE of every query the pages send, run one at a time):\n',
  );
  console.info(
    markdownTable(
      [
        'scenario',
        'queries (generic plans)',
        'slowest query ms',
        'most rows one scan read',
        'indexes used',
        'seq scans',
        'check',
      ],
      rows,
    ),
  );
  return problems;
}

/** Runs every scenario over HTTP; returns how many failed (non-2xx) or missed the target. */
async function measure(databaseUrl: string, options: BenchOptions, scenarios: Scenario[]) {
  const server = await startAppServer(databaseUrl);
  const rows: (string | number)[][] = [];
  let failed = 0;
  let missed = 0;
  try {
    const cookies = {
      manager: await signIn(server.origin, benchEmails.manager, benchPassword),
      coach: await signIn(server.origin, benchEmails.coach, benchPassword),
    };
    const all = options.data ? [...scenarios, ...scenarios.map(asDataRequest)] : scenarios;
    console.info(
      `\nLoad: ${options.connections} connections, ${options.duration} s per scenario ` +
        `after ${options.warmup} s of warm-up, against ${server.origin} (NODE_ENV=production).\n`,
    );
    for (const scenario of all) {
      const result = await runLoad({
        url: server.origin + scenario.path,
        cookie: cookies[scenario.as],
        connections: options.connections,
        duration: options.duration,
        warmup: options.warmup,
      });
      if (result.failures > 0) {
        failed++;
        console.error(
          `"${scenario.name}": ${result.failures} failed, ${JSON.stringify(result.statusCodes)}`,
        );
      }
      const onTarget = result.p95 < p95TargetMs;
      if (!onTarget) missed++;
      rows.push([
        scenario.name,
        result.requests,
        milliseconds(result.p50),
        milliseconds(result.p95),
        milliseconds(result.p99),
        result.requestsPerSecond.toFixed(0),
        result.failures,
        onTarget ? 'yes' : 'NO',
      ]);
    }
  } finally {
    await server.stop();
  }
  console.info(
    markdownTable(
      [
        'scenario',
        'requests',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'req/s',
        'non-2xx',
        `p95 < ${p95TargetMs} ms`,
      ],
      rows,
    ),
  );
  return { failed, missed };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = readBenchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    console.error(
      'npm run bench needs DATABASE_URL=postgres://… of a database seeded with --scale large.',
    );
    return 2;
  }
  const fixtures = await prepare(databaseUrl);
  const scenarios = benchScenarios(fixtures);
  const problems = await checkPlans(databaseUrl, fixtures, scenarios);
  if (options.plansOnly) return problems ? 1 : 0;

  const { failed, missed } = await measure(databaseUrl, options, scenarios);
  if (problems) console.error(`\n${problems} page queries read a large table whole (see above).`);
  if (failed) console.error(`${failed} scenarios had non-2xx responses.`);
  if (missed) console.warn(`${missed} scenarios missed p95 < ${p95TargetMs} ms.`);
  return problems || failed || (options.enforceTargets && missed) ? 1 : 0;
}

process.exitCode = await main();
