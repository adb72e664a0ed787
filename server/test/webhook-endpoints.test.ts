// Webhook endpoints through the API: create (the secret shown once), list, update, delete, roll the
// secret; validation with the field at fault and nothing written; the cap per agency, also under a
// race; every change in the audit log; and another agency (or a facility user) sees and changes nothing.
import { WEBHOOK_EVENT_TYPES } from '@coverline/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, webhookEndpoints } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createApiKey, signedInFacilityUser, signedInMemberOf, createFacility, type AgencyFixture } from './factories/index.js';

const CREATE = `mutation($u: String!, $e: [String!]!) { createWebhookEndpoint(url: $u, events: $e) { id url events enabled secret createdAt failingSince disabledAt disabledReason } }`;
const LIST = `{ webhookEndpoints { id url events enabled secret failingSince disabledAt disabledReason } }`;
const UPDATE = `mutation($id: ID!, $i: WebhookEndpointUpdate!) { updateWebhookEndpoint(id: $id, input: $i) { id url events enabled secret failingSince disabledAt disabledReason } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
const ROLL = `mutation($id: ID!) { rollWebhookEndpointSecret(id: $id) { id secret } }`;
const ONE = `query($id: ID!) { webhookEndpoint(id: $id) { id url events enabled secret } }`;

type Endpoint = { id: string; url: string; events: string[]; enabled: boolean; secret: string | null; failingSince: string | null; disabledAt: string | null; disabledReason: string | null };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

async function agencyWithMember() {
  const agency = await createAgency(server);
  const { client } = await signedInMemberOf(server, agency);
  return { agency, client };
}

async function create(client: GraphQLClient, url = 'https://hooks.example.com/coverline', events = ['certificate.issued']): Promise<Endpoint> {
  return (await client.data<{ createWebhookEndpoint: Endpoint }>(CREATE, { u: url, e: events })).createWebhookEndpoint;
}

async function list(client: GraphQLClient): Promise<Endpoint[]> {
  return (await client.data<{ webhookEndpoints: Endpoint[] }>(LIST)).webhookEndpoints;
}

async function endpointCount(agency: AgencyFixture): Promise<number> {
  const [row] = await server.db.select({ n: sql<number>`count(*)::int` }).from(webhookEndpoints).where(eq(webhookEndpoints.agencyId, agency.id));
  return row?.n ?? 0;
}

async function auditActions(agency: AgencyFixture, targetId: string): Promise<string[]> {
  const rows = await server.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.agencyId, agency.id), eq(auditLog.targetId, targetId)))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

describe('creating an endpoint', () => {
  it('returns the endpoint with a whsec_ secret once; the list never shows it again', async () => {
    const { agency, client } = await agencyWithMember();
    const endpoint = await create(client, 'https://hooks.example.com/coverline', ['certificate.issued', 'application.started']);
    expect(endpoint).toMatchObject({
      url: 'https://hooks.example.com/coverline',
      // In the catalogue's order, whatever order they were asked in.
      events: ['application.started', 'certificate.issued'],
      enabled: true,
      failingSince: null,
      disabledAt: null,
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const other = await create(client, 'https://hooks.example.com/other');
    expect(other.secret).not.toBe(endpoint.secret);

    const listed = await list(client);
    expect(listed.map((e) => e.id)).toEqual([other.id, endpoint.id]);
    expect(listed.map((e) => e.secret)).toEqual([null, null]);
    expect(await auditActions(agency, endpoint.id)).toEqual(['webhook_endpoint.create']);
  });

  it('lists every event type an endpoint can subscribe to', async () => {
    const { client } = await agencyWithMember();
    const { webhookEventTypes } = await client.data<{ webhookEventTypes: string[] }>('{ webhookEventTypes }');
    expect(webhookEventTypes).toEqual([...WEBHOOK_EVENT_TYPES]);
  });

  it('is open to an agency API key too', async () => {
    const { client } = await agencyWithMember();
    const integration = server.apiClient(await createApiKey(client));
    const endpoint = await create(integration, 'https://integration.example.com/hooks');
    expect((await list(client)).map((e) => e.id)).toEqual([endpoint.id]);
  });

  it.each([
    ['http://hooks.example.com/coverline', ['certificate.issued'], 'url', /https:\/\//],
    ['not a url', ['certificate.issued'], 'url', /full URL/],
    ['https://user:secret@hooks.example.com/', ['certificate.issued'], 'url', /user name and password/],
    ['https://hooks.example.com/coverline', [], 'events', /at least one/],
    ['https://hooks.example.com/coverline', ['certificate.issued', 'policy.bound'], 'events', /"policy\.bound"/],
  ])('refuses %s with %j: BAD_USER_INPUT on %s, nothing written', async (url, events, field, message) => {
    const { agency, client } = await agencyWithMember();
    const result = await client.request(CREATE, { u: url, e: events });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await endpointCount(agency)).toBe(0);
  });

  it('takes plain http to the loopback address outside production', async () => {
    const { client } = await agencyWithMember();
    expect((await create(client, 'http://127.0.0.1:9999/hook')).url).toBe('http://127.0.0.1:9999/hook');
    expect((await create(client, 'http://localhost:9999/hook')).url).toBe('http://localhost:9999/hook');
  });

  it('keeps an agency to 16 endpoints, also when the last ones are created at the same time', async () => {
    const { agency, client } = await agencyWithMember();
    for (let n = 0; n < 14; n++) await create(client, `https://hooks.example.com/${n}`);
    const racing = await Promise.all([0, 1, 2, 3].map((n) => client.request(CREATE, { u: `https://hooks.example.com/race-${n}`, e: ['policy.active'] })));
    expect(racing.filter((result) => !result.errors)).toHaveLength(2);
    for (const refused of racing.filter((result) => result.errors)) {
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(errorField(refused)).toBe('url');
      expect(refused.errors?.[0]?.message).toMatch(/at most 16/);
    }
    expect(await endpointCount(agency)).toBe(16);
  });
});

