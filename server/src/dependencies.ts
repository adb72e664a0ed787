// What the server's parts share for the life of a process: built once at boot, passed explicitly.
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { ApplicationDatabase } from './db/scoped-database.js';
import type { Mailer } from './mail/transport.js';
import type { SignedInSessions } from './modules/auth/signed-in-sessions.js';

export type ServerDependencies = {
  config: Config;
  logger: Logger;
  /** The application's connections, as the application role (db/application-role.ts): every tenant row through a scope. */
  database: ApplicationDatabase;
  /** The owner's URL: migrations and the job queue's worker only. */
  ownerDatabaseUrl: string;
  mailer: Mailer;
  /** The viewers of session tokens this process has just seen: forget the ones a change here ends. */
  signedInSessions: SignedInSessions;
  /** The current time; tests move it forward instead of waiting. */
  now: () => Date;
};
