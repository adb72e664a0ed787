// Webhook delivery end to end: a real HTTP receiver on the loopback address registered as an
// endpoint, the real worker, the real database. Events arrive signed (verified with the README's
// recipe), in order, at least once: retried with backoff, never sent twice at the same time, not lost
// with a killed worker; an endpoint failing for 3 days is disabled and the agency emailed; the
// delivery log and resending through the API, for the agency alone.
import type { ChildProcess } from 'node:child_process';
import { and, asc, eq } from 'drizzle-orm';
import type { WebhookEventType } from '@coverline/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints } from '../src/db/schema.js';
import { deliverEndpointWebhooks, queueDueWebhookDeliveries } from '../src/modules/webhooks/webhook-delivery-runner.js';
import { recordWebhookEvent } from '../src/modules/webhooks/webhook-events.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { tokenIn } from './support/smtp-inbox.js';
import { eventually } from './support/inspect.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { startWorkerProcess } from './support/child-processes.js';
import { verifyCoverlineSignature, WebhookReceiver, type ReceivedWebhook } from './support/webhook-receiver.js';
import { approvedJobCategory, asPlatform, assignmentInput, createAgency, createApiKey, createContractor, createMasterPolicies, signedInMemberOf, type AgencyFixture } from './factories/index.js';

const HOUR = 3_600_000;
const CREATE = `mutation($u: String!, $e: [String!]!) { createWebhookEndpoint(url: $u, events: $e) { id secret } }`;
const UPDATE = `mutation($id: ID!, $i: WebhookEndpointUpdate!) { updateWebhookEndpoint(id: $id, input: $i) { id enabled failingSince disabledAt disabledReason } }`;
const ROLL = `mutation($id: ID!) { rollWebhookEndpointSecret(id: $id) { secret } }`;
const RESEND = `mutation($id: ID!) { resendWebhookDelivery(id: $id) { id status nextAttemptAt event { id } } }`;
const LOG = `query($first: Int, $after: String) {
  webhookEndpoints {
    id enabled failingSince disabledAt disabledReason
    deliveries(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id status attempts lastStatusCode lastAttemptAt nextAttemptAt deliveredAt createdAt event { id type createdAt data }
        attemptLog { id at statusCode latencyMs responseSnippet error } } }
    }
  }
}`;

type Attempt = { id: string; at: string; statusCode: number | null; latencyMs: number; responseSnippet: string | null; error: string | null };
type LoggedDelivery = {
  id: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  event: { id: string; type: string; data: Record<string, unknown> };
  attemptLog: Attempt[];
};
type LoggedEndpoint = {
  id: string;
  enabled: boolean;
  failingSince: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  deliveries: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: LoggedDelivery }[] };
};

let server: TestServer;
const receivers: WebhookReceiver[] = [];
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.stop()));
});
afterAll(async () => server?.stop());

async function receiver(): Promise<WebhookReceiver> {
  const started = await new WebhookReceiver().start();
  receivers.push(started);
  return started;
}

async function agencyWithMember(overrides: { billingEmail?: string } = {}) {
  const agency = await createAgency(server, overrides);
  const { client } = await signedInMemberOf(server, agency);
  return { agency, client };
}

async function endpointFor(client: GraphQLClient, target: WebhookReceiver, events: string[] = ['policy.active', 'certificate.issued']) {
  return (await client.data<{ createWebhookEndpoint: { id: string; secret: string } }>(CREATE, { u: target.url, e: events })).createWebhookEndpoint;
}

/** An event as a change records it, in a transaction of its own; when it committed (ms, same clock as the receiver). */
async function recordEvent(on: TestServer, agency: AgencyFixture, type: WebhookEventType, data: Record<string, unknown> = {}) {
  const { id } = await asPlatform(on, (tx) => recordWebhookEvent(tx, { agencyId: agency.id, type, data }));
  return { id };
}

async function deliveryOf(on: TestServer, agency: AgencyFixture, endpointId: string, eventId: string) {
  const [row] = await on.db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.agencyId, agency.id), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.eventId, eventId)));
  if (!row) throw new Error('no delivery');
  return row;
}

async function endpointRow(agency: AgencyFixture, endpointId: string) {
  const [row] = await server.db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.agencyId, agency.id), eq(webhookEndpoints.id, endpointId)));
  if (!row) throw new Error('no endpoint');
  return row;
}

