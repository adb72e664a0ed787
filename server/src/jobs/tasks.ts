// The background tasks and their payloads; each task is a use case of its module run by the worker.
import type { Task, TaskList } from 'graphile-worker';
import type { ServerDependencies } from '../dependencies.js';
import { deliverMail } from '../mail/outbox.js';
import { sendMagicLink } from '../modules/auth/magic-link.service.js';
import { sendPasswordReset } from '../modules/auth/password-reset.service.js';
import { endFinishedAssignments } from '../modules/assignment-lifecycle/assignment-lifecycle.js';
import { issueMissingOptInLinksForAll, sendContractorLinks } from '../modules/auth/contractor-link.service.js';
import { removeExpiredSignInRecords } from '../modules/auth/sessions.js';
import { removeExpiredIdempotencyKeys } from '../modules/idempotency/idempotency-keys.js';
import { issueMonthlyInvoices } from '../modules/invoices/invoices.service.js';
import { sendAutomaticOptInReminders } from '../modules/opt-ins/opt-ins.service.js';
import { runCharge, runDueCharges } from '../modules/payments/charge-runner.js';
import { deliverEndpointWebhooks, queueDueWebhookDeliveries } from '../modules/webhooks/webhook-delivery-runner.js';

export type TaskPayloads = {
  deliver_mail: { outboxId: string };
  send_magic_link: { email: string };
  send_password_reset: { email: string };
  send_contractor_link: { email: string };
  remove_expired_sign_in_records: Record<string, never>;
  remove_expired_idempotency_keys: Record<string, never>;
  send_opt_in_reminders: Record<string, never>;
  issue_missing_opt_in_links: Record<string, never>;
  end_finished_assignments: Record<string, never>;
  charge_assignment: { agencyId: string; chargeId: string };
  charge_due_payments: Record<string, never>;
  issue_monthly_invoices: Record<string, never>;
  deliver_webhooks: { agencyId: string; endpointId: string };
  deliver_due_webhooks: Record<string, never>;
};
export type TaskName = keyof TaskPayloads;

export const CRONTAB = [
  '15 * * * * remove_expired_sign_in_records',
  '20 * * * * remove_expired_idempotency_keys',
  // Hourly, so a reminder goes out within the hour its day comes, whatever the agency's time zone.
  '0 * * * * send_opt_in_reminders',
  '30 * * * * issue_missing_opt_in_links',
  '5 * * * * end_finished_assignments',
  // Hourly, so each agency's month closes within the hour after its own local midnight of the 1st.
  '10 * * * * issue_monthly_invoices',
  // The safety net of contractor pay: due charges whose job is missing or early, and charges whose runner died.
  '* * * * * charge_due_payments',
  // The safety net of webhooks: endpoints with a due delivery whose job was lost with its worker.
  '* * * * * deliver_due_webhooks',
].join('\n');

export function createTaskList(deps: ServerDependencies): TaskList {
  const tasks: { [Name in TaskName]: (payload: TaskPayloads[Name]) => Promise<void> } = {
    deliver_mail: (payload) => deliverMail(deps, payload.outboxId),
    send_magic_link: (payload) => sendMagicLink(deps, payload.email),
    send_password_reset: (payload) => sendPasswordReset(deps, payload.email),
    send_contractor_link: (payload) => sendContractorLinks(deps, payload.email),
    remove_expired_sign_in_records: () => removeExpiredSignInRecords(deps),
    remove_expired_idempotency_keys: () => removeExpiredIdempotencyKeys(deps),
    send_opt_in_reminders: async () => void (await sendAutomaticOptInReminders(deps)),
    issue_missing_opt_in_links: async () => void (await issueMissingOptInLinksForAll(deps)),
    end_finished_assignments: async () => void (await endFinishedAssignments(deps)),
    charge_assignment: async (payload) => void (await runCharge(deps, payload)),
    charge_due_payments: async () => void (await runDueCharges(deps)),
    issue_monthly_invoices: async () => void (await issueMonthlyInvoices(deps)),
    deliver_webhooks: async (payload) => void (await deliverEndpointWebhooks(deps, payload)),
    deliver_due_webhooks: async () => void (await queueDueWebhookDeliveries(deps)),
  };
  return Object.fromEntries(
    Object.entries(tasks).map(([name, run]) => [name, ((payload: unknown) => run(payload as never)) satisfies Task]),
  );
}
