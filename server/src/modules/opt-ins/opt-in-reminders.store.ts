// Every opt-in reminder sent (opt_in_reminders), as the agency's scope reaches them: recording one by
// hand, claiming one of the schedule (at most once per opt-in and day, whichever worker is first),
// and each contractor's history with who sent it.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { groupedByKeys, Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import type { Actor } from '../../access/viewer.js';
import { apiKeys, optInReminders, teamMembers } from '../../db/schema.js';

export type OptInReminderRow = typeof optInReminders.$inferSelect;
export type ReminderHistoryRow = Pick<OptInReminderRow, 'id' | 'contractorId' | 'kind' | 'scheduleDay' | 'sentByType' | 'sentAt'> & {
  memberName: string | null;
  memberEmail: string | null;
  apiKeyName: string | null;
};

type ReminderOf = { agencyId: string; contractorId: string; optInId: string; sentAt: Date };

const reminderRows = (tenant: Tenant) => tenantWhere(tenant, { agency: optInReminders.agencyId });

export class OptInReminderStore extends Store {
  async recordManual(reminder: ReminderOf, sentBy: Actor): Promise<void> {
    const db = await this.db();
    await db.insert(optInReminders).values({ ...reminder, kind: 'MANUAL', sentByType: sentBy.actorType, sentById: sentBy.actorId });
  }

  /** Records the schedule's reminder for `day`; false when it was recorded already (by another run). */
  async claimAutomatic(reminder: ReminderOf, day: number): Promise<boolean> {
    const db = await this.db();
    const claimed = await db
      .insert(optInReminders)
      .values({ ...reminder, kind: 'AUTOMATIC', scheduleDay: day, sentByType: 'SYSTEM', sentById: null })
      .onConflictDoNothing({ target: [optInReminders.agencyId, optInReminders.optInId, optInReminders.scheduleDay], where: sql`${optInReminders.kind} = 'AUTOMATIC'` })
      .returning({ id: optInReminders.id });
    return claimed.length > 0;
  }

  /** The contractor's reminders, newest first, with the member or API key that sent each by hand. */
  ofContractor(contractorId: string): Promise<ReminderHistoryRow[]> {
    return this.historyLoader.load(contractorId);
  }

  private get historyLoader() {
    return this.loader<string, ReminderHistoryRow[]>('optInReminders.ofContractor', async (contractorIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select({
          id: optInReminders.id,
          contractorId: optInReminders.contractorId,
          kind: optInReminders.kind,
          scheduleDay: optInReminders.scheduleDay,
          sentByType: optInReminders.sentByType,
          sentAt: optInReminders.sentAt,
          memberName: teamMembers.name,
          memberEmail: teamMembers.email,
          apiKeyName: apiKeys.name,
        })
        .from(optInReminders)
        .leftJoin(
          teamMembers,
          and(eq(optInReminders.sentByType, 'AGENCY_MEMBER'), eq(teamMembers.agencyId, optInReminders.agencyId), eq(teamMembers.id, optInReminders.sentById)),
        )
        .leftJoin(apiKeys, and(eq(optInReminders.sentByType, 'API_KEY'), eq(apiKeys.agencyId, optInReminders.agencyId), eq(apiKeys.id, optInReminders.sentById)))
        .where(and(reminderRows(tenant), inArray(optInReminders.contractorId, [...contractorIds])))
        .orderBy(desc(optInReminders.sentAt), desc(optInReminders.id));
      return groupedByKeys(contractorIds, rows, (row) => row.contractorId);
    });
  }
}