async function deliveryLog(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<LoggedEndpoint[]> {
  return (await client.data<{ webhookEndpoints: LoggedEndpoint[] }>(LOG, variables)).webhookEndpoints;
}

/** Waits until the delivery's attempts are recorded (the worker commits after the receiver answered). */
function attemptsRecorded(on: TestServer, agency: AgencyFixture, endpointId: string, eventId: string, attempts: number) {
  return eventually(
    () => deliveryOf(on, agency, endpointId, eventId),
    (row) => row.attempts >= attempts,
  );
}

/** Whether a request's signature verifies with `secret`, by the README's recipe, at the server's (movable) time. */
function signedWith(on: TestServer, request: ReceivedWebhook | undefined, secret: string): boolean {
  if (!request) return false;
  return verifyCoverlineSignature(request.body, String(request.headers['coverline-signature']), secret, 300, on.clock.now().getTime() / 1000);
}

describe('the main flow', () => {
  it('an assignment from creation through opt-in to coverage reaches the receiver as application.started, application.complete, policy.active, assignment.active, certificate.issued, each signed', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    const { webhookEventTypes } = await client.data<{ webhookEventTypes: string[] }>('{ webhookEventTypes }');
    const endpoint = await endpointFor(client, target, webhookEventTypes);
    const contractor = await createContractor(server, agency, { firstName: 'Robin' });
    const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });

    const { createAssignment } = await client.data<{ createAssignment: { id: string; status: string } }>(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }`,
      {
        input: assignmentInput(server, { contractorId: contractor.id, jobCategoryId: category.id }),
      },
    );
    expect(createAssignment.status).toBe('AWAITING_OPT_IN');
    await target.waitForCount(1);
    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ }));
    const { submitOptIn } = await server.client('contractor').data<{ submitOptIn: { assignments: { status: string }[] } }>(
      `mutation($t: String!, $i: OptInInput!) { submitOptIn(token: $t, input: $i) { assignments { id status } } }`,
      { t: token, i: { acceptTerms: true, signatureName: 'Robin Contractor' } },
    );
    expect(submitOptIn.assignments).toEqual([expect.objectContaining({ status: 'COVERED' })]);

    const received = await target.waitForCount(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received.map((r) => r.payload.type)).toEqual(['application.started', 'application.complete', 'policy.active', 'assignment.active', 'certificate.issued']);
    for (const request of received) {
      expect(signedWith(server, request, endpoint.secret)).toBe(true);
      expect(request.body).toContain(createAssignment.id);
    }
    const { events } = await client.data<{ events: { edges: { node: { id: string } }[] } }>('{ events(first: 10) { edges { node { id } } } }');
    expect(received.map((r) => r.payload.id)).toEqual(events.edges.map((edge) => edge.node.id).reverse());
  });
});

describe('a delivery', () => {
  it('is a signed JSON POST of { id, type, createdAt, data }, in order, soon after the event commits', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    const endpoint = await endpointFor(client, target);
    const sent: { id: string }[] = [];
    for (let n = 0; n < 20; n++) {
      sent.push(await recordEvent(server, agency, n % 2 ? 'certificate.issued' : 'policy.active', { n }));
      // Spread out, as changes happen, so each latency is the pipeline's and not a queue's.
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Not subscribed: never sent to this endpoint.
    await recordEvent(server, agency, 'invoice.issued');
    const received = await target.waitForCount(20);
    expect(received.map((r) => r.payload.id)).toEqual(sent.map((e) => e.id));
    expect(received.map((r) => r.payload.data.n)).toEqual([...Array(20).keys()]);

    const [first] = received;
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.headers['user-agent']).toMatch(/^Coverline-Webhooks\//);
    expect(Object.keys(first?.payload ?? {})).toEqual(['id', 'type', 'createdAt', 'data']);
    expect(first?.payload).toMatchObject({ type: 'policy.active', data: { n: 0 } });
    expect(Date.parse(first?.payload.createdAt ?? '')).not.toBeNaN();
    for (const request of received) {
      expect(signedWith(server, request, endpoint.secret)).toBe(true);
      // Another secret, or a body changed on the way, does not verify.
      expect(signedWith(server, request, 'whsec_another')).toBe(false);
      expect(signedWith(server, { ...request, body: request.body.replace('"n":', '"n": ') }, endpoint.secret)).toBe(false);
    }
    // Nor does a delivery replayed later than the tolerance.
    const replayedAt = server.clock.now().getTime() / 1000 + 301;
    expect(verifyCoverlineSignature(first?.body ?? '', String(first?.headers['coverline-signature']), endpoint.secret, 300, replayedAt)).toBe(false);


    const [logged] = await deliveryLog(client);
    expect(logged?.deliveries.edges.map((edge) => edge.node.event.id)).toEqual(sent.map((e) => e.id).reverse());
    expect(logged?.deliveries.edges.every(({ node }) => node.status === 'DELIVERED' && node.attempts === 1 && node.lastStatusCode === 200 && node.nextAttemptAt === null)).toBe(true);
    expect(logged?.deliveries.edges[0]?.node.attemptLog).toEqual([expect.objectContaining({ statusCode: 200, responseSnippet: 'ok', error: null })]);
    expect(target.received).toHaveLength(20);
  });

  it('a receiver that answers 500 twice gets the event on the third try, after the backoff; each attempt is logged', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    target.answer = (_request, index) => (index < 2 ? { status: 500, body: `Internal error #${index + 1}` } : { status: 204 });
    const endpoint = await endpointFor(client, target);
    const event = await recordEvent(server, agency, 'policy.active', { policy: 'P-1' });

    await target.waitForCount(1);
    const afterFirst = await attemptsRecorded(server, agency, endpoint.id, event.id, 1);
    expect(afterFirst).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500 });
    // About 30 seconds later (±25%), not at once.
    const firstWait = afterFirst.nextAttemptAt.getTime() - (afterFirst.lastAttemptAt?.getTime() ?? 0);
    expect(firstWait).toBeGreaterThanOrEqual(22_500);
    expect(firstWait).toBeLessThanOrEqual(37_500);
    expect((await endpointRow(agency, endpoint.id)).failingSince).toEqual(afterFirst.lastAttemptAt);
    await queueDueWebhookDeliveries(server.coverline.deps);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received).toHaveLength(1);

    server.clock.advance(40_000);
    await queueDueWebhookDeliveries(server.coverline.deps);
    await target.waitForCount(2);
    const afterSecond = await attemptsRecorded(server, agency, endpoint.id, event.id, 2);
    const secondWait = afterSecond.nextAttemptAt.getTime() - (afterSecond.lastAttemptAt?.getTime() ?? 0);
    expect(secondWait).toBeGreaterThanOrEqual(45_000);
    expect(secondWait).toBeLessThanOrEqual(75_000);

    server.clock.advance(80_000);
    await queueDueWebhookDeliveries(server.coverline.deps);
    await target.waitForCount(3);
    await eventually(() => deliveryOf(server, agency, endpoint.id, event.id), (row) => row.status === 'DELIVERED');

    expect(target.received.map((r) => r.payload.id)).toEqual([event.id, event.id, event.id]);
    for (const request of target.received) expect(signedWith(server, request, endpoint.secret)).toBe(true);
    // Each attempt is signed afresh, when it is sent.
    expect(new Set(target.received.map((r) => r.headers['coverline-signature'])).size).toBe(3);
    const [logged] = await deliveryLog(client);
    expect(logged).toMatchObject({ failingSince: null, enabled: true });
    const delivery = logged?.deliveries.edges[0]?.node;
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 204, nextAttemptAt: null });
    expect(delivery?.attemptLog.map((a) => [a.statusCode, a.responseSnippet])).toEqual([
      [500, 'Internal error #1'],
      [500, 'Internal error #2'],
      [204, null],
    ]);
    expect(delivery?.attemptLog.every((a) => a.latencyMs >= 0 && a.error === null)).toBe(true);
  });

  it('keeps the events behind a failing one waiting, then sends them in order', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    target.answer = (_request, index) => (index === 0 ? { status: 503 } : { status: 200 });
    const endpoint = await endpointFor(client, target);
    const first = await recordEvent(server, agency, 'policy.active', { n: 1 });
    await target.waitForCount(1);
    await attemptsRecorded(server, agency, endpoint.id, first.id, 1);
    const second = await recordEvent(server, agency, 'certificate.issued', { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(target.received).toHaveLength(1);
    expect((await deliveryOf(server, agency, endpoint.id, second.id)).status).toBe('PENDING');

    server.clock.advance(40_000);
    await queueDueWebhookDeliveries(server.coverline.deps);
    await target.waitForCount(3);
    expect(target.received.map((r) => r.payload.id)).toEqual([first.id, first.id, second.id]);
  });

  it('keeps the first 500 characters of an answer in the attempt log, and counts a redirect as a failure', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    target.answer = () => ({ status: 302, body: `Moved. ${'x'.repeat(2_000)}` });
    const endpoint = await endpointFor(client, target);
    const event = await recordEvent(server, agency, 'policy.active');
    const row = await attemptsRecorded(server, agency, endpoint.id, event.id, 1);
    expect(row).toMatchObject({ status: 'PENDING', lastStatusCode: 302 });
    const [attempt] = await server.db.select().from(webhookDeliveryAttempts).where(eq(webhookDeliveryAttempts.agencyId, agency.id));
    expect(attempt?.responseSnippet).toBe(`Moved. ${'x'.repeat(493)}`);
  });

  it('records a receiver that is not listening as an attempt without a status code', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    const endpoint = await endpointFor(client, target);
    await target.stop();
    const event = await recordEvent(server, agency, 'policy.active');
    await attemptsRecorded(server, agency, endpoint.id, event.id, 1);
    const attempts = await server.db.select().from(webhookDeliveryAttempts).where(eq(webhookDeliveryAttempts.agencyId, agency.id));
    expect(attempts).toEqual([expect.objectContaining({ statusCode: null, responseSnippet: null, error: expect.stringMatching(/ECONNREFUSED|refused/i) })]);
  });
});

