// Opt-in (rule 3, flow 4): the contractor confirms a pre-filled form from their link; the assignments
// it covers then move on to payment or coverage. Reminders go to those who have not confirmed.
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import { nextStatusAfterOptIn, optInFormSnapshot, phoneSchema, postalCodeSchema, TERMS, TERMS_VERSION, usStateCodeSchema } from '@coverline/domain';
import { z } from 'zod';
import type { Executor, Transaction } from '../../db/client.js';
import { agencies, assignments, contractors, jobCategories, jobCodes, optIns } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { AgencyViewer } from '../../graphql/viewer.js';
import { enqueueMail } from '../../mail/outbox.js';
import { optInReminderMail, optInRequestMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { moveAssignment, type AssignmentRow, type StatusChangeBy } from '../assignments/assignment-status.js';
import { currentContractorLink, findContractorLink, issueContractorLink } from '../auth/contractor-link.service.js';
import { attachPaymentMethod, currentPaymentMethod } from '../payments/payments.service.js';
import type { OptInForm, OptInInput, OptInResult } from './opt-ins.types.js';

function formatDates(effectiveDate: string, endDate: string): string {
  return effectiveDate === endDate ? effectiveDate : `${effectiveDate} to ${endDate}`;
}

/** Entering AWAITING_OPT_IN: attach the assignment to the contractor's open opt-in (or a new one) and email the link. */
export async function requestOptIn(tx: Transaction, deps: ServerDependencies, by: StatusChangeBy, assignment: AssignmentRow): Promise<void> {
  const key = { agencyId: assignment.agencyId, contractorId: assignment.contractorId };
  const [open] = await tx
    .select({ id: optIns.id })
    .from(optIns)
    .where(and(eq(optIns.agencyId, key.agencyId), eq(optIns.contractorId, key.contractorId), eq(optIns.status, 'PENDING'), eq(optIns.payer, assignment.payer)))
    .orderBy(desc(optIns.createdAt))
    .limit(1);
  const optInId =
    open?.id ??
    (await tx
      .insert(optIns)
      .values({ agencyId: key.agencyId, contractorId: key.contractorId, payer: assignment.payer, createdAt: deps.now() })
      .returning({ id: optIns.id })
      .then((rows) => rows[0]?.id));
  if (!optInId) throw new Error('opt-in insert returned nothing');
  await tx.update(assignments).set({ optInId }).where(and(eq(assignments.agencyId, key.agencyId), eq(assignments.id, assignment.id)));
  const [contractor] = await tx
    .update(contractors)
    .set({ optInStatus: 'PENDING', updatedAt: deps.now() })
    .where(and(eq(contractors.agencyId, key.agencyId), eq(contractors.id, key.contractorId)))
    .returning();
  const agency = await tx.query.agencies.findFirst({ where: eq(agencies.id, key.agencyId) });
  if (!contractor || !agency) throw new Error('opt-in for a missing contractor or agency');
  const url = await issueContractorLink(tx, deps, { ...key, optInId });
  await enqueueMail(tx, {
    to: contractor.email,
    agencyId: key.agencyId,
    ...optInRequestMail({
      firstName: contractor.firstName,
      agencyName: agency.name,
      jobName: assignment.jobName,
      clientEntity: assignment.clientEntity,
      dates: formatDates(assignment.effectiveDate, assignment.endDate),
      url,
    }),
  });
  await recordAudit(tx, by, { action: 'opt_in.request', agencyId: key.agencyId, targetType: 'opt_in', targetId: optInId, data: { assignmentId: assignment.id } });
}

/** The opt-in a link leads to: the one it was sent for, else the contractor's newest open one, else the newest. */
async function optInForLink(executor: Executor, link: { agencyId: string; contractorId: string; optInId: string | null }) {
  const rows = await executor
    .select()
    .from(optIns)
    .where(and(eq(optIns.agencyId, link.agencyId), eq(optIns.contractorId, link.contractorId)))
    .orderBy(desc(optIns.createdAt));
  return (
    rows.find((row) => row.id === link.optInId && row.status === 'PENDING') ??
    rows.find((row) => row.status === 'PENDING') ??
    rows.find((row) => row.id === link.optInId) ??
    rows[0]
  );
}

export async function getOptInForm(ctx: Context, token: string): Promise<OptInForm | null> {
  const { db } = ctx.deps;
  const link = await findContractorLink(db, ctx.deps, token);
  if (!link) return null;
  const contractor = await db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, link.agencyId), eq(contractors.id, link.contractorId)) });
  const agency = await db.query.agencies.findFirst({ where: eq(agencies.id, link.agencyId) });
  const optIn = await optInForLink(db, link);
  if (!contractor || !agency || !optIn) return null;
  const covered = await formAssignments(db, { agencyId: link.agencyId, optInId: optIn.id });
  const paymentMethod = optIn.payer === 'CONTRACTOR' ? await currentPaymentMethod(db, link) : null;
  return {
    completed: optIn.status === 'COMPLETED',
    agencyName: agency.name,
    contractor,
    payer: optIn.payer,
    assignments: covered,
    termsVersion: TERMS_VERSION,
    terms: TERMS,
    paymentMethod: paymentMethod && { brand: paymentMethod.brand, last4: paymentMethod.last4 },
  };
}

