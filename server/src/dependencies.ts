// What the server's parts share for the life of a process: built once at boot, passed explicitly.
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { Mailer } from './mail/transport.js';

export type ServerDependencies = {
  config: Config;
  logger: Logger;
  db: Database;
  databaseUrl: string;
  mailer: Mailer;
  /** The current time; tests move it forward instead of waiting. */
  now: () => Date;
};
