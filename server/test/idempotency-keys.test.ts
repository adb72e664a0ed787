// Idempotency keys (API.md, "Integrations"): a mutation sent with an `Idempotency-Key` header is run
// once per viewer and key; a repeat within 24 hours is answered with the first answer and writes nothing.
import { count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, contractors, idempotencyKeys, mailOutbox } from '../src/db/schema.js';
import { ABANDONED_CLAIM_MS, removeExpiredIdempotencyKeys } from '../src/modules/idempotency/idempotency-keys.js';
import { errorCode, errorField, type Exchange, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  assignmentAwaitingOptIn,
  assignmentInput,
  createAgency,
  createApiKey,
  createContractor,
  createMasterPolicies,
  createTeamMember,
  PASSWORD,
  signedInMemberOf,
} from './factories/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

const HOUR_MS = 3600_000;
let keys = 0;
const newKey = () => `idem-${++keys}-${Math.random().toString(36).slice(2)}`;

type Body = { query: string; variables: Record<string, unknown> };

function send(client: GraphQLClient, body: Body, key: string): Promise<Exchange> {
  return client.exchange(body.query, body.variables, { 'idempotency-key': key });
}

const replayed = (exchange: Exchange) => exchange.headers.get('idempotent-replayed') === 'true';

/** The same value with every object's keys in reverse order: the same request to a client, other bytes on the wire. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([name, inner]) => [name, reversedKeys(inner)]));
  return value;
}

/** What an agency has written so far: rows a mutation adds, its audit entries, and the mail it queues. */
async function writesOf(agencyId: string) {
  const rows = async (table: typeof contractors | typeof assignments | typeof auditLog | typeof mailOutbox) => {
    const [row] = await server.db.select({ n: count() }).from(table).where(eq(table.agencyId, agencyId));
    return row?.n ?? 0;
  };
  return { contractors: await rows(contractors), assignments: await rows(assignments), auditEntries: await rows(auditLog), mails: await rows(mailOutbox) };
}
type Writes = Awaited<ReturnType<typeof writesOf>>;

function added(before: Writes, after: Writes): Writes {
  return {
    contractors: after.contractors - before.contractors,
    assignments: after.assignments - before.assignments,
    auditEntries: after.auditEntries - before.auditEntries,
    mails: after.mails - before.mails,
  };
}

const NOTHING: Writes = { contractors: 0, assignments: 0, auditEntries: 0, mails: 0 };

const CREATE_CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id firstName lastName email workState } }`;
const CREATE_ASSIGNMENT = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status premiumCents effectiveDate endDate jobCategory { id } } }`;
const IMPORT_CONTRACTORS = `mutation($csv: String!) { importContractors(csv: $csv) { rows imported created updated errors { line message } } }`;
const SET_PO_NUMBER = `mutation($ids: [ID!]!, $po: String!, $email: String) { setPoNumber(assignmentIds: $ids, poNumber: $po, poContactEmail: $email) { id poNumber } }`;

type Fixture = { agency: { id: string }; client: GraphQLClient; body: Body; otherBody: Body };

/** A mutation under test: what one run of it writes, and a new agency with a signed-in rep and two different requests of it. */
type Case = { mutation: string; oneRun: Writes; setUp: () => Promise<Fixture> };

const createContractorCase: Case = {
  mutation: 'createContractor',
  oneRun: { ...NOTHING, contractors: 1, auditEntries: 1 },
  setUp: async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const input = (email: string) => ({ firstName: 'Dana', lastName: 'Reyes', email, workState: 'IL' });
    return { agency, client, body: { query: CREATE_CONTRACTOR, variables: { input: input('dana@example.com') } }, otherBody: { query: CREATE_CONTRACTOR, variables: { input: input('dana.r@example.com') } } };
  },
};

const createAssignmentCase: Case = {
  mutation: 'createAssignment',
  oneRun: { ...NOTHING, assignments: 1, auditEntries: 2, mails: 1 },
  setUp: async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    const input = (jobName: string) => assignmentInput(server, { contractorId: contractor.id, jobCategoryId: category.id }, { jobName });
    return { agency, client, body: { query: CREATE_ASSIGNMENT, variables: { input: input('Booth host') } }, otherBody: { query: CREATE_ASSIGNMENT, variables: { input: input('Booth lead') } } };
  },
};

const importContractorsCase: Case = {
  mutation: 'importContractors',
  oneRun: { ...NOTHING, contractors: 2, auditEntries: 1 },
  setUp: async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const header = 'first_name,last_name,email';
    const csv = `${header}\nAna,Souza,ana@example.com\nBen,Okafor,ben@example.com\n`;
    return { agency, client, body: { query: IMPORT_CONTRACTORS, variables: { csv } }, otherBody: { query: IMPORT_CONTRACTORS, variables: { csv: `${header}\nCleo,Ray,cleo@example.com\n` } } };
  },
};

