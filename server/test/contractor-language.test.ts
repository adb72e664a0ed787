// Issue 14: a contractor reads Coverline in English or Spanish. Their language is theirs to set, is set
// by the language they sign the opt-in in, and every email to them follows it; the signed opt-in keeps
// which version and which language of the terms they accepted. Agency mail stays English.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, TERMS_IN, TERMS_VERSION } from '@coverline/domain';
import { contractors, optIns } from '../src/db/schema.js';
import { runDueCharges } from '../src/modules/payments/charge-runner.js';
import { errorCode, errorField, GraphQLClient } from './support/graphql-client.js';
import { chargesOf } from './support/inspect.js';
import { tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  assignmentWithOptInRequested,
  contractorPayAgency,
  createContractor,
  createMasterPolicies,
  scheduledCharge,
  signedInAgencyMember,
  signedInContractor,
  approvedJobCategory,
  assignmentAwaitingOptIn,
  createApiKey,
  dayFromToday,
  sessionClient,
} from './factories/index.js';

const SET_LANGUAGE = `mutation($l: Language!) { setContractorLanguage(language: $l) { id preferredLanguage } }`;
const MY_LANGUAGE = `{ viewer { contractor { id preferredLanguage } } }`;
const AGENCY_CONTRACTOR = `query($id: ID!) { contractor(id: $id) { id preferredLanguage } }`;
const REQUEST_LINK = `mutation($e: String!) { requestContractorLink(email: $e) }`;
const FORM = `query($t: String!) { optInForm(token: $t) { termsVersion english: terms spanish: terms(language: ES) } }`;
const SUBMIT = `mutation($t: String!, $i: OptInInput!) { submitOptIn(token: $t, input: $i) { assignments { id status } } }`;
const EVENTS = `query($type: String) { events(type: $type, first: 10) { edges { node { type data } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

async function storedLanguage(contractor: { agencyId: string; id: string }) {
  const row = await server.db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, contractor.agencyId), eq(contractors.id, contractor.id)) });
  return row?.preferredLanguage;
}

describe('setContractorLanguage', () => {
  it("sets the signed-in contractor's language, which the agency reads and their link email follows", async () => {
    const { agency, client: member } = await signedInAgencyMember(server);
    const { contractor, client } = await signedInContractor(server, agency);
    expect((await client.data<{ viewer: { contractor: { preferredLanguage: string } } }>(MY_LANGUAGE)).viewer.contractor.preferredLanguage).toBe('EN');

    const { setContractorLanguage } = await client.data<{ setContractorLanguage: { id: string; preferredLanguage: string } }>(SET_LANGUAGE, { l: 'ES' });
    expect(setContractorLanguage).toEqual({ id: contractor.id, preferredLanguage: 'ES' });
    expect(await storedLanguage(contractor)).toBe('es');
    expect((await member.data<{ contractor: { preferredLanguage: string } }>(AGENCY_CONTRACTOR, { id: contractor.id })).contractor.preferredLanguage).toBe('ES');

    await server.client('contractor').data(REQUEST_LINK, { e: contractor.email });
    const mail = await server.inbox.waitFor(contractor.email);
    expect(mail.subject).toBe(`Tu enlace de cobertura de Coverline de ${agency.name}`);
    expect(mail.text).toContain(`Hola, ${contractor.firstName}:`);
    expect(mail.text).toContain('Abrir mi cobertura:');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain('O pega este enlace en tu navegador:');
  });

  it('refuses anyone but a signed-in contractor', async () => {
    const { client: member } = await signedInAgencyMember(server);
    expect(errorCode(await member.request(SET_LANGUAGE, { l: 'ES' }))).toBe('FORBIDDEN');
    expect(errorCode(await server.client('contractor').request(SET_LANGUAGE, { l: 'ES' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a language it does not speak, naming the field, and changes nothing', async () => {
    const { agency } = await signedInAgencyMember(server);
    const { contractor, client } = await signedInContractor(server, agency);
    const result = await client.request(SET_LANGUAGE, { l: 'FR' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('language');
    expect(await storedLanguage(contractor)).toBe('en');
  });
});

describe('an opt-in signed in Spanish', () => {
  it('shows the terms in both languages under one version, records the version and language signed, and mails the certificate in Spanish', async () => {
    const { agency, client: member } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency, { firstName: 'Lucía', lastName: 'Navarro' });
    const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    const assignment = await assignmentWithOptInRequested(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, jobName: 'Recepción' });
    // Before they chose, the contractor is written to in English.
    const request = await server.inbox.waitFor(contractor.email, { subject: /^Confirm your coverage/ });
    const token = tokenIn(request);

    const { optInForm } = await server.client('contractor').data<{ optInForm: { termsVersion: string; english: string; spanish: string } }>(FORM, { t: token });
    expect(optInForm).toEqual({ termsVersion: TERMS_VERSION, english: TERMS_IN.en, spanish: TERMS_IN.es });

    const submitted = await server.client('contractor').data<{ submitOptIn: { assignments: { status: string }[] } }>(SUBMIT, {
      t: token,
      i: { acceptTerms: true, signatureName: 'Lucía Navarro', language: 'ES' },
    });
    expect(submitted.submitOptIn.assignments).toEqual([{ id: assignment.id, status: 'COVERED' }]);

    const [signed] = await server.db.select().from(optIns).where(and(eq(optIns.agencyId, agency.id), eq(optIns.contractorId, contractor.id)));
    expect(signed).toMatchObject({ status: 'COMPLETED', termsVersion: TERMS_VERSION, termsLanguage: 'es' });
    expect(signed?.formSnapshot).toMatchObject({ termsVersion: TERMS_VERSION, termsLanguage: 'es', terms: TERMS_IN.es });
    expect(await storedLanguage(contractor)).toBe('es');

    // The agency's integrations read which terms were signed on the application event.
    const { events } = await member.data<{ events: { edges: { node: { data: Record<string, unknown> } }[] } }>(EVENTS, { type: 'application.complete' });
    expect(events.edges.map((edge) => edge.node.data)).toEqual([expect.objectContaining({ termsVersion: TERMS_VERSION, termsLanguage: 'es' })]);

    const certificate = await server.inbox.waitFor(contractor.email, { subject: /certificado/ });
    expect(certificate.subject).toBe('Tu certificado de seguro para Recepción');
    expect(certificate.text).toContain(formatDateRange(assignment.effectiveDate, assignment.endDate, 'es'));
    expect(certificate.text).toMatch(/ dic | ene | feb | mar | abr | may | jun | jul | ago | sept? | oct | nov /);
    expect(certificate.html).toContain('<html lang="es">');
  });

  it('records English terms when no language is said', async () => {
    const { agency } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency, { firstName: 'Sam', lastName: 'Lee' });
    const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    await assignmentWithOptInRequested(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /^Confirm your coverage/ }));
    await server.client('contractor').data(SUBMIT, { t: token, i: { acceptTerms: true, signatureName: 'Sam Lee' } });
    const [signed] = await server.db.select().from(optIns).where(and(eq(optIns.agencyId, agency.id), eq(optIns.contractorId, contractor.id)));
    expect(signed).toMatchObject({ termsLanguage: 'en' });
    expect((await server.inbox.waitFor(contractor.email, { subject: /certificate/ })).subject).toMatch(/^Your certificate of insurance for /);
  });
});

describe('contractor pay mail in Spanish', () => {
  it('announces the charge to a Spanish contractor in Spanish, with the amount, card and date written for es-US', async () => {
    const setup = await contractorPayAgency(server);
    const contractor = await createContractor(server, setup.agency);
    await server.db.update(contractors).set({ preferredLanguage: 'es' }).where(and(eq(contractors.agencyId, contractor.agencyId), eq(contractors.id, contractor.id)));
    await scheduledCharge(server, setup, { contractor, premiumCents: 50_848, jobName: 'Montaje' });
    const notice = await server.inbox.waitFor(contractor.email, { subject: /Se cobrarán/ });
    expect(notice.subject).toBe('Se cobrarán $508.48 a tu tarjeta en las próximas 24 horas');
    expect(notice.text).toContain('A tu tarjeta registrada (Visa terminada en 4242) se le cobrarán $508.48 el ');
    expect(notice.text).toMatch(/ (a\.m\.|p\.m\.) E[SD]T por Montaje/);
    expect(notice.html).toContain('<html lang="es">');
  });
});

async function preferSpanish(contractor: { agencyId: string; id: string }) {
  await server.db.update(contractors).set({ preferredLanguage: 'es', languageChosenAt: server.clock.now() }).where(and(eq(contractors.agencyId, contractor.agencyId), eq(contractors.id, contractor.id)));
}

describe('the assignment-changed mail', () => {
  const EXTEND = `mutation($id: ID!, $d: String!) { extendAssignment(id: $id, endDate: $d) { endDate } }`;
  const CANCEL = `mutation($id: ID!, $r: String) { cancelAssignment(id: $id, reason: $r) { status } }`;

  async function spanishContractorWithAssignment() {
    const { agency, client } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency, { firstName: 'Marta' });
    await preferSpanish(contractor);
    const category = await approvedJobCategory(server, agency, { workState: 'NY', coverageTypes: ['WORKERS_COMPENSATION'] });
    const assignment = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, jobName: 'Montaje de feria' });
    return { client, contractor, assignment };
  }

  it('tells a Spanish contractor of an extension in Spanish, with both end dates written for es-US', async () => {
    const { client, contractor, assignment } = await spanishContractorWithAssignment();
    const newEnd = dayFromToday(server, 45);
    await client.data(EXTEND, { id: assignment.id, d: newEnd });
    const mail = await server.inbox.waitFor(contractor.email, { subject: /cambió/ });
    expect(mail.subject).toBe('Tu asignación "Montaje de feria" cambió');
    expect(mail.text).toContain('Hola, Marta:');
    expect(mail.text).toContain(`Tu asignación ahora termina el ${formatDate(newEnd, 'es')} (terminaba el ${formatDate(assignment.endDate, 'es')}). Tu cobertura sigue las nuevas fechas.`);
    expect(mail.text).not.toMatch(/\b(Your|ends|Hello)\b/);
    expect(mail.html).toContain('<html lang="es">');
  });

  it("tells a Spanish contractor of a cancellation in Spanish, quoting the agency's reason, or saying the agency cancelled it", async () => {
    const withReason = await spanishContractorWithAssignment();
    await withReason.client.data(CANCEL, { id: withReason.assignment.id, r: 'El cliente cambió la fecha' });
    const quoted = await server.inbox.waitFor(withReason.contractor.email, { subject: /cambió/ });
    expect(quoted.text).toContain(`Se canceló tu asignación que empezaba el ${formatDate(withReason.assignment.effectiveDate, 'es')}, así que no tendrá cobertura. Motivo: El cliente cambió la fecha`);

    const withoutReason = await spanishContractorWithAssignment();
    await withoutReason.client.data(CANCEL, { id: withoutReason.assignment.id });
    const plain = await server.inbox.waitFor(withoutReason.contractor.email, { subject: /cambió/ });
    expect(plain.text).toContain('así que no tendrá cobertura. La canceló la agencia.');
    expect(plain.text).not.toContain('Cancelled');
  });

  it('still tells an English contractor in English', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency, { firstName: 'Ann' });
    const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    const assignment = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, jobName: 'Stage crew' });
    await client.data(CANCEL, { id: assignment.id });
    const mail = await server.inbox.waitFor(contractor.email, { subject: /changed/ });
    expect(mail.subject).toBe('Your assignment "Stage crew" changed');
    expect(mail.text).toContain(`Your assignment starting ${formatDate(assignment.effectiveDate)} was cancelled, so it will not be covered. The agency cancelled it.`);
  });
});

describe('a declined payment, told to a Spanish contractor', () => {
  const MY_CHARGES = `{ myCharges { status failureMessage declineCode } }`;

  it("says the decline's reason in Spanish in the mail and on their page, while the agency reads the processor's words", async () => {
    const setup = await contractorPayAgency(server);
    const contractor = await createContractor(server, setup.agency, { firstName: 'Rosa' });
    await preferSpanish(contractor);
    const { assignment } = await scheduledCharge(server, setup, { contractor, token: 'pm_card_chargeDeclinedInsufficientFunds', premiumCents: 4_250, jobName: 'Turno de noche' });
    await server.inbox.waitFor(contractor.email, { subject: /Se cobrarán/ });
    server.clock.advance(24 * 3_600_000 + 60_000);
    await runDueCharges(server.coverline.deps);

    const [charge] = await chargesOf(server, assignment);
    expect(charge).toMatchObject({ status: 'FAILED', failureMessage: 'Your card has insufficient funds.', declineCode: 'insufficient_funds' });

    const toContractor = await server.inbox.waitFor(contractor.email, { subject: /Se rechazó/ });
    expect(toContractor.subject).toBe('Se rechazó tu pago por Turno de noche');
    expect(toContractor.text).toContain('No pudimos cobrar $42.50 a tu Visa terminada en 9995 por Turno de noche');
    expect(toContractor.text).toContain(': tu tarjeta no tiene fondos suficientes.');
    expect(toContractor.text).not.toContain('insufficient funds');

    const toAgency = await server.inbox.waitFor(setup.billingEmail, { subject: /declined/ });
    expect(toAgency.text).toContain('was declined: Your card has insufficient funds.');

    // The contractor app says the reason from the code (declineReasonInWords), the same words as the mail.
    const portal = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: contractor.agencyId });
    const { myCharges } = await portal.data<{ myCharges: { status: string; failureMessage: string; declineCode: string }[] }>(MY_CHARGES);
    expect(myCharges).toEqual([{ status: 'FAILED', failureMessage: 'Your card has insufficient funds.', declineCode: 'insufficient_funds' }]);
  });
});

describe("the contractor's language and signed terms, as the agency reads them", () => {
  const PROFILE = `query($id: ID!) { contractor(id: $id) { id preferredLanguage languageChosen signedOptIns { signatureName termsVersion termsLanguage signedAt } } }`;

  async function contractorWhoSignedInSpanish() {
    const { agency, client: member } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency, { firstName: 'Inés', lastName: 'Vidal' });
    const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    await assignmentWithOptInRequested(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /^Confirm your coverage/ }));
    await server.client('contractor').data(SUBMIT, { t: token, i: { acceptTerms: true, signatureName: 'Inés Vidal', language: 'ES' } });
    return { agency, member, contractor };
  }

  it('shows that a new contractor has not chosen a language, and that one who signed in Spanish chose it, with the version and language signed', async () => {
    const { agency, member, contractor } = await contractorWhoSignedInSpanish();
    const fresh = await createContractor(server, agency);
    expect((await member.data<{ contractor: unknown }>(PROFILE, { id: fresh.id })).contractor).toEqual({ id: fresh.id, preferredLanguage: 'EN', languageChosen: false, signedOptIns: [] });

    const { contractor: signed } = await member.data<{ contractor: { preferredLanguage: string; languageChosen: boolean; signedOptIns: { signatureName: string; termsVersion: string; termsLanguage: string; signedAt: string }[] } }>(PROFILE, { id: contractor.id });
    expect(signed).toMatchObject({ preferredLanguage: 'ES', languageChosen: true });
    const [row] = await server.db.select().from(optIns).where(and(eq(optIns.agencyId, agency.id), eq(optIns.contractorId, contractor.id)));
    expect(signed.signedOptIns).toEqual([{ signatureName: 'Inés Vidal', termsVersion: TERMS_VERSION, termsLanguage: 'ES', signedAt: row?.completedAt?.toISOString() }]);

    // An integration's API key reads the same.
    const key = await createApiKey(member);
    const { contractor: viaKey } = await new GraphQLClient(server.url, { apiKey: key }).data<{ contractor: unknown }>(PROFILE, { id: contractor.id });
    expect(viaKey).toEqual(signed);
  });

  it("gives another agency nothing of them, and a contractor not even their own signed opt-ins' list", async () => {
    const { contractor } = await contractorWhoSignedInSpanish();
    const { client: otherAgency } = await signedInAgencyMember(server);
    expect((await otherAgency.data<{ contractor: unknown }>(PROFILE, { id: contractor.id })).contractor).toBeNull();
    const listed = await otherAgency.data<{ contractors: { edges: { node: { signedOptIns: unknown[] } }[] } }>(`{ contractors(first: 50) { edges { node { id signedOptIns { signatureName } } } } }`);
    expect(JSON.stringify(listed)).not.toContain('Inés');

    const portal = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: contractor.agencyId });
    const own = await portal.request(`{ viewer { contractor { id languageChosen signedOptIns { signatureName } } } }`);
    expect(errorCode(own)).toBe('FORBIDDEN');
    const { viewer } = await portal.data<{ viewer: { contractor: { preferredLanguage: string; languageChosen: boolean } } }>(`{ viewer { contractor { preferredLanguage languageChosen } } }`);
    expect(viewer.contractor).toEqual({ preferredLanguage: 'ES', languageChosen: true });
  });

  it('records a choice on the switcher as chosen', async () => {
    const { agency, client: member } = await signedInAgencyMember(server);
    const { contractor, client } = await signedInContractor(server, agency);
    await client.data(SET_LANGUAGE, { l: 'EN' });
    expect((await member.data<{ contractor: { languageChosen: boolean } }>(PROFILE, { id: contractor.id })).contractor.languageChosen).toBe(true);
  });
});
