import path from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// The same import aliases as tsconfig.json and the Remix build.
const resolve: ViteUserConfig['resolve'] = {
  alias: [
    { find: /^~\//, replacement: `${path.resolve('app')}/` },
    { find: /^#db\//, replacement: `${path.resolve('db')}/` },
  ],
};

const env = {
  SESSION_SECRET: 'test-session-secret',
  POLKU_SESSION_IDLE_MINUTES: '30',
  POLKU_SESSION_MAX_HOURS: '12',
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['app/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'server/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/validation.ts'],
          env,
        },
      },
      {
        // Tests that touch the database: each file gets its own freshly
        // migrated database, PGlite by default or PostgreSQL with DATABASE_URL.
        resolve,
        test: {
          name: 'db',
          include: ['app/**/*.db.test.ts', 'db/**/*.db.test.ts', 'tests/**/*.db.test.ts'],
          globalSetup: ['tests/setup/database-template.ts'],
          setupFiles: [
            'tests/setup/fail-on-console-error.ts',
            'tests/setup/validation.ts',
            'tests/setup/database-per-file.ts',
          ],
          env,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