const setPoNumberCase: Case = {
  mutation: 'setPoNumber',
  oneRun: { ...NOTHING, auditEntries: 1 },
  setUp: async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency);
    const facts = { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id };
    const ids = [(await assignmentAwaitingOptIn(server, facts)).id, (await assignmentAwaitingOptIn(server, facts)).id];
    return {
      agency,
      client,
      body: { query: SET_PO_NUMBER, variables: { ids, po: 'META-7781', email: 'ap@meta.test' } },
      otherBody: { query: SET_PO_NUMBER, variables: { ids, po: 'META-7782', email: 'ap@meta.test' } },
    };
  },
};

describe.each([createContractorCase, createAssignmentCase, importContractorsCase, setPoNumberCase])('$mutation with an Idempotency-Key', ({ oneRun, setUp }) => {
  it('a repeat with the same key and body gets the first answer as sent, marked replayed, and writes nothing', async () => {
    const { agency, client, body } = await setUp();
    const key = newKey();
    const before = await writesOf(agency.id);
    const first = await send(client, body, key);
    expect(first.result.errors).toBeUndefined();
    expect(replayed(first)).toBe(false);
    const afterFirst = await writesOf(agency.id);
    expect(added(before, afterFirst)).toEqual(oneRun);

    // The same variables with their keys in another order are the same request.
    const repeat = await send(client, { query: body.query, variables: reversedKeys(body.variables) as Record<string, unknown> }, key);
    expect(repeat.body).toBe(first.body);
    expect(repeat.result.status).toBe(first.result.status);
    expect(replayed(repeat)).toBe(true);
    expect(await writesOf(agency.id)).toEqual(afterFirst);
  });

  it('the same key with another body is refused (IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    const { agency, client, body, otherBody } = await setUp();
    const key = newKey();
    await send(client, body, key);
    const afterFirst = await writesOf(agency.id);

    const refused = await send(client, otherBody, key);
    expect(refused.result.status).toBe(400);
    expect(refused.result.data).toBeUndefined();
    expect(refused.result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(refused.result.errors?.[0]?.message).toMatch(/already used for a different request/);
    expect(await writesOf(agency.id)).toEqual(afterFirst);

    // The other body under a key of its own runs.
    expect((await send(client, otherBody, newKey())).result.errors).toBeUndefined();
  });

  it('of five concurrent identical requests with one key, one runs and all five get its answer', async () => {
    const { agency, client, body } = await setUp();
    const key = newKey();
    const before = await writesOf(agency.id);
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(client, body, key)));
    expect(added(before, await writesOf(agency.id))).toEqual(oneRun);
    expect(answers[0]?.result.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers.filter(replayed)).toHaveLength(4);
  });
});

describe('whose key it is', () => {
  it('the same key from another agency’s rep, or from an API key of the same agency, runs on its own', async () => {
    const [{ agency, client, body }, other] = [await createContractorCase.setUp(), await createContractorCase.setUp()];
    const apiKey = server.apiClient(await createApiKey(client));
    const key = newKey();
    const before = await writesOf(agency.id);
    const answers = [await send(client, body, key), await send(apiKey, body, key), await send(other.client, body, key)];
    expect(answers.map(replayed)).toEqual([false, false, false]);
    expect(answers.map((answer) => answer.result.errors)).toEqual([undefined, undefined, undefined]);
    expect(added(before, await writesOf(agency.id))).toEqual({ ...NOTHING, contractors: 2, auditEntries: 2 });
    expect(added(NOTHING, await writesOf(other.agency.id))).toEqual({ ...NOTHING, contractors: 1, auditEntries: 1 });
    expect(await server.db.select({ n: count() }).from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual([{ n: 3 }]);
  });

  it('a signed-out request’s key is ignored: signing in is not idempotent by key', async () => {
    const agency = await createAgency(server);
    const member = await createTeamMember(server, agency);
    const key = newKey();
    const login = { query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: member.email, p: PASSWORD } };
    const first = server.client('agency');
    const second = server.client('agency');
    const answers = [await send(first, login, key), await send(second, login, key)];
    expect(answers.map(replayed)).toEqual([false, false]);
    expect(first.cookie('coverline_agency')).toBeDefined();
    expect(second.cookie('coverline_agency')).toBeDefined();
    expect(second.cookie('coverline_agency')).not.toBe(first.cookie('coverline_agency'));
    expect(await server.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual([]);
    // Not even checked: the header means nothing to a signed-out request.
    expect((await send(server.client('agency'), login, '')).result.errors).toBeUndefined();
  });

  it('a signed-in viewer’s sign-in is not kept: the repeat signs in again and sets its cookie', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const other = await createTeamMember(server, agency);
    const key = newKey();
    const login = { query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: other.email, p: PASSWORD } };
    const first = await send(client, login, key);
    const firstCookie = client.cookie('coverline_agency');
    expect(first.headers.getSetCookie()).toHaveLength(1);
    const repeat = await send(client, login, key);
    expect(replayed(repeat)).toBe(false);
    expect(repeat.headers.getSetCookie()).toHaveLength(1);
    expect(client.cookie('coverline_agency')).not.toBe(firstCookie);
  });

  it('a replay sets no cookie', async () => {
    const { client, body } = await createContractorCase.setUp();
    const key = newKey();
    await send(client, body, key);
    const repeat = await send(client, body, key);
    expect(replayed(repeat)).toBe(true);
    expect(repeat.headers.getSetCookie()).toEqual([]);
  });
});

