// `pnpm start`: the API, the three apps, the job worker and (by default) the embedded database.
import { loadConfig } from './config.js';
import { createLogger, startCoverline } from './app.js';

const config = loadConfig();
const logger = createLogger(config);
const coverline = await startCoverline(config, { logger });

const lines = [
  '',
  `Coverline is running on ${coverline.url}`,
  `  GraphQL        ${coverline.url}/graphql`,
  ...coverline.servedApps.map((app) => `  ${`${app} app`.padEnd(15)}${coverline.url}/${app}/`),
  ...(coverline.mailboxEnabled ? [`  mailbox        ${coverline.url}/dev/mailbox`] : []),
  `  database       ${coverline.embeddedDatabase ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
  ...(coverline.demo ? ['', 'Demo sign-ins:', ...coverline.demo.lines.map((line) => `  ${line}`)] : []),
  '',
];
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    coverline.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
