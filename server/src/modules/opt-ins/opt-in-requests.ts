// What entering AWAITING_OPT_IN sets in motion: the assignment joins the contractor's open opt-in (or
// a new one, whose application starts), and the contractor is emailed their link.
import { formatCents, formatDateRange } from '@coverline/domain';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import { optInRequestMail } from '../../mail/templates.js';
import type { AssignmentRow } from '../assignments/assignments.store.js';
import { recordAudit } from '../audit/audit.js';
import { issueContractorLink } from '../auth/contractor-link.service.js';
import { applicationEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';

export async function requestOptIn(tx: ScopedTransaction, deps: ServerDependencies, assignment: AssignmentRow): Promise<void> {
  const { stores } = tx;
  const contractorKey = { agencyId: assignment.agencyId, id: assignment.contractorId };
  const open = await stores.optIns.openFor(contractorKey, assignment.payer);
  const optIn = open ?? (await stores.optIns.create({ agencyId: assignment.agencyId, contractorId: assignment.contractorId, payer: assignment.payer, createdAt: deps.now() }));
  // The application starts with its first assignment; one that joins it while open starts nothing new.
  if (!open) await recordWebhookEvent(tx, { agencyId: assignment.agencyId, type: 'application.started', data: applicationEventData(optIn, [assignment.id]) });
  await stores.assignments.update({ agencyId: assignment.agencyId, id: assignment.id }, { optInId: optIn.id });
  const contractor = await stores.contractors.update(contractorKey, { optInStatus: 'PENDING', updatedAt: deps.now() });
  const agency = await stores.agencies.byId(assignment.agencyId);
  if (!agency) throw new Error(`opt-in for assignment ${assignment.id} of a missing agency`);
  const url = await issueContractorLink(tx, deps, { agencyId: assignment.agencyId, contractorId: assignment.contractorId, optInId: optIn.id });
  await enqueueMail(tx.db, {
    to: contractor.email,
    agencyId: assignment.agencyId,
    ...optInRequestMail({
      firstName: contractor.firstName,
      agencyName: agency.name,
      jobName: assignment.jobName,
      clientEntity: assignment.clientEntity,
      dates: formatDateRange(assignment.effectiveDate, assignment.endDate),
      payment: assignment.payer === 'CONTRACTOR' ? { payer: 'CONTRACTOR', amount: formatCents(assignment.premiumCents) } : { payer: 'AGENCY' },
      url,
    }),
  });
  await recordAudit(tx, { action: 'opt_in.request', agencyId: assignment.agencyId, targetType: 'opt_in', targetId: optIn.id, data: { assignmentId: assignment.id } });
}
