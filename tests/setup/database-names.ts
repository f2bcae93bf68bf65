import crypto from 'node:crypto';

export function templateDatabaseName(): string {
  return `polku_test_template_${process.pid}`;
}

export function uniqueTestDatabaseName(): string {
  return `polku_test_${crypto.randomBytes(6).toString('hex')}`;
}

/** The same server and credentials as DATABASE_URL, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