describe('changing an endpoint', () => {
  it('updates the URL and the event types, keeping what is left out', async () => {
    const { agency, client } = await agencyWithMember();
    const endpoint = await create(client);
    const { updateWebhookEndpoint: moved } = await client.data<{ updateWebhookEndpoint: Endpoint }>(UPDATE, { id: endpoint.id, i: { url: 'https://new.example.com/hook' } });
    expect(moved).toMatchObject({ url: 'https://new.example.com/hook', events: ['certificate.issued'], enabled: true, secret: null });
    const { updateWebhookEndpoint: widened } = await client.data<{ updateWebhookEndpoint: Endpoint }>(UPDATE, { id: endpoint.id, i: { events: ['policy.active', 'certificate.issued'] } });
    expect(widened).toMatchObject({ url: 'https://new.example.com/hook', events: ['policy.active', 'certificate.issued'] });
    expect(await auditActions(agency, endpoint.id)).toEqual(['webhook_endpoint.create', 'webhook_endpoint.update', 'webhook_endpoint.update']);
  });

  it('refuses bad input on the field at fault and changes nothing', async () => {
    const { client } = await agencyWithMember();
    const endpoint = await create(client);
    const badUrl = await client.request(UPDATE, { id: endpoint.id, i: { url: 'ftp://hooks.example.com/', events: ['policy.active'] } });
    expect([errorCode(badUrl), errorField(badUrl)]).toEqual(['BAD_USER_INPUT', 'input.url']);
    const noEvents = await client.request(UPDATE, { id: endpoint.id, i: { events: [] } });
    expect([errorCode(noEvents), errorField(noEvents)]).toEqual(['BAD_USER_INPUT', 'input.events']);
    expect((await list(client))[0]).toMatchObject({ url: endpoint.url, events: endpoint.events });
  });

  it('disabling records when; enabling again clears the failure state', async () => {
    const { agency, client } = await agencyWithMember();
    const endpoint = await create(client);
    const { updateWebhookEndpoint: off } = await client.data<{ updateWebhookEndpoint: Endpoint }>(UPDATE, { id: endpoint.id, i: { enabled: false } });
    expect(off).toMatchObject({ enabled: false, disabledReason: 'Disabled by the agency.' });
    expect(off.disabledAt).toEqual(expect.any(String));
    // As if it had been disabled after 3 days of failures.
    await server.db
      .update(webhookEndpoints)
      .set({ failingSince: new Date(Date.now() - 4 * 86_400_000), disabledReason: 'Failed without a break for 3 days' })
      .where(and(eq(webhookEndpoints.agencyId, agency.id), eq(webhookEndpoints.id, endpoint.id)));
    const { updateWebhookEndpoint: on } = await client.data<{ updateWebhookEndpoint: Endpoint }>(UPDATE, { id: endpoint.id, i: { enabled: true } });
    expect(on).toMatchObject({ enabled: true, failingSince: null, disabledAt: null, disabledReason: null });
  });

  it('rolls the secret: the answer shows the new one, once', async () => {
    const { agency, client } = await agencyWithMember();
    const endpoint = await create(client);
    const { rollWebhookEndpointSecret: rolled } = await client.data<{ rollWebhookEndpointSecret: Endpoint }>(ROLL, { id: endpoint.id });
    expect(rolled.secret).toMatch(/^whsec_/);
    expect(rolled.secret).not.toBe(endpoint.secret);
    const [stored] = await server.db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.agencyId, agency.id), eq(webhookEndpoints.id, endpoint.id)));
    expect(stored?.secret).toBe(rolled.secret);
    expect((await list(client))[0]?.secret).toBeNull();
    expect(await auditActions(agency, endpoint.id)).toEqual(['webhook_endpoint.create', 'webhook_endpoint.roll_secret']);
  });

  it('deletes an endpoint', async () => {
    const { agency, client } = await agencyWithMember();
    const endpoint = await create(client);
    expect((await client.data<{ deleteWebhookEndpoint: boolean }>(DELETE, { id: endpoint.id })).deleteWebhookEndpoint).toBe(true);
    expect(await list(client)).toEqual([]);
    expect(errorCode(await client.request(DELETE, { id: endpoint.id }))).toBe('NOT_FOUND');
    expect(await auditActions(agency, endpoint.id)).toEqual(['webhook_endpoint.create', 'webhook_endpoint.delete']);
  });
});

