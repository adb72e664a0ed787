// Every Mutation of the schema (read from it, so a new one is fuzzed without a word here), called with
// inputs generated from its argument types: NUL, huge and unicode strings, Ints past 2^31, NaN-like
// strings for Floats, bogus enum values, malformed and other-tenant ids, dates at the calendar's
// edges, long lists, nulls where a value is required; and, to reach the use cases' own checks, the
// role matrix's valid call of each with one value replaced. Whatever comes in: never an internal error,
// every error has a code (BAD_USER_INPUT also the field), and a refused call leaves every table of
// the data model as it was (row counts and a checksum, in one query). FUZZ_RUNS sets the calls per
// mutation (a few in `pnpm test`).
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCoverlineSchema } from '../src/graphql/schema.js';
import type { GraphQLClient, GraphQLResult } from './support/graphql-client.js';
import { MATRIX } from './support/root-field-matrix.js';
import { DISTRIBUTED, PLATFORM, REFERENCE } from './support/table-kinds.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  assignmentAwaitingOptIn,
  createAgency,
  createContractor,
  createFacility,
  createTeamMember,
  sessionClient,
  signedInContractor,
} from './factories/index.js';

const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 3);

// Written by a refused call on purpose: a session's last use, a failed sign-in's count, a rate bucket.
const WRITTEN_BY_REFUSALS = new Set(['sessions', 'sign_in_failures', 'rate_limit_buckets']);
const CHECKED_TABLES = [...Object.keys(DISTRIBUTED), ...REFERENCE, ...PLATFORM].filter((table) => !WRITTEN_BY_REFUSALS.has(table));
/** Each table's row count and checksum (the sum of its rows' hashes: order-independent), all in one statement. */
const CHECKSUM = sql.raw(
  `select json_build_object(${CHECKED_TABLES.map((table) => `'${table}', (select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) from ${table} t)`).join(', ')}) as tables`,
);

const schema = await buildCoverlineSchema();
const MUTATIONS = Object.values(schema.getMutationType()?.getFields() ?? {});

let server: TestServer;
/** Ids a generated ID may be: the calling agency's real records (so some calls get past "not found"), another agency's, and nobody's. */
let knownIds: string[] = [];
let callerOf: (mutation: string) => Promise<GraphQLClient>;
const tally = { calls: 0, refused: 0, writesChecked: 0, accepted: 0 };

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  const agency = await createAgency(server, { name: 'Fuzz Staffing' });
  const other = await createAgency(server, { name: 'Other Staffing' });
  const member = await createTeamMember(server, agency);
  const category = await approvedJobCategory(server, agency);
  const contractor = await createContractor(server, agency);
  const facility = await createFacility(server, agency);
  const assignment = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: facility.id });
  const otherContractor = await createContractor(server, other);
  const otherFacility = await createFacility(server, other);
  const signedIn = await signedInContractor(server, agency);
  knownIds = [category.id, contractor.id, facility.id, assignment.id, otherContractor.id, otherFacility.id, signedIn.contractor.id, category.jobCodeId];
  // A fresh session per mutation, so `logout` or a sign-in mutation harms no other mutation's calls.
  callerOf = async (mutation) => {
    const mayCall = MATRIX[`Mutation.${mutation}`]?.mayCall ?? [];
    if (mayCall.includes('agency member')) return sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });
    if (mayCall.includes('operator')) return server.operator();
    if (mayCall.includes('contractor')) return sessionClient(server, { principalType: 'CONTRACTOR', principalId: signedIn.contractor.id, agencyId: agency.id });
    throw new Error(`no caller for ${mutation}: give it a row in the role matrix`);
  };
}, 60_000);
afterAll(async () => {
  console.log(`mutation fuzz: ${tally.calls} inputs tried on ${MUTATIONS.length} mutations (up to ${RUNS_PER_MUTATION} each), ${tally.refused} refused, ${tally.writesChecked} refusals checked for writes (${CHECKED_TABLES.length} tables each), ${tally.accepted} accepted`);
  await server?.stop();
});

