import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEVELOPMENT_SECRET_KEY } from '../src/config.js';
import { isAlive, PASSWORD_FILE, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded.js';
import { migrateDatabase, MIGRATIONS_FOLDER } from '../src/db/migrate.js';
import { freePort } from './support/free-port.js';
import { withDatabase } from './support/global-setup.js';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHILD_SCRIPT = path.join(SERVER_DIR, 'test/support/embedded-postgres-child.ts');
const SLOW = 120_000;
const silent = pino({ level: 'silent' });



async function waitUntil(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function selectOne(database: EmbeddedDatabase): Promise<number | undefined> {
  return selectOneAt(database.url('postgres'));
}

async function selectOneAt(url: string): Promise<number | undefined> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ one: number }[]>`select 1 as one`;
    return row?.one;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function setting(url: string, name: string): Promise<string | undefined> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ value: string }[]>`select current_setting(${name}) as value`;
    return row?.value;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function storedPassword(dataDir: string): Promise<string> {
  return (await fs.readFile(path.join(dataDir, PASSWORD_FILE), 'utf8')).trim();
}

/** The database's URL with another password in it. */
function urlWithPassword(database: EmbeddedDatabase, password: string): string {
  const url = new URL(database.url('postgres'));
  url.password = password;
  return url.toString();
}

async function postmasterPid(dataDir: string): Promise<number> {
  const content = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  return Number.parseInt(content.split('\n')[0] ?? '', 10);
}

/** Starts the embedded PostgreSQL in another process, as `pnpm start` would, and SIGKILLs that process once it is up. */
async function startInChildAndKillIt(dataDir: string, port: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, dataDir, String(port)], { cwd: SERVER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the child did not start PostgreSQL:\n${output}`)), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/ready (\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child exited (${code}) before PostgreSQL was ready:\n${output}`));
    });
  });
  child.kill('SIGKILL');
  await exited;
  return pid;
}

describe('the embedded PostgreSQL', () => {
  let dataDir: string;
  let port: number;
  let running: EmbeddedDatabase | undefined;
  const leftovers = new Set<number>();

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'coverline-embedded-'));
    port = await freePort();
  });

  afterAll(async () => {
    await running?.stop().catch(() => undefined);
    for (const pid of leftovers) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  }, SLOW);

  it(
    'initialises an empty data directory, starts and answers queries, with fsync on and a password of its own',
    async () => {
      running = await startEmbeddedPostgres({ dataDir, port, logger: silent });
      expect(await selectOne(running)).toBe(1);
      expect(await setting(running.url('postgres'), 'fsync')).toBe('on');
      const passwordFile = await fs.stat(path.join(dataDir, PASSWORD_FILE));
      expect(passwordFile.mode & 0o777).toBe(0o600);
      const password = await storedPassword(dataDir);
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(decodeURIComponent(new URL(running.url('postgres')).password)).toBe(password);
      await expect(selectOneAt(urlWithPassword(running, 'coverline'))).rejects.toThrow(/password authentication failed/);
      await running.stop();
      running = undefined;
      await expect(fs.access(path.join(dataDir, 'pg', 'PG_VERSION'))).resolves.toBeUndefined();
    },
    SLOW,
  );

  it(
    'gives a data directory made with the old shared password a password of its own, and keeps it across restarts',
    async () => {
      running = await startEmbeddedPostgres({ dataDir, port, logger: silent });
      const owner = postgres(running.url('postgres'), { max: 1, onnotice: () => {} });
      await owner.unsafe(`alter role postgres password 'coverline'`);
      await owner.end({ timeout: 5 });
      await fs.rm(path.join(dataDir, PASSWORD_FILE));
      await running.stop();

      running = await startEmbeddedPostgres({ dataDir, port, logger: silent });
      const password = await storedPassword(dataDir);
      expect(password).not.toBe('coverline');
      expect(await selectOne(running)).toBe(1);
      await expect(selectOneAt(urlWithPassword(running, 'coverline'))).rejects.toThrow(/password authentication failed/);
      await running.stop();

      running = await startEmbeddedPostgres({ dataDir, port, logger: silent });
      expect(await storedPassword(dataDir)).toBe(password);
      expect(await selectOne(running)).toBe(1);
      await running.stop();
      running = undefined;
    },
    SLOW,
  );

  it(
    'gives every data directory a different password, and runs without fsync only when a test asks',
    async () => {
      const testDir = await fs.mkdtemp(path.join(os.tmpdir(), 'coverline-embedded-fast-'));
      const testPort = await freePort();
      const fast = await startEmbeddedPostgres({ dataDir: testDir, port: testPort, logger: silent, withoutFsync: true });
      try {
        expect(await setting(fast.url('postgres'), 'fsync')).toBe('off');
        expect(await storedPassword(testDir)).not.toBe(await storedPassword(dataDir));
      } finally {
        await fast.stop();
        await fs.rm(testDir, { recursive: true, force: true });
      }
    },
    SLOW,
  );

  it(
    'starts after a killed run left its PostgreSQL running with its postmaster.pid',
    async () => {
      const orphan = await startInChildAndKillIt(dataDir, port);
      leftovers.add(orphan);
      expect(isAlive(orphan)).toBe(true);

      running = await startEmbeddedPostgres({ dataDir, port, logger: silent });
      expect(await selectOne(running)).toBe(1);
      expect(isAlive(orphan)).toBe(false);
      expect(await postmasterPid(dataDir)).not.toBe(orphan);
      await running.stop();
      running = undefined;
    },
    SLOW,
  );

  it(
    'starts after a crash that killed PostgreSQL too and left a stale postmaster.pid',
    async () => {
      const orphan = await startInChildAndKillIt(dataDir, port);
      leftovers.add(orphan);
      process.kill(orphan, 'SIGKILL');
      await waitUntil(() => !isAlive(orphan));
      await expect(fs.access(path.join(dataDir, 'pg', 'postmaster.pid'))).resolves.toBeUndefined();

      running = await startEmbeddedPostgres({ dataDir, port, logger: silent });
      expect(await selectOne(running)).toBe(1);
      await running.stop();
      running = undefined;
    },
    SLOW,
  );
});

