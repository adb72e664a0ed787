// Contractor pay end to end on the real server (worker, SMTP, movable clock): the 24-hour notice, the
// charge after 24 hours, a decline and its retry, opting out, a new card, and who may do what.
import { formatDateRange } from '@coverline/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from '../src/db/schema.js';
import { addJob } from '../src/jobs/queue.js';
import { runDueCharges } from '../src/modules/payments/charge-runner.js';
import { scheduleCharge } from '../src/modules/payments/charge-scheduling.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { linkIn, tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { addCard, asPlatform, contractorPayAgency, createApiKey, createContractor, createMasterPolicies, moveTo, scheduledCharge, sessionClient, signedInMemberOf } from './factories/index.js';
import { chargesOf, eventually, historyOf, queuedJob, statusOf } from './support/inspect.js';

const HOUR = 3_600_000;

const OPT_OUT = `mutation($id: ID!) { optOutOfCharge(assignmentId: $id) { assignmentId status message charge { id status viewerCanOptOut } } }`;
const RETRY = `mutation($id: ID!) { retryCharge(assignmentId: $id) { assignmentId status message charge { id status amountCents failureMessage viewerCanRetry paymentMethod { brand last4 } } } }`;
const UPDATE_CARD = `mutation($t: String!, $x: CardExpiryInput) { updatePaymentMethod(paymentMethodToken: $t, cardExpiry: $x) { id brand last4 expMonth expYear } }`;
const MY_CARD = `{ myPaymentMethod { id brand last4 expMonth expYear } }`;
const MY_CHARGES = `{ myCharges { id assignmentId jobName amountCents status scheduledFor attemptedAt failureMessage viewerCanOptOut viewerCanRetry paymentMethod { brand last4 } } }`;

type PaymentResult = { assignmentId: string; status: string; message: string; charge: Record<string, unknown> | null };
type MyCharge = {
  id: string;
  assignmentId: string;
  jobName: string;
  amountCents: number;
  status: string;
  failureMessage: string | null;
  viewerCanOptOut: boolean;
  viewerCanRetry: boolean;
  paymentMethod: { brand: string; last4: string } | null;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

/** A fresh contractor-app session (sessions last 12 hours, and these tests move the clock by days). */
function contractorClient(contractor: { agencyId: string; id: string }): Promise<GraphQLClient> {
  return sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: contractor.agencyId });
}

/** Moves the clock past the 24-hour notice and runs the due charges as the cron task does. */
async function chargeAfter24Hours() {
  server.clock.advance(24 * HOUR + 60_000);
  await runDueCharges(server.coverline.deps);
}

