// Bad input that graphql-js or PostgreSQL would refuse before a use case sees it still answers
// BAD_USER_INPUT naming the field, and changes nothing.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, signedInMemberOf } from './factories/index.js';
import { MAX_TEXT_INPUT_LENGTH, maxTextLengthOf } from '../src/graphql/input-errors.js';

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

/** Every String or ID an operation takes, as the argument it sits in and its path inside it (`.firstName`, `[0]`). */
function textInputsOf(schema: GraphQLSchema): { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; argument: string; path: string }[] {
  const found: ReturnType<typeof textInputsOf> = [];
  const walk = (type: GraphQLInputType, path: string, seen: Set<string>, report: (path: string) => void) => {
    const named = getNamedType(type);
    const step = isListType(getNullableType(type)) ? `${path}[0]` : path;
    if (named === GraphQLString || named === GraphQLID) report(step);
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const field of Object.values(named.getFields())) walk(field.type, `${step}.${field.name}`, new Set([...seen, named.name]), report);
    }
  };
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const argument of field.args) walk(argument.type, '', new Set(), (path) => found.push({ operation, field, argument: argument.name, path }));
    }
  }
  return found;
}

/** `value` placed at `path` (`.a.b[0]`) inside an otherwise empty argument value. */
function valueAt(path: string, value: string): unknown {
  const step = /^(\.(\w+)|\[0\])(.*)$/.exec(path);
  if (!step) return value;
  const inner = valueAt(step[3] ?? '', value);
  return step[2] ? { [step[2]]: inner } : [inner];
}

describe('text longer than any field takes', () => {
  const schema = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));

  it('is refused in every String and ID argument and input field of the schema, naming the field, before anything runs', async () => {
    const [auditBefore] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    const inputs = textInputsOf(schema);
    expect(inputs.length).toBeGreaterThan(100);
    const misses: string[] = [];
    for (const { operation, field, argument, path } of inputs) {
      const max = maxTextLengthOf(argument);
      // Only the document must be valid: the refusal comes before the variables are even coerced.
      const required = field.args.filter((arg) => arg.name === argument || isNonNullType(arg.type));
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const document = `${operation}(${required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')}) { ${field.name}(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${selection} }`;
      const result = await client.request(document, { [argument]: valueAt(path, 'x'.repeat(max + 1)) });
      const expectedField = path.startsWith('.') ? path.slice(1) : `${argument}${path}`;
      if (errorCode(result) !== 'BAD_USER_INPUT' || errorField(result) !== expectedField) misses.push(`${field.name}(${argument}${path}): ${JSON.stringify(result.errors)}`);
    }
    expect(misses).toEqual([]);
    const [auditAfter] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(auditAfter?.n).toBe(auditBefore?.n);
    expect(await contractorCount()).toBe(0);
  });

  it('is refused in the document too, and text of the longest length a field takes passes on to the use case', async () => {
    const tooLong = await client.request(`mutation { createApiKey(name: "${'k'.repeat(MAX_TEXT_INPUT_LENGTH + 1)}") { apiKey { id } } }`);
    expect([errorCode(tooLong), errorField(tooLong), tooLong.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'name', 'Use at most 2,048 characters.']);
    // An argument of a field below the root is bounded the same way.
    const nested = await client.request(`query($s: String) { viewer { facilityConnection(search: $s) { totalCount } } }`, { s: 's'.repeat(MAX_TEXT_INPUT_LENGTH + 1) });
    expect([errorCode(nested), errorField(nested)]).toEqual(['BAD_USER_INPUT', 'search']);
    const atTheBound = await client.request(CONTRACTORS, { filter: { search: 's'.repeat(MAX_TEXT_INPUT_LENGTH) } });
    // The use case's own, tighter limit answers now.
    expect([errorCode(atTheBound), errorField(atTheBound)]).toEqual(['BAD_USER_INPUT', 'filter.search']);
    expect(atTheBound.errors?.[0]?.message).not.toBe('Use at most 2,048 characters.');
  });
});

describe('a date in year 0 (0000-01-01), which fits YYYY-MM-DD but no calendar or PostgreSQL has', () => {
  it.each([
    ['the assignments list filter', `query($d: String) { assignments(first: 5, filter: { effectiveFrom: $d }) { edges { node { id } } } }`, 'filter.effectiveFrom'],
    ['the company overview', `query($d: String) { companyOverview(from: $d) { assignmentsInRange } }`, 'from'],
    ['the audit log', `query($d: String) { auditLog(first: 5, filter: { from: $d }) { edges { node { id } } } }`, 'filter.from'],
  ])('is BAD_USER_INPUT naming the field in %s', async (_where, query, field) => {
    const result = await client.request(query, { d: '0000-01-01' });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', field]);
  });
});
