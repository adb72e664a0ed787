// Certificate routes beside /graphql: the PDF download behind each downloadUrl, and the public key
// that lets anyone check a certificate's signature without trusting our server's answer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerDependencies } from '../dependencies.js';
import { sessionCookieControls, viewerFromApiKey, viewerFromSessionCookie } from '../graphql/context.js';
import { APP_NAMES, sessionCookieName, type Viewer } from '../graphql/viewer.js';
import { certificateSigningKey } from '../modules/certificates/certificate-signing.js';
import { findDownloadableCertificate } from '../modules/certificates/certificates.service.js';

export const CERTIFICATE_KEYS_PATH = '/.well-known/coverline-certificate-keys.json';

/** One answer for "no such certificate" and "not yours", so a number's existence does not leak. */
const NOT_FOUND_BODY = { statusCode: 404, error: 'Not Found', message: 'No certificate here.' };

/**
 * Everyone the request speaks for: the API key, or each app whose session cookie it carries. A link
 * opened in the browser sends no app header, so the cookies are read directly; that is safe for this
 * read-only GET (SameSite=Lax cookies, nothing changes).
 */
async function requestViewers(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply): Promise<Viewer[]> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return [await viewerFromApiKey(deps, authorization.slice('Bearer '.length).trim())];
  const { setSessionCookie } = sessionCookieControls(deps, reply);
  const viewers: Viewer[] = [];
  for (const app of APP_NAMES) {
    if (request.cookies[sessionCookieName(app)]) viewers.push(await viewerFromSessionCookie(deps, request, app, setSessionCookie));
  }
  return viewers;
}

export function registerCertificateRoutes(fastify: FastifyInstance, deps: ServerDependencies): void {
  fastify.get(CERTIFICATE_KEYS_PATH, (_request, reply) => {
    const { jwk } = certificateSigningKey(deps.config);
    return reply.header('cache-control', 'public, max-age=3600').send({ keys: [jwk] });
  });

  fastify.get<{ Params: { number: string } }>('/certificates/:number.pdf', async (request, reply) => {
    const viewers = await requestViewers(deps, request, reply);
    const certificate = await findDownloadableCertificate(deps, viewers, request.params.number);
    reply.header('cache-control', 'private, no-cache').header('x-content-type-options', 'nosniff');
    if (!certificate) return reply.code(404).send(NOT_FOUND_BODY);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${certificate.fileName}"`)
      .header('etag', `"${certificate.sha256}"`)
      .send(certificate.pdf);
  });
}
