import { getDatabaseHandle } from '~/db.server';

const timeoutMs = 2_000;

/** For load balancers: 200 when this instance can reach its database, 503 when not. */
export async function loader() {
  const headers = { 'Cache-Control': 'no-store' };
  try {
    const handle = getDatabaseHandle();
    await Promise.race([
      handle.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return Response.json({ status: 'ok', database: handle.driver }, { headers });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503, headers });
  }
}
