// Brings a database up to date, as its owner: the drizzle-kit migrations in ./migrations, the job
// queue's schema, and the application role with its grants. Safe to run from several processes at once.
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateJobQueue } from '../jobs/job-queue-schema.js';
import { applicationDatabaseUrl, applicationRole, prepareApplicationRole } from './application-role.js';
import { connectOwnerDatabase } from './client.js';

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Migrates the database at `ownerUrl` and returns the URL the application connects with. */
export async function migrateDatabase(ownerUrl: string, options: { secretKey: string }): Promise<string> {
  const handle = connectOwnerDatabase(ownerUrl);
  const role = applicationRole(options.secretKey);
  try {
    // One migrator at a time: a second process waits here and then finds nothing left to do.
    await handle.sql`select pg_advisory_lock(7262837201)`;
    // Row-level security is forced on the tenant tables: a data migration after 0004 lifts FORCE on the
    // tables it touches for its own transaction, as 0005 does (the scope roles get their grants below).
    await migrate(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
    await migrateJobQueue(ownerUrl);
    await prepareApplicationRole(handle.sql, role);
  } finally {
    await handle.close();
  }
  return applicationDatabaseUrl(ownerUrl, role);
}
