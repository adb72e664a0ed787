// `pnpm bench`: starts Coverline as `pnpm start` does (embedded PostgreSQL, demo data) in a temporary
// directory, or on DATABASE_URL's database when set (an empty one: the bench fills it at production
// scale and leaves it so), and prints measured numbers and the targets table (targets.ts). Loopback only; every load is bounded in time, and every answer
// under load is checked against the expected one (a wrong or anonymous answer fails the run).
// BENCH_PG_PORT sets the embedded PostgreSQL's port (HTTP takes a free one); BENCH_SCALE=small, see scale.ts.
import 'reflect-metadata';
import type autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startCoverline } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { sql } from 'drizzle-orm';
import { print } from 'graphql';
import { BudgetEstimateDocument, JobCodesRouteDocument } from '../../web-agency/src/gql/graphql.js';
import { connectOwnerDatabase } from '../src/db/client.js';
import { NO_SETTINGS, settingsStatement } from '../src/db/scoped-database.js';
import { PgDialect } from 'drizzle-orm/pg-core';
import { and, eq } from 'drizzle-orm';
import { facilities, facilityGrants, facilityUsers, teamMembers } from '../src/db/schema.js';
import { createSession } from '../src/modules/auth/sessions.js';
import { encodeCursor } from '../src/graphql/pagination.js';
import { facilityCursorKey } from '../src/modules/facility-assignments/facility-assignments.service.js';
import { benchAppDelivery, demoFirstPages } from './app-delivery.js';
import { benchCompanyOverview } from './company-overview.js';
import { benchContractorImport } from './contractor-import.js';
import { benchContractorsTab, seedContractorsTab, type PlanNode } from './contractors-tab.js';
import { benchStatementCounts } from './statement-counts.js';
import { benchWebhookDelivery } from './webhook-delivery.js';
import { BENCH_SCALE } from './scale.js';
import { benchCertificateZips, fillCertificatesFromReal, issueRealCertificates } from './certificate-files.js';
import { benchPostGraphilePeer, coverlineHubPageQuery, databaseHubPage } from './postgraphile-peer.js';
import { seedOtherAgencies } from './other-agencies.js';
import { TargetTable, writeTargetsSection, type LoadFigures } from './targets.js';
import { loadFromItsOwnThread, type LoadRequest } from './load-generator.js';
import { applicationDatabaseUrl, applicationRole } from '../src/db/application-role.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coverline-bench-'));
const targets = new TargetTable();
const rows: [string, string][] = [];
const record = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(58)} ${value}`);
};

async function graphql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return response;
}

/** The median and the 95th percentile. */
function summarise50(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)] ?? 0, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0 };
}

function summarise(samples: number[]): { mean: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0 };
}

/** The milliseconds each of `times` runs of `action`, one after another, took. */
async function sampleMany(times: number, action: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function timeMany(times: number, action: () => Promise<unknown>): Promise<{ mean: number; p95: number }> {
  return summarise(await sampleMany(times, action));
}

/**
 * The answer `request` gets once, which `expect` checks (who is signed in, how many rows, which
 * fields) and throws on when wrong: every answer under load must then be exactly that one.
 */
async function expectedAnswer<Answer>(name: string, request: LoadRequest, expect: (answer: Answer) => boolean): Promise<string> {
  const response = await fetch(request.url, { method: request.method ?? 'GET', headers: request.headers, body: request.body });
  const text = await response.text();
  let answer: Answer | null = null;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    // not JSON: reported below with the text itself
  }
  if (!response.ok || answer === null || !expect(answer)) throw new Error(`${name}: unexpected answer ${response.status} ${text.slice(0, 500)}`);
  return text;
}

/** Fails the run when any answer under load was not `expected` (a signed-out viewer, an error, other rows) or not a 2xx. */
function checkAnswers(name: string, result: autocannon.Result): void {
  const wrong = result.mismatches + result.non2xx + result.errors + result.timeouts;
  if (wrong > 0 || result.requests.total === 0) {
    throw new Error(`${name}: ${result.mismatches} answers unlike the expected one, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts of ${result.requests.total}`);
  }
}

/** 10 connections on `request` for the scale's seconds, every answer checked; recorded, and answered for a target row. */
async function load<Answer>(name: string, request: LoadRequest, expect: (answer: Answer) => boolean): Promise<LoadFigures> {
  const expected = await expectedAnswer(name, request, expect);
  const result = await loadFromItsOwnThread(request, { connections: 10, seconds: BENCH_SCALE.loadSeconds, expected });
  checkAnswers(name, result);
  record(`${name}: requests/s (10 connections, ${BENCH_SCALE.loadSeconds} s)`, result.requests.average.toFixed(0));
  record(`${name}: latency p50 / p99`, `${result.latency.p50} ms / ${result.latency.p99} ms`);
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
}

/** While set, the application's statements (the Contractors tab's plans are read from them). */
let observed: { statement: string; parameters: readonly unknown[] }[] | null = null;

/** The application's statements while `action` runs. */
async function statementsOf(action: () => Promise<unknown>): Promise<{ statement: string; parameters: readonly unknown[] }[]> {
  observed = [];
  try {
    await action();
    return observed;
  } finally {
    observed = null;
  }
}

const bootStart = performance.now();
// The bench measures what one viewer's connections get through, past the per-viewer budget people are held to.
const UNLIMITED_REQUEST_BUDGET = { REQUEST_BURST: '1000000', REQUESTS_PER_SECOND: '1000000', TENANT_CONCURRENT_REQUESTS: '10000' };
const coverline = await startCoverline(
  loadConfig({ ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', EMBEDDED_PG_PORT: process.env.BENCH_PG_PORT ?? '25459', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL ?? '', SMTP_URL: '', TRUST_PROXY: 'true', ...UNLIMITED_REQUEST_BUDGET }),
  { logger: pino({ level: 'silent' }), observeStatements: (statement, parameters) => observed?.push({ statement, parameters }) },
);
record(`cold start: initdb + migrations + demo data + HTTP (scale: ${BENCH_SCALE.name})`, `${(performance.now() - bootStart).toFixed(0)} ms`);
const { url } = coverline;
// The owner's connection sets the data up (and turns row-level security off and on for its measurement).
const owner = connectOwnerDatabase(coverline.deps.ownerDatabaseUrl, { max: 2 });
const db = owner.db;
try {
  const [demoRep] = await db.select().from(teamMembers).where(eq(teamMembers.email, 'rep@acme.test'));
  if (!demoRep) throw new Error('the demo data has no rep@acme.test');
  // Each timed login from its own address, as the sign-in limit per address would refuse a run of them
  // from one; the last one's session cookie signs the bench's rep in for the loads below.
  let cookie = '';
  let loginAddress = 0;
  const login = await timeMany(10, async () => {
    const response = await graphql(url, 'mutation { login(email: "rep@acme.test", password: "coverline-demo") { id role } }', {
      'x-coverline-app': 'agency',
      'x-forwarded-for': `10.1.0.${++loginAddress}`,
    });
    const body = (await response.json()) as { data?: { login: { id: string; role: string } } };
    cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    if (body.data?.login.id !== demoRep.id || !cookie.startsWith('coverline_agency=')) throw new Error(`login did not sign the demo rep in: ${JSON.stringify(body)}`);
  });
  record('login (argon2id verify + session), mean / p95', `${login.mean.toFixed(1)} ms / ${login.p95.toFixed(1)} ms`);

  // The magic-link request must not reveal whether an email exists, by its answer or its timing:
  // 40 facility users who exist against 40 emails that do not, each within its rate limits.
  const [facility] = await db.select().from(facilities).limit(1);
  if (!facility) throw new Error('the demo data has no facility');
  const users = await db
    .insert(facilityUsers)
    .values(Array.from({ length: 40 }, (_, i) => ({ email: `bench${i}@facility.test` })))
    .returning();
  await db
    .insert(facilityGrants)
    .values(users.map((user) => ({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId: user.id, grantedByType: 'SYSTEM' as const })));
  let n = 0;
  const ask = (email: string) => graphql(url, `mutation { requestMagicLink(email: "${email}") }`, { 'x-forwarded-for': `10.0.${Math.floor(n / 250)}.${n++ % 250}` });
  // Interleaved, so warm-up and the worker's background sends weigh on both series alike.
  const knownSamples: number[] = [];
  const unknownSamples: number[] = [];
  for (let i = 0; i < 40; i++) {
    knownSamples.push(...(await sampleMany(1, () => ask(`bench${i}@facility.test`))));
    unknownSamples.push(...(await sampleMany(1, () => ask(`nobody${i}@nowhere.test`))));
  }
  const known = summarise(knownSamples);
  const unknown = summarise(unknownSamples);
  record('requestMagicLink, existing email: mean / p95', `${known.mean.toFixed(2)} ms / ${known.p95.toFixed(2)} ms`);
  record('requestMagicLink, unknown email: mean / p95', `${unknown.mean.toFixed(2)} ms / ${unknown.p95.toFixed(2)} ms`);

  await load('GET /healthz', { url: `${url}/healthz` }, (answer: { status?: string }) => answer.status === 'ok');
  await load(
    'signed-in viewer query (session lookup + agency)',
    {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', cookie },
      body: JSON.stringify({ query: '{ viewer { id role name agency { name facilities { id name } } } }' }),
    },
    ({ data }: { data?: { viewer: { id: string; role: string; agency: { facilities: unknown[] } } | null } }) =>
      data?.viewer?.id === demoRep.id && data.viewer.role === 'AGENCY_MEMBER' && data.viewer.agency.facilities.length > 0,
  );
  await load(
    'jobCodes(state: "OH") with the operator key',
    {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coverline.deps.config.operatorApiKey}` },
      body: JSON.stringify({ query: '{ jobCodes(state: "OH") { code rates { coverageType rate } } }' }),
    },
    ({ data }: { data?: { jobCodes: { code: string; rates: unknown[] }[] } }) => !!data && data.jobCodes.length > 0 && data.jobCodes.every((jobCode) => jobCode.code && jobCode.rates.length > 0),
  );

  // The Job Codes tab: Alabama's rates for the technicians, and the budget calculator's answer.
  const [technician] = await db.execute<{ id: string }>(sql`select id from job_codes where code = 'it-field-technician'`);
  if (!technician) throw new Error('no it-field-technician in the catalogue');
  await load(
    'Job Codes tab (Alabama, "technician", and the catalogue)',
    {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', cookie },
      body: JSON.stringify({ query: print(JobCodesRouteDocument), variables: { state: 'AL', search: 'technician', withRates: true } }),
    },
    ({ data }: { data?: { jobCodes: { id: string }[]; catalogue: unknown[] } }) => !!data && data.jobCodes.some((jobCode) => jobCode.id === technician.id) && data.catalogue.length > data.jobCodes.length,
  );
  await load(
    'budget calculator: estimatePremium of 3 assignments',
    {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', cookie },
      body: JSON.stringify({
        query: print(BudgetEstimateDocument),
        variables: { input: { jobCodeId: technician.id, workState: 'AL', coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'], wageCents: 234_567, assignmentCount: 3 } },
      }),
    },
    ({ data }: { data?: { estimatePremium: { assignmentCount: number; lines: unknown[]; budgetTotalCents: number } } }) =>
      data?.estimatePremium.assignmentCount === 3 && data.estimatePremium.lines.length === 2 && data.estimatePremium.budgetTotalCents > 0,
  );

  // ---------------------------------------------------------------- each app's first page in a browser
  const [demoManager] = await db.select().from(facilityUsers).where(eq(facilityUsers.email, 'manager@mercy.test'));
  if (!demoManager) throw new Error('the demo data has no manager@mercy.test');
  const managerSession = await createSession(db, { principalType: 'FACILITY_USER', principalId: demoManager.id, agencyId: null, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
  await benchAppDelivery({ url, pages: await demoFirstPages(url, managerSession.token), runs: BENCH_SCALE.pageVisits, record, targets });

  // ---------------------------------------------------------------- the Compliance Hub at scale
  // One facility with 100,000 covered assignments (at full scale) over five years, of 1,000 contractors, each
  // with its certificate: the newest 10,000 real ones, the others carrying their PDFs (certificate-files.ts).
  const [hub] = await db.execute<{ agency_id: string; facility_id: string; job_category_id: string }>(sql`
    select a.agency_id, a.facility_id, a.job_category_id from assignments a
    join facilities f on f.agency_id = a.agency_id and f.id = a.facility_id where f.bulk_download_enabled limit 1`);
  if (!hub) throw new Error('the demo data has no facility with bulk download');
  const hubFacility = { agencyId: hub.agency_id, facilityId: hub.facility_id };
  const ASSIGNMENTS = BENCH_SCALE.hubAssignments;
  let seedStart = performance.now();
  await db.execute(sql`
    insert into contractors (agency_id, first_name, last_name, email, address_line1, city, state, postal_code, work_state, external_id)
    select ${hub.agency_id}, (array['Avery','Blake','Casey','Drew','Emery','Finley','Harper','Jordan','Kendall','Logan'])[g % 10 + 1],
           (array['Alvarez','Brooks','Coleman','Dawson','Ellis','Foster','Gray','Hayes','Ingram','Jensen','Keller','Lambert'])[g % 12 + 1],
           'hub-contractor' || g || '@bench.test', g || ' Harbor Street', 'Columbus', 'OH', '43210', 'OH', 'HUB-' || g
    from generate_series(0, ${BENCH_SCALE.hubContractors - 1}) g`);
  await db.execute(sql`
    insert into assignments (agency_id, contractor_id, job_category_id, facility_id, client_entity, job_name, description, effective_date, end_date, wage_cents, premium_cents, payer, status, created_by_type)
    select ${hub.agency_id}, c.id, ${hub.job_category_id}, ${hub.facility_id}, 'Bench Client', 'Bench shift',
           'A shift that only exists to measure the Compliance Hub at scale.', date '2021-01-01' + (g % 1800), date '2021-01-01' + (g % 1800) + (g % 5),
           100000, 2500, 'AGENCY', 'ENDED', 'SYSTEM'
    from generate_series(1, ${ASSIGNMENTS}) g join contractors c on c.agency_id = ${hub.agency_id} and c.external_id = 'HUB-' || (g % ${BENCH_SCALE.hubContractors})`);
  let seedingMs = performance.now() - seedStart;
  const realRange = await issueRealCertificates(db, coverline.deps, hubFacility, BENCH_SCALE.realCertificates, targets, record);
  seedStart = performance.now();
  await fillCertificatesFromReal(db, hubFacility);
  await db.execute(sql`analyze assignments; analyze certificates; analyze certificate_numbers`);
  seedingMs += performance.now() - seedStart;
  record(`Hub: seeded ${ASSIGNMENTS.toLocaleString('en-US')} assignments + certificates (renders apart)`, `${(seedingMs / 1000).toFixed(1)} s`);

  const [manager] = await db.insert(facilityUsers).values({ email: 'bench-hub@facility.test' }).returning();
  if (!manager) throw new Error('no bench facility user');
  await db.insert(facilityGrants).values({ agencyId: hub.agency_id, facilityId: hub.facility_id, facilityUserId: manager.id, grantedByType: 'SYSTEM' });
  const session = await createSession(db, { principalType: 'FACILITY_USER', principalId: manager.id, agencyId: null, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
  const hubHeaders = { 'x-coverline-app': 'facility', cookie: `coverline_facility=${session.token}` };
  const hubQuery = (args: string) =>
    `{ facilityAssignments(facilityId: "${hub.facility_id}"${args}) { totalCount edges { node { contractorName effectiveDate endDate certificate { number downloadUrl } } } pageInfo { endCursor } } }`;
  const page = (args: string) =>
    graphql(url, hubQuery(args), hubHeaders).then(async (response) => {
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
  const first = await timeMany(BENCH_SCALE.samples, () => page(', first: 25'));
  record(`Hub: first page of 25 + count of ${ASSIGNMENTS.toLocaleString('en-US')} rows, mean / p95`, `${first.mean.toFixed(1)} ms / ${first.p95.toFixed(1)} ms`);
  const month = await timeMany(BENCH_SCALE.samples, () => page(', first: 25, filter: { effectiveFrom: "2023-03-01", effectiveTo: "2023-03-31" }'));
  record('Hub: one month of effective dates, mean / p95', `${month.mean.toFixed(1)} ms / ${month.p95.toFixed(1)} ms`);
  const ends = await timeMany(BENCH_SCALE.samples, () => page(', first: 25, filter: { endFrom: "2022-06-01", endTo: "2022-12-31" }'));
  record('Hub: seven months of end dates, mean / p95', `${ends.mean.toFixed(1)} ms / ${ends.p95.toFixed(1)} ms`);
  const [deep] = await db.execute<{ effectiveDate: string; endDate: string; id: string; firstName: string; lastName: string }>(sql`
    select a.effective_date::text as "effectiveDate", a.end_date::text as "endDate", a.id, c.first_name as "firstName", c.last_name as "lastName"
    from assignments a join contractors c on c.agency_id = a.agency_id and c.id = a.contractor_id
    where a.agency_id = ${hub.agency_id} and a.facility_id = ${hub.facility_id}
    order by a.effective_date desc, a.id desc offset ${Math.floor(ASSIGNMENTS * 0.75)} limit 1`);
  const cursor = encodeCursor(facilityCursorKey({ field: 'EFFECTIVE_DATE', direction: 'DESC' }, deep!));
  const deepPage = await timeMany(BENCH_SCALE.samples, () => page(`, first: 25, after: "${cursor}"`));
  record(`Hub: page after row ${Math.floor(ASSIGNMENTS * 0.75).toLocaleString('en-US')} (cursor), mean / p95`, `${deepPage.mean.toFixed(1)} ms / ${deepPage.p95.toFixed(1)} ms`);

  // ---------------------------------------------------------------- the Contractors tab at scale
  const tabSeedStart = performance.now();
  const tab = await seedContractorsTab(db, BENCH_SCALE.contractors, record);
  seedingMs += performance.now() - tabSeedStart;
  const { agencyId, headers: repHeaders } = tab;
  await benchContractorsTab(
    {
      db,
      url,
      contractors: BENCH_SCALE.contractors,
      samples: BENCH_SCALE.samples,
      record,
      targets,
      sample: async (times, action) => summarise50(await sampleMany(times, action)),
      load,
      statementsOf,
      // In the agency's scope, as the application runs it: row-level security changes plans.
      explain: ({ statement, parameters }) =>
        owner.sql.begin(async (transaction) => {
          const scope = new PgDialect().sqlToQuery(settingsStatement({ ...NO_SETTINGS, scope: 'agency', agencyId }, true));
          await transaction.unsafe(scope.sql, scope.params as never[]);
          const [row] = await transaction.unsafe(`explain (format json) ${statement}`, parameters as never[]);
          return (row?.['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
        }),
    },
    tab,
  );

  // Statements per request, on the Hub's rows and the Contractors tab's: a hub contractor's long work
  // history against the agency's shortest.
  const [rep] = await db.select().from(teamMembers).where(and(eq(teamMembers.agencyId, hub.agency_id), eq(teamMembers.status, 'ACTIVE'))).limit(1);
  if (!rep) throw new Error("the Hub's agency has no active member");
  const repSession = await createSession(db, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: hub.agency_id, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
  const histories = await db.execute<{ id: string }>(sql`
    (select contractor_id as id from assignments where agency_id = ${hub.agency_id} group by contractor_id order by count(*), contractor_id limit 1)
    union all
    (select contractor_id as id from assignments where agency_id = ${hub.agency_id} group by contractor_id order by count(*) desc, contractor_id limit 1)`);
  await benchStatementCounts({
    url,
    targets,
    record,
    statementsOf,
    freshHubSession: async () => {
      const fresh = await createSession(db, { principalType: 'FACILITY_USER', principalId: manager.id, agencyId: null, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
      return { 'x-coverline-app': 'facility', cookie: `coverline_facility=${fresh.token}` };
    },
    hub: { facilityId: hub.facility_id, headers: hubHeaders },
    tab: { headers: repHeaders },
    profiles: { headers: { 'x-coverline-app': 'agency', cookie: `coverline_agency=${repSession.token}` }, contractorIds: histories.map((row) => row.id) },
  });

  seedingMs += await benchCompanyOverview({ db, url, agencyId, headers: repHeaders, record, targets, sample: async (times, action) => summarise50(await sampleMany(times, action)) });
  seedingMs += await seedOtherAgencies(db, BENCH_SCALE.agencies, record);
  const [dataset] = await db.execute<{ agencies: number; contractors: number; assignments: number; certificates: number }>(sql`
    select (select count(*)::int from agencies) as agencies, (select count(*)::int from contractors) as contractors,
           (select count(*)::int from assignments) as assignments, (select count(*)::int from certificates) as certificates`);
  targets.add(
    `seeding: ${dataset?.agencies.toLocaleString('en-US')} agencies, ${dataset?.contractors.toLocaleString('en-US')} contractors, ${dataset?.assignments.toLocaleString('en-US')} assignments, ${dataset?.certificates.toLocaleString('en-US')} certificates (renders apart)`,
    '< 5 min (aim)',
    `${(seedingMs / 1000).toFixed(0)} s`,
    seedingMs < 300_000,
  );
  await benchWebhookDelivery({ deps: coverline.deps, url, agencyId, headers: repHeaders, record });

  // Row-level security's cost on the Hub page: the same requests with the policies on and off,
  // interleaved in rounds so that the machine's other work weighs on both alike. "Off" disables RLS
  // on the tables the page reads; the stores' own predicates keep the answer the same.
  const HUB_TABLES = ['assignments', 'certificates', 'contractors', 'facilities', 'facility_grants'];
  const setRowSecurity = (on: boolean) =>
    db.execute(sql.raw(HUB_TABLES.map((table) => `alter table ${table} ${on ? 'enable' : 'disable'} row level security`).join('; ')));
  const samples = { on: [] as number[], off: [] as number[] };
  const throughput = { on: [] as number[], off: [] as number[] };
  const oneMonth = ', first: 50, filter: { effectiveFrom: "2023-03-01", effectiveTo: "2023-03-31" }';
  const hubRequest = { url: `${url}/graphql`, method: 'POST' as const, headers: { 'content-type': 'application/json', ...hubHeaders }, body: JSON.stringify({ query: hubQuery(oneMonth) }) };
  const [{ inMarch } = { inMarch: 0 }] = await db.execute<{ inMarch: number }>(sql`
    select count(*)::int as "inMarch" from assignments where agency_id = ${hub.agency_id} and facility_id = ${hub.facility_id}
    and effective_date between '2023-03-01' and '2023-03-31'`);
  // The same answer with the policies on and off: the stores' own predicates keep it the facility's.
  type HubPage = { data?: { facilityAssignments: { totalCount: number; edges: { node: { certificate: unknown } }[] } } };
  const expectedHubPage = await expectedAnswer('Hub page', hubRequest, ({ data }: HubPage) => {
    const connection = data?.facilityAssignments;
    return connection?.totalCount === inMarch && connection.edges.length === Math.min(50, inMarch) && connection.edges.every((edge) => !!edge.node.certificate);
  });
  try {
    for (let round = 0; round < BENCH_SCALE.rlsRounds; round++) {
      for (const mode of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        await setRowSecurity(mode === 'on');
        samples[mode].push(...(await sampleMany(25, () => page(oneMonth))));
        const result = await loadFromItsOwnThread(hubRequest, { connections: 10, seconds: BENCH_SCALE.rlsLoadSeconds, expected: expectedHubPage });
        checkAnswers(`Hub page with RLS ${mode}`, result);
        throughput[mode].push(result.requests.average);
      }
    }
  } finally {
    await setRowSecurity(true);
  }
  const withRls = summarise(samples.on);
  const withoutRls = summarise(samples.off);
  const perSecond = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  record('Hub page (one month, first: 50), RLS on: mean / p95', `${withRls.mean.toFixed(2)} ms / ${withRls.p95.toFixed(2)} ms`);
  record('Hub page (one month, first: 50), RLS off: mean / p95', `${withoutRls.mean.toFixed(2)} ms / ${withoutRls.p95.toFixed(2)} ms`);
  record('Hub page, 10 connections: RLS on / off, requests/s', `${perSecond(throughput.on).toFixed(0)} / ${perSecond(throughput.off).toFixed(0)}`);
  record('Hub page: cost of RLS (mean latency, throughput)', `${(withRls.mean - withoutRls.mean).toFixed(2)} ms, ${((1 - perSecond(throughput.on) / perSecond(throughput.off)) * 100).toFixed(1)}% fewer requests/s`);

  const peerMonth = { from: '2023-03-01', to: '2023-03-31' };
  const coverlineHubRequest = { ...hubRequest, body: JSON.stringify({ query: coverlineHubPageQuery(hub.facility_id, peerMonth) }) };
  await benchPostGraphilePeer({
    applicationDatabaseUrl: applicationDatabaseUrl(coverline.deps.ownerDatabaseUrl, applicationRole(coverline.deps.config.secretKey)),
    facility: { ...hubFacility, facilityUserId: manager.id },
    coverline: coverlineHubRequest,
    month: peerMonth,
    expected: await databaseHubPage(db, hubFacility, peerMonth),
    rounds: BENCH_SCALE.peerRounds,
    seconds: BENCH_SCALE.peerSeconds,
    connections: 10,
    record,
    targets,
  });

  await benchCertificateZips({ db, url, hub: hubFacility, headers: hubHeaders, realRange, bigZipEntries: BENCH_SCALE.bigZipEntries, record, targets });

  // Last: its 100,000 contractors (at full scale) join the demo agency, and nothing measured above should see them.
  await benchContractorImport(url, db, record, BENCH_SCALE.importRows, targets);
  const [{ server_version: postgresVersion } = { server_version: 'unknown' }] = await db.execute<{ server_version: string }>(sql`show server_version`);
  writeTargetsSection(new URL('../../docs/benchmarks.md', import.meta.url).pathname, targets, { scale: BENCH_SCALE.name, postgres: `PostgreSQL ${postgresVersion}`, date: new Date() });
} finally {
  // Printed whatever happened: a run stopped by a wrong answer still shows what it had measured.
  targets.print();
  await owner.close();
  await coverline.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