describe('contractor pay: the notice and the charge', () => {
  it('announces the charge 24 hours ahead by email, with the amount, the card and a link to the portal', async () => {
    const setup = await contractorPayAgency(server);
    const scheduledAt = server.clock.now().getTime();
    const { contractor, assignment } = await scheduledCharge(server, setup, { premiumCents: 4_250, jobName: 'Stage crew at Summit' });

    const [charge, ...others] = await chargesOf(server, assignment);
    expect(others).toEqual([]);
    expect(charge).toMatchObject({ status: 'SCHEDULED', amountCents: 4_250, idempotencyKey: `assignment:${assignment.id}:attempt:1`, provider: 'sandbox' });
    expect(charge?.paymentMethodId).toEqual(expect.any(String));
    const dueIn = (charge?.scheduledFor.getTime() ?? 0) - scheduledAt;
    expect(dueIn).toBeGreaterThanOrEqual(24 * HOUR);
    expect(dueIn).toBeLessThan(24 * HOUR + 10_000);
    const job = await queuedJob(server, `charge:${charge?.id}`);
    expect(job?.task_identifier).toBe('charge_assignment');
    expect(new Date(job?.run_at ?? 0).getTime()).toBe(charge?.scheduledFor.getTime());

    const mail = await server.inbox.waitFor(contractor.email, { subject: /will be charged/ });
    expect(mail.subject).toBe('Your card will be charged $42.50 within 24 hours');
    // The time the card is charged, in the agency's time zone (New York unless set), named.
    const dueAt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/New_York' }).format(charge?.scheduledFor);
    expect(mail.text).toMatch(new RegExp(`Your card on file \\(Visa ending 4242\\) will be charged \\$42\\.50 on ${dueAt.replace(/[\s\u202f]/g, '\\s')} E[SD]T for Stage crew at Summit`));
    // The assignment's dates as the apps write them ("Dec 4 – Dec 31, 2026").
    expect(mail.text).toContain(`for Stage crew at Summit (${formatDateRange(assignment.effectiveDate, assignment.endDate)}).`);
    expect(mail.text).toMatch(/opt out/i);
    expect(mail.text).not.toMatch(/4242 4242|4242424242424242/);
    // The link signs the contractor in to the portal, where they can opt out or change the card.
    expect(linkIn(mail, /https?:\/\/\S+\/contractor\/t\/\S+/)).toContain('/contractor/t/');
    const portal = server.client('contractor');
    const signedIn = await portal.data<{ signInWithContractorLink: { role: string } }>(
      `mutation($t: String!) { signInWithContractorLink(token: $t) { role } }`,
      { t: tokenIn(mail) },
    );
    expect(signedIn.signInWithContractorLink.role).toBe('CONTRACTOR');
    const { myCharges } = await portal.data<{ myCharges: MyCharge[] }>(MY_CHARGES);
    expect(myCharges).toEqual([
      expect.objectContaining({ id: charge?.id, assignmentId: assignment.id, jobName: 'Stage crew at Summit', amountCents: 4_250, status: 'SCHEDULED', viewerCanOptOut: true, viewerCanRetry: false, paymentMethod: { brand: 'visa', last4: '4242' } }),
    ]);
  });

  it('charges nothing before the 24 hours are up, then charges once, binds coverage and sends a receipt', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup);

    server.clock.advance(23 * HOUR);
    await runDueCharges(server.coverline.deps);
    expect(await statusOf(server, assignment)).toBe('AWAITING_PAYMENT');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['SCHEDULED']);

    server.clock.advance(HOUR + 60_000);
    // As the browser journeys do: the cron task, queued by hand instead of waiting for the minute.
    await addJob(server.db, 'charge_due_payments', {});
    await eventually(() => statusOf(server, assignment), (status) => status === 'COVERED');

    const [charge, ...others] = await chargesOf(server, assignment);
    expect(others).toEqual([]);
    expect(charge).toMatchObject({ status: 'SUCCEEDED', failureMessage: null });
    expect(charge?.providerChargeId).toMatch(/^ch_sandbox_[0-9a-f]{24}$/);
    const history = await historyOf(server, assignment);
    expect(history.filter((h) => h.toStatus === 'COVERED')).toEqual([expect.objectContaining({ fromStatus: 'AWAITING_PAYMENT', actorType: 'SYSTEM' })]);
    const receipt = await server.inbox.waitFor(contractor.email, { subject: /Payment received/ });
    expect(receipt.text).toContain('We charged $42.50 to your Visa ending 4242');
    const certificate = await server.db.query.certificates.findFirst({
      where: and(eq(certificates.agencyId, assignment.agencyId), eq(certificates.assignmentId, assignment.id)),
    });
    expect(certificate?.status).toBe('VALID');

    // Nothing more happens on later runs.
    await chargeAfter24Hours();
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['SUCCEEDED']);
    const result = await (await contractorClient(contractor)).request<{ optOutOfCharge: PaymentResult }>(OPT_OUT, { id: assignment.id });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('assignmentId');
    expect(result.errors?.[0]?.message).toBe('This assignment is already paid.');
  });

  it('on a declined card: DECLINED, the reason recorded, and both the contractor and the agency emailed', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined', jobName: 'Night shift RN' });
    await server.inbox.waitFor(contractor.email, { subject: /will be charged/ });

    await chargeAfter24Hours();
    expect(await statusOf(server, assignment)).toBe('DECLINED');
    const [charge] = await chargesOf(server, assignment);
    expect(charge).toMatchObject({ status: 'FAILED', failureMessage: 'Your card was declined.' });
    const history = await historyOf(server, assignment);
    expect(history.at(-1)).toMatchObject({ fromStatus: 'AWAITING_PAYMENT', toStatus: 'DECLINED', actorType: 'SYSTEM' });

    const toContractor = await server.inbox.waitFor(contractor.email, { subject: /declined/ });
    expect(toContractor.subject).toBe('Your payment for Night shift RN was declined');
    expect(toContractor.text).toContain('We could not charge $42.50 to your Visa ending 0002 for Night shift RN');
    expect(toContractor.text).toContain('Your card was declined.');
    expect(toContractor.text).toContain('/contractor/t/');
    const toAgency = await server.inbox.waitFor(setup.billingEmail, { subject: /declined/ });
    expect(toAgency.subject).toBe(`Payment declined: ${contractor.firstName} Contractor, Night shift RN`);
    expect(toAgency.text).toContain('Your card was declined.');

    const { myCharges } = await (await contractorClient(contractor)).data<{ myCharges: MyCharge[] }>(MY_CHARGES);
    // Not paid, so still the contractor's choice: a new card (or a retry), or opting out.
    expect(myCharges[0]).toMatchObject({ status: 'FAILED', failureMessage: 'Your card was declined.', viewerCanRetry: true, viewerCanOptOut: true });
  });

  it('after a decline, a retry on the same card is a new attempt, and saving a new card charges it at once with the next key and binds coverage', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' });
    await chargeAfter24Hours();
    expect(await statusOf(server, assignment)).toBe('DECLINED');
    const portal = await contractorClient(contractor);

    // A retry with the same declining card is declined again, as a new attempt.
    const again = await portal.data<{ retryCharge: PaymentResult }>(RETRY, { id: assignment.id });
    expect(again.retryCharge).toMatchObject({ status: 'DECLINED', message: 'Your card was declined: Your card was declined. Update your card to try again.' });

    // The new card is charged as it is saved: no retry asked for.
    const { updatePaymentMethod } = await portal.data<{ updatePaymentMethod: Record<string, unknown> }>(UPDATE_CARD, { t: 'pm_card_visa', x: { month: 7, year: 2031 } });
    expect(updatePaymentMethod).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 7, expYear: 2031 });
    const { myPaymentMethod } = await portal.data<{ myPaymentMethod: Record<string, unknown> }>(MY_CARD);
    expect(myPaymentMethod).toEqual(updatePaymentMethod);
    expect(await statusOf(server, assignment)).toBe('COVERED');
    const { myCharges } = await portal.data<{ myCharges: MyCharge[] }>(MY_CHARGES);
    expect(myCharges[0]).toMatchObject({ status: 'SUCCEEDED', amountCents: 4_250, failureMessage: null, viewerCanRetry: false, viewerCanOptOut: false, paymentMethod: { brand: 'visa', last4: '4242' } });
    const rows = await chargesOf(server, assignment);
    expect(rows.map((c) => [c.idempotencyKey.split(':').slice(2).join(':'), c.status])).toEqual([
      ['attempt:1', 'FAILED'],
      ['attempt:2', 'FAILED'],
      ['attempt:3', 'SUCCEEDED'],
    ]);
    const certificate = await server.db.query.certificates.findFirst({ where: and(eq(certificates.agencyId, assignment.agencyId), eq(certificates.assignmentId, assignment.id)) });
    expect(certificate?.status).toBe('VALID');
    // The retries re-entered AWAITING_PAYMENT without a second 24-hour notice.
    expect(server.inbox.to(contractor.email).filter((m) => /will be charged/.test(m.subject))).toHaveLength(1);
    const moves = (await historyOf(server, assignment)).map((h) => `${h.fromStatus}→${h.toStatus}:${h.actorType}`);
    expect(moves.slice(1)).toEqual([
      'AWAITING_OPT_IN→AWAITING_PAYMENT:SYSTEM',
      'AWAITING_PAYMENT→DECLINED:SYSTEM',
      'DECLINED→AWAITING_PAYMENT:CONTRACTOR',
      'AWAITING_PAYMENT→DECLINED:SYSTEM',
      'DECLINED→AWAITING_PAYMENT:CONTRACTOR',
      'AWAITING_PAYMENT→COVERED:SYSTEM',
    ]);
    expect((await historyOf(server, assignment)).at(-2)?.reason).toBe('The contractor saved a new card, and the payment was retried on it.');

    const retryPaid = await portal.request(RETRY, { id: assignment.id });
    expect(errorCode(retryPaid)).toBe('BAD_USER_INPUT');
    expect(retryPaid.errors?.[0]?.message).toBe('This assignment is already paid.');
    // Another card later charges nothing more.
    await portal.data(UPDATE_CARD, { t: 'pm_card_mastercard' });
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['FAILED', 'FAILED', 'SUCCEEDED']);
  });

  it('after a decline, a new card that is declined too leaves the assignment declined, with the new card on file', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' });
    await chargeAfter24Hours();
    const portal = await contractorClient(contractor);
    await portal.data(UPDATE_CARD, { t: 'pm_card_chargeDeclinedInsufficientFunds' });
    expect(await statusOf(server, assignment)).toBe('DECLINED');
    const { myCharges } = await portal.data<{ myCharges: MyCharge[] }>(MY_CHARGES);
    expect(myCharges[0]).toMatchObject({ status: 'FAILED', failureMessage: 'Your card has insufficient funds.', viewerCanRetry: true, paymentMethod: { brand: 'visa', last4: '9995' } });
  });

  it('charges a declined assignment once when two new cards are saved at the same moment', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' });
    await chargeAfter24Hours();
    const [first, second] = [await contractorClient(contractor), await contractorClient(contractor)];
    await Promise.all([first.data(UPDATE_CARD, { t: 'pm_card_visa' }), second.data(UPDATE_CARD, { t: 'pm_card_mastercard' })]);
    expect(await statusOf(server, assignment)).toBe('COVERED');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['FAILED', 'SUCCEEDED']);
  });

  it("a new card of a contractor retries only their own declined assignments, never a colleague's or another agency's", async () => {
    const setup = await contractorPayAgency(server);
    const { assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' });
    await chargeAfter24Hours();
    const colleague = await createContractor(server, setup.agency, { email: `colleague.${assignment.id}@example.com` });
    const stranger = await createContractor(server, (await contractorPayAgency(server)).agency);
    for (const outsider of [colleague, stranger]) await (await contractorClient(outsider)).data(UPDATE_CARD, { t: 'pm_card_visa' });
    expect(await statusOf(server, assignment)).toBe('DECLINED');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['FAILED']);
  });

  it('refuses a retry while the charge is still only scheduled', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup);
    const result = await (await contractorClient(contractor)).request(RETRY, { id: assignment.id });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('assignmentId');
    expect(result.errors?.[0]?.message).toBe('A payment is already scheduled for this assignment.');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['SCHEDULED']);
  });

  it('charges the new card when the contractor changes it before the charge', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' });
    const portal = await contractorClient(contractor);
    const { updatePaymentMethod } = await portal.data<{ updatePaymentMethod: { id: string; brand: string; last4: string } }>(UPDATE_CARD, { t: 'pm_card_mastercard' });
    expect(updatePaymentMethod).toMatchObject({ brand: 'mastercard', last4: '4444' });
    const [scheduled] = await chargesOf(server, assignment);
    expect(scheduled?.paymentMethodId).toBe(updatePaymentMethod.id);

    await chargeAfter24Hours();
    expect(await statusOf(server, assignment)).toBe('COVERED');
    const receipt = await server.inbox.waitFor(contractor.email, { subject: /Payment received/ });
    expect(receipt.text).toContain('Mastercard ending 4444');
  });

  it('announces a charge with no card on file, asking for one, and declines it at charge time', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: null });
    const notice = await server.inbox.waitFor(contractor.email, { subject: /will be charged/ });
    expect(notice.text).toContain('there is no card on file yet');
    await chargeAfter24Hours();
    expect(await statusOf(server, assignment)).toBe('DECLINED');
    expect((await chargesOf(server, assignment))[0]).toMatchObject({ status: 'FAILED', failureMessage: 'There is no card on file.' });
    const portal = await contractorClient(contractor);
    const noCard = await portal.request(RETRY, { id: assignment.id });
    expect(errorField(noCard)).toBe('paymentMethodToken');
    await addCard(server, contractor);
    expect((await portal.data<{ retryCharge: PaymentResult }>(RETRY, { id: assignment.id })).retryCharge.status).toBe('COVERED');
  });
});

