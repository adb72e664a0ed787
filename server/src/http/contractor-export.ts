// The Contractors tab's CSV export: the agency's filtered, sorted list as a file, streamed a page of
// rows at a time (an agency of 200,000 contractors is never held in memory). The query string is the
// list's filter and order; the use case checks it and who is asking.
import { Readable, pipeline } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify';
import { COVERAGE_TYPE_LABELS, CONTRACTOR_COVERAGE_LABELS, todayInTimeZone } from '@coverline/domain';
import type { ServerDependencies } from '../dependencies.js';
import { exportContractors, type ContractorExportRow } from '../modules/contractors/contractors.service.js';
import { runDownload } from './downloads.js';

const COLUMNS = ['Name', 'Email', 'External ID', 'Coverage status', 'Current job', 'Effective date', 'End date', 'Required coverage', 'Work state'];

function csvRecord({ contractor, assignment, category }: ContractorExportRow): string[] {
  return [
    `${contractor.firstName} ${contractor.lastName}`,
    contractor.email,
    contractor.externalId ?? '',
    CONTRACTOR_COVERAGE_LABELS[contractor.coverageStatus],
    assignment?.jobName ?? '',
    assignment?.effectiveDate ?? '',
    assignment?.endDate ?? '',
    category ? category.coverageTypes.map((type) => COVERAGE_TYPE_LABELS[type]).join('; ') : '',
    contractor.workState ?? '',
  ];
}

async function* csvRecords(pages: AsyncIterable<ContractorExportRow[]>) {
  for await (const page of pages) for (const row of page) yield csvRecord(row);
}

export function registerContractorExportRoute(fastify: FastifyInstance, deps: ServerDependencies): void {
  fastify.get<{ Querystring: Record<string, string> }>('/contractors.csv', async (request, reply) => {
    const pages = await runDownload(deps, request, reply, 'No contractors here.', (accesses) => exportContractors(accesses, request.query));
    if (!pages) return reply;
    // A byte-order mark, so Excel reads the names as UTF-8.
    const csv = stringify({ bom: true, header: true, columns: COLUMNS });
    pipeline(Readable.from(csvRecords(pages)), csv, (error) => {
      if (error) request.log.error({ err: error }, 'contractor CSV export failed mid-stream');
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="contractors-${todayInTimeZone('UTC', deps.now())}.csv"`)
      .send(csv);
  });
}
