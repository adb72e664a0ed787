// `pnpm worker` and `pnpm start`'s server as separate processes on a test database, for tests that kill one mid-way.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `script` (relative to server/) under tsx with `env` added, and waits until its stdout says `ready`. */
async function startTsxProcess(script: string, env: Record<string, string>, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: SERVER_DIR,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`${script} exited (${code}) before it started: ${output}`));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        child.off('exit', onExit);
        resolve();
      }
    });
    child.once('exit', onExit);
  });
  // Read on, so that a chatty process never blocks on a full pipe.
  child.stdout?.resume();
  return child;
}

/** Starts a worker process (mail to the test server's inbox unless `smtpUrl` says otherwise) and waits until it runs. */
export function startWorkerProcess(on: { databaseUrl: string; inbox: { port: number } }, options: { smtpUrl?: string } = {}): Promise<ChildProcess> {
  return startTsxProcess('src/worker.ts', { DATABASE_URL: on.databaseUrl, SMTP_URL: options.smtpUrl ?? `smtp://127.0.0.1:${on.inbox.port}`, LOG_LEVEL: 'info' }, 'worker running');
}

/** Starts the API as `pnpm start` does (src/main.ts), without its job worker, on `port`, and waits until it listens. */
export async function startApiProcess(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<{ url: string; process: ChildProcess }> {
  const child = await startTsxProcess('src/main.ts', { DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port), RUN_WORKER: 'false', LOG_LEVEL: 'warn', ...env }, 'Coverline is running on');
  return { url: `http://127.0.0.1:${port}`, process: child };
}

/** SIGKILLs `child` (as a crash or the OOM killer would) and waits until it is gone. */
export async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
