// Demo data for a fresh development database: when there is no agency yet, the agencies, people,
// contractors and a year of assignments of demo-data.ts, in one transaction. Every boot then
// issues a fresh sign-in link for the demo contractor and mails it to her, because links are
// stored hashed and cannot be printed again.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { addDays, chargeJobKey, previousMonth, todayInTimeZone, type CoverageRate, type InvoicePeriod } from '@coverline/domain';
import { asSystem } from '../access/access.js';
import { authorize } from '../access/policy.js';
import type { ScopedTransaction } from '../access/scope.js';
import { DEMO_OPERATOR_API_KEY } from '../config.js';
import type { Executor } from '../db/client.js';
import {
  agencies,
  agencySettings,
  assignments,
  assignmentStatusChanges,
  auditLog,
  charges,
  contractors,
  facilities,
  facilityGrants,
  facilityUsers,
  jobCategories,
  jobCodeRates,
  jobCodes,
  optIns,
  paymentMethods,
  policies,
  purchaseOrders,
  teamMemberEmails,
  teamMembers,
} from '../db/schema.js';
import type { ServerDependencies } from '../dependencies.js';
import { CONTRACTOR_LINK_DAYS, issueContractorLink, issueMissingOptInLinks } from '../modules/auth/contractor-link.service.js';
import { issueCertificate } from '../modules/certificates/certificate-issuing.js';
import { invoiceMonth } from '../modules/invoices/invoice-issuing.js';
import { addJob } from '../jobs/queue.js';
import { enqueueMail } from '../mail/outbox.js';
import { contractorLinkMail } from '../mail/templates.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { buildDemoData, zonedInstant, type DemoRows } from './demo-builder.js';
import { DEMO_AGENCIES, DEMO_CONTRACTOR, DEMO_FACILITY_USERS, DEMO_PASSWORD } from './demo-data.js';

export type DemoSummary = { lines: string[] };

/** Serialises concurrent boots on one database: only one of them loads the demo data. */
const DEMO_LOCK = 'coverline:demo-data';
const INSERT_CHUNK = 500;

async function hasAgencies(executor: Executor): Promise<boolean> {
  const [row] = await executor.select({ id: agencies.id }).from(agencies).limit(1);
  return row !== undefined;
}

/** The loaded catalogue, for the demo's job categories and premiums. */
async function readCatalogue(tx: Executor) {
  const states = [...new Set(DEMO_AGENCIES.flatMap((agency) => agency.categories.map((c) => c.workState)))];
  const [codes, rates] = await Promise.all([
    tx.select({ id: jobCodes.id, code: jobCodes.code, title: jobCodes.title }).from(jobCodes),
    tx.select().from(jobCodeRates).where(inArray(jobCodeRates.state, states)),
  ]);
  const ratesByKey = Map.groupBy(rates, (rate) => `${rate.jobCodeId}/${rate.state}`);
  return {
    jobCodes: new Map(codes.map((code) => [code.code, { id: code.id, title: code.title }])),
    rates: (jobCodeId: string, state: string): CoverageRate[] =>
      (ratesByKey.get(`${jobCodeId}/${state}`) ?? []).map(({ coverageType, rate, minimumPremiumCents }) => ({ coverageType, rate, minimumPremiumCents })),
  };
}

async function insertAll<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await insert(rows.slice(i, i + INSERT_CHUNK));
}

