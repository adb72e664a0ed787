// Downloads of a stored audit reconciliation, behind the csvUrl and packetUrl the API returns: the
// rows as CSV, and the audit packet (the report as CSV and PDF, the payees' totals, a manifest of the
// matched certificates with the state and dates of each, and every matched certificate) as one
// streamed ZIP. Only for a viewer who may see the facility, and only under the facility it was run for.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZipFile } from 'yazl';
import { asciiFileNamePart, certificateManifestCsv, keptReconciledPayment, payeeTotalsCsv, reconciliationCsv, todayInTimeZone } from '@coverline/domain';
import type { ServerDependencies } from '../dependencies.js';
import { findFacilityReconciliation, matchedCertificateEntries, type ReconciliationDownload } from '../modules/audit-reconciliation/audit-reconciliation.service.js';
import { renderReconciliationPdf } from '../modules/audit-reconciliation/reconciliation-pdf.js';
import { addCertificatePdfs } from './certificate-zip.js';
import { runDownload } from './downloads.js';

/** One answer for "no such reconciliation", "another facility's" and "not your facility", so an id reveals nothing. */
const NOT_FOUND_MESSAGE = 'No reconciliation here.';

// Excel reads a CSV without a byte-order mark as ANSI and garbles accented names; CSV readers skip it.
const UTF8_BOM = '\uFEFF';

type Params = { facilityId: string; id: string };

function baseName(facilityName: string, what: string, createdAt: Date): string {
  return `${asciiFileNamePart(facilityName) || 'facility'}-${what}-${todayInTimeZone('UTC', createdAt)}`;
}

/** The reconciliation a download names, for one of the request's viewers; null once the refusal is sent. */
function reconciliationOf(deps: ServerDependencies, request: FastifyRequest<{ Params: Params }>, reply: FastifyReply): Promise<ReconciliationDownload | null> {
  return runDownload(deps, request, reply, NOT_FOUND_MESSAGE, (accesses) => findFacilityReconciliation(accesses, request.params.facilityId, request.params.id));
}

export function registerAuditDownloadRoutes(fastify: FastifyInstance, deps: ServerDependencies): void {
  fastify.get<{ Params: Params }>('/facilities/:facilityId/reconciliations/:id.csv', async (request, reply) => {
    const found = await reconciliationOf(deps, request, reply);
    if (!found) return reply;
    const { facility, reconciliation } = found;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${baseName(facility.name, 'reconciliation', reconciliation.createdAt)}.csv"`)
      .send(UTF8_BOM + reconciliationCsv({ rows: reconciliation.result.rows.map(keptReconciledPayment) }));
  });

  fastify.get<{ Params: Params }>('/facilities/:facilityId/reconciliations/:id/packet.zip', async (request, reply) => {
    const found = await reconciliationOf(deps, request, reply);
    if (!found) return reply;
    const { facility, reconciliation } = found;
    const mtime = reconciliation.createdAt;
    const rows = reconciliation.result.rows.map(keptReconciledPayment);
    const [pdf, certificates] = await Promise.all([
      renderReconciliationPdf({ id: reconciliation.id, facilityName: facility.name, fileName: reconciliation.fileName, createdAt: mtime, rows, totals: reconciliation.result.totals }),
      matchedCertificateEntries(found),
    ]);
    const fileOf = new Map(certificates.map((entry) => [entry.number, entry.fileName]));

    const zip = new ZipFile();
    const csv = (text: string, name: string) => zip.addBuffer(Buffer.from(UTF8_BOM + text, 'utf8'), name, { mtime });
    csv(reconciliationCsv({ rows }), 'reconciliation.csv');
    // PDFs are stored, not deflated: their streams are compressed already.
    zip.addBuffer(pdf, 'reconciliation.pdf', { mtime, compress: false });
    csv(payeeTotalsCsv(rows), 'payees.csv');
    csv(certificateManifestCsv(rows, (certificate) => fileOf.get(certificate.number) ?? null), 'certificates.csv');
    addCertificatePdfs(zip, found.scope, certificates);
    zip.end();
    zip.outputStream.on('error', (error) => request.log.error({ err: error }, 'audit packet ZIP failed mid-stream'));
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${baseName(facility.name, 'audit-packet', mtime)}.zip"`)
      .send(zip.outputStream);
  });
}
