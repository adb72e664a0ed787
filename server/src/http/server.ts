// The HTTP server: /graphql, /healthz, the dev mailbox and the built apps, on Fastify.
import fastifyCookie from '@fastify/cookie';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { sql } from 'drizzle-orm';
import { MAX_CONTRACTOR_IMPORT_BYTES } from '@coverline/domain';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ServerDependencies } from '../dependencies.js';
import { createApolloServer } from '../graphql/apollo.js';
import { createContext, onResponseDone, type Context } from '../graphql/context.js';
import { RequestBudget, spendRequestBudget } from '../graphql/request-budget.js';
import { registerApps } from './apps.js';
import { registerAuditDownloadRoutes } from './audit-downloads.js';
import { registerCertificateRoutes } from './certificates.js';
import { registerCompression } from './compression.js';
import { registerInvoiceRoutes } from './invoices.js';
import { registerContractorExportRoute } from './contractor-export.js';
import { registerMailbox } from './mailbox.js';
import { registerSecurityHeaders } from './security-headers.js';
import { addJob } from '../jobs/queue.js';
import { registerClientAborts } from './client-aborts.js';
import { registerDevClock, type AdjustableClock } from './dev-clock.js';

// A contractor import (up to 20 MB of CSV) travels as a variable, JSON-escaped: a quote or a line
// break takes two bytes there, so twice the file, and room for the document and other variables.
const GRAPHQL_BODY_LIMIT_BYTES = 2 * MAX_CONTRACTOR_IMPORT_BYTES + 1024 * 1024;

/** A body over the limit, answered as GraphQL answers (Fastify's own 413 would not be), before it is read whole. */
function graphqlErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
  const message = `The request is larger than ${GRAPHQL_BODY_LIMIT_BYTES / (1024 * 1024)} MB. An import file may be at most 20 MB: split it into smaller files.`;
  return reply.code(413).send({ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
}

/** `routes`: every route registered, as `GET /invoices/:id.pdf` (Fastify's own HEAD twins left out), so a test can hold each one to a row. */
export type HttpServer = { fastify: FastifyInstance; servedApps: string[]; mailboxEnabled: boolean; routes: string[] };

/** Trusts the socket's peer and the proxies after it, `hops` in all (proxy-addr counts 0 for the socket). */
function trustTheFirstHops(hops: number): false | ((address: string, hop: number) => boolean) {
  return hops > 0 ? (_address, hop) => hop < hops : false;
}

export async function createHttpServer(deps: ServerDependencies, options: { clock: AdjustableClock | null }): Promise<HttpServer> {
  // Request logs are for production; in development they would drown the console.
  const httpLogger = deps.logger.child({ component: 'http' }, { level: deps.config.isProduction ? deps.logger.level : 'warn' });
  const fastify = Fastify({ loggerInstance: httpLogger as FastifyBaseLogger, trustProxy: trustTheFirstHops(deps.config.trustedProxyHops) });
  const routes: string[] = [];
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD' && method !== 'OPTIONS') routes.push(`${method} ${route.url}`);
  });
  await registerCompression(fastify);
  registerClientAborts(fastify);
  await fastify.register(fastifyCookie);
  await registerSecurityHeaders(fastify);

  fastify.get('/healthz', async (_request, reply) => {
    try {
      await deps.database.unscoped.execute(sql`select 1`);
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });

  const apollo = await createApolloServer(deps, fastify);
  await apollo.start();
  const budget = new RequestBudget(deps.config.requestBudget);
  const handler = fastifyApolloHandler<Context>(apollo, {
    context: async (request, reply) => {
      const context = await createContext(deps, request, reply);
      onResponseDone(reply, spendRequestBudget(budget, context.access));
      return context;
    },
  });
  fastify.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler, bodyLimit: GRAPHQL_BODY_LIMIT_BYTES, errorHandler: graphqlErrorHandler });
  registerCertificateRoutes(fastify, deps);
  registerAuditDownloadRoutes(fastify, deps);
  registerInvoiceRoutes(fastify, deps);
  registerContractorExportRoute(fastify, deps);

  const mailboxEnabled = deps.mailer.kind === 'mailbox' && !deps.config.isProduction;
  if (mailboxEnabled) registerMailbox(fastify, deps);
  if (mailboxEnabled && options.clock) {
    // What became due when time moved runs at once rather than at the next scheduled minute.
    registerDevClock(fastify, deps, options.clock, async () => {
      await addJob(deps.database.unscoped, 'charge_due_payments', {});
      await addJob(deps.database.unscoped, 'end_finished_assignments', {});
      await addJob(deps.database.unscoped, 'send_opt_in_reminders', {});
      await addJob(deps.database.unscoped, 'issue_monthly_invoices', {});
    });
  }
  const servedApps = await registerApps(fastify);
  fastify.get('/', (_request, reply) => reply.redirect('/agency/'));
  return { fastify, servedApps, mailboxEnabled, routes };
}
