import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ContractorCoverageStatus, OverviewGranularity } from '@coverline/domain';
import { ContractorCoverageStatusEnum } from '../../graphql/enums.js';

export const OverviewGranularityEnum = { WEEK: 'WEEK', MONTH: 'MONTH' } as const;
registerEnumType(OverviewGranularityEnum, {
  name: 'OverviewGranularity',
  description: 'WEEK (periods start on Monday) for a range of up to 92 days; MONTH for longer or open ranges.',
});

@ObjectType({ description: 'Contractors of the range asked to opt in, and how far they got.' })
export class OptInFunnel {
  @Field(() => Int, { description: 'Contractors of the range with an opt-in requested (open, completed or revoked).' }) asked!: number;
  @Field(() => Int, { description: 'Of those asked, the contractors who completed an opt-in.' }) completed!: number;
  @Field(() => Int, { description: 'Of those who completed, the contractors with a covered or ended assignment overlapping the range.' }) covered!: number;
}

@ObjectType()
export class StateCount {
  @Field(() => String, { description: 'A US state code.' }) state!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class CoverageStatusCount {
  @Field(() => ContractorCoverageStatusEnum) status!: ContractorCoverageStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class PeriodCount {
  @Field(() => String, { description: 'The first day of the week (a Monday) or month.' }) periodStart!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Assignments by the period their effective date falls in, periods without any included (as 0).' })
export class AssignmentsStartedSeries {
  @Field(() => OverviewGranularityEnum) granularity!: OverviewGranularity;
  @Field(() => [PeriodCount]) periods!: PeriodCount[];
}

@ObjectType({ description: 'A bucket of a distribution: values from min to max, both included.' })
export class DistributionBucket {
  @Field(() => Int) min!: number;
  @Field(() => Int, { nullable: true, description: 'null: no upper end.' }) max!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'What a rep should act on now, whatever the range; each is a filtered list of the Contractors tab or the missing PO numbers.' })
export class NeedsAttention {
  @Field(() => Int, { description: 'Contractors needing an opt-in whose link has been open for more than two days (ContractorFilter.awaitingOptInForDays: 2).' })
  awaitingOptInOverTwoDays!: number;
  @Field(() => Int, { description: 'Contractors whose card payment was declined (coverage status PAYMENT_DECLINED).' }) declinedPayments!: number;
  @Field(() => Int, { description: 'Assignments missing a PO number, as assignments(filter: { missingPoNumber: true }) lists them.' }) missingPoNumbers!: number;
  @Field(() => Int, { description: "The agency's job categories waiting for the operator's approval." }) categoriesPendingApproval!: number;
  @Field(() => Int, { description: 'Contractors waiting for such an approval (coverage status PENDING_APPROVAL).' }) contractorsPendingApproval!: number;
}

@ObjectType({ description: "A new agency's first steps, each done or not." })
export class AgencySetup {
  @Field(() => Boolean, { description: "The settings were saved since the agency's first member joined (the operator's defaults reviewed)." }) settingsSaved!: boolean;
  @Field(() => Boolean) hasFacility!: boolean;
  @Field(() => Boolean) hasContractors!: boolean;
  @Field(() => Boolean) hasAssignment!: boolean;
}

@ObjectType({
  description:
    "A snapshot of the agency's contractors and assignments, optionally for a range of effective dates [from, to] (both included, either open). " +
    "Assignment figures count the assignments, except cancelled ones, whose effective date falls in the range. Contractor figures count the contractors not archived: " +
    'with a range, those with such an assignment.',
})
export class CompanyOverview {
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => Float, { description: 'Of the contractors asked to opt in, the share (0 to 1) who completed it: optInFunnel.completed / optInFunnel.asked (0 when nobody was asked).' })
  applicationCompletionRate!: number;
  @Field(() => OptInFunnel) optInFunnel!: OptInFunnel;
  @Field(() => [String], { description: 'The work states of the contractors, most contractors first.' }) activeStates!: string[];
  @Field(() => [StateCount], { description: 'Contractors by work state, most first (contractors without one are left out).' }) contractorsByState!: StateCount[];
  @Field(() => Int, { description: 'Contractors covered now (coverage status COVERED), whatever the range.' }) insuredContractors!: number;
  @Field(() => Int, { description: 'Contractors with a covered or ended assignment overlapping the range (all time: ever insured).' }) insuredContractorsInRange!: number;
  @Field(() => Int, { description: 'Contractors the contractor figures count.' }) contractorsInRange!: number;
  @Field(() => Int, { description: 'Assignments the assignment figures count.' }) assignmentsInRange!: number;
  @Field(() => Int, { nullable: true, description: 'The mean wage of the assignments, rounded to the cent; null when there are none.' }) averageWageCents!: number | null;
  @Field(() => Int, { nullable: true, description: 'The median wage, rounded to the cent.' }) medianWageCents!: number | null;
  @Field(() => Float, { nullable: true, description: 'The mean length in days, effective and end date included.' }) averageAssignmentDays!: number | null;
  @Field(() => Float, { nullable: true }) medianAssignmentDays!: number | null;
  @Field(() => Int, {
    description: 'Assignments of the range missing a PO number: exactly those assignments(filter: { missingPoNumber: true, effectiveFrom: from, effectiveTo: to }) lists.',
  })
  assignmentsMissingPoNumber!: number;
  @Field(() => AssignmentsStartedSeries) assignmentsStarted!: AssignmentsStartedSeries;
  @Field(() => [CoverageStatusCount], { description: 'The contractors by coverage status now, every status listed (0 included).' }) coverageStatusBreakdown!: CoverageStatusCount[];
  @Field(() => [DistributionBucket], { description: 'The assignments by wage, in cents.' }) wageDistribution!: DistributionBucket[];
  @Field(() => [DistributionBucket], { description: 'The assignments by length, in days.' }) assignmentLengthDistribution!: DistributionBucket[];
  @Field(() => NeedsAttention) needsAttention!: NeedsAttention;
  @Field(() => AgencySetup) setup!: AgencySetup;
}
