// Certificate routes beside /graphql: the PDF download behind each downloadUrl, a facility's ZIP of
// certificates (streamed: each PDF is read from the database when its turn comes), and the public
// key that lets anyone check a certificate's signature without trusting our server's answer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZipFile } from 'yazl';
import { asciiFileNamePart, facilityAssignmentFilterSchema, FACILITY_FILTER_FIELDS, todayInTimeZone } from '@coverline/domain';
import type { ServerDependencies } from '../dependencies.js';
import { sessionCookieControls, viewerFromApiKey, viewerFromSessionCookie } from '../graphql/context.js';
import { APP_NAMES, sessionCookieName, type Viewer } from '../graphql/viewer.js';
import { certificateSigningKey } from '../modules/certificates/certificate-signing.js';
import { findDownloadableCertificate } from '../modules/certificates/certificates.service.js';
import { findFacilityVisibleToAny } from '../modules/facilities/facilities.service.js';
import { bulkCertificateEntries } from '../modules/facility-assignments/facility-assignments.service.js';
import { addCertificatePdfs } from './certificate-zip.js';

export const CERTIFICATE_KEYS_PATH = '/.well-known/coverline-certificate-keys.json';

/** One answer for "no such certificate" and "not yours", so a number's existence does not leak. */
const NOT_FOUND_BODY = { statusCode: 404, error: 'Not Found', message: 'No certificate here.' };

/**
 * Everyone the request speaks for: the API key, or each app whose session cookie it carries. A link
 * opened in the browser sends no app header, so the cookies are read directly; that is safe for this
 * read-only GET (SameSite=Lax cookies, nothing changes).
 */
export async function requestViewers(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply): Promise<Viewer[]> {
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

  fastify.get<{ Params: { facilityId: string }; Querystring: Record<string, string> }>('/facilities/:facilityId/certificates.zip', async (request, reply) => {
    reply.header('cache-control', 'private, no-cache').header('x-content-type-options', 'nosniff');
    const viewers = await requestViewers(deps, request, reply);
    const facility = await findFacilityVisibleToAny(deps, viewers, request.params.facilityId);
    if (!facility) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'No facility here.' });
    if (!facility.bulkDownloadEnabled) {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'Bulk download is not enabled for this facility. Your staffing partner can enable it.' });
    }
    const filter = facilityAssignmentFilterSchema.safeParse(Object.fromEntries(FACILITY_FILTER_FIELDS.flatMap((field) => (request.query[field] ? [[field, request.query[field]]] : []))));
    if (!filter.success) {
      const issue = filter.error.issues[0];
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', field: issue?.path.join('.'), message: issue?.message });
    }

    const entries = await bulkCertificateEntries(deps, facility, filter.data);
    const zip = new ZipFile();
    // Stored, not deflated: a PDF's streams are compressed already.
    addCertificatePdfs(zip, deps, entries);
    zip.end();
    const fileName = `${asciiFileNamePart(facility.name) || 'facility'}-certificates-${todayInTimeZone('UTC', deps.now())}.zip`;
    zip.outputStream.on('error', (error) => request.log.error({ err: error }, 'certificate ZIP failed mid-stream'));
    return reply.type('application/zip').header('content-disposition', `attachment; filename="${fileName}"`).send(zip.outputStream);
  });
}