describe('concurrency', () => {
  it('two workers delivering the same endpoint at once never POST the same delivery, and keep the order', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    // Slow answers, so the workers overlap.
    target.answer = () => ({ status: 200, delayMs: 100 });
    const endpoint = await endpointFor(client, target);
    // Six events of one change (one transaction): all pending at once when the workers start.
    const events = await asPlatform(server, async (tx) => {
      const recorded = [];
      for (let n = 0; n < 6; n++) recorded.push(await recordWebhookEvent(tx, { agencyId: agency.id, type: 'policy.active', data: { n } }));
      return recorded;
    });
    const key = { agencyId: agency.id, endpointId: endpoint.id };
    // Beside the worker's own jobs for these events: three more runs of the endpoint's job at once.
    const delivered = await Promise.all([1, 2, 3].map(() => deliverEndpointWebhooks(server.coverline.deps, key)));
    await target.waitForCount(6);
    await eventually(
      async () => (await server.db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.agencyId, agency.id), eq(webhookDeliveries.endpointId, endpoint.id)))).map((d) => d.status),
      (statuses) => statuses.length === 6 && statuses.every((status) => status === 'DELIVERED'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received.map((r) => r.payload.id)).toEqual(events.map((e) => e.id));
    expect(delivered.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(6);
    const attempts = await server.db.select().from(webhookDeliveryAttempts).where(eq(webhookDeliveryAttempts.agencyId, agency.id));
    expect(attempts).toHaveLength(6);
  });
});