/** The assignments an opt-in form lists: the form shows them, and a completed opt-in's snapshot records them. */
async function formAssignments(executor: Executor, key: { agencyId: string; optInId: string }) {
  return executor
    .select({
      id: assignments.id,
      jobName: assignments.jobName,
      clientEntity: assignments.clientEntity,
      description: assignments.description,
      effectiveDate: assignments.effectiveDate,
      endDate: assignments.endDate,
      premiumCents: assignments.premiumCents,
      status: assignments.status,
      workState: jobCategories.workState,
      coverageTypes: jobCategories.coverageTypes,
      jobTitle: jobCodes.title,
    })
    .from(assignments)
    .innerJoin(jobCategories, and(eq(jobCategories.agencyId, assignments.agencyId), eq(jobCategories.id, assignments.jobCategoryId)))
    .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
    .where(and(eq(assignments.agencyId, key.agencyId), eq(assignments.optInId, key.optInId)))
    .orderBy(asc(assignments.effectiveDate));
}

const optInInputSchema = z.object({
  acceptTerms: z.literal(true, { message: 'Accept the terms to confirm your coverage' }),
  signatureName: z.string().trim().min(2, { message: 'Type your full name to sign' }).max(200),
  phone: phoneSchema.nullish(),
  addressLine1: z.string().trim().max(200).nullish(),
  city: z.string().trim().max(100).nullish(),
  state: usStateCodeSchema.nullish(),
  postalCode: postalCodeSchema.nullish(),
  paymentMethodToken: z.string().trim().min(1).max(200).nullish(),
});

export async function submitOptIn(ctx: Context, token: string, input: OptInInput): Promise<OptInResult> {
  const data = parseInput(optInInputSchema, input);
  const { deps } = ctx;
  const link = await findContractorLink(deps.db, deps, token);
  if (!link) throw badUserInput('token', 'This link is invalid or has expired. Ask the agency that placed you for a new one.');
  return deps.db.transaction(async (tx) => {
    const optIn = await optInForLink(tx, link);
    const [claimed] = optIn
      ? await tx
          .select()
          .from(optIns)
          .where(and(eq(optIns.agencyId, link.agencyId), eq(optIns.id, optIn.id)))
          .for('update')
      : [];
    if (!claimed || claimed.status !== 'PENDING') throw badUserInput('token', 'There is nothing left to confirm: this opt-in is already complete.');
    const contractor = await tx.query.contractors.findFirst({ where: and(eq(contractors.agencyId, link.agencyId), eq(contractors.id, link.contractorId)) });
    if (!contractor) throw notFound('Contractor');
    const fullName = `${contractor.firstName} ${contractor.lastName}`.toLowerCase().replace(/\s+/g, ' ');
    if (data.signatureName.toLowerCase().replace(/\s+/g, ' ') !== fullName) {
      throw badUserInput('signatureName', `Type your full name exactly as shown: ${contractor.firstName} ${contractor.lastName}`);
    }
    if (claimed.payer === 'CONTRACTOR') {
      if (data.paymentMethodToken) await attachPaymentMethod(tx, deps, { ...link, paymentMethodToken: data.paymentMethodToken });
      else if (!(await currentPaymentMethod(tx, link))) throw badUserInput('paymentMethodToken', 'Add a card: you pay the premium for these assignments.');
    }
    const corrections = Object.fromEntries(
      (['phone', 'addressLine1', 'city', 'state', 'postalCode'] as const).filter((field) => data[field]).map((field) => [field, data[field]]),
    );
    const viewer = { kind: 'CONTRACTOR' as const, agencyId: link.agencyId, contractorId: contractor.id, email: contractor.email, name: `${contractor.firstName} ${contractor.lastName}`, sessionId: '' };
    const by = { viewer, ip: ctx.ip };
    const [updatedContractor] = await tx
      .update(contractors)
      .set({ ...corrections, optInStatus: 'OPTED_IN', updatedAt: deps.now() })
      .where(and(eq(contractors.agencyId, link.agencyId), eq(contractors.id, contractor.id)))
      .returning();
    await tx
      .update(optIns)
      .set({
        status: 'COMPLETED',
        completedAt: deps.now(),
        signatureName: data.signatureName,
        signatureIp: ctx.ip,
        termsVersion: TERMS_VERSION,
        formSnapshot: optInFormSnapshot({
          contractor,
          corrections,
          signatureName: data.signatureName,
          payer: claimed.payer,
          acceptedAt: deps.now(),
          assignments: await formAssignments(tx, { agencyId: link.agencyId, optInId: claimed.id }),
        }),
      })
      .where(and(eq(optIns.agencyId, link.agencyId), eq(optIns.id, claimed.id)));
    await recordAudit(tx, by, { action: 'opt_in.complete', agencyId: link.agencyId, targetType: 'opt_in', targetId: claimed.id, data: { corrections: Object.keys(corrections) } });
    const waiting = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.agencyId, link.agencyId), eq(assignments.optInId, claimed.id), eq(assignments.status, 'AWAITING_OPT_IN')));
    const moved = [];
    for (const assignment of waiting) {
      moved.push(
        await moveAssignment(tx, deps, by, {
          agencyId: link.agencyId,
          assignmentId: assignment.id,
          to: nextStatusAfterOptIn({ payer: assignment.payer }),
          reason: 'The contractor confirmed the opt-in form.',
        }),
      );
    }
    return { contractor: { id: contractor.id, optInStatus: updatedContractor?.optInStatus ?? 'OPTED_IN' }, assignments: moved.map(({ id, status }) => ({ id, status })) };
  });
}

