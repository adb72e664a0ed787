// The role matrix's tenant dimension: every root field and every HTTP route, called by a viewer who
// may call it but on someone else's records (a member and an API key of agency B on agency A's ids,
// the facility user of F2 on F1's, one contractor on another's), answers NOT_FOUND or FORBIDDEN and
// gives away nothing of A. Each id is shown to be the right kind of record by its owner's own call,
// made after the crossing one. A root field or a route without a row here fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoices, teamMembers, webhookDeliveries, webhookEvents } from '../src/db/schema.js';
import { and, eq } from 'drizzle-orm';
import { httpGet } from './support/downloads.js';
import type { GraphQLClient, GraphQLResult } from './support/graphql-client.js';
import { MATRIX, ROOT_FIELDS, SOME_ID, type Who } from './support/root-field-matrix.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  assignmentAwaitingOptIn,
  coveredAssignment,
  createAgency,
  createApiKey,
  createContractor,
  createFacility,
  createFacilityUser,
  createMasterPolicies,
  createTeamMember,
  scheduledCharge,
  sessionClient,
  sessionHeaders,
} from './factories/index.js';

/** Agency A's records that the crossing viewers aim at. */
type Records = {
  contractor: string;
  spareContractor: string;
  assignment: string;
  assignmentToChange: string;
  chargedAssignment: string;
  jobCategory: string;
  facility: string;
  facilityUser: string;
  teamMember: string;
  invitation: string;
  apiKey: string;
  webhookEndpoint: string;
  spareWebhookEndpoint: string;
  webhookDelivery: string;
  invoice: string;
  certificateNumber: string;
  reconciliation: string;
};
type RecordName = keyof Records;

/**
 * What a root field's MATRIX call is aimed at: the record of A that replaces SOME_ID (by variable or
 * input field name when the call holds several), or OWN_SCOPE for a call that names no tenant record
 * (a list, a create, a token, the catalogue): its answer must hold nothing of A.
 */
type Target = RecordName | Record<string, RecordName> | typeof OWN_SCOPE;
const OWN_SCOPE = 'own scope';