/** Writes the rows parents first; a few statements per table. */
async function insertDemoRows(tx: Executor, rows: DemoRows): Promise<void> {
  await insertAll(rows.agencies, (chunk) => tx.insert(agencies).values(chunk));
  await insertAll(rows.agencySettings, (chunk) => tx.insert(agencySettings).values(chunk));
  await insertAll(rows.teamMembers, (chunk) => tx.insert(teamMembers).values(chunk));
  const loginEmails = rows.teamMembers.map(({ id, email, agencyId, createdAt }) => {
    if (!id) throw new Error(`demo member ${email} has no id`);
    return { email: email.toLowerCase(), agencyId, teamMemberId: id, createdAt };
  });
  await insertAll(loginEmails, (chunk) => tx.insert(teamMemberEmails).values(chunk));
  await insertAll(rows.facilities, (chunk) => tx.insert(facilities).values(chunk));
  // Facility users are platform-wide and outlive agencies: reuse one left by deleted data.
  await insertAll(rows.facilityUsers, (chunk) => tx.insert(facilityUsers).values(chunk).onConflictDoNothing());
  const emails = rows.facilityUsers.map((user) => user.email.toLowerCase());
  const existing = await tx
    .select({ id: facilityUsers.id, email: facilityUsers.email })
    .from(facilityUsers)
    .where(inArray(sql`lower(${facilityUsers.email})`, emails));
  const userIdByEmail = new Map(existing.map((user) => [user.email.toLowerCase(), user.id]));
  const userIdById = new Map(rows.facilityUsers.map((user) => [user.id, userIdByEmail.get(user.email.toLowerCase()) ?? user.id]));
  const grants = rows.facilityGrants.map((grant) => ({ ...grant, facilityUserId: userIdById.get(grant.facilityUserId) ?? grant.facilityUserId }));
  await insertAll(grants, (chunk) => tx.insert(facilityGrants).values(chunk));
  await insertAll(rows.jobCategories, (chunk) => tx.insert(jobCategories).values(chunk));
  await insertAll(rows.contractors, (chunk) => tx.insert(contractors).values(chunk));
  await insertAll(rows.paymentMethods, (chunk) => tx.insert(paymentMethods).values(chunk));
  await insertAll(rows.purchaseOrders, (chunk) => tx.insert(purchaseOrders).values(chunk));
  await insertAll(rows.optIns, (chunk) => tx.insert(optIns).values(chunk));
  await insertAll(rows.assignments, (chunk) => tx.insert(assignments).values(chunk));
  await insertAll(rows.assignmentStatusChanges, (chunk) => tx.insert(assignmentStatusChanges).values(chunk));
  await insertAll(rows.charges, (chunk) => tx.insert(charges).values(chunk));
  await queueChargeJobs(tx, rows);
  // The master policies are platform data too: an operator may already have entered them.
  await insertAll(rows.policies, (chunk) => tx.insert(policies).values(chunk).onConflictDoNothing());
  await insertAll(rows.auditLog, (chunk) => tx.insert(auditLog).values(chunk));
}

/** As scheduleCharge does: each charge still to be made gets its job at the time it falls due (the cron is only the safety net). */
async function queueChargeJobs(tx: Executor, rows: DemoRows): Promise<void> {
  for (const charge of rows.charges) {
    if (charge.status !== 'SCHEDULED') continue;
    if (!charge.id) throw new Error('demo data: a scheduled charge has no id');
    await addJob(tx, 'charge_assignment', { agencyId: charge.agencyId, chargeId: charge.id }, { runAt: charge.scheduledFor, jobKey: chargeJobKey(charge.id) });
  }
}

function countRows(rows: DemoRows): Record<string, number> {
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
}

/** The certificate of every assignment whose coverage bound, dated when it bound, as the lifecycle would have issued it. */
async function issueDemoCertificates(tx: ScopedTransaction, deps: ServerDependencies): Promise<number> {
  const bound = await tx.db
    .select({ agencyId: assignmentStatusChanges.agencyId, assignmentId: assignmentStatusChanges.assignmentId, boundAt: assignmentStatusChanges.createdAt })
    .from(assignmentStatusChanges)
    .innerJoin(assignments, and(eq(assignments.agencyId, assignmentStatusChanges.agencyId), eq(assignments.id, assignmentStatusChanges.assignmentId)))
    .where(and(eq(assignmentStatusChanges.toStatus, 'COVERED'), inArray(assignments.status, ['COVERED', 'ENDED'])))
    .orderBy(assignmentStatusChanges.createdAt);
  for (const assignment of bound) await issueCertificate(tx, deps, assignment);
  return bound.length;
}

/** How many past months of each demo agency were invoiced: the year of assignments the demo spans. */
const INVOICED_MONTHS = 12;

/**
 * The invoices of each demo agency's past months, as the monthly run issued them at its first hourly
 * run (:10) of each 1st in the agency's time zone, through the same producer. They were mailed then,
 * so they are not mailed again now.
 */
async function issueDemoInvoices(tx: ScopedTransaction, deps: ServerDependencies, rows: DemoRows): Promise<number> {
  let issued = 0;
  for (const settings of rows.agencySettings) {
    const timeZone = settings.timeZone ?? 'America/New_York';
    const periods: InvoicePeriod[] = [previousMonth(todayInTimeZone(timeZone, deps.now()))];
    while (periods.length < INVOICED_MONTHS) periods.unshift(previousMonth((periods[0] as InvoicePeriod).start));
    for (const period of periods) {
      const issuedAt = new Date(Math.min(zonedInstant(addDays(period.end, 1), 10, timeZone).getTime(), deps.now().getTime()));
      issued += (await invoiceMonth(tx, deps, settings.agencyId, period, { issuedAt, mail: false }))?.length ?? 0;
    }
  }
  return issued;
}

