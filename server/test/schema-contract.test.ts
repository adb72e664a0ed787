// The checked-in contract (packages/schema/schema.graphql) is what the apps and integrations build
// against: it must be exactly what the server serves, and keep the stable names of API.md.
import fs from 'node:fs/promises';
import {
  buildSchema,
  GraphQLEnumType,
  GraphQLObjectType,
  isNonNullType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { printCoverlineSchema, SCHEMA_FILE } from '../src/graphql/emit-schema.js';

let checkedIn: string;
let contract: GraphQLSchema;
beforeAll(async () => {
  checkedIn = await fs.readFile(SCHEMA_FILE, 'utf8');
  contract = buildSchema(checkedIn);
});

function objectType(name: string): GraphQLObjectType {
  const type: GraphQLNamedType | undefined = contract.getType(name);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${name} is not an object type in the contract`);
  return type;
}

/** `name(arg: Type, …): Type` as SDL spells it, so an assertion reads like API.md. */
function signature(field: GraphQLField<unknown, unknown> | undefined): string | undefined {
  if (!field) return undefined;
  const args = field.args.length ? `(${field.args.map((a) => `${a.name}: ${a.type.toString()}`).join(', ')})` : '';
  return `${field.name}${args}: ${field.type.toString()}`;
}

describe('the schema contract', () => {
  it('is the schema the server builds (if not, run `pnpm schema` and commit the result)', async () => {
    const generated = await printCoverlineSchema();
    expect(checkedIn, 'packages/schema/schema.graphql is stale: run `pnpm schema` and commit the result').toBe(generated);
  });

  it('keeps the API.md query and mutations with their arguments', () => {
    const query = objectType('Query').getFields();
    const mutation = objectType('Mutation').getFields();
    expect(signature(query.viewer)).toBe('viewer: Viewer');
    // jobCodes keeps `state` and its result; what it gained since (`search`) is optional, so old calls still work.
    expect(query.jobCodes?.type.toString()).toBe('[JobCode!]!');
    expect(query.jobCodes?.args.find((a) => a.name === 'state')?.type.toString()).toBe('String');
    expect(query.jobCodes?.args.filter((a) => isNonNullType(a.type))).toEqual([]);
    expect(signature(query.agencies)).toBe('agencies(after: String, first: Int): AgencyConnection!');
    expect(signature(mutation.upsertJobCode)).toBe('upsertJobCode(input: JobCodeInput!): JobCode!');
    expect(signature(mutation.login)).toBe('login(email: String!, password: String!): Viewer!');
    expect(signature(mutation.logout)).toBe('logout: Boolean!');
    expect(signature(mutation.requestMagicLink)).toBe('requestMagicLink(email: String!): Boolean!');
    expect(signature(mutation.redeemMagicLink)).toBe('redeemMagicLink(token: String!): Viewer!');
    expect(signature(mutation.inviteTeamMember)).toBe('inviteTeamMember(email: String!): Boolean!');
    const invite = mutation.inviteFacilityUser;
    expect(invite && isNonNullType(invite.type) ? invite.type.toString() : undefined).toBe('Boolean!');
    expect(Object.fromEntries(invite?.args.map((a) => [a.name, a.type.toString()]) ?? [])).toEqual({ facilityId: 'ID!', email: 'String!' });
  });

  it('keeps the API.md fields of Viewer, Agency, Facility and JobCode', () => {
    const fieldTypes = (name: string) => Object.fromEntries(Object.values(objectType(name).getFields()).map((f) => [f.name, f.type.toString()]));
    expect(fieldTypes('Viewer')).toMatchObject({ role: 'Role!', email: 'String!', agency: 'Agency', facilities: '[Facility!]!' });
    expect(fieldTypes('Agency')).toMatchObject({ id: 'ID!', name: 'String!', facilities: '[Facility!]!' });
    expect(fieldTypes('Facility')).toMatchObject({ id: 'ID!', name: 'String!', bulkDownloadEnabled: 'Boolean!' });
    expect(fieldTypes('JobCode')).toMatchObject({ id: 'ID!', code: 'String!', title: 'String!', description: 'String!' });
    expect(fieldTypes('JobCodeRate')).toMatchObject({ state: 'String!', coverageType: 'CoverageType!', minimumPremiumCents: 'Int!' });
  });

  it('keeps the API.md team and password-reset operations and the TeamMember fields', () => {
    const query = objectType('Query').getFields();
    const mutation = objectType('Mutation').getFields();
    expect(signature(query.teamMembers)).toBe('teamMembers: [TeamMember!]!');
    expect(signature(mutation.removeTeamMember)).toBe('removeTeamMember(id: ID!): Boolean!');
    expect(signature(mutation.requestPasswordReset)).toBe('requestPasswordReset(email: String!): Boolean!');
    // The emitted schema sorts arguments by name; callers name them, so only the set matters.
    expect(mutation.resetPassword?.type.toString()).toBe('Viewer!');
    expect(Object.fromEntries(mutation.resetPassword?.args.map((a) => [a.name, a.type.toString()]) ?? [])).toEqual({ token: 'String!', password: 'String!' });
    const fields = Object.fromEntries(Object.values(objectType('TeamMember').getFields()).map((f) => [f.name, f.type.toString()]));
    expect(fields).toMatchObject({ id: 'ID!', email: 'String!', name: 'String', status: 'String!' });
  });

  it('keeps the API.md enum values', () => {
    const values = (name: string) => {
      const type = contract.getType(name);
      if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum in the contract`);
      return type.getValues().map((v) => v.name).sort();
    };
    expect(values('Role')).toEqual(['AGENCY_MEMBER', 'CONTRACTOR', 'FACILITY_USER', 'OPERATOR']);
    expect(values('CoverageType')).toEqual(['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']);
    expect(values('Payer')).toEqual(['AGENCY', 'CONTRACTOR']);
  });
});
