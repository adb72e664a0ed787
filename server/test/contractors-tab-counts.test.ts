// The Contractors tab of a large agency: its total counted only when asked for and no further than
// 10,001 rows ("10,000+"), its filters paged by cursor over thousands of rows, and the plans that
// keep it fast as the application runs them, under row-level security (a search's first page and its
// total from one read, the counts from one index alone).
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SETTINGS, settingsStatement } from '../src/db/scoped-database.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createContractor, signedInMemberOf, type AgencyFixture } from './factories/index.js';

let server: TestServer;
let big: AgencyFixture;
let rep: GraphQLClient;
let recording: { statement: string; parameters: readonly unknown[] }[] | null = null;
/** The owner's own connection, for EXPLAIN of a statement with its parameters. */
let explainer: postgres.Sql;

const BULK = 10_000;
const STATES = ['OH', 'TX', 'IL'];
const STATUSES = ['COVERED', 'NEEDS_OPT_IN', 'NOT_INVITED', 'COVERED', 'NO_CURRENT_ASSIGNMENT'];

const COUNTED = `query($filter: ContractorFilter) {
  contractors(filter: $filter, first: 3) { totalCount totalCountIsExact edges { node { id } } }
}`;
type Counted = { contractors: { totalCount: number; totalCountIsExact: boolean; edges: unknown[] } };

/** The agency's contractors as the owner sees them, for a filter, in the tab's default order (last name, first name, id). */
async function expectedIds(filter: { state: string; coverageStatus: string; search: string }): Promise<string[]> {
  const rows = await server.db.execute<{ id: string }>(sql`
    select id from contractors
    where agency_id = ${big.id} and archived_at is null and work_state = ${filter.state} and coverage_status::text = ${filter.coverageStatus}
      and strpos(lower(first_name || ' ' || last_name || ' ' || email), ${filter.search}) > 0
    order by last_name collate "C", first_name collate "C", id`);
  return rows.map((row) => row.id);
}

/** The statements one request sends to contractors, with their parameters. */
async function contractorStatements(query: string, variables: Record<string, unknown> = {}) {
  recording = [];
  try {
    await rep.data(query, variables);
    return recording.filter(({ statement }) => /\bfrom "contractors"/i.test(statement));
  } finally {
    recording = null;
  }
}

const dialect = new PgDialect();

type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };
const scans = (node: PlanNode): string[] => [`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}`, ...(node.Plans ?? []).flatMap(scans)];

/**
 * The scans PostgreSQL plans for a statement the application sent, with its parameters, in the
 * agency's scope: row-level security changes plans (a qual that is not leakproof, such as LIKE, is
 * checked after the policy, on each row, and planned without the column's statistics).
 */