describe('failing for 3 days', () => {
  it('disables the endpoint, fails the delivery and emails the agency; enabled again, it gets what waited, and the failed one on a resend', async () => {
    const billingEmail = `billing-${Date.now()}@hooks.test`;
    const { agency, client } = await agencyWithMember({ billingEmail });
    const target = await receiver();
    let down = true;
    target.answer = () => (down ? { status: 503, body: 'Service Unavailable' } : { status: 200 });
    const endpoint = await endpointFor(client, target);
    const event = await recordEvent(server, agency, 'policy.active');
    await target.waitForCount(1);
    await attemptsRecorded(server, agency, endpoint.id, event.id, 1);
    const failingSince = (await endpointRow(agency, endpoint.id)).failingSince;
    expect(failingSince).toBeInstanceOf(Date);
    // Waits behind the failing one all along.
    const behind = await recordEvent(server, agency, 'certificate.issued');

    // Retried every so often, at most 7.5 hours apart: every 8 hours there is one more attempt.
    let attempts = 1;
    while ((await endpointRow(agency, endpoint.id)).enabled) {
      expect(attempts).toBeLessThan(30);
      server.clock.advance(8 * HOUR);
      await queueDueWebhookDeliveries(server.coverline.deps);
      await target.waitForCount(++attempts);
      await attemptsRecorded(server, agency, endpoint.id, event.id, attempts);
    }
    const disabled = await endpointRow(agency, endpoint.id);
    expect(disabled).toMatchObject({ enabled: false, failingSince });
    expect(disabled.disabledReason).toMatch(/^Failed without a break for 3 days; the last attempt: HTTP 503: Service Unavailable/);
    expect((disabled.disabledAt?.getTime() ?? 0) - (failingSince?.getTime() ?? 0)).toBeGreaterThanOrEqual(72 * HOUR);
    const delivery = await deliveryOf(server, agency, endpoint.id, event.id);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts });
    expect(attempts).toBeGreaterThanOrEqual(10);

    const mail = await server.inbox.waitFor(billingEmail, { subject: /Webhook endpoint disabled/ });
    expect(mail.subject).toBe(`Webhook endpoint disabled: ${target.url}`);
    expect(mail.text).toContain(`could not deliver events of ${agency.name} to ${target.url}`);
    expect(mail.text).toContain('HTTP 503');
    expect(mail.text).toContain('/agency/integrations');
    expect(server.inbox.to(billingEmail)).toHaveLength(1);

    // Disabled: nothing more is sent, and new events make no delivery for it.
    const whileDisabled = await recordEvent(server, agency, 'policy.active');
    await queueDueWebhookDeliveries(server.coverline.deps);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received).toHaveLength(attempts);
    await expect(deliveryOf(server, agency, endpoint.id, whileDisabled.id)).rejects.toThrow('no delivery');
    // Three days later, the agency signs in again.
    const { client: rep } = await signedInMemberOf(server, agency);
    const refused = await rep.request(RESEND, { id: delivery.id });
    expect([errorCode(refused), errorField(refused)]).toEqual(['BAD_USER_INPUT', 'id']);

    // Enabled again: the failure state is gone, and a resend of the failed delivery goes out.
    down = false;
    const { updateWebhookEndpoint } = await rep.data<{ updateWebhookEndpoint: Record<string, unknown> }>(UPDATE, { id: endpoint.id, i: { enabled: true } });
    expect(updateWebhookEndpoint).toMatchObject({ enabled: true, failingSince: null, disabledAt: null, disabledReason: null });
    await target.waitForCount(attempts + 1);
    expect(target.received.at(-1)?.payload.id).toBe(behind.id);
    const { resendWebhookDelivery } = await rep.data<{ resendWebhookDelivery: { status: string; event: { id: string } } }>(RESEND, { id: delivery.id });
    expect(resendWebhookDelivery).toMatchObject({ status: 'PENDING', event: { id: event.id } });
    await target.waitForCount(attempts + 2);
    expect(target.received.at(-1)?.payload.id).toBe(event.id);
    await eventually(() => deliveryOf(server, agency, endpoint.id, event.id), (row) => row.status === 'DELIVERED');
  });
});

