// The agency dashboard between the two demo agencies: each rep, signed in as the demo's own, finds,
// changes, exports, reminds and imports over nothing of the other agency's, whatever id they try.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from './support/downloads.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { signedInDemoRep } from './factories/index.js';

type Contractor = { id: string; firstName: string; lastName: string; email: string; externalId: string | null };
type Assignment = { id: string; poNumber: string | null };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_DATA: 'true' });
}, 180_000);
afterAll(async () => server?.stop());

const signIn = (email: string) => signedInDemoRep(server, email);

async function contractorsOf(client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<Contractor[]> {
  const data = await client.data<{ contractors: { edges: { node: Contractor }[] } }>(
    'query($f: ContractorFilter) { contractors(filter: $f, first: 100) { edges { node { id firstName lastName email externalId } } } }',
    { f: filter },
  );
  return data.contractors.edges.map((edge) => edge.node);
}

async function assignmentsOf(client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<Assignment[]> {
  const data = await client.data<{ assignments: { edges: { node: Assignment }[] } }>(
    'query($f: AssignmentFilter) { assignments(filter: $f, first: 100) { edges { node { id poNumber } } } }',
    { f: filter },
  );
  return data.assignments.edges.map((edge) => edge.node);
}

const errorCode = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe.each([
  ['rep@acme.test', 'rep@globex.test'],
  ['rep@globex.test', 'rep@acme.test'],
])('the contractors and assignments of %s, tried by %s', (ownerEmail, otherEmail) => {
  let owner: GraphQLClient;
  let other: GraphQLClient;
  let theirs: Contractor[];
  let theirAssignments: Assignment[];

  beforeAll(async () => {
    owner = await signIn(ownerEmail);
    other = await signIn(otherEmail);
    theirs = await contractorsOf(owner);
    theirAssignments = await assignmentsOf(owner);
    expect(theirs.length).toBeGreaterThan(3);
    expect(theirAssignments.length).toBeGreaterThan(3);
  });

  it('never appear in the other agency\'s lists, searches, filters or exports', async () => {
    const ids = new Set(theirs.map((contractor) => contractor.id));
    expect((await contractorsOf(other)).filter((contractor) => ids.has(contractor.id))).toEqual([]);
    const [someone] = theirs;
    expect(await contractorsOf(other, { search: someone!.email })).toEqual([]);
    for (const coverageStatus of ['COVERED', 'NEEDS_OPT_IN', 'PAYMENT_DECLINED', 'NOT_INVITED']) {
      expect((await contractorsOf(other, { coverageStatus: [coverageStatus] })).filter((contractor) => ids.has(contractor.id))).toEqual([]);
    }
    const assignmentIds = new Set(theirAssignments.map((assignment) => assignment.id));
    expect((await assignmentsOf(other)).filter((assignment) => assignmentIds.has(assignment.id))).toEqual([]);
    expect((await assignmentsOf(other, { missingPoNumber: true })).filter((assignment) => assignmentIds.has(assignment.id))).toEqual([]);
    expect((await assignmentsOf(other, { contractorId: someone!.id }))).toEqual([]);

    const csv = await httpGet(server, '/contractors.csv', { cookie: `coverline_agency=${other.cookie('coverline_agency')}` });
    expect(csv.status).toBe(200);
    const exported = csv.body.toString('utf8');
    expect(theirs.filter((contractor) => exported.includes(contractor.email))).toEqual([]);
  });

  it('are null or not found by id, and the other agency can change none of them', async () => {
    const [contractor] = theirs;
    const [assignment] = theirAssignments;
    const seen = await other.data<{ contractor: unknown; assignment: unknown }>('query($c: ID!, $a: ID!) { contractor(id: $c) { id } assignment(id: $a) { id } }', {
      c: contractor!.id,
      a: assignment!.id,
    });
    expect(seen).toEqual({ contractor: null, assignment: null });

    const attempts = [
      other.request('mutation($id: ID!) { updateContractor(id: $id, input: { firstName: "Taken" }) { id } }', { id: contractor!.id }),
      other.request('mutation($id: ID!) { archiveContractor(id: $id) { id } }', { id: contractor!.id }),
      other.request('mutation($id: ID!) { sendOptInReminder(contractorId: $id) }', { id: contractor!.id }),
      other.request('mutation($id: ID!) { setPoNumber(assignmentIds: [$id], poNumber: "PO-NOT-YOURS") { id } }', { id: assignment!.id }),
    ];
    for (const attempt of await Promise.all(attempts)) expect(errorCode(attempt)).toBe('NOT_FOUND');
    const bulk = await other.data<{ sendOptInReminders: { sent: number; skipped: { reason: string }[] } }>(
      'mutation($ids: [ID!]!) { sendOptInReminders(contractorIds: $ids) { sent skipped { reason } } }',
      { ids: theirs.map((row) => row.id) },
    );
    expect(bulk.sendOptInReminders.sent).toBe(0);
    expect(bulk.sendOptInReminders.skipped.every((skip) => skip.reason === 'NOT_FOUND')).toBe(true);

    // As they were: the owner still sees the same names, statuses and PO numbers.
    expect(await contractorsOf(owner)).toEqual(theirs);
    expect(await assignmentsOf(owner)).toEqual(theirAssignments);
  });
});

// After both directions above: each import below adds contractors of the importing agency.
describe.each([
  ['rep@acme.test', 'rep@globex.test'],
  ['rep@globex.test', 'rep@acme.test'],
])('the contractors of %s, when %s imports their external ids and emails', (ownerEmail, otherEmail) => {
  it("are untouched when the other agency imports a file with the same external ids and emails: it gets contractors of its own", async () => {
    const owner = await signIn(ownerEmail);
    const other = await signIn(otherEmail);
    const theirs = await contractorsOf(owner);
    // The owner's own contractors, not the copies the other direction imported into this agency.
    const copied = theirs.filter((contractor) => contractor.externalId && contractor.firstName !== 'Copy').slice(0, 3);
    expect(copied).toHaveLength(3);
    const csv = [
      'first_name,last_name,email,external_id',
      ...copied.map((contractor) => `Copy,${contractor.lastName},${contractor.email},${contractor.externalId}`),
    ].join('\n');
    const result = await other.data<{ importContractors: { imported: number; updated: number; errors: unknown[] } }>(
      'mutation($csv: String!) { importContractors(csv: $csv) { imported updated errors { line column message } } }',
      { csv },
    );
    expect(result.importContractors).toMatchObject({ imported: copied.length, updated: 0, errors: [] });
    expect(await contractorsOf(owner)).toEqual(theirs);
    const copiedIds = new Set(copied.map((contractor) => contractor.externalId));
    const mine = (await contractorsOf(other, { search: 'Copy' })).filter((contractor) => copiedIds.has(contractor.externalId));
    expect(mine.map((contractor) => contractor.externalId).sort()).toEqual(copied.map((contractor) => contractor.externalId).sort());
    expect(mine.some((contractor) => theirs.some((row) => row.id === contractor.id))).toBe(false);
  });
});
