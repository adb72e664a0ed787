// Builds the one GraphQL schema from the feature modules' resolvers.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgenciesResolver } from '../modules/agencies/agencies.resolver.js';
import { ApiKeysResolver } from '../modules/api-keys/api-keys.resolver.js';
import { AssignmentsResolver } from '../modules/assignments/assignments.resolver.js';
import { AuditLogResolver } from '../modules/audit-log/audit-log.resolver.js';
import { AuditReconciliationResolver } from '../modules/audit-reconciliation/audit-reconciliation.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CertificatesResolver } from '../modules/certificates/certificates.resolver.js';
import { CompanyOverviewResolver } from '../modules/company-overview/company-overview.resolver.js';
import { ContractorImportsResolver } from '../modules/contractor-imports/contractor-imports.resolver.js';
import { ContractorConnectionResolver, ContractorsResolver } from '../modules/contractors/contractors.resolver.js';
import { FacilitiesResolver } from '../modules/facilities/facilities.resolver.js';
import { FacilityAssignmentFieldsResolver, FacilityAssignmentsResolver } from '../modules/facility-assignments/facility-assignments.resolver.js';
import { InvoicesResolver } from '../modules/invoices/invoices.resolver.js';
import { JobCategoriesResolver } from '../modules/job-categories/job-categories.resolver.js';
import { JobCodesResolver } from '../modules/job-codes/job-codes.resolver.js';
import { OptInFormResolver, OptInsResolver } from '../modules/opt-ins/opt-ins.resolver.js';
import { PaymentsResolver } from '../modules/payments/payments.resolver.js';
import { TeamResolver } from '../modules/team/team.resolver.js';
import { ViewerResolver } from '../modules/viewer/viewer.resolver.js';
import { WebhookDeliveriesResolver } from '../modules/webhooks/webhook-deliveries.resolver.js';
import { WebhookEndpointsResolver } from '../modules/webhooks/webhook-endpoints.resolver.js';
import { WebhookEventsResolver } from '../modules/webhooks/webhook-events.resolver.js';
import { assertEveryRootFieldHasAnAction, authChecker } from '../access/policy.js';
import './enums.js';

let schema: Promise<GraphQLSchema> | undefined;

export function buildCoverlineSchema(): Promise<GraphQLSchema> {
  schema ??= (async () => {
    assertEveryRootFieldHasAnAction();
    return buildSchema({
      resolvers: [
        ViewerResolver,
        AuthResolver,
        AgenciesResolver,
        TeamResolver,
        FacilitiesResolver,
        FacilityAssignmentsResolver,
        FacilityAssignmentFieldsResolver,
        AuditReconciliationResolver,
        AuditLogResolver,
        ApiKeysResolver,
        ContractorsResolver,
        ContractorConnectionResolver,
        ContractorImportsResolver,
        JobCodesResolver,
        JobCategoriesResolver,
        AssignmentsResolver,
        OptInsResolver,
        OptInFormResolver,
        CertificatesResolver,
        PaymentsResolver,
        InvoicesResolver,
        CompanyOverviewResolver,
        WebhookEventsResolver,
        WebhookEndpointsResolver,
        WebhookDeliveriesResolver,
      ],
      authChecker,
      // Inputs are validated by the domain's zod schemas in each use case, which name the field at fault.
      validate: false,
    });
  })();
  return schema;
}
