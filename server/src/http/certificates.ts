// Certificate routes beside /graphql: the PDF download behind each downloadUrl, a facility's ZIP of
// certificates (streamed: each PDF is read from the database when its turn comes), and the public
// key that lets anyone check a certificate's signature without trusting our server's answer.
import type { FastifyInstance } from 'fastify';
import { ZipFile } from 'yazl';
import { asciiFileNamePart, todayInTimeZone } from '@coverline/domain';
import type { ServerDependencies } from '../dependencies.js';
import { certificateSigningKey } from '../modules/certificates/certificate-signing.js';
import { downloadCertificate } from '../modules/certificates/certificates.service.js';
import { facilityCertificateArchive } from '../modules/facility-assignments/facility-assignments.service.js';
import { addCertificatePdfs } from './certificate-zip.js';
import { runDownload } from './downloads.js';

export const CERTIFICATE_KEYS_PATH = '/.well-known/coverline-certificate-keys.json';

export function registerCertificateRoutes(fastify: FastifyInstance, deps: ServerDependencies): void {
  fastify.get(CERTIFICATE_KEYS_PATH, (_request, reply) => {
    const { jwk } = certificateSigningKey(deps.config);
    return reply.header('cache-control', 'public, max-age=3600').send({ keys: [jwk] });
  });

  fastify.get<{ Params: { number: string } }>('/certificates/:number.pdf', async (request, reply) => {
    // One answer for "no such certificate" and "not yours", so a number's existence does not leak.
    const certificate = await runDownload(deps, request, reply, 'No certificate here.', (accesses) => downloadCertificate(accesses, request.params.number));
    if (!certificate) return reply;
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${certificate.fileName}"`)
      .header('etag', `"${certificate.sha256}"`)
      .send(certificate.pdf);
  });

  fastify.get<{ Params: { facilityId: string }; Querystring: Record<string, string> }>('/facilities/:facilityId/certificates.zip', async (request, reply) => {
    const archive = await runDownload(deps, request, reply, 'No facility here.', (accesses) => facilityCertificateArchive(accesses, request.params.facilityId, request.query));
    if (!archive) return reply;
    const zip = new ZipFile();
    // Stored, not deflated: a PDF's streams are compressed already.
    addCertificatePdfs(zip, archive.scope, archive.entries);
    zip.end();
    const fileName = `${asciiFileNamePart(archive.facility.name) || 'facility'}-certificates-${todayInTimeZone('UTC', deps.now())}.zip`;
    zip.outputStream.on('error', (error) => request.log.error({ err: error }, 'certificate ZIP failed mid-stream'));
    return reply.type('application/zip').header('content-disposition', `attachment; filename="${fileName}"`).send(zip.outputStream);
  });
}