describe('contractor pay: opting out', () => {
  it('before the charge: OPTED_OUT, the charge cancelled and never made, and the agency told', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { jobName: 'Festival medic' });
    const [scheduled] = await chargesOf(server, assignment);
    const portal = await contractorClient(contractor);

    const { optOutOfCharge } = await portal.data<{ optOutOfCharge: PaymentResult }>(OPT_OUT, { id: assignment.id });
    expect(optOutOfCharge).toEqual({
      assignmentId: assignment.id,
      status: 'OPTED_OUT',
      message: 'You opted out: your card will not be charged, and you are not covered for this assignment.',
      charge: { id: scheduled?.id, status: 'CANCELLED', viewerCanOptOut: false },
    });
    expect(await queuedJob(server, `charge:${scheduled?.id}`)).toBeUndefined();
    const toAgency = await server.inbox.waitFor(setup.billingEmail, { subject: /opted out/ });
    expect(toAgency.subject).toBe(`${contractor.firstName} Contractor opted out of coverage for Festival medic`);
    expect(toAgency.text).toContain('before the charge of $42.50');
    expect((await historyOf(server, assignment)).at(-1)).toMatchObject({ fromStatus: 'AWAITING_PAYMENT', toStatus: 'OPTED_OUT', actorType: 'CONTRACTOR', actorId: contractor.id });

    await chargeAfter24Hours();
    expect(await statusOf(server, assignment)).toBe('OPTED_OUT');
    const [charge] = await chargesOf(server, assignment);
    expect(charge).toMatchObject({ status: 'CANCELLED', providerChargeId: null, attemptedAt: null });

    const twice = await (await contractorClient(contractor)).request(OPT_OUT, { id: assignment.id });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.message).toBe('You already opted out of this assignment.');
  });

  it('stays open after a decline, until a charge runs: OPTED_OUT, the agency told, and a new card then charges nothing', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined', jobName: 'Harbor shift' });
    await chargeAfter24Hours();
    const portal = await contractorClient(contractor);
    const { optOutOfCharge } = await portal.data<{ optOutOfCharge: PaymentResult }>(OPT_OUT, { id: assignment.id });
    expect(optOutOfCharge).toMatchObject({ status: 'OPTED_OUT', charge: null });
    expect((await historyOf(server, assignment)).at(-1)).toMatchObject({ fromStatus: 'DECLINED', toStatus: 'OPTED_OUT', actorType: 'CONTRACTOR' });
    await server.inbox.waitFor(setup.billingEmail, { subject: /opted out of coverage for Harbor shift/ });
    await portal.data(UPDATE_CARD, { t: 'pm_card_visa' });
    expect(await statusOf(server, assignment)).toBe('OPTED_OUT');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['FAILED']);
  });

  it("cancels the charge when the agency cancels the assignment before it is made", async () => {
    const setup = await contractorPayAgency(server);
    const { assignment } = await scheduledCharge(server, setup);
    await moveTo(server, assignment, 'CANCELLED', 'Event called off.');
    const [charge] = await chargesOf(server, assignment);
    expect(charge?.status).toBe('CANCELLED');
    expect(await queuedJob(server, `charge:${charge?.id}`)).toBeUndefined();
    await chargeAfter24Hours();
    expect((await chargesOf(server, assignment))[0]).toMatchObject({ status: 'CANCELLED', providerChargeId: null });
  });
});