describe('migrations', () => {
  it(
    'succeed when two processes migrate one fresh database at the same time',
    async () => {
      const adminUrl = inject('adminDatabaseUrl');
      const database = `coverline_test_migrate_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${database}"`);
      const url = withDatabase(adminUrl, database);
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await Promise.all([migrateDatabase(url, { secretKey: DEVELOPMENT_SECRET_KEY }), migrateDatabase(url, { secretKey: DEVELOPMENT_SECRET_KEY })]);
        const journal = JSON.parse(await fs.readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
        const [applied] = await sql<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
        expect(applied?.n).toBe(journal.entries.length);
        const [tables] = await sql<{ n: number }[]>`select count(*)::int as n from information_schema.tables where table_name in ('agencies', 'auth_tokens', 'mail_outbox')`;
        expect(tables?.n).toBe(3);
        // Running them again later is a no-op.
        await migrateDatabase(url, { secretKey: DEVELOPMENT_SECRET_KEY });
        const [again] = await sql<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
        expect(again?.n).toBe(journal.entries.length);
      } finally {
        await sql.end({ timeout: 5 });
        await admin.unsafe(`drop database if exists "${database}" with (force)`);
        await admin.end();
      }
    },
    SLOW,
  );

  it(
    'give each SECRET_KEY a login role of its own: a second deployment on the server neither locks the first out nor reads its tables',
    async () => {
      const adminUrl = inject('adminDatabaseUrl');
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const deployments = [
        { database: `coverline_test_staging_${suffix}`, secretKey: 'staging-secret-key-of-at-least-32-characters' },
        { database: `coverline_test_production_${suffix}`, secretKey: 'production-secret-key-of-at-least-32-chars' },
      ];
      const opened: postgres.Sql[] = [];
      const connect = (url: string) => {
        const sql = postgres(url, { max: 1, onnotice: () => {} });
        opened.push(sql);
        return sql;
      };
      try {
        const urls = [];
        for (const { database, secretKey } of deployments) {
          await admin.unsafe(`create database "${database}"`);
          urls.push(await migrateDatabase(withDatabase(adminUrl, database), { secretKey }));
        }
        const [staging, production] = urls.map((url) => connect(url));
        const [stagingUser] = await staging!<{ user: string }[]>`select current_user as user`;
        const [productionUser] = await production!<{ user: string }[]>`select current_user as user`;
        expect(stagingUser?.user).toMatch(/^coverline_app_[0-9a-f]{12}$/);
        expect(productionUser?.user).toMatch(/^coverline_app_[0-9a-f]{12}$/);
        expect(stagingUser?.user).not.toBe(productionUser?.user);
        // Staging booted again after production: both still log in.
        await migrateDatabase(withDatabase(adminUrl, deployments[0]!.database), { secretKey: deployments[0]!.secretKey });
        expect(await connect(urls[1]!)`select count(*)::int as n from job_codes`).toEqual([{ n: 0 }]);
        expect(await connect(urls[0]!)`select count(*)::int as n from job_codes`).toEqual([{ n: 0 }]);
        // Production's role reaches staging's database (PostgreSQL lets any role connect) but none of its tables.
        await expect(connect(withDatabase(urls[1]!, deployments[0]!.database))`select count(*) from job_codes`).rejects.toThrow(/permission denied/);
      } finally {
        await Promise.all(opened.map((sql) => sql.end({ timeout: 5 })));
        for (const { database } of deployments) await admin.unsafe(`drop database if exists "${database}" with (force)`);
        await admin.end();
      }
    },
    SLOW,
  );
});