const TARGETS: Record<string, Target> = {
  'Query.viewer': OWN_SCOPE,
  'Query.teamInvitation': OWN_SCOPE,
  'Query.teamMembers': OWN_SCOPE,
  'Query.teamMemberConnection': OWN_SCOPE,
  'Query.apiKeys': OWN_SCOPE,
  'Query.jobCodes': OWN_SCOPE,
  'Query.agencies': OWN_SCOPE,
  'Mutation.upsertJobCode': OWN_SCOPE,
  'Mutation.setJobCodeRates': OWN_SCOPE,
  'Query.verifyCertificate': OWN_SCOPE,
  'Mutation.login': OWN_SCOPE,
  'Mutation.logout': OWN_SCOPE,
  'Mutation.requestMagicLink': OWN_SCOPE,
  'Mutation.redeemMagicLink': OWN_SCOPE,
  'Mutation.acceptTeamInvitation': OWN_SCOPE,
  'Mutation.signInWithContractorLink': OWN_SCOPE,
  'Mutation.createAgency': OWN_SCOPE,
  'Mutation.inviteTeamMember': OWN_SCOPE,
  'Mutation.resendTeamInvitation': 'invitation',
  'Mutation.revokeTeamInvitation': 'invitation',
  'Mutation.removeTeamMember': 'teamMember',
  'Mutation.requestContractorLink': OWN_SCOPE,
  'Mutation.requestPasswordReset': OWN_SCOPE,
  'Mutation.resetPassword': OWN_SCOPE,
  'Mutation.createApiKey': OWN_SCOPE,
  'Mutation.revokeApiKey': 'apiKey',
  'Mutation.inviteFacilityUser': 'facility',
  'Mutation.revokeContractorLinks': 'contractor',
  'Query.contractors': OWN_SCOPE,
  'Query.contractor': 'contractor',
  'Query.assignment': 'assignment',
  'Query.facilityAssignments': 'facility',
  'Query.facilityTeam': 'facility',
  'Query.facilityReconciliations': 'facility',
  'Mutation.inviteFacilityTeamMember': 'facility',
  'Mutation.setFacilityBulkDownload': 'facility',
  'Mutation.createFacility': OWN_SCOPE,
  'Mutation.updateFacility': 'facility',
  'Mutation.revokeFacilityAccess': { f: 'facility', u: 'facilityUser' },
  'Query.paymentSchedulePreview': 'facility',
  'Mutation.reconcilePayments': 'facility',
  'Query.clearedToWork': 'facility',
  'Query.jobCategories': OWN_SCOPE,
  'Query.jobCategoryConnection': OWN_SCOPE,
  'Query.jobCategoriesAwaitingApproval': OWN_SCOPE,
  // The job code is the platform's catalogue, shared by every agency.
  'Query.estimatePremium': OWN_SCOPE,
  'Query.optInForm': OWN_SCOPE,
  'Mutation.createContractor': OWN_SCOPE,
  'Mutation.importContractors': OWN_SCOPE,
  'Mutation.createAssignment': { contractorId: 'contractor', jobCategoryId: 'jobCategory' },
  'Mutation.extendAssignment': 'assignmentToChange',
  'Mutation.cancelAssignment': 'assignmentToChange',
  'Mutation.sendOptInReminder': 'contractor',
  'Mutation.sendOptInReminders': 'contractor',
  // Operator-only: the operator belongs to no tenant.
  'Mutation.approveJobCategory': OWN_SCOPE,
  'Mutation.rejectJobCategory': OWN_SCOPE,
  'Mutation.submitOptIn': OWN_SCOPE,
  'Mutation.updateContractor': 'spareContractor',
  'Mutation.archiveContractor': 'spareContractor',
  'Mutation.restoreContractor': 'spareContractor',
  'Mutation.updateAgencySettings': OWN_SCOPE,
  'Query.masterPolicyLimits': OWN_SCOPE,
  'Query.assignments': OWN_SCOPE,
  'Mutation.setPoNumber': 'assignmentToChange',
  'Query.auditLog': OWN_SCOPE,
  'Query.events': OWN_SCOPE,
  'Query.webhookEndpoints': OWN_SCOPE,
  'Query.webhookEndpoint': 'webhookEndpoint',
  'Query.webhookEventTypes': OWN_SCOPE,
  'Mutation.createWebhookEndpoint': OWN_SCOPE,
  'Mutation.updateWebhookEndpoint': 'webhookEndpoint',
  'Mutation.deleteWebhookEndpoint': 'spareWebhookEndpoint',
  'Mutation.rollWebhookEndpointSecret': 'webhookEndpoint',
  'Mutation.resendWebhookDelivery': 'webhookDelivery',
  'Query.invoices': OWN_SCOPE,
  'Query.companyOverview': OWN_SCOPE,
  'Mutation.issueInvoices': OWN_SCOPE,
  'Mutation.markInvoicePaid': 'invoice',
  'Mutation.voidInvoice': 'invoice',
  'Query.myPaymentMethod': OWN_SCOPE,
  'Query.myCharges': OWN_SCOPE,
  'Mutation.optOutOfCharge': 'chargedAssignment',
  'Mutation.retryCharge': 'chargedAssignment',
  'Mutation.updatePaymentMethod': OWN_SCOPE,
  'Mutation.setContractorLanguage': OWN_SCOPE,
};

/**
 * Fields whose documented answer to another tenant's id is not an error: a lookup's "null for any
 * other id" (schema.graphql), and the bulk reminder's per-contractor skip.
 */
const ANSWERED_WITHOUT_ERROR: Record<string, (answer: unknown) => boolean> = {
  'Query.contractor': (answer) => answer === null,
  'Query.assignment': (answer) => answer === null,
  'Query.webhookEndpoint': (answer) => answer === null,
  'Mutation.sendOptInReminders': (answer) => {
    const { sent, skipped } = answer as { sent: number; skipped: { reason: string }[] };
    return sent === 0 && skipped.length > 0 && skipped.every(({ reason }) => reason === 'NOT_FOUND');
  },
};

/** Every HTTP route: a download of A's records (its path for them), or public with what it serves. */
type RouteRow = { download: (a: Records) => string } | { public: string };
const ROUTES: Record<string, RouteRow> = {
  'GET /certificates/:number.pdf': { download: (a) => `/certificates/${a.certificateNumber}.pdf` },
  'GET /facilities/:facilityId/certificates.zip': { download: (a) => `/facilities/${a.facility}/certificates.zip` },
  'GET /facilities/:facilityId/reconciliations/:id.csv': { download: (a) => `/facilities/${a.facility}/reconciliations/${a.reconciliation}.csv` },
  'GET /facilities/:facilityId/reconciliations/:id/packet.zip': { download: (a) => `/facilities/${a.facility}/reconciliations/${a.reconciliation}/packet.zip` },
  'GET /invoices/:id.pdf': { download: (a) => `/invoices/${a.invoice}.pdf` },
  // The list of the asking agency's own contractors: the query string filters, it names no record.
  'GET /contractors.csv': { download: () => '/contractors.csv' },
  'GET /graphql': { public: 'the API, covered field by field above' },
  'POST /graphql': { public: 'the API, covered field by field above' },
  'GET /healthz': { public: 'the database is reachable' },
  'GET /.well-known/coverline-certificate-keys.json': { public: 'the certificate signing public key' },
  'GET /': { public: 'a redirect to the agency app' },
};
/** The built apps' files and client routes (present when the apps are built): the same page for everyone. */
const APP_ROUTE = /^GET \/(agency|facility|contractor)(\/.*)?$/;