describe('contractor pay: cards and who may act', () => {
  it('refuses an unknown card token on its field, and keeps the card on file', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor } = await scheduledCharge(server, setup);
    const portal = await contractorClient(contractor);
    for (const token of ['tok_made_up', '4242424242424242', '   ']) {
      const result = await portal.request(UPDATE_CARD, { t: token });
      expect(errorCode(result), token).toBe('BAD_USER_INPUT');
      expect(errorField(result), token).toBe('paymentMethodToken');
    }
    const { myPaymentMethod } = await portal.data<{ myPaymentMethod: { last4: string } }>(MY_CARD);
    expect(myPaymentMethod.last4).toBe('4242');
  });

  it('keeps the expiry the contractor typed, and refuses an impossible or past one on its field, keeping the card on file', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor } = await scheduledCharge(server, setup);
    const portal = await contractorClient(contractor);
    const saved = await portal.data<{ updatePaymentMethod: { expMonth: number; expYear: number } }>(UPDATE_CARD, { t: 'pm_card_mastercard', x: { month: 3, year: 2030 } });
    expect(saved.updatePaymentMethod).toMatchObject({ expMonth: 3, expYear: 2030 });
    for (const expiry of [{ month: 13, year: 2030 }, { month: 0, year: 2030 }, { month: 3, year: 30 }, { month: 1, year: 2020 }]) {
      const result = await portal.request(UPDATE_CARD, { t: 'pm_card_visa', x: expiry });
      expect(errorCode(result), JSON.stringify(expiry)).toBe('BAD_USER_INPUT');
      expect(errorField(result), JSON.stringify(expiry)).toBe('cardExpiry');
    }
    const { myPaymentMethod } = await portal.data<{ myPaymentMethod: { last4: string; expMonth: number; expYear: number } }>(MY_CARD);
    expect(myPaymentMethod).toMatchObject({ last4: '4444', expMonth: 3, expYear: 2030 });
  });

  it('stores the provider token, brand and last 4 of a card, never its number', async () => {
    const setup = await contractorPayAgency(server);
    const contractor = await createContractor(server, setup.agency);
    const portal = await contractorClient(contractor);
    expect((await portal.data<{ myPaymentMethod: unknown }>(MY_CARD)).myPaymentMethod).toBeNull();
    await portal.data(UPDATE_CARD, { t: 'pm_card_amex' });
    const stored = await server.db.query.paymentMethods.findMany({ where: (pm, { eq: equals }) => equals(pm.contractorId, contractor.id) });
    expect(stored).toEqual([expect.objectContaining({ provider: 'sandbox', providerToken: 'pm_card_amex', brand: 'amex', last4: '0005', detachedAt: null })]);
    expect(JSON.stringify(stored)).not.toContain('378282246310005');
  });

  it("answers NOT_FOUND for another contractor's assignment, in the same agency or another, and changes nothing", async () => {
    const setup = await contractorPayAgency(server);
    const { assignment } = await scheduledCharge(server, setup);
    const colleague = await createContractor(server, setup.agency);
    const elsewhere = await contractorPayAgency(server);
    const stranger = await createContractor(server, elsewhere.agency);
    for (const outsider of [colleague, stranger]) {
      const portal = await contractorClient(outsider);
      for (const mutation of [OPT_OUT, RETRY]) {
        const result = await portal.request(mutation, { id: assignment.id });
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(result.data).toBeNull();
      }
      expect((await portal.data<{ myCharges: unknown[] }>(MY_CHARGES)).myCharges).toEqual([]);
    }
    const malformed = await (await contractorClient(colleague)).request(OPT_OUT, { id: 'not-a-uuid' });
    expect(errorCode(malformed)).toBe('NOT_FOUND');
    expect(await statusOf(server, assignment)).toBe('AWAITING_PAYMENT');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['SCHEDULED']);
  });

  it('refuses agency members and API keys (FORBIDDEN) and signed-out visitors (UNAUTHENTICATED)', async () => {
    const setup = await contractorPayAgency(server);
    const { assignment } = await scheduledCharge(server, setup);
    const { client: member } = await signedInMemberOf(server, setup.agency);
    const apiKey = server.apiClient(await createApiKey(member));
    const calls: [string, Record<string, unknown>][] = [
      [OPT_OUT, { id: assignment.id }],
      [RETRY, { id: assignment.id }],
      [UPDATE_CARD, { t: 'pm_card_visa' }],
      [MY_CARD, {}],
      [MY_CHARGES, {}],
    ];
    for (const [query, variables] of calls) {
      for (const [client, code] of [
        [member, 'FORBIDDEN'],
        [apiKey, 'FORBIDDEN'],
        [server.client('contractor'), 'UNAUTHENTICATED'],
      ] as const) {
        const result = await client.request(query, variables);
        expect(errorCode(result), query).toBe(code);
        const field = Object.keys(result.data ?? {})[0];
        expect(field ? result.data?.[field] : null).toBeNull();
      }
    }
    expect(await statusOf(server, assignment)).toBe('AWAITING_PAYMENT');
  });

  it('schedules nothing twice: re-entering the notice for an assignment with an open charge adds no charge', async () => {
    const { assignment } = await scheduledCharge(server, await contractorPayAgency(server));
    await asPlatform(server, (tx) => scheduleCharge(tx, server.coverline.deps, { agencyId: assignment.agencyId, assignmentId: assignment.id }));
    expect(await chargesOf(server, assignment)).toHaveLength(1);
  });
});
