// The Compliance Hub's table and downloads: a facility's covered assignments, filtered by date ranges
// and the contractor's name, sorted and paged by cursor, each with its certificate; the ZIP of the same rows; and nothing of another
// facility's, by id or by URL, for anyone without a grant to it.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateFileName, matchesFacilityFilter, type FacilityAssignmentFilter } from '@coverline/domain';
import { facilityGrants } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { httpGet, readZip } from './support/downloads.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, assignmentAwaitingOptIn, coveredAssignment, createAgency, createContractor, createFacility, createMasterPolicies, dayFromToday, moveTo, sessionHeaders, signedInContractor, signedInFacilityUser, signedInMemberOf } from './factories/index.js';

let server: TestServer;

type Row = { id: string; contractorName: string; effectiveDate: string; endDate: string; certificate: { number: string; downloadUrl: string } };
type Page = { facilityAssignments: { edges: { cursor: string; node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number; bulkDownloadUrl: string | null } };

const QUERY = `query($facilityId: ID!, $filter: FacilityAssignmentFilter, $first: Int, $after: String, $search: String, $orderBy: FacilityAssignmentOrder) {
  facilityAssignments(facilityId: $facilityId, filter: $filter, first: $first, after: $after, search: $search, orderBy: $orderBy) {
    edges { cursor node { id contractorName effectiveDate endDate certificate { number downloadUrl } } }
    pageInfo { hasNextPage endCursor }
    totalCount
    bulkDownloadUrl
  }
}`;

type Made = { id: string; contractorName: string; lastName: string; firstName: string; effectiveDate: string; endDate: string; number: string; pdf: Buffer };

let agencyId: string;
let general: { id: string; agencyId: string };
let west: { id: string; agencyId: string };
let otherAgencyFacility: { id: string; agencyId: string };
let atGeneral: Made[];
let atWest: Made[];
let elsewhere: Made[];
let manager: GraphQLClient;
let managerUserId: string;

async function cover(facility: { id: string; agencyId: string }, who: { id: string; firstName: string; lastName: string }, categoryId: string, from: number, days: number): Promise<Made> {
  const effectiveDate = dayFromToday(server, from);
  const endDate = dayFromToday(server, from + days);
  const { assignment, certificate } = await coveredAssignment(server, { agencyId: facility.agencyId, contractorId: who.id, jobCategoryId: categoryId, facilityId: facility.id, effectiveDate, endDate });
  const { firstName, lastName } = who;
  return { id: assignment.id, contractorName: `${firstName} ${lastName}`, firstName, lastName, effectiveDate, endDate, number: certificate.number, pdf: certificate.pdf };
}

/** The SQL statements sent while recording (the worker's polls among them, left to the assertions to tell apart). */
let recording: string[] | null = null;

beforeAll(async () => {
  server = await startTestServer({}, { observeStatements: (statement) => recording?.push(statement) });
  await createMasterPolicies(server);
  const agency = await createAgency(server);
  agencyId = agency.id;
  general = await createFacility(server, agency, { name: 'Mercy General', bulkDownloadEnabled: true });
  west = await createFacility(server, agency, { name: 'Mercy West' });
  const other = await createAgency(server);
  otherAgencyFacility = await createFacility(server, other, { name: 'Riverside' });
  const category = await approvedJobCategory(server, agency);
  const otherCategory = await approvedJobCategory(server, other);

  const ana = await createContractor(server, agency, { firstName: 'Ana', lastName: 'Souza' });
  const ben = await createContractor(server, agency, { firstName: 'Ben', lastName: 'Okafor' });
  const cleo = await createContractor(server, agency, { firstName: 'Cléo', lastName: 'Núñez' });
  const dev = await createContractor(server, other, { firstName: 'Dev', lastName: 'Patel' });
  // Ana works many short shifts at General: one row per shift, never one per contractor.
  atGeneral = [];
  for (const [who, from, days] of [
    [ana, -300, 0], [ana, -200, 1], [ana, -120, 2], [ben, -120, 6], [ben, -90, 30], [cleo, -60, 3],
    [ana, -45, 0], [cleo, -30, 10], [ben, -10, 2], [ana, -3, 5], [cleo, 5, 1], [ben, 20, 40],
  ] as const) {
    atGeneral.push(await cover(general, who, category.id, from, days));
  }
  atWest = [await cover(west, ben, category.id, -50, 2), await cover(west, cleo, category.id, -20, 1)];
  elsewhere = [await cover(otherAgencyFacility, dev, otherCategory.id, -30, 3)];
  // Covered, then cancelled before it started: its certificate is void, so it is not in the Hub.
  const cancelled = await cover(general, ana, category.id, 60, 2);
  await moveTo(server, { agencyId, id: cancelled.id }, 'CANCELLED');
  const [voided] = await server.db.execute<{ status: string }>(sql`select status from certificates where assignment_id = ${cancelled.id}`);
  expect(voided?.status).toBe('VOID');
  // Not covered yet: no certificate, so not in the Hub.
  await assignmentAwaitingOptIn(server, { agencyId, contractorId: ana.id, jobCategoryId: category.id, facilityId: general.id, jobName: 'Pending shift', effectiveDate: dayFromToday(server, 30), endDate: dayFromToday(server, 31) });

  const signedIn = await signedInFacilityUser(server, [general, west]);
  manager = signedIn.client;
  managerUserId = signedIn.user.id;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const newestFirst = (rows: Made[]) => [...rows].sort((a, b) => (a.effectiveDate === b.effectiveDate ? (a.id < b.id ? 1 : -1) : a.effectiveDate < b.effectiveDate ? 1 : -1));

type Order = { field: 'EFFECTIVE_DATE' | 'END_DATE' | 'CONTRACTOR'; direction: 'ASC' | 'DESC' };

async function everyPage(client: GraphQLClient, facilityId: string, filter: FacilityAssignmentFilter = {}, first = 5, more: { search?: string; orderBy?: Order } = {}) {
  const rows: Row[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 50; pages++) {
    const { facilityAssignments: page }: Page = await client.data<Page>(QUERY, { facilityId, filter, first, after, ...more });
    rows.push(...page.edges.map((edge) => edge.node));
    totalCount = page.totalCount;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, totalCount };
}

describe('facilityAssignments', () => {
  it('lists one row per covered assignment of the facility, newest effective date first, with its certificate', async () => {
    const { facilityAssignments } = await manager.data<Page>(QUERY, { facilityId: general.id });
    const expected = newestFirst(atGeneral);
    expect(facilityAssignments.totalCount).toBe(12);
    expect(facilityAssignments.edges.map((edge) => edge.node)).toEqual(
      expected.map((made) => ({
        id: made.id,
        contractorName: made.contractorName,
        effectiveDate: made.effectiveDate,
        endDate: made.endDate,
        certificate: { number: made.number, downloadUrl: `${server.coverline.deps.config.publicUrl}/certificates/${made.number}.pdf` },
      })),
    );
    expect(facilityAssignments.edges.filter((edge) => edge.node.contractorName === 'Ana Souza')).toHaveLength(5);
  });

  it('shows each facility only its own rows', async () => {
    const { rows } = await everyPage(manager, west.id);
    expect(rows.map((row) => row.id)).toEqual(newestFirst(atWest).map((made) => made.id));
  });

  it('pages by cursor through every row exactly once, in order, with the same count on every page', async () => {
    const { rows, totalCount } = await everyPage(manager, general.id, {}, 5);
    expect(totalCount).toBe(12);
    expect(rows.map((row) => row.id)).toEqual(newestFirst(atGeneral).map((made) => made.id));
  });

  const today = () => dayFromToday(server, 0);
  const filters: [string, () => FacilityAssignmentFilter][] = [
    ['an effective-date range', () => ({ effectiveFrom: dayFromToday(server, -120), effectiveTo: dayFromToday(server, -30) })],
    ['an end-date range', () => ({ endFrom: dayFromToday(server, -60), endTo: today() })],
    ['both ranges', () => ({ effectiveFrom: dayFromToday(server, -200), effectiveTo: dayFromToday(server, -10), endFrom: dayFromToday(server, -100), endTo: dayFromToday(server, -8) })],
    ['an open-ended effective date', () => ({ effectiveFrom: dayFromToday(server, -3) })],
    ['a single day, inclusive at both ends', () => ({ effectiveFrom: dayFromToday(server, -120), effectiveTo: dayFromToday(server, -120) })],
  ];
  it.each(filters)('filters by %s to exactly the rows the dates select, and counts them', async (_name, make) => {
    const filter = make();
    const { rows, totalCount } = await everyPage(manager, general.id, filter, 4);
    const expected = newestFirst(atGeneral.filter((made) => matchesFacilityFilter(made, filter)));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id)).toEqual(expected.map((made) => made.id));
    expect(totalCount).toBe(expected.length);
  });

  it.each([
    [{ effectiveFrom: '2026-05-01', effectiveTo: '2026-04-30' }, 'filter.effectiveTo', /ends before it starts/],
    [{ endFrom: '2026-02-30' }, 'filter.endFrom', /./],
    [{ endTo: '30/04/2026' }, 'filter.endTo', /./],
  ])('refuses the filter %j on %s', async (filter, field, message) => {
    const result = await manager.request(QUERY, { facilityId: general.id, filter });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a page size out of bounds and a made-up cursor', async () => {
    expect(errorField(await manager.request(QUERY, { facilityId: general.id, first: 0 }))).toBe('first');
    expect(errorField(await manager.request(QUERY, { facilityId: general.id, after: 'not-a-cursor' }))).toBe('after');
    const forged = Buffer.from(JSON.stringify(['2026-01-01', "x' or 1=1"])).toString('base64url');
    expect(errorField(await manager.request(QUERY, { facilityId: general.id, after: forged }))).toBe('after');
  });

  /** The rows in an order, as the Hub's sort key has them: the sorted values, then the assignment id. */
  const inOrder = (rows: Made[], { field, direction }: Order) => {
    const key = (made: Made) =>
      field === 'EFFECTIVE_DATE' ? [made.effectiveDate, made.id] : field === 'END_DATE' ? [made.endDate, made.id] : [made.lastName, made.firstName, made.effectiveDate, made.id];
    const compare = (a: Made, b: Made) => {
      const [ka, kb] = [key(a), key(b)];
      const at = ka.findIndex((value, i) => value !== kb[i]);
      return at === -1 ? 0 : ka[at]! < kb[at]! ? -1 : 1;
    };
    return [...rows].sort((a, b) => (direction === 'ASC' ? compare(a, b) : compare(b, a)));
  };
  const orders: Order[] = (['EFFECTIVE_DATE', 'END_DATE', 'CONTRACTOR'] as const).flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })));

  it.each(orders)('sorts by $field $direction and pages through every row exactly once in that order', async (orderBy) => {
    const { rows, totalCount } = await everyPage(manager, general.id, {}, 4, { orderBy });
    expect(totalCount).toBe(12);
    expect(rows.map((row) => row.id)).toEqual(inOrder(atGeneral, orderBy).map((made) => made.id));
  });

  it('sorts by contractor with each contractor\'s shifts together, by last name', async () => {
    const { rows } = await everyPage(manager, general.id, {}, 5, { orderBy: { field: 'CONTRACTOR', direction: 'ASC' } });
    const names = rows.map((row) => row.contractorName);
    expect([...new Set(names)]).toEqual(['Cléo Núñez', 'Ben Okafor', 'Ana Souza']);
    expect(names.filter((name) => name === 'Ben Okafor')).toHaveLength(4);
  });

  it('sorts ascending when the direction is left out', async () => {
    const { facilityAssignments } = await manager.data<Page>(QUERY, { facilityId: general.id, orderBy: { field: 'END_DATE' } });
    const ends = facilityAssignments.edges.map((edge) => edge.node.endDate);
    expect(ends).toEqual([...ends].sort());
  });

  it.each([
    ['SOUZA', ['Ana Souza']],
    ['ben oka', ['Ben Okafor']],
    ['o', ['Ana Souza', 'Ben Okafor', 'Cléo Núñez']],
  ])('searches the contractor name for %j, whatever the case, and counts the matches', async (search, names) => {
    const { rows, totalCount } = await everyPage(manager, general.id, {}, 3, { search });
    const expected = newestFirst(atGeneral.filter((made) => names.includes(made.contractorName)));
    expect(rows.map((row) => row.id)).toEqual(expected.map((made) => made.id));
    expect(totalCount).toBe(expected.length);
  });

  it('combines a search with dates and an order, paging across pages', async () => {
    const filter = { effectiveFrom: dayFromToday(server, -200), effectiveTo: dayFromToday(server, 10) };
    const orderBy: Order = { field: 'END_DATE', direction: 'DESC' };
    const { rows, totalCount } = await everyPage(manager, general.id, filter, 2, { search: 'ana souza', orderBy });
    const expected = inOrder(atGeneral.filter((made) => made.contractorName === 'Ana Souza' && matchesFacilityFilter(made, filter)), orderBy);
    expect(expected.length).toBeGreaterThan(2);
    expect(rows.map((row) => row.id)).toEqual(expected.map((made) => made.id));
    expect(totalCount).toBe(expected.length);
  });

  it("never finds another facility's rows, whoever is searched for", async () => {
    expect(await everyPage(manager, general.id, {}, 5, { search: 'Patel' })).toEqual({ rows: [], totalCount: 0 });
    const { rows } = await everyPage(manager, west.id, {}, 5, { search: 'Ben' });
    expect(rows.map((row) => row.id)).toEqual([atWest[0]!.id]);
  });

  it('takes the wildcards of a search literally', async () => {
    expect((await everyPage(manager, general.id, {}, 5, { search: '%' })).totalCount).toBe(0);
    expect((await everyPage(manager, general.id, {}, 5, { search: 'An_ Souza' })).totalCount).toBe(0);
  });

  it('refuses a search longer than 100 characters on the field search', async () => {
    const result = await manager.request(QUERY, { facilityId: general.id, search: 'a'.repeat(101) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('search');
    expect((await manager.data<Page>(QUERY, { facilityId: general.id, search: ` ${'a'.repeat(100)} ` })).facilityAssignments.totalCount).toBe(0);
  });

  it('refuses a cursor of another order, since it would resume in the wrong place', async () => {
    const first = await manager.data<Page>(QUERY, { facilityId: general.id, first: 2, orderBy: { field: 'CONTRACTOR', direction: 'ASC' } });
    const after = first.facilityAssignments.pageInfo.endCursor;
    expect(errorField(await manager.request(QUERY, { facilityId: general.id, first: 2, after, orderBy: { field: 'CONTRACTOR', direction: 'DESC' } }))).toBe('after');
    expect(errorField(await manager.request(QUERY, { facilityId: general.id, first: 2, after }))).toBe('after');
  });

  it('offers the ZIP only where the agency enabled bulk download, with the filter in its address', async () => {
    const filter = { effectiveFrom: dayFromToday(server, -90) };
    const enabled = await manager.data<Page>(QUERY, { facilityId: general.id, filter });
    expect(enabled.facilityAssignments.bulkDownloadUrl).toBe(`${server.coverline.deps.config.publicUrl}/facilities/${general.id}/certificates.zip?effectiveFrom=${filter.effectiveFrom}`);
    const disabled = await manager.data<Page>(QUERY, { facilityId: west.id });
    expect(disabled.facilityAssignments.bulkDownloadUrl).toBeNull();
    const searched = await manager.data<Page>(QUERY, { facilityId: general.id, filter, search: ' Ana S ' });
    expect(searched.facilityAssignments.bulkDownloadUrl).toBe(`${server.coverline.deps.config.publicUrl}/facilities/${general.id}/certificates.zip?effectiveFrom=${filter.effectiveFrom}&search=Ana+S`);
  });
});

