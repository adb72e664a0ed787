// The Hub page beside PostGraphile 5 (Amber preset + the connection-filter plugin), served in this
// process over node:http on its own port, against the same database: it logs in as the application
// role and takes, per request, the facility scope's role and settings that Coverline's session gives
// the bench's facility user, so row-level security hands both servers the same rows. Both answer one
// month of the facility's covered assignments, newest first, first 50, with the count: each
// contractor's name, the dates and the valid certificate's number. Both answers are checked against
// the database before the load and every answer under load must be byte-for-byte the first one.
// Rounds alternate A, B, B, A… so the machine's other work weighs on both alike; medians are reported.
import type autocannon from 'autocannon';
import http from 'node:http';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';
import { jsonPgSmartTags } from 'postgraphile/utils';
import { sql } from 'drizzle-orm';
import { SCOPE_ROLES } from '../src/db/application-role.js';
import type { Executor } from '../src/db/client.js';
import type { TargetTable } from './targets.js';
import { loadFromItsOwnThread } from './load-generator.js';

/** What both servers must return: the page's rows, in order. */
export type HubRow = { contractorName: string; effectiveDate: string; endDate: string; number: string };
export type ExpectedHubPage = { totalCount: number; rows: HubRow[] };

export type LoadRequest = { url: string; method: 'POST'; headers: Record<string, string>; body: string };

type PeerBench = {
  /** The application role's URL (it owns nothing; row-level security holds for it). */
  applicationDatabaseUrl: string;
  facility: { agencyId: string; facilityId: string; facilityUserId: string };
  /** Coverline's Hub request for the month, signed in as the facility user. */
  coverline: LoadRequest;
  month: { from: string; to: string };
  /** The page as the database holds it, read by the owner. */
  expected: ExpectedHubPage;
  rounds: number;
  seconds: number;
  connections: number;
  record: (name: string, value: string) => void;
  targets: TargetTable;
};

type CoverlinePage = {
  data?: { facilityAssignments: { totalCount: number; edges: { node: { contractorName: string; effectiveDate: string; endDate: string; certificate: { number: string } | null } }[] } };
};
type PeerPage = {
  data?: {
    allAssignments: {
      totalCount: number;
      nodes: { effectiveDate: string; endDate: string; contractorByAgencyIdAndContractorId: { firstName: string; lastName: string } | null; certificatesByAgencyIdAndAssignmentId: { nodes: { number: string }[] } }[];
    };
  };
};

export const coverlineHubPageQuery = (facilityId: string, month: { from: string; to: string }) =>
  `{ facilityAssignments(facilityId: "${facilityId}", first: 50, filter: { effectiveFrom: "${month.from}", effectiveTo: "${month.to}" }) { totalCount edges { node { contractorName effectiveDate endDate certificate { number } } } } }`;

export const peerQuery = (facility: { agencyId: string; facilityId: string }, month: { from: string; to: string }) => `{
  allAssignments(
    condition: { agencyId: "${facility.agencyId}", facilityId: "${facility.facilityId}" }
    filter: { status: { in: [COVERED, ENDED] }, effectiveDate: { greaterThanOrEqualTo: "${month.from}", lessThanOrEqualTo: "${month.to}" } }
    orderBy: [EFFECTIVE_DATE_DESC, ROW_ID_DESC]
    first: 50
  ) {
    totalCount
    nodes {
      effectiveDate endDate
      contractorByAgencyIdAndContractorId { firstName lastName }
      certificatesByAgencyIdAndAssignmentId(condition: { status: VALID }) { nodes { number } }
    }
  }
}`;

function coverlineRows(answer: CoverlinePage): ExpectedHubPage | null {
  const connection = answer.data?.facilityAssignments;
  if (!connection) return null;
  return {
    totalCount: connection.totalCount,
    rows: connection.edges.map(({ node }) => ({ contractorName: node.contractorName, effectiveDate: node.effectiveDate, endDate: node.endDate, number: node.certificate?.number ?? '' })),
  };
}

function peerRows(answer: PeerPage): ExpectedHubPage | null {
  const connection = answer.data?.allAssignments;
  if (!connection) return null;
  return {
    totalCount: connection.totalCount,
    rows: connection.nodes.map((node) => ({
      contractorName: node.contractorByAgencyIdAndContractorId ? `${node.contractorByAgencyIdAndContractorId.firstName} ${node.contractorByAgencyIdAndContractorId.lastName}` : '',
      effectiveDate: node.effectiveDate,
      endDate: node.endDate,
      number: node.certificatesByAgencyIdAndAssignmentId.nodes.map((certificate) => certificate.number).join(','),
    })),
  };
}

/** One answer of `request`, turned into rows and compared with the database's: its exact text is what every answer under load must be. */
async function checkedAnswer<Answer>(name: string, request: LoadRequest, rowsOf: (answer: Answer) => ExpectedHubPage | null, expected: ExpectedHubPage): Promise<string> {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  let rows: ExpectedHubPage | null = null;
  try {
    rows = rowsOf(JSON.parse(text) as Answer);
  } catch {
    // not JSON: reported below with the text
  }
  if (!response.ok || JSON.stringify(rows) !== JSON.stringify(expected)) {
    throw new Error(`${name}: its answer is not the database's page (${expected.totalCount} rows, first ${expected.rows.length}): ${response.status} ${text.slice(0, 600)}`);
  }
  return text;
}

