// What every download route shares: the accesses a link speaks for (released when the response is
// done), private caching, and one answer per refusal of the use case behind it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { AccessOpener } from '../access/access.js';
import type { ServerDependencies } from '../dependencies.js';
import { downloadAccesses } from '../graphql/context.js';

/**
 * Runs the use case behind a download with the viewers its link speaks for, with private caching; a
 * refusal is answered here (and null returned), anything else is the use case's result.
 */
export async function runDownload<T>(
  deps: ServerDependencies,
  request: FastifyRequest,
  reply: FastifyReply,
  notFoundMessage: string,
  useCase: (accesses: AccessOpener[]) => Promise<T>,
): Promise<T | null> {
  reply.header('cache-control', 'private, no-cache');
  try {
    return await useCase(downloadAccesses(deps, request, reply));
  } catch (error) {
    sendRefusal(reply, error, notFoundMessage);
    return null;
  }
}

/**
 * A use case's refusal as HTTP: NOT_FOUND (also what a signed-out or unauthorised link gets, so a
 * record's existence never leaks) is 404, FORBIDDEN 403, BAD_USER_INPUT 400 with the field at fault.
 */
function sendRefusal(reply: FastifyReply, error: unknown, notFoundMessage: string): FastifyReply {
  if (!(error instanceof GraphQLError)) throw error;
  const code = error.extensions.code;
  if (code === 'FORBIDDEN') return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: error.message });
  if (code === 'BAD_USER_INPUT') return reply.code(400).send({ statusCode: 400, error: 'Bad Request', field: error.extensions.field, message: error.message });
  if (code === 'NOT_FOUND' || code === 'UNAUTHENTICATED') return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: notFoundMessage });
  throw error;
}