describe('bulk download switch', () => {
  const SET = `mutation($f: ID!, $on: Boolean!) { setFacilityBulkDownload(facilityId: $f, enabled: $on) { id bulkDownloadEnabled } }`;

  it("is the agency's to turn on and off, and the facility's ZIP follows it", async () => {
    const member = await signedInMemberOf(server, { id: agencyId });
    expect((await member.client.data<{ setFacilityBulkDownload: { bulkDownloadEnabled: boolean } }>(SET, { f: west.id, on: true })).setFacilityBulkDownload.bulkDownloadEnabled).toBe(true);
    expect((await manager.data<Page>(QUERY, { facilityId: west.id })).facilityAssignments.bulkDownloadUrl).toContain(`/facilities/${west.id}/certificates.zip`);
    expect((await get(`/facilities/${west.id}/certificates.zip`, await facilityCookie())).status).toBe(200);
    await member.client.data(SET, { f: west.id, on: false });
    expect((await manager.data<Page>(QUERY, { facilityId: west.id })).facilityAssignments.bulkDownloadUrl).toBeNull();
    expect((await get(`/facilities/${west.id}/certificates.zip`, await facilityCookie())).status).toBe(403);
  });

  it('refuses facility users (FORBIDDEN) and another agency (NOT_FOUND), and changes nothing', async () => {
    expect(errorCode(await manager.request(SET, { f: west.id, on: true }))).toBe('FORBIDDEN');
    const outsider = await signedInMemberOf(server, { id: otherAgencyFacility.agencyId });
    expect(errorCode(await outsider.client.request(SET, { f: west.id, on: true }))).toBe('NOT_FOUND');
    expect((await manager.data<Page>(QUERY, { facilityId: west.id })).facilityAssignments.bulkDownloadUrl).toBeNull();
  });
});