async function planOf({ statement, parameters }: { statement: string; parameters: readonly unknown[] }): Promise<string[]> {
  return explainer.begin(async (transaction) => {
    const scope = dialect.sqlToQuery(settingsStatement({ ...NO_SETTINGS, scope: 'agency', agencyId: big.id }, true));
    await transaction.unsafe(scope.sql, scope.params as never[]);
    const [row] = await transaction.unsafe(`explain (format json) ${statement}`, parameters as never[]);
    return scans((row?.['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan);
  });
}

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' }, { observeStatements: (statement, parameters) => recording?.push({ statement, parameters }) });
  big = await createAgency(server, { name: 'Large Staffing' });
  // Three in twenty are Smiths, spread over the work states and coverage statuses (written as the
  // lifecycle would have left them: these rows test the list, not the lifecycle).
  await server.db.execute(sql`
    insert into contractors (agency_id, first_name, last_name, email, work_state, coverage_status)
    select ${big.id}, 'Bulk' || (g % 7), (case when g % 20 < 3 then 'Smith' else 'Jones' end) || (g % 11), 'bulk' || g || '@large.test',
           (${sql.raw(`array['${STATES.join("','")}']`)})[g % 3 + 1], (${sql.raw(`array['${STATUSES.join("','")}']`)}::contractor_coverage_status[])[g % 5 + 1]
    from generate_series(1, ${BULK}) g`);
  await server.db.execute(sql`vacuum analyze contractors`);
  rep = (await signedInMemberOf(server, big)).client;
  explainer = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
  await explainer?.end();
  await server?.stop();
});

describe('totalCount', () => {
  it('is exact up to 10,000, and 10,000 and not exact past it', async () => {
    expect((await rep.data<Counted>(COUNTED)).contractors).toMatchObject({ totalCount: 10_000, totalCountIsExact: true });
    const one = await createContractor(server, big, { lastName: 'Onemore' });
    try {
      expect((await rep.data<Counted>(COUNTED)).contractors).toMatchObject({ totalCount: 10_000, totalCountIsExact: false, edges: [{}, {}, {}] });
      // A filter below the bound is counted exactly.
      expect((await rep.data<Counted>(COUNTED, { filter: { search: 'onemore' } })).contractors).toMatchObject({ totalCount: 1, totalCountIsExact: true });
      const [{ smiths } = { smiths: 0 }] = await server.db.execute<{ smiths: number }>(sql`select count(*)::int as smiths from contractors where agency_id = ${big.id} and last_name like 'Smith%'`);
      expect((await rep.data<Counted>(COUNTED, { filter: { search: 'SMITH' } })).contractors).toMatchObject({ totalCount: smiths, totalCountIsExact: true });
    } finally {
      await server.db.execute(sql`delete from contractors where id = ${one.id}`);
    }
  });

  it('reads no further than 10,001 rows', async () => {
    const count = (await contractorStatements(COUNTED)).find(({ statement }) => /count\(/i.test(statement));
    expect(count?.statement).toMatch(/^select count\(\*\) from \(select .* limit \$\d+\) "matches"$/is);
    expect(Number(count?.parameters.at(-1))).toBe(10_001);
  });

  it('is counted only when asked for, and once for both of its fields', async () => {
    const page = (fields: string) => contractorStatements(`{ contractors(first: 5) { ${fields} edges { node { id } } } }`);
    const counts = (statements: { statement: string }[]) => statements.filter(({ statement }) => /count\(/i.test(statement)).length;
    expect(counts(await page(''))).toBe(0);
    expect(counts(await page('totalCount'))).toBe(1);
    expect(counts(await page('totalCountIsExact'))).toBe(1);
    expect(counts(await page('totalCount totalCountIsExact'))).toBe(1);
  });
});

describe('a work state, a coverage status and a search together', () => {
  const filter = { state: 'TX', coverageStatus: 'COVERED', search: 'smith' };
  const LIST = `query($filter: ContractorFilter, $first: Int, $after: String) {
    contractors(filter: $filter, first: $first, after: $after) { totalCount totalCountIsExact edges { node { id } } pageInfo { hasNextPage endCursor } }
  }`;
  type Page = { contractors: { totalCount: number; totalCountIsExact: boolean; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  const apiFilter = { state: filter.state, coverageStatus: [filter.coverageStatus], search: filter.search };

  it('pages by cursor through exactly the matching rows, in name order, each total the same', async () => {
    const expected = await expectedIds(filter);
    expect(expected.length).toBeGreaterThan(100);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { contractors: page }: Page = await rep.data<Page>(LIST, { filter: apiFilter, first: 37, after });
      expect(page).toMatchObject({ totalCount: expected.length, totalCountIsExact: true });
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('reads the first page and its total in one statement, which finds the matches once', async () => {
    const first = await contractorStatements(LIST, { filter: apiFilter, first: 20 });
    expect(first).toHaveLength(1);
    // One scan finds the matches; the page's rows are then read whole by their primary key.
    const readsOfTable = (await planOf(first[0]!)).filter((scan) => /^(Seq Scan|Bitmap Heap Scan|Index Scan|Index Only Scan)/.test(scan));
    expect(readsOfTable.filter((scan) => scan !== 'Index Scan contractors_agency_id_id_pk')).toHaveLength(1);
    // A later page asks for its total by itself: the first page's read did not count past its cursor.
    const { contractors: page } = await rep.data<Page>(LIST, { filter: apiFilter, first: 20 });
    const later = await contractorStatements(LIST, { filter: apiFilter, first: 20, after: page.pageInfo.endCursor });
    expect(later).toHaveLength(2);
  });

  it('counts a work state and coverage status from contractors_active_state_coverage_idx alone', async () => {
    const [, count] = await contractorStatements(LIST, { filter: { state: 'TX', coverageStatus: ['COVERED'] }, first: 20 });
    expect(await planOf(count!)).toContain('Index Only Scan contractors_active_state_coverage_idx');
  });
});
