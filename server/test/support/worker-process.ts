// `pnpm worker` as a separate process on a test server's database, for tests that kill one mid-job.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestServer } from './test-server.js';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts a worker process (mail to the test server's inbox unless `smtpUrl` says otherwise) and waits until it runs. */
export async function startWorkerProcess(on: TestServer, options: { smtpUrl?: string } = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: on.databaseUrl, SMTP_URL: options.smtpUrl ?? `smtp://127.0.0.1:${on.inbox.port}`, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it started: ${output}`)));
  });
  return child;
}