describe('who may read a facility', () => {
  it("lets the agency's own members read its facility", async () => {
    const member = await signedInMemberOf(server, { id: agencyId });
    const { rows } = await everyPage(member.client, west.id);
    expect(rows).toHaveLength(atWest.length);
  });

  it('answers NOT_FOUND for a facility of another agency, to a facility user and to an agency member alike', async () => {
    expect(errorCode(await manager.request(QUERY, { facilityId: otherAgencyFacility.id }))).toBe('NOT_FOUND');
    const outsider = await signedInMemberOf(server, { id: otherAgencyFacility.agencyId });
    expect(errorCode(await outsider.client.request(QUERY, { facilityId: general.id }))).toBe('NOT_FOUND');
    expect(errorCode(await manager.request(QUERY, { facilityId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await manager.request(QUERY, { facilityId: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND to a facility user for a facility of the same agency they were not granted, or whose grant was revoked', async () => {
    const { client: westOnly, user } = await signedInFacilityUser(server, [west]);
    expect(errorCode(await westOnly.request(QUERY, { facilityId: general.id }))).toBe('NOT_FOUND');
    // Revoked by another process (straight in the database): honoured once this process's copy of the sign-in lapses.
    await server.db.update(facilityGrants).set({ revokedAt: new Date() }).where(eq(facilityGrants.facilityUserId, user.id));
    server.clock.advance(server.coverline.deps.config.sessionCache.ttlMs);
    expect(errorCode(await westOnly.request(QUERY, { facilityId: west.id }))).toBe('NOT_FOUND');
  });

  it('refuses contractors and the signed-out', async () => {
    const { client: contractor } = await signedInContractor(server, { id: agencyId });
    expect(errorCode(await contractor.request(QUERY, { facilityId: general.id }))).toBe('FORBIDDEN');
    expect(errorCode(await server.client('facility').request(QUERY, { facilityId: general.id }))).toBe('UNAUTHENTICATED');
  });
});

// ---------------------------------------------------------------- downloads by URL

async function facilityCookie(userId = managerUserId) {
  return sessionHeaders(server, { principalType: 'FACILITY_USER', principalId: userId, agencyId: null });
}

const get = (path: string, headers: Record<string, string> = {}) => httpGet(server, path, headers);

describe('downloads', () => {
  it("serves a row's certificate PDF to the facility user, and another facility's to nobody", async () => {
    const mine = await get(`/certificates/${atGeneral[0]!.number}.pdf`, await facilityCookie());
    expect(mine.status).toBe(200);
    expect(mine.body.equals(atGeneral[0]!.pdf)).toBe(true);
    const theirs = await get(`/certificates/${elsewhere[0]!.number}.pdf`, await facilityCookie());
    expect(theirs.status).toBe(404);
  });

  it('streams a ZIP of every certificate the filter selects, stored as-is and named <contractor>-<effective>-<number>.pdf', async () => {
    const filter = { effectiveFrom: dayFromToday(server, -120), endTo: dayFromToday(server, 0) };
    const response = await get(`/facilities/${general.id}/certificates.zip?effectiveFrom=${filter.effectiveFrom}&endTo=${filter.endTo}`, await facilityCookie());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Mercy-General-certificates-\d{4}-\d{2}-\d{2}\.zip"$/);
    const expected = newestFirst(atGeneral.filter((made) => matchesFacilityFilter(made, filter)));
    expect(expected.length).toBeGreaterThan(3);
    const entries = await readZip(response.body);
    expect(entries.map((entry) => entry.fileName)).toEqual(expected.map((made) => certificateFileName(made)));
    expect(entries.map((entry) => entry.fileName)).toContain(`Nunez-Cleo-${expected.find((made) => made.lastName === 'Núñez')!.effectiveDate}-${expected.find((made) => made.lastName === 'Núñez')!.number}.pdf`);
    for (const [index, entry] of entries.entries()) {
      expect(entry.compressionMethod).toBe(0);
      expect(entry.bytes.equals(expected[index]!.pdf)).toBe(true);
    }
  });

  it('puts in the ZIP only the searched contractor\'s certificates, as the table lists them', async () => {
    const response = await get(`/facilities/${general.id}/certificates.zip?search=okafor`, await facilityCookie());
    expect(response.status).toBe(200);
    const entries = await readZip(response.body);
    expect(entries.map((entry) => entry.fileName)).toEqual(newestFirst(atGeneral.filter((made) => made.lastName === 'Okafor')).map((made) => certificateFileName(made)));
  });

  it('refuses the ZIP where bulk download is not enabled, saying who can enable it', async () => {
    const response = await get(`/facilities/${west.id}/certificates.zip`, await facilityCookie());
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body.toString('utf8')).message).toMatch(/staffing partner can enable it/);
  });

  it("answers 404 for another facility's ZIP, a revoked grant, no session, or a made-up facility", async () => {
    const notFound = await get(`/facilities/${otherAgencyFacility.id}/certificates.zip`, await facilityCookie());
    expect(notFound.status).toBe(404);
    expect((await get(`/facilities/${general.id}/certificates.zip`)).status).toBe(404);
    expect((await get(`/facilities/00000000-0000-4000-8000-000000000000/certificates.zip`, await facilityCookie())).status).toBe(404);
    const { user } = await signedInFacilityUser(server, [general]);
    await server.db.update(facilityGrants).set({ revokedAt: new Date() }).where(eq(facilityGrants.facilityUserId, user.id));
    const revoked = await get(`/facilities/${general.id}/certificates.zip`, await facilityCookie(user.id));
    expect(revoked.status).toBe(404);
    expect(revoked.body.equals(notFound.body)).toBe(true);
  });

  it('refuses a malformed filter with 400 and the field at fault', async () => {
    const response = await get(`/facilities/${general.id}/certificates.zip?endFrom=2026-03-01&endTo=2026-02-01`, await facilityCookie());
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ field: 'endTo', message: expect.stringMatching(/ends before it starts/) });
    const tooLong = await get(`/facilities/${general.id}/certificates.zip?search=${'a'.repeat(101)}`, await facilityCookie());
    expect(tooLong.status).toBe(400);
    expect(JSON.parse(tooLong.body.toString('utf8'))).toMatchObject({ field: 'search' });
  });
});

describe('a row’s certificate history', () => {
  let shift: Made;
  let eastId: string;
  let eastManager: GraphQLClient;

  beforeAll(async () => {
    const agency = { id: agencyId };
    const east = await createFacility(server, agency, { name: 'Mercy East' });
    eastId = east.id;
    const eve = await createContractor(server, agency, { firstName: 'Eve', lastName: 'Lindqvist' });
    const category = await approvedJobCategory(server, agency, { workState: 'OH' });
    shift = await cover(east, eve, category.id, 2, 3);
    const { client: member } = await signedInMemberOf(server, agency);
    await member.data('mutation($id: ID!, $end: String!) { extendAssignment(id: $id, endDate: $end) { id } }', { id: shift.id, end: dayFromToday(server, 9) });
    eastManager = (await signedInFacilityUser(server, [east])).client;
  });

  it('lists the valid certificate first and the one it replaced after it, void, in one statement for the page', async () => {
    const history = `query($facilityId: ID!) { facilityAssignments(facilityId: $facilityId) { edges { node { id certificate { number status } certificates { number status } } } } }`;
    type History = { facilityAssignments: { edges: { node: { id: string; certificate: { number: string; status: string }; certificates: { number: string; status: string }[] } }[] } };
    const { facilityAssignments } = await eastManager.data<History>(history, { facilityId: eastId });
    const [row] = facilityAssignments.edges.map((edge) => edge.node);
    expect(row?.id).toBe(shift.id);
    expect(row?.certificates.map((certificate) => certificate.status)).toEqual(['VALID', 'VOID']);
    expect(row?.certificates[0]).toEqual(row?.certificate);
    expect(row?.certificates[1]?.number).toBe(shift.number);
    // Another facility's manager sees neither.
    expect(errorCode(await manager.request(history, { facilityId: eastId }))).toBe('NOT_FOUND');
  });

  it('is read only by a query that shows it (through an alias, a fragment or @include), and then reads the same certificates', async () => {
    // An integration's query: the rows and their valid certificate; the history only if $withHistory.
    const rows = `query($facilityId: ID!, $withHistory: Boolean!) {
      facilityAssignments(facilityId: $facilityId) { edges { node { id contractorName endDate certificate { number status } ...History @include(if: $withHistory) } } }
    }
    fragment History on FacilityAssignment { replaced: certificates { number status } }`;
    type Rows = { facilityAssignments: { edges: { node: { id: string; contractorName: string; endDate: string; certificate: { number: string; status: string }; replaced?: { number: string; status: string }[] } }[] } };
    const readsHistory = (statement: string) => /\bhistory\.assignment_id\b/.test(statement);
    const run = async (withHistory: boolean) => {
      recording = [];
      try {
        const { facilityAssignments } = await eastManager.data<Rows>(rows, { facilityId: eastId, withHistory });
        return { nodes: facilityAssignments.edges.map((edge) => edge.node), statements: recording.filter((statement) => /"assignments"/.test(statement)) };
      } finally {
        recording = null;
      }
    };

    const without = await run(false);
    expect(without.nodes.map((node) => node.id)).toEqual([shift.id]);
    expect(without.nodes[0]).not.toHaveProperty('replaced');
    expect(without.statements.length).toBeGreaterThan(0);
    expect(without.statements.filter(readsHistory)).toEqual([]);

    const withIt = await run(true);
    expect(withIt.statements.filter(readsHistory)).toHaveLength(1);
    const stored = await server.db.execute<{ number: string; status: string }>(sql`select number, status from certificates where assignment_id = ${shift.id} order by issued_at desc, id desc`);
    expect(withIt.nodes).toEqual(without.nodes.map((node) => ({ ...node, replaced: stored.map(({ number, status }) => ({ number, status })) })));
    expect(withIt.nodes[0]?.replaced?.map((certificate) => certificate.status)).toEqual(['VALID', 'VOID']);
  });
});
