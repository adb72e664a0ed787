// The whole server, as `pnpm start` runs it, on this test file's own database copy: real HTTP, real
// job worker, real SMTP delivery into an in-process inbox, and a clock the test can move forward.
import { inject } from 'vitest';
import pino from 'pino';
import postgres from 'postgres';
import { startCoverline, type RunningCoverline } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { connectOwnerDatabase, type OwnerDatabase, type StatementObserver } from '../../src/db/client.js';
import { GraphQLClient } from './graphql-client.js';
import { SmtpInbox } from './smtp-inbox.js';
import { withDatabase } from './global-setup.js';

export const OPERATOR_KEY = 'test-operator-key-0123456789';

export type TestServer = {
  url: string;
  databaseUrl: string;
  coverline: RunningCoverline;
  /** The owner's connection (a superuser here, so row-level security does not apply): for setting up and inspecting data. */
  db: OwnerDatabase;
  inbox: SmtpInbox;
  clock: { advance: (ms: number) => void; now: () => Date };
  client: (app: 'agency' | 'facility' | 'contractor') => GraphQLClient;
  apiClient: (apiKey: string) => GraphQLClient;
  operator: () => GraphQLClient;
  stop: () => Promise<void>;
};

/**
 * `databaseUrl`: run on that database (migrated on start, kept on stop) instead of a copy of the
 * template; the chaos suite's own PostgreSQL, which it restarts, is one.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { observeStatements?: StatementObserver; databaseUrl?: string } = {},
): Promise<TestServer> {
  const copy = options.databaseUrl ? null : await copyTemplateDatabase();
  const databaseUrl = options.databaseUrl ?? copy!.url;

  const inbox = new SmtpInbox();
  await inbox.start();
  let offsetMs = 0;
  const clock = { advance: (ms: number) => void (offsetMs += ms), now: () => new Date(Date.now() + offsetMs) };
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
    OPERATOR_API_KEY: OPERATOR_KEY,
    LOG_LEVEL: 'silent',
    // Tests fire requests far faster than people: the budget is tested on its own (request-budget.test.ts).
    REQUEST_BURST: '100000',
    REQUESTS_PER_SECOND: '100000',
    TENANT_CONCURRENT_REQUESTS: '1000',
    ...env,
  });
  // No cron schedule: a test moves its own clock and runs the scheduled tasks itself (or queues them);
  // the real minute's charge_due_payments would otherwise claim a charge under the test's hand-run one.
  const coverline = await startCoverline(config, {
    logger: pino({ level: 'silent' }),
    now: clock.now,
    workerConcurrency: 2,
    workerSchedule: false,
    observeStatements: options.observeStatements,
  });
  const owner = connectOwnerDatabase(databaseUrl, { max: 4 });
  return {
    url: coverline.url,
    databaseUrl,
    coverline,
    db: owner.db,
    inbox,
    clock,
    client: (app) => new GraphQLClient(coverline.url, { app }),
    apiClient: (apiKey) => new GraphQLClient(coverline.url, { apiKey }),
    operator: () => new GraphQLClient(coverline.url, { apiKey: OPERATOR_KEY }),
    stop: async () => {
      await owner.close();
      await coverline.stop();
      await inbox.stop();
      await copy?.drop();
    },
  };
}

/** A database of its own for a test file, copied from the migrated template, dropped by `drop`. */
export async function copyTemplateDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminDatabaseUrl');
  const database = `coverline_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${database}" template "${inject('templateDatabase')}"`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, database),
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${database}" with (force)`);
      await cleanup.end();
    },
  };
}