/** Who crosses into A for each column of the role matrix (the operator belongs to no tenant, anonymous to none). */
const CROSSING: Partial<Record<Who, string>> = {
  'agency member': 'member of agency B',
  'agency API key': 'API key of agency B',
  'facility user': 'facility user of F2',
  contractor: 'another contractor of A',
};

/** Replaces SOME_ID in a call's variables with A's records, by the name of the variable or input field holding it. */
function aimed(value: unknown, target: Exclude<Target, typeof OWN_SCOPE>, records: Records, key = ''): unknown {
  if (value === SOME_ID) {
    const name = typeof target === 'string' ? target : target[key];
    if (!name) throw new Error(`no record of A for ${key}`);
    return records[name];
  }
  if (Array.isArray(value)) return value.map((item) => aimed(item, target, records, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, aimed(v, target, records, k)]));
  return value;
}

function aimedCall(field: string, records: Records): { query: string; variables: Record<string, unknown>; sentIds: Set<string>; argumentNames: string[] } {
  const row = MATRIX[field];
  const target = TARGETS[field];
  if (!row || !target) throw new Error(`${field} has no row: state what its call aims at`);
  const [query, variables = {}] = row.call();
  if (target === OWN_SCOPE) return { query, variables, sentIds: new Set(), argumentNames: [] };
  const aimedVariables = aimed(variables, target, records) as Record<string, unknown>;
  const sentIds = new Set(Object.values(records).filter((id) => JSON.stringify(aimedVariables).includes(id)));
  expect(sentIds.size, `${field}'s call names a record of A`).toBeGreaterThan(0);
  // The arguments a refusal may name: those that carry A's ids (a list's entries too: `assignmentIds[0]`).
  const argumentNames = [...query.matchAll(/(\w+): \$(\w+)/g)].flatMap(([, argument = '', variable = '']) => (JSON.stringify(aimedVariables[variable] ?? null).match(/[0-9a-f-]{36}/) ? [argument] : []));
  return { query, variables: aimedVariables, sentIds, argumentNames: [...argumentNames, ...(typeof target === 'string' ? [] : Object.keys(target))] };
}

