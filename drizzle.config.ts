import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; both the embedded
// PGlite database and a real PostgreSQL server apply the same files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});
