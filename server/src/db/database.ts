// Chooses the database: the server at DATABASE_URL, or the embedded PostgreSQL under DATA_DIR.
import postgres from 'postgres';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';

export const EMBEDDED_DATABASE_NAME = 'coverline';

export type DatabaseLocation = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function locateDatabase(config: Config, logger: Logger): Promise<DatabaseLocation> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  if (config.isProduction) logger.warn({ dataDir: config.dataDir }, 'running the embedded PostgreSQL in production (EMBEDDED_DATABASE=true): back up DATA_DIR yourself');
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger, withoutFsync: config.embeddedPgWithoutFsync });
  await createDatabaseIfMissing(embedded.url('postgres'), EMBEDDED_DATABASE_NAME);
  return { url: embedded.url(EMBEDDED_DATABASE_NAME), embedded: true, stop: embedded.stop };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!existing) {
      await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
