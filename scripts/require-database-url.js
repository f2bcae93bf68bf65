// `npm run test:pg` is meant for a real PostgreSQL server; without one it would
// quietly test PGlite again.
if (!process.env.DATABASE_URL) {
  console.error('test:pg needs DATABASE_URL=postgres://user:password@host:5432/database');
  process.exit(1);
}