describe('what is kept, and for how long', () => {
  it('after 24 hours the key is free again and the request runs anew', async () => {
    const fixture = await createAssignmentCase.setUp();
    const { agency, body } = fixture;
    // An API key, since a day is longer than a browser session lives.
    const client = server.apiClient(await createApiKey(fixture.client));
    const key = newKey();
    const first = await send(client, body, key);
    server.clock.advance(23 * HOUR_MS);
    expect(replayed(await send(client, body, key))).toBe(true);
    const before = await writesOf(agency.id);
    server.clock.advance(HOUR_MS + 1000);
    const later = await send(client, body, key);
    expect(replayed(later)).toBe(false);
    expect(later.result.errors).toBeUndefined();
    expect(later.body).not.toBe(first.body);
    expect(added(before, await writesOf(agency.id))).toEqual(createAssignmentCase.oneRun);
    // And that answer is now the one replayed.
    const repeat = await send(client, body, key);
    expect([replayed(repeat), repeat.body]).toEqual([true, later.body]);
  });

  it('after 24 hours, of five concurrent repeats exactly one runs anew and the others get its answer', async () => {
    const fixture = await setPoNumberCase.setUp();
    const client = server.apiClient(await createApiKey(fixture.client));
    const key = newKey();
    await send(client, fixture.body, key);
    server.clock.advance(24 * HOUR_MS + 1000);
    const before = await writesOf(fixture.agency.id);
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(client, fixture.body, key)));
    expect(added(before, await writesOf(fixture.agency.id))).toEqual(setPoNumberCase.oneRun);
    expect(answers.filter(replayed)).toHaveLength(4);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
  });

  it('the hourly job removes keys past their 24 hours and keeps the others', async () => {
    const { client, body } = await createContractorCase.setUp();
    const [old, recent] = [newKey(), newKey()];
    await send(client, body, old);
    server.clock.advance(2 * HOUR_MS);
    await send(client, { query: body.query, variables: { input: { firstName: 'Eli', lastName: 'Park', email: 'eli@example.com' } } }, recent);
    server.clock.advance(22 * HOUR_MS + 1000);
    await removeExpiredIdempotencyKeys(server.coverline.deps);
    const left = await server.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(inArray(idempotencyKeys.key, [old, recent]));
    expect(left).toEqual([{ key: recent }]);
  });

  it('a refused input is kept and replayed, as Stripe keeps it; fixing it takes a new key', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const key = newKey();
    const bad = { query: CREATE_CONTRACTOR, variables: { input: { firstName: 'Dana', lastName: 'Reyes', email: 'not an email' } } };
    const first = await send(client, bad, key);
    expect([errorCode(first.result), errorField(first.result)]).toEqual(['BAD_USER_INPUT', 'email']);
    const repeat = await send(client, bad, key);
    expect([replayed(repeat), repeat.body]).toEqual([true, first.body]);
    expect(await writesOf(agency.id)).toEqual(NOTHING);
  });

  it('an internal error gives the key back, so a retry runs again', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const key = newKey();
    // A fault no input check of ours foresees: the database itself refuses this one contractor.
    await server.db.execute(sql`create function refuse_dana() returns trigger language plpgsql as $$ begin raise exception 'a broken disk, say'; end $$`);
    await server.db.execute(sql`create trigger refuse_dana before insert on contractors for each row when (new.first_name = 'Dana-fault') execute function refuse_dana()`);
    try {
      const failing = { query: CREATE_CONTRACTOR, variables: { input: { firstName: 'Dana-fault', lastName: 'Reyes', email: 'dana@example.com' } } };
      const first = await send(client, failing, key);
      expect(errorCode(first.result)).toBe('INTERNAL_SERVER_ERROR');
      expect(await server.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual([]);
      const retry = await send(client, failing, key);
      expect(replayed(retry)).toBe(false);
      expect(errorCode(retry.result)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await server.db.execute(sql`drop trigger refuse_dana on contractors`);
      await server.db.execute(sql`drop function refuse_dana()`);
    }
  });

  it('a repeat while the first is still running past 5 seconds is refused (IDEMPOTENCY_KEY_IN_USE); a claim abandoned for 5 minutes is taken over', async () => {
    const { agency, client, body } = await setPoNumberCase.setUp();
    const key = newKey();
    await send(client, body, key);
    // As if the first request were still running, or its process had died before it answered.
    await server.db.update(idempotencyKeys).set({ response: null, responseStatus: null, completedAt: null }).where(eq(idempotencyKeys.key, key));
    const before = await writesOf(agency.id);

    const startedAt = Date.now();
    const waiting = await send(client, body, key);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(5000);
    expect(waiting.result.status).toBe(409);
    expect(waiting.result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_IN_USE' });
    expect(await writesOf(agency.id)).toEqual(before);

    server.clock.advance(ABANDONED_CLAIM_MS + 1000);
    const takenOver = await send(client, body, key);
    expect([replayed(takenOver), takenOver.result.errors]).toEqual([false, undefined]);
    expect(added(before, await writesOf(agency.id))).toEqual(setPoNumberCase.oneRun);
    const [row] = await server.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(row?.completedAt).not.toBeNull();
  }, 20_000);
});

