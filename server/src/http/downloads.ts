// What every download route shares: the accesses a link speaks for (released when the response is
// done), private caching, and one answer per refusal of the use case behind it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Access } from '../access/access.js';
import type { ServerDependencies } from '../dependencies.js';
import { downloadAccesses } from '../graphql/context.js';

/** The accesses a download speaks for (released with its response), and its private caching. */
export function accessesOfDownload(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply): Promise<Access[]> {
  reply.header('cache-control', 'private, no-cache').header('x-content-type-options', 'nosniff');
  return downloadAccesses(deps, request, reply);
}

/**
 * A use case's refusal as HTTP: NOT_FOUND (also what a signed-out or unauthorised link gets, so a
 * record's existence never leaks) is 404, FORBIDDEN 403, BAD_USER_INPUT 400 with the field at fault.
 */
export function sendRefusal(reply: FastifyReply, error: unknown, notFoundMessage: string): FastifyReply {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (code === 'FORBIDDEN' && error instanceof GraphQLError) return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: error.message });
  if (code === 'BAD_USER_INPUT' && error instanceof GraphQLError) {
    return reply.code(400).send({ statusCode: 400, error: 'Bad Request', field: error.extensions.field, message: error.message });
  }
  if (code === 'NOT_FOUND' || code === 'UNAUTHENTICATED') return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: notFoundMessage });
  throw error;
}
