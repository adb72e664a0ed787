// The invoice PDF behind each pdfUrl: the bytes as issued, to the invoice's agency only.
import type { FastifyInstance } from 'fastify';
import type { ServerDependencies } from '../dependencies.js';
import { downloadInvoice } from '../modules/invoices/invoices.service.js';
import { runDownload } from './downloads.js';

export function registerInvoiceRoutes(fastify: FastifyInstance, deps: ServerDependencies): void {
  fastify.get<{ Params: { id: string } }>('/invoices/:id.pdf', async (request, reply) => {
    // One answer for "no such invoice" and "another agency's", so an id's existence does not leak.
    const invoice = await runDownload(deps, request, reply, 'No invoice here.', (accesses) => downloadInvoice(accesses, request.params.id));
    if (!invoice) return reply;
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${invoice.fileName}"`)
      .header('etag', `"${invoice.sha256}"`)
      .send(invoice.pdf);
  });
}
