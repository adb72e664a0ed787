// The logs carry no credentials from links and no SQL parameters: checked on what a real Fastify
// request and a real failed query write through the server's logger.
import net from 'node:net';
import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerClientAborts } from '../src/http/client-aborts.js';
import { registerCompression } from '../src/http/compression.js';
import { createLogger, redactUrl } from '../src/logging.js';
import { startTestServer, type TestServer } from './support/test-server.js';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', pretty: false }, stream), lines, text: () => JSON.stringify(lines) };
}

describe('redactUrl', () => {
  it('replaces the credentials of contractor links, magic links, invitations and resets, and keeps the rest', () => {
    expect(redactUrl('/contractor/t/9w0KvxrX7pEO7hXASeo')).toBe('/contractor/t/[redacted]');
    expect(redactUrl('/contractor/t/9w0KvxrX7pEO7hXASeo/pay?step=2')).toBe('/contractor/t/[redacted]/pay?step=2');
    expect(redactUrl('/facility/sign-in/confirm?token=abc.def')).toBe('/facility/sign-in/confirm?token=[redacted]');
    expect(redactUrl('/agency/accept-invite?lang=en&Token=abc')).toBe('/agency/accept-invite?lang=en&Token=[redacted]');
    expect(redactUrl('/agency/contractors?search=smith&page=2')).toBe('/agency/contractors?search=smith&page=2');
    expect(redactUrl('/healthz')).toBe('/healthz');
  });
});

describe('request logs', () => {
  it("write a request's URL without its token", async () => {
    const { logger, text } = capturingLogger();
    const fastify = Fastify({ loggerInstance: logger as FastifyBaseLogger });
    fastify.get('/contractor/t/:token', async () => 'ok');
    fastify.get('/agency/reset-password', async () => 'ok');
    await fastify.inject({ url: '/contractor/t/secret-contractor-token', headers: { authorization: 'Bearer cl_secret-api-key', cookie: 'coverline_agency=secret-session' } });
    await fastify.inject({ url: '/agency/reset-password?token=secret-reset-token' });
    await fastify.close();
    expect(text()).toContain('/contractor/t/[redacted]');
    expect(text()).toContain('/agency/reset-password?token=[redacted]');
    expect(text()).not.toMatch(/secret-/);
  });
});

describe('a client that goes away before its answer is sent', () => {
  it('is logged at info as a client abort, not at error level as an internal error', async () => {
    const { logger, lines } = capturingLogger();
    const fastify = Fastify({ loggerInstance: logger as FastifyBaseLogger });
    await registerCompression(fastify);
    registerClientAborts(fastify);
    const answer = { rows: Array.from({ length: 5_000 }, (_, i) => ({ id: i, name: `Contractor ${i}` })) };
    // The client goes away just as the compressed answer sets off, before its first bytes (and headers) are out.
    fastify.post(
      '/graphql',
      {
        onSend: async (request, _reply, payload) => (request.raw.socket.destroy(), payload),
        // As the GraphQL route's own handler does with what it does not handle (http/server.ts).
        errorHandler: (error) => {
          throw error;
        },
      },
      async () => answer,
    );
    await fastify.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = fastify.server.address() as net.AddressInfo;
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\naccept-encoding: br, gzip\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`);
      await new Promise((resolve) => socket.once('close', resolve));
      const started = performance.now();
      const told = () => lines.some((line) => line.msg === 'the client went away before its answer was sent' || Number(line.level) >= 50);
      while (!told() && performance.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await fastify.close();
    }
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
    const abort = lines.find((line) => line.msg === 'the client went away before its answer was sent');
    expect(abort).toMatchObject({ level: 30, err: { code: 'ERR_STREAM_PREMATURE_CLOSE' } });
  });
});

describe('internal error logs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RUN_WORKER: 'false' });
  });
  afterAll(async () => server?.stop());

  it('keep the failed query but not its parameters', async () => {
    const { logger, text } = capturingLogger();
    const failure = await server.db.execute(sql`select ${'maria.lopez@example.test'}::int`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    // As Apollo reports it: a GraphQL error around the query's.
    logger.error({ err: new GraphQLError('Unexpected error.', { originalError: failure as Error }) }, 'internal error in a GraphQL operation');
    expect(text()).toContain('Failed query');
    expect(text()).toContain('params: [redacted]');
    expect(text()).not.toContain('maria.lopez');
  });

  it("keep a unique violation's constraint but not the duplicated value", async () => {
    const { logger, text } = capturingLogger();
    await server.db.execute(sql`create temporary table people (email text unique)`);
    await server.db.execute(sql`insert into people values (${'dana.cruz@example.test'})`);
    const failure = await server.db.execute(sql`insert into people values (${'dana.cruz@example.test'})`).catch((error: unknown) => error);
    logger.error({ err: failure }, 'internal error');
    expect(text()).toContain('people_email_key');
    expect(text()).not.toContain('dana.cruz');
  });
});
