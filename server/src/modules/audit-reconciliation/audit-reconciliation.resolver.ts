import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { MAX_PAGE_SIZE } from '../../graphql/pagination.js';
import { checkClearedToWork, listFacilityReconciliations, previewPaymentSchedule, reconcileFacilityPayments } from './audit-reconciliation.service.js';
import { ClearedToWork, PaymentColumnMappingInput, PaymentReconciliation, PaymentReconciliationConnection, PaymentSchedulePreview } from './audit-reconciliation.types.js';

@Resolver()
export class AuditReconciliationResolver {
  @Can('facility-audit:run')
  @Query(() => PaymentSchedulePreview, {
    description: 'The headers, a suggested column mapping and the first rows of a payment schedule (CSV, at most 5,000 rows and 2 MB), before reconciling it. NOT_FOUND for a facility the viewer may not see.',
  })
  paymentSchedulePreview(@Ctx() ctx: Context, @Arg('facilityId', () => ID) facilityId: string, @Arg('csv', () => String) csv: string) {
    return previewPaymentSchedule(ctx.access, { facilityId, csv });
  }

  @Can('facility-audit:run')
  @Mutation(() => PaymentReconciliation, {
    description:
      "Matches each payment of a schedule to the facility's certificate covering its contractor that day, and keeps the result. Every bad row is reported at once (BAD_USER_INPUT on csv, by line and column) and then nothing is kept.",
  })
  reconcilePayments(
    @Ctx() ctx: Context,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('csv', () => String) csv: string,
    @Arg('mapping', () => PaymentColumnMappingInput) mapping: PaymentColumnMappingInput,
    @Arg('fileName', () => String, { nullable: true, description: 'The name of the uploaded file, to recognise the reconciliation later.' }) fileName?: string | null,
  ) {
    return reconcileFacilityPayments(ctx.access, { facilityId, csv, mapping, fileName });
  }

  @Can('facility-audit:download')
  @Query(() => PaymentReconciliationConnection, {
    description: 'The reconciliations kept for a facility, newest first, with their downloads. An unknown facility, or one the viewer may not see, is NOT_FOUND.',
  })
  facilityReconciliations(
    @Ctx() ctx: Context,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('first', () => Int, { nullable: true, description: `1 to ${MAX_PAGE_SIZE}; 25 when left out.` }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listFacilityReconciliations(ctx.access, { facilityId, first, after });
  }

  @Can('facility-clearance:check')
  @Query(() => ClearedToWork, {
    description: 'Whether a valid certificate covers a contractor (a name or an email) at the facility on a date, past or future. NOT_FOUND for a facility the viewer may not see.',
  })
  clearedToWork(
    @Ctx() ctx: Context,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('contractor', () => String) contractor: string,
    @Arg('date', () => String, { description: 'YYYY-MM-DD' }) date: string,
  ) {
    return checkClearedToWork(ctx.access, { facilityId, contractor, date });
  }
}
