// The Contractors tab at scale (issue 13): one agency with 200,000 contractors (at full scale) and
// three assignments each, made by generate_series in seconds; then the app's own page query (20 rows,
// totalCount, current assignment) for each case, one client at a time (p50 / p95) and, for the four
// cases the issue sets targets for, under 10 connections (requests/s), every answer checked against
// what the database itself holds.
import { boundedCount } from '@coverline/domain';
import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import { print } from 'graphql';
import { ContractorsRouteDocument } from '../../web-agency/src/gql/graphql.js';
import type { Executor } from '../src/db/client.js';
import { createSession } from '../src/modules/auth/sessions.js';
import type { LoadFigures, TargetTable } from './targets.js';

/** Issue 13's targets for the four cases measured under load. */
const TAB_TARGETS = { p95Ms: 30, requestsPerSecond: 300 };

type Statement = { statement: string; parameters: readonly unknown[] };

type Bench = {
  db: Executor;
  url: string;
  contractors: number;
  samples: number;
  record: (name: string, value: string) => void;
  targets: TargetTable;
  sample: (times: number, action: () => Promise<unknown>) => Promise<{ p50: number; p95: number }>;
  /** 10 connections on `request`, every answer byte for byte the first one, which `expect` checks. */
  load: <Answer>(name: string, request: { url: string; method: 'POST'; headers: Record<string, string>; body: string }, expect: (answer: Answer) => boolean) => Promise<LoadFigures>;
  /** The application's statements while `action` runs. */
  statementsOf: (action: () => Promise<unknown>) => Promise<Statement[]>;
  /** EXPLAIN (format json) of one statement, in the agency's scope. */
  explain: (statement: Statement) => Promise<PlanNode>;
};

export type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

export type ContractorsTabAgency = { agencyId: string; categories: { id: string; job_code_id: string }[]; headers: Record<string, string> };

const FIRST_NAMES = ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq'];
// Smith and Smithers are 1 in 20 of the names: a search for "smith" matches 10,000 of 200,000.
const LAST_NAMES = [
  'Adams', 'Baker', 'Brown', 'Chen', 'Clark', 'Davis', 'Diaz', 'Evans', 'Garcia', 'Green', 'Hall', 'Harris', 'Hill', 'Jones', 'Khan', 'King', 'Lee', 'Lewis', 'Lopez', 'Martin',
  'Miller', 'Moore', 'Nguyen', 'Patel', 'Perez', 'Reed', 'Rivera', 'Roberts', 'Scott', 'Smith', 'Smithers', 'Taylor', 'Thomas', 'Turner', 'Walker', 'White', 'Wilson', 'Wright', 'Young', 'Zhang',
];
const WORK_STATES = ['OH', 'IL', 'TX', 'CA', 'NY', 'FL', 'WA', 'GA'];
const textArray = (values: readonly string[]) => sql.raw(`array['${values.join("','")}']`);

/**
 * The agency, its contractors and their assignments (of one job category a contractor, so a job code
 * is a third of them), with the coverage statuses written by migration 0005's backfill (which a test
 * proves equal to the domain's contractorCoverage), and a signed-in rep's headers.
 */