const DATE_EDGES = ['0000-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '1970-01-01', '2026-12-01', '+275760-09-13', '2026-12-01T25:61:00Z'];
const TRICKY_STRINGS = ['', ' ', '\u0000', 'a\u0000b', "' or 1=1 --", '<script>alert(1)</script>', '\u202e\u0301\ud83d\ude00', 'NaN', 'Infinity', '-0', '1e309', 'null', '{}', '[]'];

const string = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_STRINGS, ...DATE_EDGES) },
  { weight: 2, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `${s}\u0000${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)) },
);
const id = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-000000000000', `${knownIds[0]}x`, knownIds[0]!.toUpperCase(), '1') },
    { weight: 1, arbitrary: string },
  );
const int = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1.5), fc.constantFrom('12', 'NaN'));
const float = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-0.01, 1e308, -1e308, 0), fc.constantFrom('NaN', 'Infinity', '1.5'));
const bogus = fc.constantFrom(true, 0, 'BOGUS', [], {});

/** Values for one input type: mostly of the type, sometimes a wrong type or a null where none is allowed. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueOf(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const present = presentValueOf(type, depth);
  return fc.oneof({ weight: 4, arbitrary: present }, { weight: 1, arbitrary: fc.constant(null) });
}

function presentValueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return presentValueOf(type.ofType, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, depth + 1);
    return fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 3_000 }).chain((n) => fc.array(item, { minLength: n, maxLength: n })) });
  }
  if (isEnumType(type)) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom('BOGUS', 'general_liability', '') });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant({});
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) });
  }
  if (!isScalarType(type)) throw new Error(`no values for ${String(type)}`);
  const byScalar: Record<string, fc.Arbitrary<unknown>> = {
    String: string,
    ID: id(),
    Int: int,
    SafeInt: int,
    Float: float,
    Boolean: fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: bogus }),
    DateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom(...DATE_EDGES)),
    JSONObject: fc.oneof(fc.object({ maxDepth: 2 }), bogus),
  };
  const values = byScalar[type.name];
  if (!values) throw new Error(`the fuzz has no values for the scalar ${type.name}: add them`);
  return fc.oneof({ weight: 8, arbitrary: values }, { weight: 1, arbitrary: bogus });
}

/** `mutation($a: T!, …) { name(a: $a, …) { __typename } }` and the values of its variables. */
function callOf(mutation: GraphQLField<unknown, unknown>): { document: string; variables: fc.Arbitrary<Record<string, unknown>> } {
  const args = mutation.args;
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(mutation.type)) ? ' { __typename }' : '';
  const document = `mutation${args.length ? `(${declarations})` : ''} { ${mutation.name}${args.length ? `(${argumentList})` : ''}${selection} }`;
  const variables = fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type)])), { requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) });
  return { document, variables };
}

async function checksum(): Promise<Record<string, string>> {
  const [row] = await server.db.execute<{ tables: Record<string, string> }>(CHECKSUM);
  return row!.tables;
}

function matrixCall(mutation: string): [string, Record<string, unknown>] {
  const row = MATRIX[`Mutation.${mutation}`];
  if (!row) throw new Error(`Mutation.${mutation} has no row in the role matrix`);
  const [document, variables = {}] = row.call();
  return [document, variables];
}

type Path = (string | number)[];
/** The path of every value inside the variables (a list as a whole, too). */
function leafPathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => leafPathsOf(item, [...path, index]))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPathsOf(item, [...path, key]));
  return path.length ? [path] : [];
}

function withValueAt(variables: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

/** Any value at all, for a place whose type the variables do not say. */
const anyValue = () => fc.oneof(string, int, float, id(), bogus, fc.constant(null), fc.constantFrom(...DATE_EDGES), fc.array(string, { maxLength: 3 }));

/**
 * Calls `mutation` as the role that may call it (one session for all its calls), checking each answer:
 * no internal error, every error coded (BAD_USER_INPUT with its field), and nothing written by a
 * refused call. The tables are read again only after a call that was accepted.
 */
async function checker(mutation: string): Promise<(document: string, input: Record<string, unknown>) => Promise<void>> {
  const client = await callerOf(mutation);
  let before = await checksum();
  return async (document, input) => {
    const result: GraphQLResult = await client.request(document, input);
    tally.calls++;
    const errors = result.errors ?? [];
    const shown = `${mutation}(${JSON.stringify(input).slice(0, 300)})`;
    expect(result.status, shown).toBeLessThan(500);
    for (const error of errors) {
      const shownError = `${shown} → ${JSON.stringify(error).slice(0, 500)}`;
      expect(error.extensions?.code, shownError).toBeTruthy();
      expect(error.extensions?.code, shownError).not.toBe('INTERNAL_SERVER_ERROR');
      if (error.extensions?.code === 'BAD_USER_INPUT') expect(error.extensions.field, shownError).toEqual(expect.any(String));
    }
    if (errors.length === 0) {
      tally.accepted++;
      before = await checksum();
      return;
    }
    tally.refused++;
    expect(await checksum(), `a refused ${shown} → ${JSON.stringify(errors).slice(0, 300)} wrote nothing`).toEqual(before);
    tally.writesChecked++;
  };
}

describe('every mutation, fuzzed', () => {
  it('covers the schema: every mutation has a caller in the role matrix', () => {
    expect(MUTATIONS.filter((mutation) => !MATRIX[`Mutation.${mutation.name}`]).map((mutation) => mutation.name)).toEqual([]);
  });

  it.each(MUTATIONS.map((mutation) => [mutation.name, mutation] as const))('%s, every argument generated', async (name, mutation) => {
    const { document, variables } = callOf(mutation);
    const check = await checker(name);
    // A mutation without arguments has one input to try.
    await fc.assert(fc.asyncProperty(variables, (input) => check(document, input)), { numRuns: mutation.args.length ? RUNS_PER_MUTATION : 1, endOnFailure: true });
  });

  // Inputs valid but for one value get past graphql-js's coercion into the use case's own checks.
  it.each(MUTATIONS.filter((mutation) => leafPathsOf(matrixCall(mutation.name)[1]).length > 0).map((mutation) => mutation.name))(
    '%s, the role matrix\'s call with one value replaced',
    async (name) => {
      const check = await checker(name);
      const paths = leafPathsOf(matrixCall(name)[1]);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), anyValue(), (path, value) => {
          const [document, valid] = matrixCall(name);
          return check(document, withValueAt(valid, path, value));
        }),
        { numRuns: RUNS_PER_MUTATION, endOnFailure: true },
      );
    },
  );
});