let server: TestServer;
let records: Records;
/** What of A a crossing answer must never hold: every id of A (but those the caller sent) and A's distinctive names. */
let secretsOfA: string[];
let crossing: Record<string, () => Promise<GraphQLClient>>;
let crossingHeaders: Record<string, () => Promise<Record<string, string>>>;
let owner: { member: () => Promise<GraphQLClient>; payingContractor: () => Promise<GraphQLClient>; memberHeaders: () => Promise<Record<string, string>> };
let cellsChecked = 0;

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  await createMasterPolicies(server);
  const agencyA = await createAgency(server, { name: 'Quillfeather Staffing' });
  const agencyB = await createAgency(server, { name: 'Other Agency' });
  const memberA = await createTeamMember(server, agencyA, { name: 'Wenonah Quillfeather' });
  const spareMemberA = await createTeamMember(server, agencyA);
  const memberB = await createTeamMember(server, agencyB);
  const f1 = await createFacility(server, agencyA, { name: 'Quillfeather General', bulkDownloadEnabled: true });
  const f2 = await createFacility(server, agencyA, { name: 'Second Site', bulkDownloadEnabled: true });
  const userOfF1 = await createFacilityUser(server, [f1]);
  const userOfF2 = await createFacilityUser(server, [f2]);
  const contractor = await createContractor(server, agencyA, { firstName: 'Zenobia', lastName: 'Quillfeather', email: 'zenobia@quillfeather.test' });
  const spareContractor = await createContractor(server, agencyA, { firstName: 'Xanthe', lastName: 'Quillfeather' });
  const otherContractor = await createContractor(server, agencyA);
  const category = await approvedJobCategory(server, agencyA);
  const covered = await coveredAssignment(server, { agencyId: agencyA.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: f1.id, jobName: 'Quillfeather booth' });
  const toChange = await assignmentAwaitingOptIn(server, { agencyId: agencyA.id, contractorId: contractor.id, jobCategoryId: category.id });
  const charged = await scheduledCharge(server, { agency: agencyA, category });

  const memberClientA = () => sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: memberA.id, agencyId: agencyA.id });
  const memberA1 = await memberClientA();
  await memberA1.data('mutation($e: String!) { inviteTeamMember(email: $e) }', { e: 'invitee@quillfeather.test' });
  const invitation = await server.db.query.teamMembers.findFirst({ where: and(eq(teamMembers.agencyId, agencyA.id), eq(teamMembers.email, 'invitee@quillfeather.test')) });
  const keyA = await createApiKey(memberA1);
  const { apiKeys } = await memberA1.data<{ apiKeys: { id: string }[] }>('{ apiKeys { id } }');
  const createEndpoint = async (url: string) =>
    (await memberA1.data<{ createWebhookEndpoint: { id: string } }>('mutation($u: String!) { createWebhookEndpoint(url: $u, events: ["certificate.issued"]) { id } }', { u: url })).createWebhookEndpoint.id;
  const endpoint = await createEndpoint('https://hooks.quillfeather.test/a');
  const spareEndpoint = await createEndpoint('https://hooks.quillfeather.test/b');
  const [event] = await server.db.insert(webhookEvents).values({ agencyId: agencyA.id, type: 'certificate.issued', data: { id: covered.assignment.id } }).returning();
  const [delivery] = await server.db.insert(webhookDeliveries).values({ agencyId: agencyA.id, endpointId: endpoint, eventId: event!.id, status: 'FAILED' }).returning();
  const pdf = Buffer.from('%PDF-1.4 Quillfeather invoice');
  const [invoice] = await server.db
    .insert(invoices)
    .values({ agencyId: agencyA.id, number: 'INV-QUILL-1', status: 'ISSUED', periodStart: '2026-10-01', periodEnd: '2026-10-31', totalCents: 4_250, issuedAt: server.clock.now(), pdf, pdfSha256: 'a'.repeat(64) })
    .returning();
  const { reconcilePayments } = await memberA1.data<{ reconcilePayments: { id: string } }>(
    'mutation($f: ID!, $c: String!) { reconcilePayments(facilityId: $f, csv: $c, mapping: { contractorName: "Name", paymentDate: "Date", amount: "Amount" }) { id } }',
    { f: f1.id, c: `Name,Date,Amount\nZenobia Quillfeather,${covered.assignment.effectiveDate},10.00\n` },
  );
  records = {
    contractor: contractor.id,
    spareContractor: spareContractor.id,
    assignment: covered.assignment.id,
    assignmentToChange: toChange.id,
    chargedAssignment: charged.assignment.id,
    jobCategory: category.id,
    facility: f1.id,
    facilityUser: userOfF1.id,
    teamMember: spareMemberA.id,
    invitation: invitation!.id,
    apiKey: apiKeys[0]!.id,
    webhookEndpoint: endpoint,
    spareWebhookEndpoint: spareEndpoint,
    webhookDelivery: delivery!.id,
    invoice: invoice!.id,
    certificateNumber: covered.certificate.number,
    reconciliation: reconcilePayments.id,
  };
  secretsOfA = [...Object.values(records), agencyA.id, memberA.id, 'Quillfeather', 'quillfeather', keyA];

  const memberB1 = () => sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: memberB.id, agencyId: agencyB.id });
  const keyB = await createApiKey(await memberB1());
  const userF2 = { principalType: 'FACILITY_USER' as const, principalId: userOfF2.id, agencyId: null };
  const otherContractorSession = { principalType: 'CONTRACTOR' as const, principalId: otherContractor.id, agencyId: agencyA.id };
  crossing = {
    'member of agency B': memberB1,
    'API key of agency B': async () => server.apiClient(keyB),
    'facility user of F2': () => sessionClient(server, userF2),
    'another contractor of A': () => sessionClient(server, otherContractorSession),
  };
  crossingHeaders = {
    'member of agency B': () => sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: memberB.id, agencyId: agencyB.id }),
    'API key of agency B': async () => ({ authorization: `Bearer ${keyB}` }),
    'facility user of F2': () => sessionHeaders(server, userF2),
    'another contractor of A': () => sessionHeaders(server, otherContractorSession),
  };
  owner = {
    member: memberClientA,
    payingContractor: () => sessionClient(server, { principalType: 'CONTRACTOR', principalId: charged.contractor.id, agencyId: agencyA.id }),
    memberHeaders: () => sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: memberA.id, agencyId: agencyA.id }),
  };
}, 60_000);
afterAll(async () => {
  console.log(`tenant-isolation matrix: ${cellsChecked} cells checked (${ROOT_FIELDS.length} root fields, ${Object.keys(ROUTES).length} routes)`);
  await server?.stop();
});

