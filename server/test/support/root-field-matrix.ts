// Who may call what: every Query and Mutation root field against every kind of viewer, with one call of
// each that gets past argument checks. The table is written by hand on purpose (not derived from
// POLICY): it is an independent statement of the rules. authorization.test.ts fails when a root field
// has no row; the tenant-isolation matrix and the mutation fuzz reuse its calls and columns.
import { buildCoverlineSchema } from '../../src/graphql/schema.js';

export const VIEWERS = ['anonymous', 'agency member', 'agency API key', 'facility user', 'contractor', 'operator'] as const;
export type Who = (typeof VIEWERS)[number];

const EVERYONE: readonly Who[] = VIEWERS;
const AGENCY: readonly Who[] = ['agency member', 'agency API key'];

const unique = (() => {
  let n = 0;
  return (prefix: string) => `${prefix}${++n}@matrix.test`;
})();
export const SOME_ID = '3f2b8c1e-6a4d-4f0e-9b7a-2c5d8e1f0a9b';
const SOME_TOKEN = 'aW52YWxpZC10b2tlbi1mb3ItdGhlLW1hdHJpeC10ZXN0';

export type MatrixRow = { mayCall: readonly Who[]; call: () => [query: string, variables?: Record<string, unknown>] };

export const MATRIX: Record<string, MatrixRow> = {
  'Query.viewer': { mayCall: EVERYONE, call: () => ['{ viewer { id role } }'] },
  'Query.teamInvitation': { mayCall: EVERYONE, call: () => ['query($t: String!) { teamInvitation(token: $t) { email } }', { t: SOME_TOKEN }] },
  'Query.teamMembers': { mayCall: AGENCY, call: () => ['{ teamMembers { id email } }'] },
  'Query.teamMemberConnection': { mayCall: AGENCY, call: () => ['{ teamMemberConnection(first: 5) { totalCount edges { node { id email } } } }'] },
  'Query.apiKeys': { mayCall: ['agency member'], call: () => ['{ apiKeys { id name } }'] },
  'Query.jobCodes': { mayCall: [...AGENCY, 'operator'], call: () => ['query($s: String) { jobCodes(state: $s, search: "tech") { id rates { rate } } }', { s: 'OH' }] },
  // The catalogue's maintenance and the agencies list: the operator's alone.
  'Query.agencies': { mayCall: ['operator'], call: () => ['{ agencies(first: 5) { totalCount edges { node { id memberCount contractorCount } } } }'] },
  'Mutation.upsertJobCode': {
    mayCall: ['operator'],
    call: () => ['mutation($i: JobCodeInput!) { upsertJobCode(input: $i) { id } }', { i: { code: 'matrix-job', title: 'Matrix job', description: 'A job code of the role matrix.' } }],
  },
  'Mutation.setJobCodeRates': {
    mayCall: ['operator'],
    call: () => ['mutation($id: ID!) { setJobCodeRates(jobCodeId: $id, rates: [{ state: "OH", coverageType: GENERAL_LIABILITY, rate: 1.5, minimumPremiumCents: 0 }]) { id } }', { id: SOME_ID }],
  },
  'Query.verifyCertificate': {
    mayCall: EVERYONE,
    call: () => ['query($n: String!) { verifyCertificate(number: $n) { status signatureValid } }', { n: 'CL-2026-00000000' }],
  },

  'Mutation.login': {
    mayCall: EVERYONE,
    call: () => ['mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: unique('login'), p: 'wrong-password' }],
  },
  'Mutation.logout': { mayCall: EVERYONE, call: () => ['mutation { logout }'] },
  'Mutation.requestMagicLink': { mayCall: EVERYONE, call: () => ['mutation($e: String!) { requestMagicLink(email: $e) }', { e: unique('magic') }] },
  'Mutation.redeemMagicLink': { mayCall: EVERYONE, call: () => ['mutation($t: String!) { redeemMagicLink(token: $t) { id } }', { t: SOME_TOKEN }] },
  'Mutation.acceptTeamInvitation': {
    mayCall: EVERYONE,
    call: () => [
      'mutation($t: String!, $n: String!, $p: String!) { acceptTeamInvitation(token: $t, name: $n, password: $p) { id } }',
      { t: SOME_TOKEN, n: 'Sam Example', p: 'a-long-enough-passphrase' },
    ],
  },
  'Mutation.signInWithContractorLink': {
    mayCall: EVERYONE,
    call: () => ['mutation($t: String!) { signInWithContractorLink(token: $t) { id } }', { t: SOME_TOKEN }],
  },
  'Mutation.createAgency': {
    mayCall: ['operator'],
    call: () => ['mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: 'Matrix Agency', firstMemberEmail: unique('owner') } }],
  },
  // Managing the team is for people, not API keys (SOME_ID is nobody's: NOT_FOUND).
  'Mutation.inviteTeamMember': { mayCall: ['agency member'], call: () => ['mutation($e: String!) { inviteTeamMember(email: $e) }', { e: unique('teammate') }] },
  'Mutation.resendTeamInvitation': { mayCall: ['agency member'], call: () => ['mutation($id: ID!) { resendTeamInvitation(id: $id) }', { id: SOME_ID }] },
  'Mutation.revokeTeamInvitation': { mayCall: ['agency member'], call: () => ['mutation($id: ID!) { revokeTeamInvitation(id: $id) }', { id: SOME_ID }] },
  'Mutation.removeTeamMember': { mayCall: ['agency member'], call: () => ['mutation($id: ID!) { removeTeamMember(id: $id) }', { id: SOME_ID }] },
  'Mutation.requestContractorLink': { mayCall: EVERYONE, call: () => ['mutation($e: String!) { requestContractorLink(email: $e) }', { e: unique('contractor-link') }] },
  'Mutation.requestPasswordReset': { mayCall: EVERYONE, call: () => ['mutation($e: String!) { requestPasswordReset(email: $e) }', { e: unique('forgot') }] },
  'Mutation.resetPassword': {
    mayCall: EVERYONE,
    call: () => ['mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { id } }', { t: SOME_TOKEN, p: 'a-long-enough-passphrase' }],
  },
  'Mutation.createApiKey': { mayCall: ['agency member'], call: () => ['mutation($n: String!) { createApiKey(name: $n) { key } }', { n: 'Matrix key' }] },
  'Mutation.revokeApiKey': { mayCall: ['agency member'], call: () => ['mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: SOME_ID }] },
  'Mutation.inviteFacilityUser': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['mutation($f: ID!, $e: String!) { inviteFacilityUser(facilityId: $f, email: $e) }', { f: SOME_ID, e: unique('guest') }],
  },
  'Mutation.revokeContractorLinks': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { revokeContractorLinks(contractorId: $id) }', { id: SOME_ID }] },

  'Query.contractors': {
    mayCall: AGENCY,
    call: () => ['{ contractors(first: 5, filter: { coverageStatus: [COVERED], archived: false }, orderBy: { field: COVERAGE_STATUS }) { totalCount edges { node { id coverageStatus } } } }'],
  },
  'Query.contractor': { mayCall: AGENCY, call: () => ['query($id: ID!) { contractor(id: $id) { id } }', { id: SOME_ID }] },
  'Query.assignment': { mayCall: AGENCY, call: () => ['query($id: ID!) { assignment(id: $id) { id } }', { id: SOME_ID }] },
  'Query.facilityAssignments': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['query($f: ID!) { facilityAssignments(facilityId: $f) { totalCount } }', { f: SOME_ID }],
  },
  'Query.facilityTeam': { mayCall: [...AGENCY, 'facility user'], call: () => ['query($f: ID!) { facilityTeam(facilityId: $f, first: 5) { edges { node { id } } } }', { f: SOME_ID }] },
  'Query.facilityReconciliations': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['query($f: ID!) { facilityReconciliations(facilityId: $f, first: 5) { totalCount } }', { f: SOME_ID }],
  },
  'Mutation.inviteFacilityTeamMember': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['mutation($f: [ID!]!, $e: String!) { inviteFacilityTeamMember(facilityIds: $f, email: $e) }', { f: [SOME_ID], e: unique('team') }],
  },
  'Mutation.setFacilityBulkDownload': {
    mayCall: AGENCY,
    call: () => ['mutation($f: ID!) { setFacilityBulkDownload(facilityId: $f, enabled: true) { id } }', { f: SOME_ID }],
  },
  'Mutation.createFacility': {
    mayCall: AGENCY,
    call: () => ['mutation($i: FacilityInput!) { createFacility(input: $i) { id } }', { i: { name: `Matrix Site ${unique('site')}`, state: 'OH' } }],
  },
  // SOME_ID is nobody's facility: NOT_FOUND for those who may call it.
  'Mutation.updateFacility': {
    mayCall: AGENCY,
    call: () => ['mutation($id: ID!, $i: FacilityInput!) { updateFacility(id: $id, input: $i) { id } }', { id: SOME_ID, i: { name: 'Matrix Site' } }],
  },
  'Mutation.revokeFacilityAccess': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['mutation($f: ID!, $u: ID!) { revokeFacilityAccess(facilityId: $f, facilityUserId: $u) }', { f: SOME_ID, u: SOME_ID }],
  },
  'Query.paymentSchedulePreview': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['query($f: ID!, $c: String!) { paymentSchedulePreview(facilityId: $f, csv: $c) { rowCount } }', { f: SOME_ID, c: 'Name,Date,Amount\nAna Souza,2026-03-04,10.00\n' }],
  },
  'Mutation.reconcilePayments': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => [
      'mutation($f: ID!, $c: String!, $m: PaymentColumnMappingInput!) { reconcilePayments(facilityId: $f, csv: $c, mapping: $m) { id } }',
      { f: SOME_ID, c: 'Name,Date,Amount\nAna Souza,2026-03-04,10.00\n', m: { contractorName: 'Name', paymentDate: 'Date', amount: 'Amount' } },
    ],
  },
  'Query.clearedToWork': {
    mayCall: [...AGENCY, 'facility user'],
    call: () => ['query($f: ID!) { clearedToWork(facilityId: $f, contractor: "Ana Souza", date: "2026-03-04") { cleared } }', { f: SOME_ID }],
  },
  'Query.jobCategories': { mayCall: AGENCY, call: () => ['{ jobCategories { id } }'] },
  'Query.jobCategoryConnection': { mayCall: AGENCY, call: () => ['{ jobCategoryConnection(status: APPROVED, first: 5) { totalCount edges { node { id } } } }'] },
  'Query.jobCategoriesAwaitingApproval': { mayCall: ['operator'], call: () => ['{ jobCategoriesAwaitingApproval(first: 5) { totalCount edges { node { agencyName } } } }'] },
  'Query.estimatePremium': {
    mayCall: [...AGENCY, 'operator'],
    call: () => ['query($i: PremiumEstimateInput!) { estimatePremium(input: $i) { totalCents } }', { i: { jobCodeId: SOME_ID, workState: 'OH', coverageTypes: ['GENERAL_LIABILITY'], wageCents: 10000 } }],
  },
  'Query.optInForm': { mayCall: EVERYONE, call: () => ['query($t: String!) { optInForm(token: $t) { completed } }', { t: SOME_TOKEN }] },
  'Mutation.createContractor': {
    mayCall: AGENCY,
    call: () => ['mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }', { i: { firstName: 'Matrix', lastName: 'Person', email: unique('person') } }],
  },
  // Bulk import
  'Mutation.importContractors': {
    mayCall: AGENCY,
    call: () => ['mutation($csv: String!) { importContractors(csv: $csv, dryRun: true) { imported errors { line } } }', { csv: `first_name,last_name,email\nMatrix,Person,${unique('import')}\n` }],
  },
  'Mutation.createAssignment': {
    mayCall: AGENCY,
    call: () => [
      'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }',
      { i: { contractorId: SOME_ID, jobCategoryId: SOME_ID, clientEntity: 'Meta', jobName: 'Host', description: 'Greets visitors at the booth all day long.', effectiveDate: '2099-01-01', endDate: '2099-01-02', wageCents: 10000 } },
    ],
  },
  'Mutation.extendAssignment': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { extendAssignment(id: $id, endDate: "2099-01-05") { id } }', { id: SOME_ID }] },
  'Mutation.cancelAssignment': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { cancelAssignment(id: $id) { id } }', { id: SOME_ID }] },
  'Mutation.sendOptInReminder': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { sendOptInReminder(contractorId: $id) }', { id: SOME_ID }] },

  // Contractors tab: the bulk reminder (its list's filters and orders are arguments of Query.contractors).
  'Mutation.sendOptInReminders': {
    mayCall: AGENCY,
    call: () => ['mutation($ids: [ID!]!) { sendOptInReminders(contractorIds: $ids) { sent skipped { reason } } }', { ids: [SOME_ID] }],
  },

  'Mutation.approveJobCategory': { mayCall: ['operator'], call: () => ['mutation($id: ID!) { approveJobCategory(id: $id) { id } }', { id: SOME_ID }] },
  'Mutation.rejectJobCategory': { mayCall: ['operator'], call: () => ['mutation($id: ID!) { rejectJobCategory(id: $id) { id } }', { id: SOME_ID }] },
  'Mutation.submitOptIn': {
    mayCall: EVERYONE,
    call: () => ['mutation($t: String!) { submitOptIn(token: $t, input: { acceptTerms: true, signatureName: "Matrix Person" }) { contractor { id } } }', { t: SOME_TOKEN }],
  },
  // Contractor profile, reminders, settings
  'Mutation.updateContractor': {
    mayCall: AGENCY,
    call: () => ['mutation($id: ID!) { updateContractor(id: $id, input: { phone: "614-555-0100" }) { id } }', { id: SOME_ID }],
  },
  'Mutation.archiveContractor': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { archiveContractor(id: $id) { id archived } }', { id: SOME_ID }] },
  'Mutation.restoreContractor': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { restoreContractor(id: $id) { id archived } }', { id: SOME_ID }] },
  'Mutation.updateAgencySettings': {
    mayCall: AGENCY,
    call: () => [
      'mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id settings { defaultPoContactEmail generalLiability { required } workersCompensation { required } } } }',
      { i: { reminderDays: [2, 5], workersCompensation: { required: false } } },
    ],
  },
  'Query.masterPolicyLimits': { mayCall: AGENCY, call: () => ['{ masterPolicyLimits { generalLiability { eachOccurrenceCents } workersCompensation { employersLiabilityEachAccidentCents } } }'] },
  // PO numbers and invoices: the agency's own (SOME_ID is nobody's: NOT_FOUND).
  'Query.assignments': { mayCall: AGENCY, call: () => ['{ assignments(filter: { missingPoNumber: true }, first: 5) { totalCount } }'] },
  'Mutation.setPoNumber': {
    mayCall: AGENCY,
    call: () => ['mutation($id: ID!) { setPoNumber(assignmentIds: [$id], poNumber: "PO-1", poContactEmail: "ap@matrix.test") { id } }', { id: SOME_ID }],
  },
  'Query.auditLog': { mayCall: AGENCY, call: () => ['{ auditLog(first: 5, filter: { recordType: "agency" }) { edges { node { id action } } } }'] },
  'Query.events': { mayCall: AGENCY, call: () => ['{ events(first: 5, type: "certificate.issued") { edges { node { id type createdAt data } cursor } pageInfo { hasNextPage } } }'] },
  'Query.webhookEndpoints': {
    mayCall: AGENCY,
    call: () => ['{ webhookEndpoints { id url secret deliveries(first: 5) { edges { node { id status event { id type } attemptLog { id statusCode } } } } } }'],
  },
  'Query.webhookEndpoint': { mayCall: AGENCY, call: () => ['query($id: ID!) { webhookEndpoint(id: $id) { id deliveries(first: 5) { edges { node { id } } } } }', { id: SOME_ID }] },
  'Query.webhookEventTypes': { mayCall: AGENCY, call: () => ['{ webhookEventTypes }'] },
  'Mutation.createWebhookEndpoint': {
    mayCall: AGENCY,
    call: () => ['mutation($u: String!, $e: [String!]!) { createWebhookEndpoint(url: $u, events: $e) { id secret } }', { u: 'https://hooks.matrix.test/coverline', e: ['certificate.issued'] }],
  },
  // SOME_ID is nobody's endpoint or delivery: NOT_FOUND for whoever may ask.
  'Mutation.updateWebhookEndpoint': {
    mayCall: AGENCY,
    call: () => ['mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { enabled: false }) { id } }', { id: SOME_ID }],
  },
  'Mutation.deleteWebhookEndpoint': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: SOME_ID }] },
  'Mutation.rollWebhookEndpointSecret': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { rollWebhookEndpointSecret(id: $id) { id secret } }', { id: SOME_ID }] },
  'Mutation.resendWebhookDelivery': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { resendWebhookDelivery(id: $id) { id status } }', { id: SOME_ID }] },
  'Query.invoices': { mayCall: AGENCY, call: () => ['{ invoices(first: 5) { totalCount } }'] },
  'Query.companyOverview': {
    mayCall: AGENCY,
    call: () => ['query($f: String, $t: String) { companyOverview(from: $f, to: $t) { applicationCompletionRate insuredContractors needsAttention { missingPoNumbers } } }', { f: '2026-01-01', t: '2026-12-31' }],
  },
  'Mutation.issueInvoices': { mayCall: AGENCY, call: () => ['mutation { issueInvoices { id } }'] },
  'Mutation.markInvoicePaid': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { markInvoicePaid(id: $id) { id } }', { id: SOME_ID }] },
  'Mutation.voidInvoice': { mayCall: AGENCY, call: () => ['mutation($id: ID!) { voidInvoice(id: $id) { id } }', { id: SOME_ID }] },
  // Contractor pay: only the signed-in contractor, on their own assignments (SOME_ID is nobody's: NOT_FOUND).
  'Query.myPaymentMethod': { mayCall: ['contractor'], call: () => ['{ myPaymentMethod { id brand last4 } }'] },
  'Query.myCharges': { mayCall: ['contractor'], call: () => ['{ myCharges { id status } }'] },
  'Mutation.optOutOfCharge': { mayCall: ['contractor'], call: () => ['mutation($id: ID!) { optOutOfCharge(assignmentId: $id) { status } }', { id: SOME_ID }] },
  'Mutation.retryCharge': { mayCall: ['contractor'], call: () => ['mutation($id: ID!) { retryCharge(assignmentId: $id) { status } }', { id: SOME_ID }] },
  // The contractor's own language (EN, so the shared contractor of other calls keeps reading English).
  'Mutation.setContractorLanguage': {
    mayCall: ['contractor'],
    call: () => ['mutation($l: Language!) { setContractorLanguage(language: $l) { id preferredLanguage } }', { l: 'EN' }],
  },
  'Mutation.updatePaymentMethod': {
    mayCall: ['contractor'],
    call: () => ['mutation($t: String!) { updatePaymentMethod(paymentMethodToken: $t) { id last4 } }', { t: 'pm_card_visa' }],
  },
};

const schema = await buildCoverlineSchema();
/** Every Query and Mutation root field of the schema, as `Query.name` / `Mutation.name`, sorted. */
export const ROOT_FIELDS = [
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
].sort();
