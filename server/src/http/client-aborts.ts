// A client that goes away before its answer is sent (a closed tab, a browser journey that moves on, a
// load tool at the end of its run) closes the answer's stream early. Fastify hands that to the error
// handler, as "Premature close" with status 500, when no header was sent yet: a compressed answer
// sends none until the compressor's first bytes. Nobody is left to answer and the server did nothing
// wrong, so it is logged at info as a client abort, not as an internal error.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';

/** Whether `error` is the answer's stream closing because the client's connection is gone. */
function isClientGone(error: FastifyError, request: FastifyRequest): boolean {
  return error.code === 'ERR_STREAM_PREMATURE_CLOSE' && request.raw.socket.destroyed;
}

/** Registered before the routes: a route's own error handler passes on what it does not handle to this one. */
export function registerClientAborts(fastify: FastifyInstance): void {
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    if (!isClientGone(error, request)) throw error;
    reply.log.info({ err: error, res: reply }, 'the client went away before its answer was sent');
    // There is no connection left to send on.
    reply.hijack();
  });
}