/** The month's page as the database holds it, read by the owner: what both servers must answer. */
export async function databaseHubPage(db: Executor, facility: { agencyId: string; facilityId: string }, month: { from: string; to: string }): Promise<ExpectedHubPage> {
  const inMonth = sql`a.agency_id = ${facility.agencyId} and a.facility_id = ${facility.facilityId} and a.status in ('COVERED', 'ENDED') and a.effective_date between ${month.from} and ${month.to}`;
  const rows = await db.execute<HubRow>(sql`
    select c.first_name || ' ' || c.last_name as "contractorName", a.effective_date::text as "effectiveDate", a.end_date::text as "endDate", cert.number
    from assignments a join contractors c on c.agency_id = a.agency_id and c.id = a.contractor_id
    join certificates cert on cert.agency_id = a.agency_id and cert.assignment_id = a.id and cert.status = 'VALID'
    where ${inMonth} order by a.effective_date desc, a.id desc limit 50`);
  const [total] = await db.execute<{ n: number }>(sql`select count(*)::int as n from assignments a where ${inMonth}`);
  return { totalCount: total?.n ?? 0, rows: rows.map((row) => ({ contractorName: row.contractorName, effectiveDate: row.effectiveDate, endDate: row.endDate, number: row.number })) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * PostGraphile 5 on a free loopback port, as the application role with the facility scope of
 * `facility`'s user set for every request (scope.ts's settings): fixed, as the peer does no authentication.
 */
export async function startPostGraphilePeer(applicationDatabaseUrl: string, facility: PeerBench['facility']): Promise<{ url: string; stop: () => Promise<void> }> {
  // Its own pool, ended on stop: PostGraphile's release leaves a pool passed in to its owner.
  const pool = new pg.Pool({ connectionString: applicationDatabaseUrl, max: 10 });
  pool.on('error', () => undefined); // an idle client cut off as PostgreSQL stops
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
    plugins: [
      // PostGraphile offers conditions only on columns that lead an index. Both are indexed behind agency_id:
      // assignments_facility_effective_idx (agency_id, facility_id, …) and the partial
      // certificates_valid_per_assignment_key (agency_id, assignment_id) where status = 'VALID'.
      jsonPgSmartTags({
        version: 1,
        config: {
          class: {
            assignments: { attribute: { facility_id: { tags: { isIndexed: true } } } },
            certificates: { attribute: { status: { tags: { isIndexed: true } } } },
          },
        },
      }),
    ],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphiql: false, watch: false },
    grafast: {
      explain: false,
      context: () => ({
        pgSettings: {
          role: SCOPE_ROLES.facility,
          'app.facility_user_id': facility.facilityUserId,
          'app.facility_ids': facility.facilityId,
          'app.facility_agency_ids': facility.agencyId,
        },
      }),
    },
  };
  const pgl = postgraphile(preset);
  const server = http.createServer();
  await pgl.createServ(grafserv).addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pgl.release();
      await pool.end();
    },
  };
}

export async function benchPostGraphilePeer(bench: PeerBench): Promise<void> {
  const { facility, month } = bench;
  const postgraphilePeer = await startPostGraphilePeer(bench.applicationDatabaseUrl, facility);
  try {
    const peer: LoadRequest = {
      url: postgraphilePeer.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: peerQuery(facility, month) }),
    };
    const expectedBody = {
      coverline: await checkedAnswer('Coverline Hub page', bench.coverline, coverlineRows, bench.expected),
      postgraphile: await checkedAnswer('PostGraphile Hub page', peer, peerRows, bench.expected),
    };
    const requests = { coverline: bench.coverline, postgraphile: peer };
    const results = { coverline: [] as autocannon.Result[], postgraphile: [] as autocannon.Result[] };
    for (let round = 0; round < bench.rounds; round++) {
      for (const side of round % 2 === 0 ? (['coverline', 'postgraphile'] as const) : (['postgraphile', 'coverline'] as const)) {
        const result = await loadFromItsOwnThread(requests[side], { connections: bench.connections, seconds: bench.seconds, expected: expectedBody[side] });
        const wrong = result.mismatches + result.non2xx + result.errors + result.timeouts;
        if (wrong > 0 || result.requests.total === 0) throw new Error(`${side} Hub page under load: ${wrong} wrong answers of ${result.requests.total}`);
        results[side].push(result);
      }
    }
    const perSecond = (side: keyof typeof results) => median(results[side].map((result) => result.requests.average));
    const p99 = (side: keyof typeof results) => median(results[side].map((result) => result.latency.p99));
    const ratio = perSecond('coverline') / perSecond('postgraphile');
    const label = `Hub page (${bench.expected.totalCount.toLocaleString('en-US')} in the month, first 50), ${bench.connections} connections, median of ${bench.rounds} × ${bench.seconds} s`;
    bench.record(`${label}: Coverline requests/s, p99`, `${perSecond('coverline').toFixed(0)}, ${p99('coverline')} ms`);
    bench.record(`${label}: PostGraphile 5 requests/s, p99`, `${perSecond('postgraphile').toFixed(0)}, ${p99('postgraphile')} ms`);
    bench.record('Hub page: Coverline / PostGraphile requests/s', `${ratio.toFixed(2)}×`);
    bench.targets.add('Hub page vs PostGraphile 5, requests/s', '≥ 1.5×', `${ratio.toFixed(2)}× (${perSecond('coverline').toFixed(0)} vs ${perSecond('postgraphile').toFixed(0)})`, ratio >= 1.5);
    bench.targets.add(`Hub page p99, ${bench.connections} connections`, '≤ 25 ms', `${p99('coverline')} ms`, p99('coverline') <= 25);
  } finally {
    await postgraphilePeer.stop();
  }
}
