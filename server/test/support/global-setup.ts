// Starts one PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL) and migrates a template
// database once, with the default job-code catalogue; every test file then works in its own copy (see test-server.ts).
import type { TestProject } from 'vitest/node';
import pino from 'pino';
import postgres from 'postgres';
import path from 'node:path';
import { DEVELOPMENT_SECRET_KEY, REPO_ROOT } from '../../src/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { connectOwnerDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { loadDefaultCatalogueIfEmpty } from '../../src/seed/catalogue.js';

export const TEMPLATE_DATABASE = 'coverline_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | undefined;

export async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: process.env.TEST_EMBEDDED_PG_DIR ?? path.join(REPO_ROOT, '.data/test'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 25439),
      logger: pino({ level: 'silent' }),
      withoutFsync: true,
    });
    adminUrl = embedded.url('postgres');
  }
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const leftovers = await sql<{ datname: string }[]>`select datname from pg_database where datname like 'coverline_test_%'`;
    for (const { datname } of leftovers) await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    await sql.unsafe(`create database "${TEMPLATE_DATABASE}"`);
  } finally {
    await sql.end();
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  // Test servers run with the development secret, so the application role's password is the same.
  await migrateDatabase(templateUrl, { secretKey: DEVELOPMENT_SECRET_KEY });
  const template = connectOwnerDatabase(templateUrl, { max: 1 });
  try {
    await loadDefaultCatalogueIfEmpty(template.db);
  } finally {
    await template.close();
  }
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
}

export async function teardown() {
  await embedded?.stop();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
