// The Contractors tab through the API: the coverage status each contractor shows, the server-side
// filters, orders and cursors, the CSV export and the bulk reminder — for the agency's own
// contractors only, with a session or an API key.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractors } from '../src/db/schema.js';
import { enterStatus } from '../src/modules/assignment-lifecycle/assignment-lifecycle.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { httpGet } from './support/downloads.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  asPlatform,
  assignmentAwaitingOptIn,
  coveredAssignment,
  createAgency,
  createApiKey,
  createContractor,
  createMasterPolicies,
  moveTo,
  sessionHeaders,
  signedInMemberOf,
  type AgencyFixture,
  type ContractorFixture,
} from './factories/index.js';

let server: TestServer;
let acme: AgencyFixture;
let rep: GraphQLClient;
let repId: string;
let globexRep: GraphQLClient;
let globexRepId: string;
let globex: AgencyFixture;
let apiKey: string;
let hospitalCodeId: string;
let clericalCodeId: string;
const people = {} as Record<'adams' | 'baker' | 'chen' | 'doe' | 'smith' | 'smithers' | 'zed' | 'globexSmith', ContractorFixture>;
let bakerDeclinedId: string;

const LIST = `query($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String) {
  contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { id lastName coverageStatus coverageStatusLabel currentAssignment { id jobName effectiveDate endDate status jobCategory { coverageTypes } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Node = {
  id: string;
  lastName: string;
  coverageStatus: string;
  coverageStatusLabel: string;
  currentAssignment: { id: string; jobName: string; status: string; jobCategory: { coverageTypes: string[] } } | null;
};
type Page = { contractors: { totalCount: number; edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function lastNames(client: GraphQLClient, variables: Record<string, unknown>): Promise<string[]> {
  const { contractors: page } = await client.data<Page>(LIST, { first: 50, ...variables });
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.lastName);
}

beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
  acme = await createAgency(server, { name: 'Acme-like Staffing' });
  globex = await createAgency(server, { name: 'Globex-like Talent' });
  const hospitalOH = await approvedJobCategory(server, acme, { workState: 'OH', coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'] });
  const clericalIL = await approvedJobCategory(server, acme, { workState: 'IL', jobCode: 'clerical-office' });
  hospitalCodeId = hospitalOH.jobCode.id;
  clericalCodeId = clericalIL.jobCode.id;
  const at = (contractor: ContractorFixture, category: { id: string }, extra: { payer?: 'AGENCY' | 'CONTRACTOR'; jobName?: string } = {}) => ({
    agencyId: acme.id,
    contractorId: contractor.id,
    jobCategoryId: category.id,
    ...extra,
  });

  people.adams = await createContractor(server, acme, { firstName: 'Ana', lastName: 'Adams', workState: 'OH' });
  await coveredAssignment(server, at(people.adams, hospitalOH, { jobName: 'Night nurse' }));

  // Declined on one assignment and covered on another: the declined payment is what shows.
  people.baker = await createContractor(server, acme, { firstName: 'Luis', lastName: 'Baker', workState: 'IL' });
  await coveredAssignment(server, at(people.baker, hospitalOH));
  const declined = await assignmentAwaitingOptIn(server, at(people.baker, hospitalOH, { payer: 'CONTRACTOR', jobName: 'Ward clerk' }));
  await moveTo(server, declined, 'AWAITING_PAYMENT');
  await moveTo(server, declined, 'DECLINED');
  bakerDeclinedId = declined.id;

  people.chen = await createContractor(server, acme, { firstName: 'Fatima', lastName: 'Chen', workState: 'IL' });
  const waiting = await assignmentAwaitingOptIn(server, at(people.chen, clericalIL));
  // The opt-in request the product makes on entering AWAITING_OPT_IN: an open opt-in and its link.
  await asPlatform(server, (tx) => enterStatus(tx, server.coverline.deps, waiting));

  people.doe = await createContractor(server, acme, { firstName: 'Pat', lastName: 'Doe', workState: 'OH' });
  await moveTo(server, await assignmentAwaitingOptIn(server, at(people.doe, hospitalOH, { payer: 'CONTRACTOR' })), 'AWAITING_PAYMENT');

  people.smith = await createContractor(server, acme, { firstName: 'Sam', lastName: 'Smith', workState: 'OH', externalId: 'WS-77_A' });
  people.smithers = await createContractor(server, acme, { firstName: 'Jo', lastName: 'Smithers', workState: null });
  const finished = (await coveredAssignment(server, at(people.smithers, hospitalOH))).assignment;
  await moveTo(server, finished, 'ENDED');

  people.zed = await createContractor(server, acme, { firstName: 'Arch', lastName: 'Zed', workState: 'OH' });
  await coveredAssignment(server, at(people.zed, hospitalOH));
  await server.db.update(contractors).set({ archivedAt: server.clock.now() }).where(eq(contractors.id, people.zed.id));

  const globexCategory = await approvedJobCategory(server, globex, { workState: 'OH' });
  people.globexSmith = await createContractor(server, globex, { firstName: 'Sam', lastName: 'Smith', workState: 'OH' });
  await coveredAssignment(server, { agencyId: globex.id, contractorId: people.globexSmith.id, jobCategoryId: globexCategory.id });

  const acmeMember = await signedInMemberOf(server, acme);
  rep = acmeMember.client;
  repId = acmeMember.member.id;
  const globexMember = await signedInMemberOf(server, globex);
  globexRep = globexMember.client;
  globexRepId = globexMember.member.id;
  apiKey = await createApiKey(rep);
}, 180_000);

afterAll(async () => server?.stop());

describe('coverage status', () => {
  it('is derived from every assignment: a declined payment shows over a covered assignment, and nothing ever shown as covered', async () => {
    const { contractors: page } = await rep.data<Page>(LIST, { first: 50 });
    const byName = Object.fromEntries(page.edges.map(({ node }) => [node.lastName, node]));
    expect(Object.fromEntries(Object.entries(byName).map(([name, node]) => [name, [node.coverageStatus, node.coverageStatusLabel]]))).toEqual({
      Adams: ['COVERED', 'Covered'],
      Baker: ['PAYMENT_DECLINED', 'Payment declined'],
      Chen: ['NEEDS_OPT_IN', 'Awaiting opt-in'],
      Doe: ['AWAITING_PAYMENT', 'Awaiting payment'],
      Smith: ['NOT_INVITED', 'Not invited'],
      Smithers: ['NO_CURRENT_ASSIGNMENT', 'No current assignment'],
    });
    expect(byName.Baker?.currentAssignment).toMatchObject({ id: bakerDeclinedId, status: 'DECLINED', jobName: 'Ward clerk' });
    expect(byName.Adams?.currentAssignment).toMatchObject({ jobName: 'Night nurse', status: 'COVERED', jobCategory: { coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'] } });
    expect(byName.Smithers?.currentAssignment).toBeNull();
    expect(byName.Smith?.currentAssignment).toBeNull();
  });

  it('follows every status change: covering the declined assignment makes the contractor covered', async () => {
    const agency = await createAgency(server);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency, { workState: 'OH' });
    const assignment = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, payer: 'CONTRACTOR' });
    const coverageOf = async () => {
      const row = await server.db.query.contractors.findFirst({ where: eq(contractors.id, contractor.id) });
      return [row?.coverageStatus, row?.currentAssignmentId];
    };
    expect(await coverageOf()).toEqual(['NEEDS_OPT_IN', assignment.id]);
    await moveTo(server, assignment, 'AWAITING_PAYMENT');
    await moveTo(server, assignment, 'DECLINED');
    expect(await coverageOf()).toEqual(['PAYMENT_DECLINED', assignment.id]);
    await moveTo(server, assignment, 'COVERED');
    expect(await coverageOf()).toEqual(['COVERED', assignment.id]);
    await moveTo(server, assignment, 'ENDED');
    expect(await coverageOf()).toEqual(['NO_CURRENT_ASSIGNMENT', null]);
  });
});

describe('filters', () => {
  it('by work state, job code, coverage status, insurance status and search, on the server', async () => {
    expect(await lastNames(rep, { filter: { state: 'il' } })).toEqual(['Baker', 'Chen']);
    expect(await lastNames(rep, { filter: { jobCodeId: clericalCodeId } })).toEqual(['Chen']);
    expect(await lastNames(rep, { filter: { jobCodeId: hospitalCodeId } })).toEqual(['Adams', 'Baker', 'Doe', 'Smithers']);
    expect(await lastNames(rep, { filter: { coverageStatus: ['COVERED'] } })).toEqual(['Adams']);
    expect(await lastNames(rep, { filter: { coverageStatus: ['NEEDS_OPT_IN', 'NOT_INVITED'] } })).toEqual(['Chen', 'Smith']);
    expect(await lastNames(rep, { filter: { insuranceStatus: 'COVERED' } })).toEqual(['Adams']);
    expect(await lastNames(rep, { filter: { insuranceStatus: 'PENDING' } })).toEqual(['Baker', 'Chen', 'Doe']);
    expect(await lastNames(rep, { filter: { insuranceStatus: 'NOT_COVERED' } })).toEqual(['Smith', 'Smithers']);
    // Both at once: the statuses in both sets.
    expect(await lastNames(rep, { filter: { insuranceStatus: 'COVERED', coverageStatus: ['PAYMENT_DECLINED'] } })).toEqual([]);
    expect(await lastNames(rep, { filter: { search: 'SMITH' } })).toEqual(['Smith', 'Smithers']);
    expect(await lastNames(rep, { filter: { search: 'ws-77_a' } })).toEqual(['Smith']);
    expect(await lastNames(rep, { filter: { search: `${people.chen.email}` } })).toEqual(['Chen']);
    // LIKE's wildcards are searched for as typed.
    expect(await lastNames(rep, { filter: { search: '%' } })).toEqual([]);
    expect(await lastNames(rep, { filter: { state: 'OH', jobCodeId: hospitalCodeId, coverageStatus: ['COVERED', 'AWAITING_PAYMENT'] } })).toEqual(['Adams', 'Doe']);
  });

  it('leaves archived contractors out unless asked for only them', async () => {
    expect(await lastNames(rep, {})).not.toContain('Zed');
    expect(await lastNames(rep, { filter: { archived: false, coverageStatus: ['COVERED'] } })).toEqual(['Adams']);
    expect(await lastNames(rep, { filter: { archived: true } })).toEqual(expect.arrayContaining(['Zed']));
    expect(await lastNames(rep, { filter: { archived: true, state: 'OH', search: 'arch' } })).toEqual(['Zed']);
  });

  it('refuses bad input on the field at fault', async () => {
    for (const [variables, field] of [
      [{ filter: { state: 'ZZ' } }, 'filter.state'],
      [{ filter: { jobCodeId: 'not-a-job-code' } }, 'filter.jobCodeId'],
      [{ filter: { search: 'x'.repeat(101) } }, 'filter.search'],
      [{ after: 'garbage' }, 'after'],
      [{ first: 0 }, 'first'],
    ] as const) {
      const result = await rep.request(LIST, variables);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
    }
    expect(errorCode(await rep.request(LIST, { filter: { search: 'x'.repeat(100) } }))).toBeUndefined();
  });

  it('refuses a cursor of another order', async () => {
    const { contractors: byName } = await rep.data<Page>(LIST, { first: 2 });
    const result = await rep.request(LIST, { first: 2, after: byName.pageInfo.endCursor, orderBy: { field: 'COVERAGE_STATUS' } });
    expect(errorField(result)).toBe('after');
    const reversed = await rep.request(LIST, { first: 2, after: byName.pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(errorField(reversed)).toBe('after');
  });
});

describe('orders and cursors', () => {
  const ORDERS = {
    'NAME ASC': ['Adams', 'Baker', 'Chen', 'Doe', 'Smith', 'Smithers'],
    'NAME DESC': ['Smithers', 'Smith', 'Doe', 'Chen', 'Baker', 'Adams'],
    // What a rep can act on first: declined, opt-in, payment, approval, covered, nothing current, never invited.
    'COVERAGE_STATUS ASC': ['Baker', 'Chen', 'Doe', 'Adams', 'Smithers', 'Smith'],
    'COVERAGE_STATUS DESC': ['Smith', 'Smithers', 'Adams', 'Doe', 'Chen', 'Baker'],
    // No work state: last going up, first going down.
    'WORK_STATE ASC': ['Baker', 'Chen', 'Adams', 'Doe', 'Smith', 'Smithers'],
    'WORK_STATE DESC': ['Smithers', 'Smith', 'Doe', 'Adams', 'Chen', 'Baker'],
  } as const;

  for (const [order, expected] of Object.entries(ORDERS)) {
    it(`${order}: one page, and pages of 1 and 2 after each cursor, give the same rows`, async () => {
      const [field, direction] = order.split(' ');
      const orderBy = { field, direction };
      expect(await lastNames(rep, { orderBy })).toEqual(expected);
      for (const first of [1, 2]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const { contractors: page }: Page = await rep.data<Page>(LIST, { orderBy, first, after });
          expect(page.totalCount).toBe(expected.length);
          seen.push(...page.edges.map((edge) => edge.node.lastName));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
      }
    });
  }

  it('keeps filters along the pages', async () => {
    const orderBy = { field: 'WORK_STATE', direction: 'DESC' };
    const first = await rep.data<Page>(LIST, { orderBy, first: 1, filter: { insuranceStatus: 'NOT_COVERED' } });
    expect(first.contractors.edges.map((edge) => edge.node.lastName)).toEqual(['Smithers']);
    const second = await rep.data<Page>(LIST, { orderBy, first: 1, filter: { insuranceStatus: 'NOT_COVERED' }, after: first.contractors.pageInfo.endCursor });
    expect(second.contractors.edges.map((edge) => edge.node.lastName)).toEqual(['Smith']);
    expect(second.contractors.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through a search in every order (the search sorts its matches itself)', async () => {
    for (const orderBy of [{ field: 'NAME', direction: 'DESC' }, { field: 'WORK_STATE' }, { field: 'COVERAGE_STATUS', direction: 'DESC' }]) {
      const first = await rep.data<Page>(LIST, { orderBy, first: 1, filter: { search: 'smith' } });
      const second = await rep.data<Page>(LIST, { orderBy, first: 1, filter: { search: 'smith' }, after: first.contractors.pageInfo.endCursor });
      const names = [...first.contractors.edges, ...second.contractors.edges].map((edge) => edge.node.lastName);
      expect(names).toEqual(orderBy.field === 'NAME' ? ['Smithers', 'Smith'] : ['Smith', 'Smithers']);
      expect(second.contractors.pageInfo.hasNextPage).toBe(false);
    }
  });
});

describe('another agency', () => {
  it('sees none of it, whatever it filters by', async () => {
    expect(await lastNames(globexRep, {})).toEqual(['Smith']);
    expect(await lastNames(globexRep, { filter: { search: 'adams' } })).toEqual([]);
    // A search's first page and its total (one statement): Acme's Smith and Smithers are in neither.
    expect(await lastNames(globexRep, { filter: { search: 'smith' } })).toEqual(['Smith']);
    expect(await lastNames(globexRep, { filter: { jobCodeId: clericalCodeId } })).toEqual([]);
    expect(await lastNames(globexRep, { filter: { archived: true } })).toEqual([]);
    const { contractors: page } = await globexRep.data<Page>(LIST, {});
    expect(page.edges.map((edge) => edge.node.id)).toEqual([people.globexSmith.id]);
  });
});

describe('CSV export', () => {
  const HEADER = 'Name,Email,External ID,Coverage status,Current job,Effective date,End date,Required coverage,Work state';

  function lines(body: Buffer): string[] {
    return body.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  }

  it('holds exactly the filtered, sorted rows, as an attachment', async () => {
    const download = await httpGet(server, '/contractors.csv?coverageStatus=COVERED,PAYMENT_DECLINED&orderBy=COVERAGE_STATUS', await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: repId, agencyId: acme.id }));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="contractors-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = lines(download.body);
    expect(header).toBe(HEADER);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`^Luis Baker,${people.baker.email},,Payment declined,Ward clerk,\\d{4}-\\d{2}-\\d{2},\\d{4}-\\d{2}-\\d{2},General liability; Workers' compensation,IL$`, 'i'));
    expect(rows[1]).toMatch(/^Ana Adams,.*,Covered,Night nurse,.*,OH$/);
  });

  it('for an agency API key, with the same filters as the list; another agency gets only its own', async () => {
    const search = await httpGet(server, '/contractors.csv?search=smith', { authorization: `Bearer ${apiKey}` });
    expect(lines(search.body).slice(1).map((line) => line.split(',')[0])).toEqual(['Sam Smith', 'Jo Smithers']);
    const archived = await httpGet(server, '/contractors.csv?archived=true&state=OH', { authorization: `Bearer ${apiKey}` });
    expect(lines(archived.body).slice(1).map((line) => line.split(',')[0])).toContain('Arch Zed');

    const globexDownload = await httpGet(server, '/contractors.csv', await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: globexRepId, agencyId: globex.id }));
    expect(globexDownload.status).toBe(200);
    expect(lines(globexDownload.body).slice(1)).toEqual([expect.stringMatching(new RegExp(`^Sam Smith,${people.globexSmith.email},`))]);
  });

  it('is refused to anyone signed out or outside an agency, and for a bad filter', async () => {
    expect((await httpGet(server, '/contractors.csv')).status).toBe(404);
    const contractorSession = await sessionHeaders(server, { principalType: 'CONTRACTOR', principalId: people.chen.id, agencyId: acme.id });
    expect((await httpGet(server, '/contractors.csv', contractorSession)).status).toBe(404);
    const headers = { authorization: `Bearer ${apiKey}` };
    for (const [query, field] of [
      ['state=ZZ', 'filter.state'],
      ['coverageStatus=COVERED,SOMETIMES', 'coverageStatus[1]'],
      ['orderBy=EMAIL', 'orderBy'],
      [`search=${'x'.repeat(101)}`, 'filter.search'],
    ] as const) {
      const refused = await httpGet(server, `/contractors.csv?${query}`, headers);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ field });
    }
  });
});

