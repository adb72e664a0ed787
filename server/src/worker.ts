// `pnpm worker`: runs only the job worker against the configured database (migrations applied by the server).
import 'reflect-metadata';
import { loadConfig } from './config.js';
import { createLogger } from './app.js';
import { applicationDatabaseUrl, applicationRole } from './db/application-role.js';
import { locateDatabase } from './db/database.js';
import { openApplicationDatabase } from './db/scoped-database.js';
import { startWorker } from './jobs/worker.js';
import { createMailer } from './mail/transport.js';
import { SignedInSessions } from './modules/auth/signed-in-sessions.js';

const config = loadConfig();
const logger = createLogger(config);
const location = await locateDatabase(config, logger);
// The server applies the migrations and prepares the application role; the worker connects as that role.
const database = openApplicationDatabase(applicationDatabaseUrl(location.url, applicationRole(config.secretKey)), { statementTimeouts: config.statementTimeouts });
const mailer = createMailer(config);
const worker = await startWorker({ config, logger, database, ownerDatabaseUrl: location.url, mailer, signedInSessions: new SignedInSessions(config.sessionCache), now: () => new Date() });
logger.info('worker running');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await worker.stop();
    mailer.close();
    await database.close();
    await location.stop();
    process.exit(0);
  });
}