describe('the delivery log and resending', () => {
  it('pages newest first', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    await endpointFor(client, target);
    const events = [];
    for (let n = 0; n < 5; n++) events.push(await recordEvent(server, agency, 'policy.active', { n }));
    await target.waitForCount(5);
    const [firstPage] = await deliveryLog(client, { first: 2 });
    expect(firstPage?.deliveries.edges.map((e) => e.node.event.data.n)).toEqual([4, 3]);
    expect(firstPage?.deliveries.pageInfo.hasNextPage).toBe(true);
    const [secondPage] = await deliveryLog(client, { first: 2, after: firstPage?.deliveries.pageInfo.endCursor });
    expect(secondPage?.deliveries.edges.map((e) => e.node.event.data.n)).toEqual([2, 1]);
    const [lastPage] = await deliveryLog(client, { first: 2, after: secondPage?.deliveries.pageInfo.endCursor });
    expect(lastPage?.deliveries.edges.map((e) => e.node.event.data.n)).toEqual([0]);
    expect(lastPage?.deliveries.pageInfo).toEqual({ hasNextPage: false, endCursor: lastPage?.deliveries.edges[0]?.cursor });

    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 201 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const result = await client.request(LOG, variables);
      expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('resends a delivered delivery (audited), signed with the secret of the moment: after a roll, the new one only', async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    const endpoint = await endpointFor(client, target);
    const event = await recordEvent(server, agency, 'certificate.issued', { number: 'CL-1' });
    await target.waitForCount(1);
    await eventually(() => deliveryOf(server, agency, endpoint.id, event.id), (row) => row.status === 'DELIVERED');
    const { rollWebhookEndpointSecret } = await client.data<{ rollWebhookEndpointSecret: { secret: string } }>(ROLL, { id: endpoint.id });

    const delivery = await deliveryOf(server, agency, endpoint.id, event.id);
    const integration = server.apiClient(await createApiKey(client));
    await integration.data(RESEND, { id: delivery.id });
    const [, resent] = await target.waitForCount(2);
    expect(resent?.payload).toEqual(target.received[0]?.payload);
    expect(signedWith(server, resent, rollWebhookEndpointSecret.secret)).toBe(true);
    expect(signedWith(server, resent, endpoint.secret)).toBe(false);
    const after = await eventually(() => deliveryOf(server, agency, endpoint.id, event.id), (row) => row.status === 'DELIVERED' && row.attempts === 2);
    expect(after.attempts).toBe(2);
    const audit = await server.db.query.auditLog.findFirst({ where: (log, { and: both, eq: is }) => both(is(log.agencyId, agency.id), is(log.action, 'webhook_delivery.resend')) });
    expect(audit).toMatchObject({ actorType: 'API_KEY', targetType: 'webhook_delivery', targetId: delivery.id, data: { previousStatus: 'DELIVERED', eventId: event.id } });
  });

  it("another agency sees none of an agency's deliveries and cannot resend them", async () => {
    const { agency, client } = await agencyWithMember();
    const target = await receiver();
    const endpoint = await endpointFor(client, target);
    const event = await recordEvent(server, agency, 'policy.active');
    await target.waitForCount(1);
    const delivery = await deliveryOf(server, agency, endpoint.id, event.id);

    const { client: stranger } = await agencyWithMember();
    await endpointFor(stranger, await receiver());
    const [theirs] = await deliveryLog(stranger);
    expect(theirs?.deliveries.edges).toEqual([]);
    const result = await stranger.request(RESEND, { id: delivery.id });
    expect(errorCode(result)).toBe('NOT_FOUND');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received).toHaveLength(1);
  });
});

