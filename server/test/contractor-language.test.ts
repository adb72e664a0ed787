// Issue 14: a contractor reads Coverline in English or Spanish. Their language is theirs to set, is set
// by the language they sign the opt-in in, and every email to them follows it; the signed opt-in keeps
// which version and which language of the terms they accepted. Agency mail stays English.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateRange, TERMS_IN, TERMS_VERSION } from '@coverline/domain';
import { contractors, optIns } from '../src/db/schema.js';
import { errorCode, errorField } from './support/graphql-client.js';
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