function leaked(body: string, sent: Set<string>): string[] {
  return secretsOfA.filter((secret) => !sent.has(secret) && body.includes(secret));
}

describe('the tenant matrix', () => {
  it('has a row for every Query and Mutation root field, and none for a field that is gone', () => {
    expect(Object.keys(TARGETS).sort()).toEqual(ROOT_FIELDS);
  });

  it('has a row for every HTTP route the server registers', () => {
    const unlisted = server.coverline.routes.filter((route) => !(route in ROUTES) && !APP_ROUTE.test(route));
    expect(unlisted).toEqual([]);
    const downloads = Object.entries(ROUTES).flatMap(([route, row]) => ('download' in row ? [route] : []));
    expect(server.coverline.routes).toEqual(expect.arrayContaining(downloads));
  });
});

/** The columns of the role matrix that cross into A for a root field (none for the operator's own fields). */
function crossersOf(field: string): string[] {
  return (MATRIX[field]?.mayCall ?? []).flatMap((who) => (CROSSING[who] ? [CROSSING[who]] : []));
}

describe.each(ROOT_FIELDS.filter((field) => crossersOf(field).length > 0))('%s on A', (field) => {
  it.each(crossersOf(field))('%s', async (who) => {
    const { query, variables, sentIds, argumentNames } = aimedCall(field, records);
    const result: GraphQLResult = await (await crossing[who]!()).request(query, variables);
    cellsChecked++;
    expect(leaked(JSON.stringify(result), sentIds), `${who} calling ${field} sees nothing of A`).toEqual([]);
    const codes = result.errors?.map((e) => e.extensions?.code) ?? [];
    if (sentIds.size === 0) return expect(codes, JSON.stringify(result.errors)).not.toContain('INTERNAL_SERVER_ERROR');
    const name = field.split('.')[1]!;
    const documented = ANSWERED_WITHOUT_ERROR[field];
    if (documented && !result.errors) return expect(documented(result.data?.[name]), JSON.stringify(result.data)).toBe(true);
    const refusal = result.errors?.[0]?.extensions;
    expect(refusal, `${who} calling ${field} on A's ids is refused: ${JSON.stringify(result.data)}`).toBeDefined();
    if (refusal?.code === 'BAD_USER_INPUT') expect(argumentNames, `${field}: the refusal names an argument holding A's id`).toContain(refusal.field?.replace(/\[\d+\]$/, '').split('.')[0]);
    else expect(['NOT_FOUND', 'FORBIDDEN'], JSON.stringify(result.errors)).toContain(refusal?.code);
    expect(result.data?.[name] ?? null).toBeNull();
  });

  // After every crossing call: the owner's own call is not NOT_FOUND, so the id was the right kind of
  // record and the refusals were about who asked.
  if (TARGETS[field] === OWN_SCOPE) return;
  it("and A's own call finds the record", async () => {
    const { query, variables } = aimedCall(field, records);
    const ownerClient = MATRIX[field]?.mayCall.includes('agency member') ? await owner.member() : await owner.payingContractor();
    const own = await ownerClient.request(query, variables);
    expect(own.errors?.map((e) => e.extensions?.code) ?? [], `A calling ${field} on its own records: ${JSON.stringify(own.errors)}`).not.toContain('NOT_FOUND');
  });
});

describe.each(Object.entries(ROUTES).flatMap(([route, row]) => ('download' in row ? [[route, row.download] as const] : [])))('%s on A', (_route, pathOf) => {
  it.each(Object.keys(CROSSING).map((who) => CROSSING[who as Who]!))('%s', async (who) => {
    const path = pathOf(records);
    const crossed = await httpGet(server, path, await crossingHeaders[who]!());
    cellsChecked++;
    const sent = new Set(Object.values(records).filter((id) => path.includes(id)));
    expect(leaked(crossed.body.toString('latin1'), sent)).toEqual([]);
    if (path === '/contractors.csv') expect([200, 404]).toContain(crossed.status);
    else expect([403, 404]).toContain(crossed.status);
  });

  it("and A's own member downloads it", async () => {
    expect((await httpGet(server, pathOf(records), await owner.memberHeaders())).status).toBe(200);
  });
});
