// Every module's store, bound to one scope and one connection (the request's, or a transaction's).
// Each is built on first use; a scope has one set for its reads and one per transaction.
import { AgencyStore } from '../modules/agencies/agencies.store.js';
import { ApiKeyStore } from '../modules/api-keys/api-keys.store.js';
import { AssignmentStore } from '../modules/assignments/assignments.store.js';
import { AuditLogStore } from '../modules/audit-log/audit-log.store.js';
import { AuditReconciliationStore } from '../modules/audit-reconciliation/audit-reconciliation.store.js';
import { ContractorLinkStore } from '../modules/auth/contractor-links.store.js';
import { CompanyOverviewStore } from '../modules/company-overview/company-overview.store.js';
import { CertificateStore } from '../modules/certificates/certificates.store.js';
import { ContractorImportStore } from '../modules/contractor-imports/contractor-imports.store.js';
import { ContractorStore } from '../modules/contractors/contractors.store.js';
import { FacilityStore } from '../modules/facilities/facilities.store.js';
import { FacilityAssignmentStore } from '../modules/facility-assignments/facility-assignments.store.js';
import { InvoiceStore } from '../modules/invoices/invoices.store.js';
import { JobCategoryStore } from '../modules/job-categories/job-categories.store.js';
import { JobCodeStore } from '../modules/job-codes/job-codes.store.js';
import { OptInReminderStore } from '../modules/opt-ins/opt-in-reminders.store.js';
import { OptInStore } from '../modules/opt-ins/opt-ins.store.js';
import { PaymentStore } from '../modules/payments/payments.store.js';
import { TeamStore } from '../modules/team/team.store.js';
import { WebhookDeliveryStore } from '../modules/webhooks/webhook-deliveries.store.js';
import { WebhookEndpointStore } from '../modules/webhooks/webhook-endpoints.store.js';
import { WebhookEventStore } from '../modules/webhooks/webhook-events.store.js';
import type { Store, StoreContext } from './store.js';

const STORES = {
  agencies: AgencyStore,
  apiKeys: ApiKeyStore,
  assignments: AssignmentStore,
  auditLog: AuditLogStore,
  auditReconciliations: AuditReconciliationStore,
  certificates: CertificateStore,
  companyOverview: CompanyOverviewStore,
  contractorImports: ContractorImportStore,
  contractorLinks: ContractorLinkStore,
  contractors: ContractorStore,
  facilities: FacilityStore,
  facilityAssignments: FacilityAssignmentStore,
  invoices: InvoiceStore,
  jobCategories: JobCategoryStore,
  jobCodes: JobCodeStore,
  optInReminders: OptInReminderStore,
  optIns: OptInStore,
  payments: PaymentStore,
  team: TeamStore,
  webhookDeliveries: WebhookDeliveryStore,
  webhookEndpoints: WebhookEndpointStore,
  webhookEvents: WebhookEventStore,
} satisfies Record<string, new (context: StoreContext) => Store>;

export type Stores = { readonly [Name in keyof typeof STORES]: InstanceType<(typeof STORES)[Name]> };

export function createStores(context: Omit<StoreContext, 'stores'>): Stores {
  const built = new Map<string, Store>();
  const stores = {} as Stores;
  const full: StoreContext = { ...context, stores: () => stores };
  for (const [name, StoreClass] of Object.entries(STORES)) {
    Object.defineProperty(stores, name, {
      enumerable: true,
      get: () => {
        let store = built.get(name);
        if (!store) {
          store = new StoreClass(full);
          built.set(name, store);
        }
        return store;
      },
    });
  }
  return stores;
}