describe('a first request that committed but did not keep its answer (its process died in between)', () => {
  it('is never run again by a repeat: IDEMPOTENCY_KEY_ANSWER_LOST once the claim is abandoned, and nothing written twice', async () => {
    const { agency, client, body } = await createContractorCase.setUp();
    const key = newKey();
    // The fault: keeping the answer fails after the mutation's transaction committed, as a process
    // killed between the two would leave it.
    await server.db.execute(sql`create function lose_the_answer() returns trigger language plpgsql as $$ begin raise exception 'the process died'; end $$`);
    await server.db.execute(sql`create trigger lose_the_answer before update on idempotency_keys for each row when (new.response is not null) execute function lose_the_answer()`);
    try {
      const first = await send(client, body, key);
      expect(first.result.errors).toBeUndefined();
    } finally {
      await server.db.execute(sql`drop trigger lose_the_answer on idempotency_keys`);
      await server.db.execute(sql`drop function lose_the_answer()`);
    }
    expect(await writesOf(agency.id)).toEqual(createContractorCase.oneRun);

    server.clock.advance(ABANDONED_CLAIM_MS + 1000);
    const retry = await send(client, body, key);
    expect(replayed(retry)).toBe(false);
    expect(retry.result.status).toBe(409);
    expect(retry.result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_ANSWER_LOST' });
    expect(await writesOf(agency.id)).toEqual(createContractorCase.oneRun);
  });
});

describe('which requests the header applies to', () => {
  it.each([
    ['an empty key', ''],
    ['a key of 256 characters', 'k'.repeat(256)],
    ['a key with a character beyond ASCII', 'clé-1'],
    ['a key with a tab', 'key\twith-a-tab'],
  ])('%s is refused on Idempotency-Key and nothing is written', async (_name, key) => {
    const { agency, client, body } = await createContractorCase.setUp();
    const refused = await send(client, body, key);
    expect(refused.result.status).toBe(400);
    expect([errorCode(refused.result), errorField(refused.result)]).toEqual(['BAD_USER_INPUT', 'Idempotency-Key']);
    expect(await writesOf(agency.id)).toEqual(NOTHING);
  });

  it('a query with the header is answered as usual: never replayed, nothing kept', async () => {
    const { agency, client, body } = await createContractorCase.setUp();
    const key = newKey();
    const list = { query: `{ contractors(first: 10) { totalCount } }`, variables: {} };
    const empty = await send(client, list, key);
    expect(empty.result.data).toEqual({ contractors: { totalCount: 0 } });
    await client.data(body.query, body.variables);
    const one = await send(client, list, key);
    expect([replayed(one), one.result.data]).toEqual([false, { contractors: { totalCount: 1 } }]);
    expect(await server.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual([]);
    expect(added(NOTHING, await writesOf(agency.id))).toEqual({ ...NOTHING, contractors: 1, auditEntries: 1 });
  });

  it('a mutation without the header runs every time', async () => {
    const { agency, client, body } = await setPoNumberCase.setUp();
    const before = await writesOf(agency.id);
    await client.data(body.query, body.variables);
    await client.data(body.query, body.variables);
    expect(added(before, await writesOf(agency.id))).toEqual({ ...NOTHING, auditEntries: 2 * setPoNumberCase.oneRun.auditEntries });
  });
});
