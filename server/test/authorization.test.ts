// Who may call what: every Query and Mutation root field against every kind of viewer (the hand-written
// table is support/root-field-matrix.ts); a root field added to the schema without a row fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient, GraphQLResult } from './support/graphql-client.js';
import { MATRIX, ROOT_FIELDS, VIEWERS, type Who } from './support/root-field-matrix.js';
import { OPERATOR_KEY, startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  assignmentAwaitingOptIn,
  coveredAssignment,
  createAgency,
  createApiKey,
  createContractor,
  createFacility,
  createFacilityUser,
  createMasterPolicies,
  createTeamMember,
  sessionClient,
  sessionHeaders,
} from './factories/index.js';

let server: TestServer;
/** Returns a client acting as `who`; cookie viewers get a fresh session each time, so `logout` harms no other case. */
let clientFor: (who: Who) => Promise<GraphQLClient>;

beforeAll(async () => {
  server = await startTestServer();
  const agency = await createAgency(server, { name: 'Matrix Staffing' });
  const member = await createTeamMember(server, agency);
  const facility = await createFacility(server, agency);
  const facilityUser = await createFacilityUser(server, [facility]);
  const contractor = await createContractor(server, agency);
  const memberClient = () => sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });
  const apiKey = await createApiKey(await memberClient());
  clientFor = async (who) => {
    switch (who) {
      case 'anonymous':
        return server.client('agency');
      case 'agency member':
        return memberClient();
      case 'agency API key':
        return server.apiClient(apiKey);
      case 'facility user':
        return sessionClient(server, { principalType: 'FACILITY_USER', principalId: facilityUser.id, agencyId: null });
      case 'contractor':
        return sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: agency.id });
      case 'operator':
        return server.operator();
    }
  };
});
afterAll(async () => server?.stop());

describe('the role matrix', () => {
  it('has a hand-written row for every Query and Mutation root field, and none for a field that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(ROOT_FIELDS);
  });

  it('is signed in as the viewer each column names', async () => {
    const roles: Record<Who, string | null> = {
      anonymous: null,
      'agency member': 'AGENCY_MEMBER',
      'agency API key': 'AGENCY_MEMBER',
      'facility user': 'FACILITY_USER',
      contractor: 'CONTRACTOR',
      operator: 'OPERATOR',
    };
    for (const who of VIEWERS) {
      const { viewer } = await (await clientFor(who)).data<{ viewer: { role: string } | null }>('{ viewer { role } }');
      expect(viewer?.role ?? null, who).toBe(roles[who]);
    }
  });

  describe.each(ROOT_FIELDS)('%s', (field) => {
    it.each(VIEWERS)('%s', async (who) => {
      const row = MATRIX[field];
      if (!row) throw new Error(`${field} has no row in MATRIX: state who may call it`);
      const [query, variables] = row.call();
      const result: GraphQLResult = await (await clientFor(who)).request(query, variables);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      if (row.mayCall.includes(who)) {
        expect(codes, `${who} may call ${field}`).not.toContain('UNAUTHENTICATED');
        expect(codes, `${who} may call ${field}`).not.toContain('FORBIDDEN');
        expect(codes, `${who} calling ${field}: ${JSON.stringify(result.errors)}`).not.toContain('INTERNAL_SERVER_ERROR');
      } else {
        expect(codes, `${who} may not call ${field}`).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
        expect(result.data?.[field.split('.')[1]!] ?? null).toBeNull();
      }
    });
  });
});

describe('beyond the root fields', () => {
  it("shows a contractor only the facilities of their own assignments, wherever a field returns facilities", async () => {
    const agency = await createAgency(server, { name: 'Facility Secrets Staffing' });
    const theirs = await createFacility(server, agency, { name: 'Mercy General' });
    const otherClient = await createFacility(server, agency, { name: 'Riverside Clinic' });
    const contractor = await createContractor(server, agency);
    const colleague = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency);
    await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: theirs.id });
    const colleagues = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: colleague.id, jobCategoryId: category.id, facilityId: otherClient.id });
    const client = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: agency.id });
    const { viewer } = await client.data<{ viewer: { facilities: unknown[]; agency: { facilities: { name: string }[] }; contractor: { assignments: { facility: { name: string } | null }[] } } }>(
      '{ viewer { facilities { id } agency { facilities { name } } contractor { assignments { facility { name } } } } }',
    );
    expect(viewer.agency.facilities.map((facility) => facility.name)).toEqual(['Mercy General']);
    expect(viewer.contractor.assignments.map((assignment) => assignment.facility?.name)).toEqual(['Mercy General']);
    expect(viewer.facilities).toEqual([]);
    // The agency itself still sees all of its facilities, the colleague's assignment its own.
    const member = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: (await createTeamMember(server, agency)).id, agencyId: agency.id });
    const { viewer: agencyView } = await member.data<{ viewer: { agency: { facilities: { name: string }[] } } }>('{ viewer { agency { facilities { name } } } }');
    expect(agencyView.agency.facilities.map((facility) => facility.name)).toEqual(['Mercy General', 'Riverside Clinic']);
    const { viewer: colleagueView } = await (await sessionClient(server, { principalType: 'CONTRACTOR', principalId: colleague.id, agencyId: agency.id })).data<{
      viewer: { agency: { facilities: { id: string }[] } };
    }>('{ viewer { agency { facilities { id } } } }');
    expect(colleagueView.agency.facilities).toEqual([{ id: colleagues.facilityId }]);
  });

  it("gives the operator key no tenant's certificate PDF: no operator action needs one", async () => {
    await createMasterPolicies(server);
    const agency = await createAgency(server, { name: 'Operator Cannot Read Staffing' });
    const facility = await createFacility(server, agency);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency);
    const { certificate } = await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: facility.id });
    const download = (headers: Record<string, string>) => fetch(`${server.url}/certificates/${certificate.number}.pdf`, { headers });
    expect((await download({ authorization: `Bearer ${OPERATOR_KEY}` })).status).toBe(404);
    expect((await download({ authorization: `Bearer ${OPERATOR_KEY}` }).then((response) => response.json())) as { message: string }).toMatchObject({ message: 'No certificate here.' });
    const zip = await fetch(`${server.url}/facilities/${facility.id}/certificates.zip`, { headers: { authorization: `Bearer ${OPERATOR_KEY}` } });
    expect(zip.status).toBe(404);
    const member = await createTeamMember(server, agency);
    expect((await download(await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id }))).status).toBe(200);
  });
});