describe('one endpoint', () => {
  it('is found by its id, without its secret; a deleted one, or an id that is not one, is null', async () => {
    const { client } = await agencyWithMember();
    const endpoint = await create(client, 'https://hooks.example.com/one', ['policy.active']);
    const one = async (id: string) => (await client.data<{ webhookEndpoint: Endpoint | null }>(ONE, { id })).webhookEndpoint;
    expect(await one(endpoint.id.toUpperCase())).toEqual({ id: endpoint.id, url: 'https://hooks.example.com/one', events: ['policy.active'], enabled: true, secret: null });
    await client.data(DELETE, { id: endpoint.id });
    expect(await one(endpoint.id)).toBeNull();
    expect(await one('not-an-id')).toBeNull();
  });
});

describe('tenancy', () => {
  it("another agency neither sees nor changes an agency's endpoints", async () => {
    const { agency, client } = await agencyWithMember();
    const endpoint = await create(client);
    const { client: stranger } = await agencyWithMember();
    expect(await list(stranger)).toEqual([]);
    expect((await stranger.data<{ webhookEndpoint: Endpoint | null }>(ONE, { id: endpoint.id })).webhookEndpoint).toBeNull();
    for (const [query, variables] of [
      [UPDATE, { id: endpoint.id, i: { url: 'https://evil.example.com/' } }],
      [UPDATE, { id: endpoint.id, i: { enabled: false } }],
      [DELETE, { id: endpoint.id }],
      [ROLL, { id: endpoint.id }],
    ] as const) {
      const result = await stranger.request(query, variables);
      expect(errorCode(result)).toBe('NOT_FOUND');
    }
    expect(await list(client)).toEqual([expect.objectContaining({ id: endpoint.id, url: endpoint.url, enabled: true })]);
    const [stored] = await server.db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.agencyId, agency.id), eq(webhookEndpoints.id, endpoint.id)));
    expect(stored?.secret).toBe(endpoint.secret);
  });

  it('a facility user of the agency is refused', async () => {
    const { agency } = await agencyWithMember();
    const facility = await createFacility(server, agency);
    const { client: manager } = await signedInFacilityUser(server, [facility]);
    expect(errorCode(await manager.request(LIST))).toBe('FORBIDDEN');
    expect(errorCode(await manager.request(CREATE, { u: 'https://hooks.example.com/', e: ['policy.active'] }))).toBe('FORBIDDEN');
    expect(await endpointCount(agency)).toBe(0);
  });
});
