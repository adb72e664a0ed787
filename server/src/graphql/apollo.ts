// Apollo Server with the query limits (graphql-armor), error masking and no introspection in production.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyInstance } from 'fastify';
import type { ServerDependencies } from '../dependencies.js';
import { isConnectionReturned } from '../db/client.js';
import { idempotencyPlugin } from '../modules/idempotency/idempotency.plugin.js';
import type { Context } from './context.js';
import { createErrorFormatter, isServiceUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './errors.js';
import { inputErrorsPlugin } from './input-errors.js';
import { listCostPlugin } from './list-cost.js';
import { buildCoverlineSchema } from './schema.js';
import { LimitSelectionMergesRule } from './selection-merges.js';

export const MAX_TOKENS = 2000;

/** An answer that could not reach the database, or whose statement ran too long, is HTTP 503 with Retry-After, so clients and load balancers back off. */
const unavailableAs503: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !(response.body.singleResult.errors ?? []).some(isServiceUnavailable)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      },
    };
  },
};

/**
 * Every answer is the viewer's own and is never to be stored. Apollo's cache-control plugin says so too
 * (no field sets a max age), but it hooks every field of every answer to find that out; it is off.
 */
const neverStored: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export async function createApolloServer(deps: ServerDependencies, fastify: FastifyInstance): Promise<ApolloServer<Context>> {
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    // The token limit is graphql-js's own (parseOptions below): armor's Apollo version throws from a
    // plugin hook, which answers an over-long document with HTTP 500 instead of a 400 parse error.
    maxTokens: { enabled: false },
  }).protect();
  const production = deps.config.isProduction;
  return new ApolloServer<Context>({
    schema: await buildCoverlineSchema(),
    ...armor,
    // First among ours: it can stop every rule from descending into a document (see the rule).
    validationRules: [LimitSelectionMergesRule, ...armor.validationRules],
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter({
      mask: production,
      // A client that went away (a filter changed, a tab closed) leaves its resolvers nothing to read
      // with: expected, and nobody receives the answer.
      onInternal: (error) =>
        isConnectionReturned(error)
          ? deps.logger.debug('a GraphQL operation read on after its client went away')
          : deps.logger.error({ err: error }, 'internal error in a GraphQL operation'),
    }),
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Apollo's landing page is an inline script loading Apollo's CDN, which the API's Content
      // Security Policy refuses: left out rather than the policy loosened (decision 0025).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      neverStored,
      fastifyApolloDrainPlugin(fastify),
      inputErrorsPlugin,
      listCostPlugin,
      idempotencyPlugin(deps),
      unavailableAs503,
    ],
  });
}
