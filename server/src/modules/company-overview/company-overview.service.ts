// The Company Overview (the agency app's landing page): the figures of the agency's own data for a
// range of effective dates, with the domain's series, buckets and rate put around the store's counts.
import {
  ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS,
  AWAITING_OPT_IN_ATTENTION_DAYS,
  completionRate,
  CONTRACTOR_COVERAGE_STATUSES,
  distributionBuckets,
  filledSeries,
  overviewGranularity,
  overviewRangeSchema,
  WAGE_BUCKET_EDGES_CENTS,
} from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { parseInput } from '../../graphql/validation.js';
import type { CompanyOverview } from './company-overview.types.js';

const DAY_MS = 86_400_000;

export async function readCompanyOverview(access: Access, args: { from?: string | null; to?: string | null }): Promise<CompanyOverview> {
  const scope = authorize(access, 'company-overview:read');
  const range = parseInput(overviewRangeSchema, { from: args.from, to: args.to });
  const granularity = overviewGranularity(range);
  const figures = await scope.stores.companyOverview.figures({
    range,
    granularity,
    wageEdgesCents: WAGE_BUCKET_EDGES_CENTS,
    lengthEdgesDays: ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS,
    openOptInBefore: new Date(scope.now().getTime() - AWAITING_OPT_IN_ATTENTION_DAYS * DAY_MS),
  });
  const first = range.from ?? figures.firstEffectiveDate;
  const last = range.to ?? figures.lastEffectiveDate;
  const countAt = (buckets: { index: number; count: number }[]) => (index: number) => buckets.find((bucket) => bucket.index === index)?.count ?? 0;
  const byCoverage = new Map(figures.byCoverage.map((entry) => [entry.status, entry.count]));
  return {
    from: range.from,
    to: range.to,
    applicationCompletionRate: completionRate(figures.asked, figures.completed),
    optInFunnel: { asked: figures.asked, completed: figures.completed, covered: figures.completedAndCovered },
    activeStates: figures.byState.map((entry) => entry.state),
    contractorsByState: figures.byState,
    insuredContractors: figures.insuredNow,
    insuredContractorsInRange: figures.insuredInRange,
    contractorsInRange: figures.contractorsInRange,
    assignmentsInRange: figures.assignmentsInRange,
    averageWageCents: figures.averageWageCents,
    medianWageCents: figures.medianWageCents,
    averageAssignmentDays: figures.averageAssignmentDays,
    medianAssignmentDays: figures.medianAssignmentDays,
    assignmentsMissingPoNumber: figures.missingPoInRange,
    assignmentsStarted: { granularity, periods: filledSeries(figures.started, granularity, first && last ? { first, last } : null) },
    coverageStatusBreakdown: CONTRACTOR_COVERAGE_STATUSES.map((status) => ({ status, count: byCoverage.get(status) ?? 0 })),
    wageDistribution: distributionBuckets(WAGE_BUCKET_EDGES_CENTS, 1, countAt(figures.wageBuckets)),
    assignmentLengthDistribution: distributionBuckets(ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS, 1, countAt(figures.lengthBuckets)),
    needsAttention: {
      awaitingOptInOverTwoDays: figures.awaitingOptIn,
      declinedPayments: figures.declinedPayments,
      missingPoNumbers: figures.missingPoNumbers,
      categoriesPendingApproval: figures.categoriesPendingApproval,
      contractorsPendingApproval: figures.contractorsPendingApproval,
    },
    setup: { settingsSaved: figures.settingsSaved, hasFacility: figures.hasFacility, hasContractors: figures.hasContractors, hasAssignment: figures.hasAssignment },
  };
}
