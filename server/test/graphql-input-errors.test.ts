// Bad input that graphql-js or PostgreSQL would refuse before a use case sees it still answers
// BAD_USER_INPUT naming the field, and changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, signedInMemberOf } from './factories/index.js';

const CREATE_CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`;
const CONTRACTORS = `query($first: Int, $filter: ContractorFilter) { contractors(first: $first, filter: $filter) { edges { node { id } } } }`;
const SET_PO = `mutation($ids: [ID!]!, $po: String!) { setPoNumber(assignmentIds: $ids, poNumber: $po) { id } }`;

let server: TestServer;
let client: GraphQLClient;
let agencyId: string;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  const agency = await createAgency(server);
  agencyId = agency.id;
  ({ client } = await signedInMemberOf(server, agency));
});
afterAll(async () => server?.stop());

async function contractorCount(): Promise<number> {
  const [row] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from contractors where agency_id = ${agencyId}`);
  return row?.n ?? 0;
}

describe("graphql-js's own refusals of variables", () => {
  it.each([
    ['a string for an Int', CONTRACTORS, { first: 'ten' }, 'first'],
    ['an Int over 2^31', CONTRACTORS, { first: 2 ** 31 }, 'first'],
    ['an unknown enum value inside an input object', CONTRACTORS, { filter: { coverageStatus: ['SOMETIMES'] } }, 'coverageStatus[0]'],
    ['null for a required argument', SET_PO, { ids: ['x'], po: null }, 'poNumber'],
    ['a required argument left out', SET_PO, { ids: ['x'] }, 'poNumber'],
    ['null inside a list of required ids', SET_PO, { ids: ['x', null], po: 'PO-1' }, 'assignmentIds[1]'],
    ['a required input field left out', CREATE_CONTRACTOR, { input: { firstName: 'Dana', lastName: 'Reyes' } }, 'email'],
    ['a wrong type for an input field', CREATE_CONTRACTOR, { input: { firstName: 'Dana', lastName: 'Reyes', email: 42 } }, 'email'],
  ])('%s names the field', async (_case, query, variables, field) => {
    const result = await client.request(query, variables);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
  });

  it('past 50 bad values (where graphql-js stops counting), still answers BAD_USER_INPUT on the field, every error of it', async () => {
    const result = await client.request(SET_PO, { ids: Array.from({ length: 60 }, () => 7.5), po: 'PO-1' });
    expect(result.errors?.length).toBe(51);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(Array(51).fill('BAD_USER_INPUT'));
    expect(result.errors?.at(-1)).toMatchObject({ message: expect.stringMatching(/too many errors/i), extensions: { field: 'assignmentIds[49]' } });
  });
});

describe('a NUL character', () => {
  it('is refused on the field that holds it, in a variable or in the document, and nothing is written', async () => {
    const before = await contractorCount();
    const inVariable = await client.request(CREATE_CONTRACTOR, { input: { firstName: 'Da\u0000na', lastName: 'Reyes', email: 'dana@example.test' } });
    expect([errorCode(inVariable), errorField(inVariable)]).toEqual(['BAD_USER_INPUT', 'firstName']);
    expect(inVariable.errors?.[0]?.message).toMatch(/NUL character/);
    const inList = await client.request(SET_PO, { ids: ['a', 'b\u0000'], po: 'PO-1' });
    expect(errorField(inList)).toBe('assignmentIds[1]');
    const inDocument = await client.request(`mutation { createContractor(input: { firstName: "Da\\u0000na", lastName: "Reyes", email: "dana@example.test" }) { id } }`);
    expect([errorCode(inDocument), errorField(inDocument)]).toEqual(['BAD_USER_INPUT', 'firstName']);
    const inSearch = await client.request(CONTRACTORS, { filter: { search: 'smi\u0000th' } });
    expect(errorField(inSearch)).toBe('search');
    expect(await contractorCount()).toBe(before);
  });
});
