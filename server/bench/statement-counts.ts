// SQL statements per request at production scale (issue 13): the Compliance Hub page (its sign-in
// included: the session looked up afresh, and kept), the Contractors tab at `first` 10 and 100, and a
// contractor's profile with a short and a long work history. `server/test/statement-counts.test.ts`
// holds the same to account on a small database; here the rows are the bench's own.
import { print, type DocumentNode } from 'graphql';
import { ContractorProfileRouteDocument, ContractorsRouteDocument } from '../../web-agency/src/gql/graphql.js';
import { FacilityAssignmentsDocument } from '../../web-facility/src/gql/graphql.js';
import type { TargetTable } from './targets.js';

/** Issue 13: the Hub page in at most 3, signing in included; every page the same at any size. */
const MAX_HUB_STATEMENTS = 3;
const PAGE_SIZES = [10, 100] as const;
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;
// postgres.js reads the array types on a connection's first use: the driver's cost, not a page's.
const DRIVER_TYPE_CATALOGUE = /from pg_catalog\.pg_type a\s+left join pg_catalog\.pg_type b/i;

type Request = { headers: Record<string, string>; document: DocumentNode; variables: Record<string, unknown>; check: (data: Record<string, unknown>) => boolean };

export type StatementCountsBench = {
  url: string;
  targets: TargetTable;
  record: (name: string, value: string) => void;
  /** The application's statements while `action` runs. */
  statementsOf: (action: () => Promise<unknown>) => Promise<{ statement: string }[]>;
  /** Request headers of a facility user's session this process has not seen yet (so it is looked up). */
  freshHubSession: () => Promise<Record<string, string>>;
  hub: { facilityId: string; headers: Record<string, string> };
  /** A signed-in rep of the Contractors tab's agency. */
  tab: { headers: Record<string, string> };
  /** A signed-in rep of the agency whose contractors these are: one with a short work history, one with a long one. */
  profiles: { headers: Record<string, string>; contractorIds: string[] };
};

async function statementsOfRequest(bench: StatementCountsBench, name: string, request: Request): Promise<number> {
  let data: Record<string, unknown> | undefined;
  const statements = await bench.statementsOf(async () => {
    const response = await fetch(`${bench.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: JSON.stringify({ query: print(request.document), variables: request.variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (body.errors || !body.data) throw new Error(`${name}: ${JSON.stringify(body.errors ?? body)}`);
    data = body.data;
  });
  if (!data || !request.check(data)) throw new Error(`${name}: a wrong answer ${JSON.stringify(data).slice(0, 300)}`);
  return statements.filter(({ statement }) => !TRANSACTION_CONTROL.test(statement) && !DRIVER_TYPE_CATALOGUE.test(statement)).length;
}

const edgesOf = (data: Record<string, unknown>, field: string) => (data[field] as { edges: unknown[] } | null)?.edges.length;

export async function benchStatementCounts(bench: StatementCountsBench): Promise<void> {
  const hubPage = (headers: Record<string, string>, first: number): Request => ({
    headers,
    document: FacilityAssignmentsDocument,
    variables: { facilityId: bench.hub.facilityId, first },
    check: (data) => edgesOf(data, 'facilityAssignments') === first,
  });
  const hubLookedUp: number[] = [];
  const hubKept: number[] = [];
  for (const first of PAGE_SIZES) {
    hubLookedUp.push(await statementsOfRequest(bench, `Hub page, first ${first}`, hubPage(await bench.freshHubSession(), first)));
    await statementsOfRequest(bench, `Hub page, first ${first}`, hubPage(bench.hub.headers, first));
    hubKept.push(await statementsOfRequest(bench, `Hub page, first ${first}`, hubPage(bench.hub.headers, first)));
  }
  const sameAtEverySize = (counts: number[]) => counts.every((count) => count === counts[0]);
  const sizes = PAGE_SIZES.join(' / ');
  bench.targets.add(
    `SQL statements per request, Hub page, first ${sizes}: session looked up (kept)`,
    `the same at every size; ≤ ${MAX_HUB_STATEMENTS}`,
    `${hubLookedUp.join(' / ')} (${hubKept.join(' / ')})`,
    sameAtEverySize(hubLookedUp) && sameAtEverySize(hubKept) && Math.max(...hubLookedUp, ...hubKept) <= MAX_HUB_STATEMENTS,
  );

  const tab: number[] = [];
  for (const first of PAGE_SIZES) {
    tab.push(
      await statementsOfRequest(bench, `Contractors tab, first ${first}`, {
        headers: bench.tab.headers,
        document: ContractorsRouteDocument,
        variables: { first },
        check: (data) => edgesOf(data, 'contractors') === first,
      }),
    );
  }
  bench.targets.add(`SQL statements per request, Contractors tab, first ${sizes}`, 'the same at every size', tab.join(' / '), sameAtEverySize(tab));

  const profile: number[] = [];
  const histories: number[] = [];
  for (const id of bench.profiles.contractorIds) {
    let history = 0;
    profile.push(
      await statementsOfRequest(bench, `contractor profile ${id}`, {
        headers: bench.profiles.headers,
        document: ContractorProfileRouteDocument,
        variables: { id },
        check: (data) => (history = (data.contractor as { assignments: unknown[] } | null)?.assignments.length ?? 0) > 0,
      }),
    );
    histories.push(history);
  }
  bench.targets.add(`SQL statements per request, contractor profile of ${histories.join(' / ')} assignments`, 'the same at every size', profile.join(' / '), sameAtEverySize(profile));
  bench.record('SQL statements per request: Hub looked up / kept, Contractors tab, profile', `${hubLookedUp.join('/')} / ${hubKept.join('/')}, ${tab.join('/')}, ${profile.join('/')}`);
}
