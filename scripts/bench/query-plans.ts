import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { SessionUser } from '../../app/auth/session.server';
import type { DatabaseHandle } from '../../db/database';
import { setDatabaseHandle } from '../../db/global';
import * as schema from '../../db/schema';

/** Tables big enough that reading them whole would make a page slow. */
export const largeTables = ['people', 'coaching_sessions', 'stage_changes'];

/** A scan that reads more rows than this for one page is worth a look (the count stops at 10 001). */
export const rowsReadWarning = 20_000;

interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

interface ScanFinding {
  table: string;
  rows: number;
  sql: string;
  /** Found in the generic plan PostgreSQL may switch a prepared statement to. */
  generic?: boolean;
}

export interface PlanReport {
  queries: number;
  /** How many of the queries could be prepared to show their generic plan. */
  genericPlans: number;
  /** Every index any of the queries reads, in the order first seen. */
  indexes: string[];
  /** Tables read whole, each named once. */
  seqScans: string[];
  /** The longest one query took to run, in ms (EXPLAIN ANALYZE). */
  slowestMs: number;
  /** The scan that read the most rows, counting those its filter threw away. */
  largestScan: ScanFinding | null;
  /** Seq scans of `largeTables`, in the plan run or in the generic plan: these fail the check. */
  problems: ScanFinding[];
  /** Scans that read more than `rowsReadWarning` rows. */
  warnings: ScanFinding[];
}

const scanTypes = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** A parameter as an SQL literal of unknown type, which PostgreSQL casts to the parameter's type. */
function literal(value: unknown): string {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  if (value === null) return 'null';
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      item === null ? 'NULL' : `"${String(item).replace(/["\\]/g, '\\$&')}"`,
    );
    return quote(`{${items.join(',')}}`);
  }
  return quote(String(value));
}

/** Rows a scan node looked at: returned plus filtered out, over all its loops. */
function rowsRead(node: PlanNode): number {
  const perLoop =
    (node['Actual Rows'] ?? 0) +
    (node['Rows Removed by Filter'] ?? 0) +
    (node['Rows Removed by Index Recheck'] ?? 0);
  return Math.round(perLoop * (node['Actual Loops'] ?? 1));
}

/**
 * Runs the app's own query functions in this process against a postgres.js
 * client whose `debug` hook records each statement and its parameters, then
 * has PostgreSQL EXPLAIN ANALYZE every one of them with the same parameters,
 * and EXPLAIN the generic plan too. What is checked is the SQL the pages
 * really send, not a copy of it.
 */
export function openPlanChecker(databaseUrl: string) {
  let recording: CapturedQuery[] | null = null;
  const client = postgres(databaseUrl, {
    max: 4,
    onnotice: () => {},
    debug: (_connection, sql, parameters) => {
      // postgres.js reads the catalogue's array types on each new connection: not a page query.
      if (sql.includes('pg_catalog.')) return;
      recording?.push({ sql, parameters: [...(parameters as unknown[])] });
    },
  });
  const handle: DatabaseHandle = {
    db: drizzle(client, { schema }),
    driver: 'postgres',
    description: 'query-plan check',
    migrate: () => Promise.reject(new Error('the plan check never migrates')),
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
  setDatabaseHandle(handle);

  async function explain(query: CapturedQuery) {
    // Only a plain SELECT is run for real; anything else is planned, not executed.
    const analyze = /^\s*select\b/i.test(query.sql) && !/\bfor (update|share)\b/i.test(query.sql);
    const rows = await client.unsafe<
      { 'QUERY PLAN': { Plan: PlanNode; 'Execution Time'?: number }[] }[]
    >(
      `explain (format json${analyze ? ', analyze' : ''}) ${query.sql}`,
      query.parameters as postgres.ParameterOrJSON<never>[],
    );
    const result = rows[0]!['QUERY PLAN'][0]!;
    return { plan: result.Plan, executionMs: result['Execution Time'] ?? 0 };
  }

  /**
   * postgres.js sends prepared statements, and after five runs PostgreSQL may
   * use one generic plan for any parameters. This is that plan; null when the
   * statement cannot be prepared on its own (a parameter of no inferable type).
   */
  let prepared = 0;
  async function genericPlan(query: CapturedQuery): Promise<PlanNode | null> {
    const name = `bench_plan_${++prepared}`;
    try {
      return await client.begin(async (tx) => {
        await tx`set local plan_cache_mode = force_generic_plan`;
        await tx.unsafe(`prepare ${name} as ${query.sql}`);
        const values = query.parameters.map(literal).join(', ');
        const rows = await tx.unsafe<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
          `explain (format json) execute ${name}${values ? `(${values})` : ''}`,
        );
        await tx.unsafe(`deallocate ${name}`);
        return rows[0]!['QUERY PLAN'][0]!.Plan;
      });
    } catch {
      return null;
    }
  }

  return {
    /** Runs the calls as the user and reports the plans of every query they sent. */
    async check(
      user: SessionUser,
      calls: (user: SessionUser) => Promise<unknown>,
    ): Promise<PlanReport> {
      const captured: CapturedQuery[] = [];
      recording = captured;
      try {
        await calls(user);
      } finally {
        recording = null;
      }
      const report: PlanReport = {
        queries: captured.length,
        genericPlans: 0,
        indexes: [],
        seqScans: [],
        slowestMs: 0,
        largestScan: null,
        problems: [],
        warnings: [],
      };
      for (const query of captured) {
        const generic = await genericPlan(query);
        if (generic) {
          report.genericPlans++;
          walk(generic, (node) => {
            const table = node['Relation Name'];
            if (node['Node Type'] === 'Seq Scan' && table && largeTables.includes(table)) {
              report.problems.push({ table, rows: 0, sql: query.sql, generic: true });
            }
          });
        }
        const { plan, executionMs } = await explain(query);
        report.slowestMs = Math.max(report.slowestMs, executionMs);
        walk(plan, (node) => {
          const index = node['Index Name'];
          if (index && !report.indexes.includes(index)) report.indexes.push(index);
          const table = node['Relation Name'];
          if (!table || !scanTypes.has(node['Node Type'])) return;
          const finding = { table, rows: rowsRead(node), sql: query.sql };
          if (!report.largestScan || finding.rows > report.largestScan.rows) {
            report.largestScan = finding;
          }
          if (finding.rows > rowsReadWarning) report.warnings.push(finding);
          if (node['Node Type'] !== 'Seq Scan') return;
          if (!report.seqScans.includes(table)) report.seqScans.push(table);
          if (largeTables.includes(table)) report.problems.push(finding);
        });
      }
      return report;
    },
    close: () => handle.close(),
  };
}
