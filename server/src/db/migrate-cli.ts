// `pnpm db:migrate`: applies the migrations to the configured database and stops.
import pino from 'pino';
import { loadConfig } from '../config.js';
import { locateDatabase } from './database.js';
import { migrateDatabase } from './migrate.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const location = await locateDatabase(config, logger);
try {
  await migrateDatabase(location.url, { secretKey: config.secretKey });
  logger.info('migrations applied');
} finally {
  await location.stop();
}
