// The logs carry no credentials from links and no SQL parameters: checked on what a real Fastify
// request and a real failed query write through the server's logger.
import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