/** Loads the demo data in one transaction unless some agency exists, as the system. Returns the row counts, or null. */
async function loadDemoData(deps: ServerDependencies): Promise<Record<string, number> | null> {
  return asSystem(deps, 'demo-data', async (access) => {
    const scope = authorize(access, 'demo-data:load');
    if (await scope.transaction(({ db }) => hasAgencies(db))) return null;
    const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 is slow on purpose
    return scope.transaction(async (tx) => {
      await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${DEMO_LOCK}))`);
      if (await hasAgencies(tx.db)) return null;
      const catalogue = await readCatalogue(tx.db);
      const rows = buildDemoData({ now: deps.now(), passwordHash, ...catalogue });
      await insertDemoRows(tx.db, rows);
      const issued = await issueDemoCertificates(tx, deps);
      // The rows went in directly, not through requestOptIn: give each open opt-in its link.
      await issueMissingOptInLinks(tx, deps);
      const invoiced = await issueDemoInvoices(tx, deps, rows);
      return { ...countRows(rows), certificates: issued, invoices: invoiced };
    });
  });
}

/** The demo contractor and her open opt-in, if the database holds the demo data. */
async function findDemoContractor(executor: Executor) {
  const [contractor] = await executor
    .select({ agencyId: contractors.agencyId, id: contractors.id, email: contractors.email, firstName: contractors.firstName, preferredLanguage: contractors.preferredLanguage, agencyName: agencies.name })
    .from(contractors)
    .innerJoin(agencies, eq(agencies.id, contractors.agencyId))
    .where(
      and(
        eq(agencies.name, DEMO_CONTRACTOR.agencyName),
        eq(contractors.firstName, DEMO_CONTRACTOR.firstName),
        eq(contractors.lastName, DEMO_CONTRACTOR.lastName),
      ),
    )
    .limit(1);
  if (!contractor) return null;
  const [pending] = await executor
    .select({ id: optIns.id })
    .from(optIns)
    .where(and(eq(optIns.agencyId, contractor.agencyId), eq(optIns.contractorId, contractor.id), eq(optIns.status, 'PENDING')))
    .orderBy(desc(optIns.createdAt))
    .limit(1);
  return { ...contractor, optInId: pending?.id ?? null };
}

function summaryLines(deps: ServerDependencies, contractorUrl: string): string[] {
  const { config } = deps;
  const [first, ...others] = DEMO_AGENCIES.flatMap((agency) => agency.members.map((member) => member.email));
  const mailbox = !config.smtpUrl && !config.isProduction ? `open it from ${config.publicUrl}/dev/mailbox` : 'it arrives by email';
  const operatorKey =
    config.operatorApiKey === DEMO_OPERATOR_API_KEY ? DEMO_OPERATOR_API_KEY : config.operatorApiKey ? 'the OPERATOR_API_KEY you set' : 'none (set OPERATOR_API_KEY)';
  const facilityUser = DEMO_FACILITY_USERS[0]?.email ?? '';
  const name = `${DEMO_CONTRACTOR.firstName} ${DEMO_CONTRACTOR.lastName}`;
  return [
    `Agency app:      ${first} / ${DEMO_PASSWORD}  (also ${others.join(', ')})`,
    `Compliance Hub:  ${facilityUser} — ask for a sign-in link, then ${mailbox}`,
    `Contractor link (${name}):  ${contractorUrl}`,
    `Operator API key:  ${operatorKey}`,
  ];
}

/**
 * Loads the demo data on a database without agencies, then issues a fresh sign-in link for the demo
 * contractor and mails it to her. Returns the lines to print, or null when the database holds other
 * data than the demo's. Expects the default catalogue to be loaded.
 */
export async function loadDemoDataIfEmpty(deps: ServerDependencies): Promise<DemoSummary | null> {
  const demoStarted = performance.now();
  const counts = await loadDemoData(deps);
  if (counts) deps.logger.info({ ms: Math.round(performance.now() - demoStarted), rows: counts }, 'demo data loaded');

  const url = await asSystem(deps, 'demo-data', (access) =>
    authorize(access, 'demo-data:load').transaction(async (tx) => {
      const contractor = await findDemoContractor(tx.db);
      if (!contractor) return null;
      const link = await issueContractorLink(tx, deps, { agencyId: contractor.agencyId, contractorId: contractor.id, optInId: contractor.optInId });
      await enqueueMail(tx.db, {
        to: contractor.email,
        agencyId: contractor.agencyId,
        ...contractorLinkMail({ firstName: contractor.firstName, agencyName: contractor.agencyName, url: link, expiresInDays: CONTRACTOR_LINK_DAYS, language: contractor.preferredLanguage }),
      });
      return link;
    }),
  );
  return url ? { lines: summaryLines(deps, url) } : null;
}
