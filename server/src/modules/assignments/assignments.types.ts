import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { AssignmentStatus, CoverageType, Payer } from '@coverline/domain';
import { AssignmentStatusEnum, CoverageTypeEnum, PayerEnum } from '../../graphql/enums.js';
import { PageInfo } from '../../graphql/pagination.js';

@ObjectType({ description: 'A job assignment (shift, engagement, project) of a contractor, covered by its own certificate.' })
export class Assignment {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentStatusEnum) status!: AssignmentStatus;
  @Field(() => String, { description: 'The status in words.' }) statusLabel!: string;
  @Field(() => String, { description: 'What happens next, in words, for the agency rep.' }) nextStep!: string;
  @Field(() => Boolean, { description: 'Whether this assignment needed the contractor to opt in (rule 3).' }) optInRequired!: boolean;
  @Field(() => Int) premiumCents!: number;
  @Field(() => Int) wageCents!: number;
  @Field(() => PayerEnum) payer!: Payer;
  @Field(() => String, { nullable: true }) poNumber!: string | null;
  @Field(() => String) effectiveDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => String) clientEntity!: string;
  @Field(() => String) jobName!: string;
  @Field(() => String) description!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => Boolean, { description: 'Cancelling is possible only before the effective date.' }) viewerCanCancel!: boolean;
  @Field(() => Boolean) viewerCanExtend!: boolean;
}

@ObjectType({ description: 'One step of an assignment\'s status history.' })
export class AssignmentStatusChange {
  @Field(() => AssignmentStatusEnum, { nullable: true }) fromStatus!: AssignmentStatus | null;
  @Field(() => AssignmentStatusEnum) toStatus!: AssignmentStatus;
  @Field(() => String, { description: 'AGENCY_MEMBER, CONTRACTOR, OPERATOR, API_KEY or SYSTEM.' }) actorType!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLDateTime) at!: Date;
}

@InputType()
export class NewJobCategoryInput {
  @Field(() => ID) jobCodeId!: string;
  @Field(() => [CoverageTypeEnum]) coverageTypes!: CoverageType[];
  @Field(() => String) workState!: string;
}

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID) contractorId!: string;
  @Field(() => ID, { nullable: true, description: 'An approved job category of the agency; or give newJobCategory.' }) jobCategoryId?: string | null;
  @Field(() => NewJobCategoryInput, { nullable: true, description: 'A new combination, which waits for approval.' }) newJobCategory?: NewJobCategoryInput | null;
  @Field(() => String) clientEntity!: string;
  @Field(() => String) jobName!: string;
  @Field(() => String) description!: string;
  @Field(() => String) effectiveDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => Int) wageCents!: number;
  @Field(() => PayerEnum, { nullable: true, description: "Defaults to the agency's setting." }) payer?: Payer | null;
  @Field(() => ID, { nullable: true }) facilityId?: string | null;
  @Field(() => String, { nullable: true }) poNumber?: string | null;
}

@InputType()
export class PremiumEstimateInput {
  @Field(() => ID, { nullable: true, description: 'Estimate for one of the agency\'s job categories…' }) jobCategoryId?: string | null;
  @Field(() => ID, { nullable: true, description: '…or for a job code, work state and coverage types.' }) jobCodeId?: string | null;
  @Field(() => String, { nullable: true }) workState?: string | null;
  @Field(() => [CoverageTypeEnum], { nullable: true }) coverageTypes?: CoverageType[] | null;
  @Field(() => Int, { description: 'The wage of one assignment, in cents.' }) wageCents!: number;
  @Field(() => Int, { nullable: true, description: 'A budget of this many alike assignments (1 to 1,000; default 1): see PremiumEstimate.assignmentCount and budgetTotalCents.' })
  assignmentCount?: number | null;
}

@ObjectType()
export class PremiumLine {
  @Field(() => CoverageTypeEnum) coverageType!: CoverageType;
  @Field(() => Float, { description: 'Dollars per $100 of wage (WC) or per $1,000 (GL).' }) rate!: number;
  @Field(() => String, { description: 'PER_100 or PER_1000.' }) basis!: string;
  @Field(() => Int, { description: 'The wage times the rate over its basis, rounded to the cent, before any minimum.' }) rateCents!: number;
  @Field(() => Int, { description: 'The least premium of this line.' }) minimumPremiumCents!: number;
  @Field(() => Boolean, { description: 'true when the minimum premium is above the rate amount, so the line is the minimum.' }) minimumApplied!: boolean;
  @Field(() => Int, { description: 'This line of one assignment: the greater of rateCents and minimumPremiumCents.' }) cents!: number;
}

@ObjectType({ description: 'The premium of one assignment from the rate table, and of a budget of alike assignments.' })
export class PremiumEstimate {
  @Field(() => Int, { description: 'The premium of one assignment: what createAssignment stores for the same inputs.' }) totalCents!: number;
  @Field(() => Int, { description: 'The same as totalCents, named for a budget.' }) perAssignmentCents!: number;
  @Field(() => [PremiumLine], { description: 'The lines of one assignment, one per coverage type.' }) lines!: PremiumLine[];
  @Field(() => Int, { description: 'How many assignments the budget is for.' }) assignmentCount!: number;
  @Field(() => Int, { description: 'perAssignmentCents × assignmentCount: each assignment is priced and rounded on its own.' }) budgetTotalCents!: number;
}

@InputType({ description: "Narrows the agency's assignments; every field is optional and they combine." })
export class AssignmentFilter {
  @Field(() => ID, { nullable: true }) contractorId?: string | null;
  @Field(() => AssignmentStatusEnum, { nullable: true }) status?: AssignmentStatus | null;
  @Field(() => ID, { nullable: true }) facilityId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: exactly the assignments of the missing PO numbers box (rule 6: no PO number, the contractor has opted in, not cancelled or opted out); false: all the others.',
  })
  missingPoNumber?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Effective on or after this date (YYYY-MM-DD).' }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Effective on or before this date (YYYY-MM-DD).' }) effectiveTo?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Ending on or after this date (YYYY-MM-DD). With effectiveTo, the assignments whose work overlaps a period: effectiveTo its last day, endFrom its first.',
  })
  endFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Ending on or before this date (YYYY-MM-DD).' }) endTo?: string | null;
}

@ObjectType()
export class AssignmentEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Assignment) node!: Assignment;
}

@ObjectType()
export class AssignmentConnection {
  @Field(() => [AssignmentEdge]) edges!: AssignmentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