async function mailReminder(tx: Executor, deps: ServerDependencies, contractor: typeof contractors.$inferSelect, url: string) {
  const agency = await tx.query.agencies.findFirst({ where: eq(agencies.id, contractor.agencyId) });
  await enqueueMail(tx, { to: contractor.email, agencyId: contractor.agencyId, ...optInReminderMail({ firstName: contractor.firstName, agencyName: agency?.name ?? 'Your agency', url }) });
}

export async function sendOptInReminder(ctx: Context, viewer: AgencyViewer, contractorId: string): Promise<boolean> {
  const { deps } = ctx;
  if (!z.uuid().safeParse(contractorId).success) throw notFound('Contractor');
  return deps.db.transaction(async (tx) => {
    const contractor = await tx.query.contractors.findFirst({ where: and(eq(contractors.agencyId, viewer.agencyId), eq(contractors.id, contractorId)) });
    if (!contractor) throw notFound('Contractor');
    const [open] = await tx
      .select({ id: optIns.id })
      .from(optIns)
      .where(and(eq(optIns.agencyId, viewer.agencyId), eq(optIns.contractorId, contractor.id), eq(optIns.status, 'PENDING')))
      .limit(1);
    if (!open) throw badUserInput('contractorId', `${contractor.firstName} has nothing to confirm right now.`);
    const link = await currentContractorLink(tx, deps, { agencyId: viewer.agencyId, contractorId: contractor.id });
    const url = link?.url ?? (await issueContractorLink(tx, deps, { agencyId: viewer.agencyId, contractorId: contractor.id, optInId: open.id }));
    await mailReminder(tx, deps, contractor, url);
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'opt_in.remind', agencyId: viewer.agencyId, targetType: 'contractor', targetId: contractor.id });
    return true;
  });
}

/** The daily job: remind contractors whose opt-in has waited 2 or 5 days. */
export async function sendAutomaticOptInReminders(deps: ServerDependencies): Promise<number> {
  const now = deps.now();
  const due = await deps.db
    .select({ contractor: contractors, optInId: optIns.id })
    .from(optIns)
    .innerJoin(contractors, and(eq(contractors.agencyId, optIns.agencyId), eq(contractors.id, optIns.contractorId)))
    .where(
      and(
        eq(optIns.status, 'PENDING'),
        lt(optIns.createdAt, new Date(now.getTime() - 2 * 86_400_000)),
        sql`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${optIns.createdAt})) / 86400) in (2, 5)`,
      ),
    );
  for (const { contractor, optInId } of due) {
    await deps.db.transaction(async (tx) => {
      const link = await currentContractorLink(tx, deps, { agencyId: contractor.agencyId, contractorId: contractor.id });
      await mailReminder(tx, deps, contractor, link?.url ?? (await issueContractorLink(tx, deps, { agencyId: contractor.agencyId, contractorId: contractor.id, optInId })));
    });
  }
  return due.length;
}
