// Boots Coverline: configuration → database (embedded or DATABASE_URL) → migrations → demo data → HTTP → jobs.
import 'reflect-metadata';
import type { Logger } from 'pino';
import { createLogger as createRedactingLogger } from './logging.js';
import type { Config } from './config.js';
import type { StatementObserver } from './db/client.js';
import { locateDatabase } from './db/database.js';
import { migrateDatabase } from './db/migrate.js';
import { openApplicationDatabase } from './db/scoped-database.js';
import type { ServerDependencies } from './dependencies.js';
import { createAdjustableClock } from './http/dev-clock.js';
import { createHttpServer } from './http/server.js';
import { startWorker, type Worker } from './jobs/worker.js';
import { createMailer } from './mail/transport.js';
import { SignedInSessions } from './modules/auth/signed-in-sessions.js';
import { loadDefaultCatalogueIfEmpty } from './seed/catalogue.js';
import { loadDemoDataIfEmpty, type DemoSummary } from './seed/demo.js';

export type RunningCoverline = {
  url: string;
  deps: ServerDependencies;
  embeddedDatabase: boolean;
  servedApps: string[];
  mailboxEnabled: boolean;
  /** Every HTTP route served, as `GET /path`. */
  routes: readonly string[];
  demo: DemoSummary | null;
  stop: () => Promise<void>;
};

export function createLogger(config: Config): Logger {
  return createRedactingLogger({ level: config.logLevel, pretty: !config.isProduction && process.stdout.isTTY });
}

export async function startCoverline(
  config: Config,
  options: { logger?: Logger; now?: () => Date; workerConcurrency?: number; workerSchedule?: boolean; observeStatements?: StatementObserver } = {},
): Promise<RunningCoverline> {
  const logger = options.logger ?? createLogger(config);
  const location = await locateDatabase(config, logger);
  const stops: (() => Promise<void>)[] = [location.stop];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => logger.error({ err: error }, 'error while stopping'));
  };
  try {
    const applicationUrl = await migrateDatabase(location.url, { secretKey: config.secretKey });
    const database = openApplicationDatabase(applicationUrl, { observe: options.observeStatements, statementTimeouts: config.statementTimeouts });
    stops.push(database.close);
    const mailer = createMailer(config);
    stops.push(async () => mailer.close());
    // Outside production the clock can be moved forward (POST /dev/clock/advance) to see "24 hours later".
    const clock = options.now || config.isProduction ? null : createAdjustableClock();
    const deps: ServerDependencies = {
      config,
      logger,
      database,
      ownerDatabaseUrl: location.url,
      mailer,
      signedInSessions: new SignedInSessions(config.sessionCache),
      now: options.now ?? clock?.now ?? (() => new Date()),
    };
    if (await loadDefaultCatalogueIfEmpty(deps.database.unscoped)) logger.info('default job-code catalogue loaded');
    const demo = config.loadDemoData ? await loadDemoDataIfEmpty(deps) : null;
    let worker: Worker | null = null;
    if (config.runWorker) {
      worker = await startWorker(deps, { concurrency: options.workerConcurrency, schedule: options.workerSchedule });
      stops.push(worker.stop);
    }
    const http = await createHttpServer(deps, { clock });
    stops.push(() => http.fastify.close());
    await http.fastify.listen({ host: config.host, port: config.port });
    const address = http.fastify.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      url: `http://${config.host}:${port}`,
      deps,
      embeddedDatabase: location.embedded,
      servedApps: http.servedApps,
      mailboxEnabled: http.mailboxEnabled,
      routes: http.routes,
      demo,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