export async function seedContractorsTab(db: Executor, count: number, record: Bench['record']): Promise<ContractorsTabAgency> {
  const seedStart = performance.now();
  const [agency] = await db.execute<{ id: string }>(sql`insert into agencies (name) values ('Bench Staffing') returning id`);
  if (!agency) throw new Error('no bench agency');
  const agencyId = agency.id;
  await db.execute(sql`insert into agency_settings (agency_id) values (${agencyId})`);
  const categories = await db.execute<{ id: string; job_code_id: string }>(sql`
    insert into job_categories (agency_id, job_code_id, coverage_types, work_state, status)
    select ${agencyId}, id, '{GENERAL_LIABILITY}', (array['OH', 'IL', 'TX'])[row_number() over (order by code)], 'APPROVED'
    from (select id, code from job_codes order by code limit 3) codes
    returning id, job_code_id`);
  const backfill = fs.readFileSync(new URL('../src/db/migrations/0005_issue9_contractors_reminders_invoices.sql', import.meta.url), 'utf8');
  const statementsOf0005 = backfill.split('--> statement-breakpoint').map((part) => part.trim());
  // As for any bulk load, the trigram index is built once after the rows, by its own definition.
  const [searchIndex] = await db.execute<{ definition: string }>(sql`select pg_get_indexdef('contractors_search_idx'::regclass) as definition`);
  if (!searchIndex) throw new Error('no contractors_search_idx');
  await db.execute(sql`drop index contractors_search_idx`);
  await db.execute(sql`
    insert into contractors (agency_id, first_name, last_name, email, work_state, external_id)
    select ${agencyId}, (${textArray(FIRST_NAMES)})[g % 20 + 1], (${textArray(LAST_NAMES)})[(g * 7) % 40 + 1], 'contractor' || g || '@bench.test',
           (${textArray(WORK_STATES)})[g % 8 + 1], 'B-' || g
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into assignments (agency_id, contractor_id, job_category_id, client_entity, job_name, description, effective_date, end_date, wage_cents, premium_cents, payer, status, created_by_type)
    select c.agency_id, c.id, (${sql.raw(`array['${categories.map((category) => category.id).join("','")}']::uuid[]`)})[n % 3 + 1], 'Bench Client', 'Bench job ' || k,
           'An assignment that only exists to measure the Contractors tab at scale.', current_date + ((n * 3 + k) % 60) - 30, current_date + ((n * 3 + k) % 60),
           100000, 2500, 'AGENCY',
           (array['COVERED','COVERED','COVERED','ENDED','ENDED','AWAITING_OPT_IN','AWAITING_PAYMENT','DECLINED','PENDING_APPROVAL','CANCELLED']::assignment_status[])[(n * 3 + k) % 10 + 1],
           'SYSTEM'
    from (select agency_id, id, substr(external_id, 3)::int as n from contractors where agency_id = ${agencyId}) c cross join generate_series(1, 3) k`);
  for (const statement of statementsOf0005.filter((part) => part.startsWith('UPDATE contractors'))) await db.execute(sql.raw(statement));
  await db.execute(sql.raw(searchIndex.definition));
  // Vacuumed as autovacuum would have by then: the visibility map lets the counts read the indexes only.
  await db.execute(sql`vacuum analyze contractors`);
  await db.execute(sql`vacuum analyze assignments`);
  await db.execute(sql`analyze job_categories`);
  record(`Contractors tab: seeded ${count.toLocaleString('en-US')} contractors + ${(count * 3).toLocaleString('en-US')} assignments`, `${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const [rep] = await db.execute<{ id: string }>(sql`
    insert into team_members (agency_id, email, name, password_hash, status) values (${agencyId}, 'bench-rep@bench.test', 'Bench Rep', 'not-a-login', 'ACTIVE') returning id`);
  if (!rep) throw new Error('no bench rep');
  const session = await createSession(db, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
  return { agencyId, categories, headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', cookie: `coverline_agency=${session.token}` } };
}

type TabFilter = { state?: string; coverageStatus?: string[]; search?: string; jobCodeId?: string };
type TabCase = { label: string; variables: { filter?: TabFilter; orderBy?: { field: string; direction?: string } }; underLoad: boolean };
type TabNode = { id: string; firstName: string; lastName: string; email: string; workState: string | null; coverageStatus: string };
type TabAnswer = { errors?: unknown; data?: { contractors: { totalCount: number; totalCountIsExact: boolean; edges: { node: TabNode }[] } } };

const PAGE = 20;

/** The rows the database holds for a filter, counted by the owner without the application's query. */
async function expectedTotal(db: Executor, agencyId: string, filter: TabFilter = {}): Promise<number> {
  const [row] = await db.execute<{ total: number }>(sql`
    select count(*)::int as total from contractors c
    where c.agency_id = ${agencyId} and c.archived_at is null
      and (${filter.state ?? null}::text is null or c.work_state = ${filter.state ?? null})
      and (${filter.coverageStatus?.join(',') ?? null}::text is null or c.coverage_status::text = any(string_to_array(${filter.coverageStatus?.join(',') ?? null}, ',')))
      and (${filter.search ?? null}::text is null or strpos(lower(c.first_name || ' ' || c.last_name || ' ' || c.email || ' ' || coalesce(c.external_id, '')), lower(${filter.search ?? ''})) > 0)
      and (${filter.jobCodeId ?? null}::uuid is null or exists (
        select 1 from assignments a join job_categories j on j.agency_id = a.agency_id and j.id = a.job_category_id
        where a.agency_id = c.agency_id and a.contractor_id = c.id and j.job_code_id = ${filter.jobCodeId ?? null}))`);
  return row?.total ?? 0;
}

/** A page is right when it has as many rows as the database holds (up to a page), each of them matching the filter, and their total (bounded) is told. */
function pageFits(answer: TabAnswer, total: number, filter: TabFilter = {}): boolean {
  const connection = answer.data?.contractors;
  if (answer.errors || !connection || connection.edges.length !== Math.min(PAGE, total)) return false;
  const told = boundedCount(total);
  if (connection.totalCount !== told.totalCount || connection.totalCountIsExact !== told.totalCountIsExact) return false;
  const search = filter.search?.toLowerCase();
  return connection.edges.every(
    ({ node }) =>
      (!filter.state || node.workState === filter.state) &&
      (!filter.coverageStatus || filter.coverageStatus.includes(node.coverageStatus)) &&
      (!search || `${node.firstName} ${node.lastName} ${node.email}`.toLowerCase().includes(search)),
  );
}

export async function benchContractorsTab(bench: Bench, agency: ContractorsTabAgency): Promise<void> {
  const { db, url, record } = bench;
  const count = bench.contractors.toLocaleString('en-US');
  const document = print(ContractorsRouteDocument);
  const request = (variables: TabCase['variables']) => ({ url: `${url}/graphql`, method: 'POST' as const, headers: agency.headers, body: JSON.stringify({ query: document, variables: { first: PAGE, ...variables } }) });
  const tabPage = async (variables: TabCase['variables']): Promise<TabAnswer> => {
    const { url: address, ...init } = request(variables);
    return (await (await fetch(address, init)).json()) as TabAnswer;
  };
  // How PostgreSQL reads the contractors for a case: EXPLAIN of the statements the request sent (the
  // page and its count, or a search's first page with its count), with their parameters.
  const contractorReads = async (variables: TabCase['variables']): Promise<string> => {
    const statements = (await bench.statementsOf(() => tabPage(variables))).filter(({ statement }) => /^select .* from "contractors"/is.test(statement.trim()));
    const reads = new Set<string>();
    const walk = (node: PlanNode) => {
      if (node['Relation Name'] === 'contractors' || node['Index Name']?.startsWith('contractors_')) reads.add(node['Index Name'] ?? node['Node Type']);
      for (const child of node.Plans ?? []) walk(child);
    };
    for (const statement of statements) walk(await bench.explain(statement));
    return [...reads].join(', ');
  };
  const stateAndStatus = { state: 'TX', coverageStatus: ['COVERED'] };
  const CASES: TabCase[] = [
    { label: 'no filter', variables: {}, underLoad: true },
    { label: 'work state TX + coverage status COVERED', variables: { filter: stateAndStatus }, underLoad: true },
    { label: 'search "smith"', variables: { filter: { search: 'smith' } }, underLoad: true },
    { label: 'TX + COVERED + search "smith"', variables: { filter: { ...stateAndStatus, search: 'smith' } }, underLoad: true },
    { label: 'coverage status COVERED', variables: { filter: { coverageStatus: ['COVERED'] } }, underLoad: false },
    { label: 'a job code', variables: { filter: { jobCodeId: agency.categories[0]?.job_code_id } }, underLoad: false },
    { label: 'sorted by coverage status', variables: { orderBy: { field: 'COVERAGE_STATUS' } }, underLoad: false },
    { label: 'work state TX, sorted by work state down', variables: { filter: { state: 'TX' }, orderBy: { field: 'WORK_STATE', direction: 'DESC' } }, underLoad: false },
  ];
  for (const { label, variables, underLoad } of CASES) {
    const total = await expectedTotal(db, agency.agencyId, variables.filter);
    const first = await tabPage(variables);
    if (!pageFits(first, total, variables.filter)) throw new Error(`Contractors tab, ${label}: expected ${total} rows, got ${JSON.stringify(first).slice(0, 500)}`);
    const reads = await contractorReads(variables);
    const { p50, p95 } = await bench.sample(bench.samples, async () => {
      if (!pageFits(await tabPage(variables), total, variables.filter)) throw new Error(`Contractors tab, ${label}: a wrong answer`);
    });
    record(`Contractors tab of ${count}, first page: ${label} (${total.toLocaleString('en-US')} match), p50 / p95`, `${p50.toFixed(1)} ms / ${p95.toFixed(1)} ms`);
    record(`  its reads of contractors (page, count)`, reads);
    if (!underLoad) continue;
    const loaded = await bench.load(`Contractors tab of ${count}, ${label}`, request(variables), (answer: TabAnswer) => pageFits(answer, total, variables.filter));
    bench.targets.add(`Contractors tab of ${count}, ${label}: p95, one client`, `≤ ${TAB_TARGETS.p95Ms} ms`, `${p95.toFixed(1)} ms`, p95 <= TAB_TARGETS.p95Ms);
    bench.targets.add(
      `Contractors tab of ${count}, ${label}: requests/s at 10 connections`,
      `≥ ${TAB_TARGETS.requestsPerSecond}`,
      loaded.requestsPerSecond.toFixed(0),
      loaded.requestsPerSecond >= TAB_TARGETS.requestsPerSecond,
    );
  }
}
