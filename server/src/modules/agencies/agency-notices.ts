// Who at an agency hears about what needs its attention (payments, integrations): the billing email,
// or else every active team member.
import type { ScopedTransaction } from '../../access/scope.js';

export async function agencyNoticeRecipients(tx: ScopedTransaction, agencyId: string): Promise<string[]> {
  const settings = await tx.stores.agencies.settings(agencyId);
  return settings.billingEmail ? [settings.billingEmail] : tx.stores.team.activeEmails(agencyId);
}
