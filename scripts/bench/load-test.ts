import autocannon from 'autocannon';
import { percentile } from './percentile';

export interface LoadResult {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Responses that were not 2xx, plus connection errors (timeouts included). */
  failures: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  cookie: string;
  connections: number;
  duration: number;
  warmup: number;
}

/**
 * Runs autocannon against one URL. autocannon's own histogram has p50, p90,
 * p97.5 and p99 but no p95, and records 2xx responses only; so every response
 * time is recorded here and the percentiles are exact nearest-rank values over
 * all responses.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    headers: { cookie: options.cookie },
    timeout: 30,
    ...(options.warmup > 0
      ? { warmup: { connections: options.connections, duration: options.warmup } }
      : {}),
  });
  instance.on('response', (_client, _status, _bytes, milliseconds) => times.push(milliseconds));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: times.length / result.duration,
    failures: result.non2xx + result.errors,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]),
    ),
  };
}
