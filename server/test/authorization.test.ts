// Who may call what: every Query and Mutation root field against every kind of viewer (the hand-written
// table is support/root-field-matrix.ts); a root field added to the schema without a row fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient, GraphQLResult } from './support/graphql-client.js';
import { MATRIX, ROOT_FIELDS, VIEWERS, type Who } from './support/root-field-matrix.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createApiKey, createContractor, createFacility, createFacilityUser, createTeamMember, sessionClient } from './factories/index.js';

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
