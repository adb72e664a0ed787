// A worker killed in the middle of a job (here, sending a mail) does not hold that job for
// graphile-worker's 4 hours: the next worker releases it within seconds and the mail goes out.
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMail } from '../src/mail/outbox.js';
import { SWEEP_INTERVAL_MS } from '../src/jobs/worker-liveness.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { startWorkerProcess } from './support/child-processes.js';

/** An SMTP server that accepts connections and never says a word: a mail job sending to it hangs. */
async function silentSmtpServer(): Promise<{ port: number; connected: Promise<void>; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let onConnection: () => void = () => {};
  const connected = new Promise<void>((resolve) => (onConnection = resolve));
  const server = net.createServer((socket) => {
    sockets.add(socket);
    onConnection();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connected,
    connections: () => sockets.size,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('a worker killed mid-job', () => {
  let server: TestServer;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    server = await startTestServer({ RUN_WORKER: 'false' });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await server?.stop();
  });

  it('keeps a live worker\'s long job its own, and a killed one\'s only until the next worker finds it gone: the mail is delivered within seconds', async () => {
    const silent = await silentSmtpServer();
    try {
      const first = await startWorkerProcess(server, { smtpUrl: `smtp://127.0.0.1:${silent.port}` });
      workers.push(first);
      await enqueueMail(server.db, { to: 'crash.test@example.test', subject: 'Sent despite a crash', text: 'Hello', html: '<p>Hello</p>' });
      await silent.connected;
      // A job running longer than a sweep's grace and interval is left to its live worker: sent once.
      await new Promise((resolve) => setTimeout(resolve, SWEEP_INTERVAL_MS + 6_000));
      expect(silent.connections()).toBe(1);
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGKILL');
      await exited;
      const [locked] = await server.db.execute<{ locked_by: string | null }>(sql`select locked_by from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'deliver_mail'`);
      expect(locked?.locked_by).toBeTruthy();

      const restarted = performance.now();
      workers.push(await startWorkerProcess(server));
      const mail = await server.inbox.waitFor('crash.test@example.test', { timeoutMs: 30_000 });
      expect(mail.subject).toBe('Sent despite a crash');
      // Well under graphile-worker's 4 hours: one sweep after the few seconds' grace.
      expect(performance.now() - restarted).toBeLessThan(SWEEP_INTERVAL_MS + 10_000);
    } finally {
      await silent.close();
    }
  }, 90_000);
});