describe('bulk reminder', () => {
  const REMIND = `mutation($ids: [ID!]!) { sendOptInReminders(contractorIds: $ids) { sent skipped { contractorId reason message } } }`;
  type Reminded = { sendOptInReminders: { sent: number; skipped: { contractorId: string; reason: string; message: string }[] } };

  it('reminds those with something to confirm and says why each other one was skipped', async () => {
    const client = server.apiClient(apiKey);
    const unknown = '3f2b8c1e-6a4d-4f0e-9b7a-2c5d8e1f0a9b';
    const { sendOptInReminders: result } = await client.data<Reminded>(REMIND, {
      ids: [people.chen.id, people.chen.id.toUpperCase(), people.adams.id, people.zed.id, people.globexSmith.id, unknown, 'not-an-id'],
    });
    expect(result.sent).toBe(1);
    expect(result.skipped.map(({ contractorId, reason }) => [contractorId, reason])).toEqual([
      [people.adams.id, 'NOTHING_TO_CONFIRM'],
      [people.zed.id, 'ARCHIVED'],
      [people.globexSmith.id, 'NOT_FOUND'],
      [unknown, 'NOT_FOUND'],
      ['not-an-id', 'NOT_FOUND'],
    ]);
    expect(result.skipped[0]?.message).toBe('Ana has nothing to confirm right now.');
    const mail = await server.inbox.waitFor(people.chen.email, { subject: /^Reminder: confirm your coverage/ });
    expect(mail.text).toContain('/contractor/');
  });

  it('refuses an empty list and more than 500 at once, and sends nothing', async () => {
    expect(errorField(await rep.request(REMIND, { ids: [] }))).toBe('contractorIds');
    const tooMany = Array.from({ length: 501 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const refused = await rep.request(REMIND, { ids: tooMany });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorField(refused)).toBe('contractorIds');
  });

  it("reaches none of another agency's contractors", async () => {
    const { sendOptInReminders: result } = await globexRep.data<Reminded>(REMIND, { ids: [people.chen.id] });
    expect(result).toEqual({ sent: 0, skipped: [{ contractorId: people.chen.id, reason: 'NOT_FOUND', message: 'There is no such contractor in your agency.' }] });
  });
});

describe('an agency API key', () => {
  it('lists with filters and orders as a rep does', async () => {
    expect(await lastNames(server.apiClient(apiKey), { filter: { state: 'IL' }, orderBy: { field: 'COVERAGE_STATUS' } })).toEqual(['Baker', 'Chen']);
  });
});