describe('a killed worker', () => {
  let own: TestServer;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    // The API alone: its deliveries are made by worker processes this test starts and kills.
    own = await startTestServer({ RUN_WORKER: 'false' });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await own?.stop();
  });

  it('loses no event: the one it was sending goes out again from the next worker, and every event arrives in order', async () => {
    const agency = await createAgency(own);
    const { client } = await signedInMemberOf(own, agency);
    const target = await receiver();
    const endpoint = await endpointFor(client, target, ['policy.active']);
    let first: ChildProcess | null = await startWorkerProcess(own);
    workers.push(first);
    const killed = new Promise<void>((resolve) => {
      target.answer = (_request, index) => {
        // The 4th request stays unanswered: its worker is killed while it waits.
        if (index === 3 && first) {
          first.kill('SIGKILL');
          first.once('exit', () => resolve());
          first = null;
          return 'hang';
        }
        return { status: 200 };
      };
    });
    const events = [];
    for (let n = 0; n < 10; n++) events.push(await recordEvent(own, agency, 'policy.active', { n }));
    await killed;
    expect(target.received).toHaveLength(4);
    const inFlight = await deliveryOf(own, agency, endpoint.id, events[3]?.id ?? '');
    // Rolled back with the worker: still pending, no attempt recorded.
    expect(inFlight).toMatchObject({ status: 'PENDING', attempts: 0 });

    workers.push(await startWorkerProcess(own));
    // The minute's safety net, run now instead of waiting for the minute.
    await queueDueWebhookDeliveries(own.coverline.deps);
    await target.waitForCount(11);
    await eventually(
      async () => (await own.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.agencyId, agency.id)).orderBy(asc(webhookDeliveries.seq))).map((d) => d.status),
      (statuses) => statuses.length === 10 && statuses.every((status) => status === 'DELIVERED'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = target.received.map((r) => r.payload.id);
    // At least once: the 4th event twice (the killed worker's POST, then the next worker's), every other once.
    expect(ids).toEqual([...events.slice(0, 4), ...events.slice(3)].map((e) => e.id));
    expect(target.distinctEvents().map((e) => e.data.n)).toEqual([...Array(10).keys()]);
  }, 60_000);
});
