import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { CoverageType, JobCategoryStatus } from '@coverline/domain';
import { CoverageTypeEnum, JobCategoryStatusEnum } from '../../graphql/enums.js';
import { connectionOf } from '../../graphql/pagination.js';
import { JobCodeSummary } from '../job-codes/job-codes.types.js';

@ObjectType({ description: "An agency's combination of job code, coverage types and work state; new ones wait for an operator's approval." })
export class JobCategory {
  @Field(() => ID) id!: string;
  @Field(() => JobCategoryStatusEnum) status!: JobCategoryStatus;
  @Field(() => JobCodeSummary) jobCode!: JobCodeSummary;
  @Field(() => [CoverageTypeEnum]) coverageTypes!: CoverageType[];
  @Field(() => String) workState!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
}

@ObjectType({ description: 'A proposed job category in the operator review queue, with who proposed it and what waits on it.' })
export class JobCategoryAwaitingApproval {
  @Field(() => JobCategory) category!: JobCategory;
  @Field(() => ID) agencyId!: string;
  @Field(() => String) agencyName!: string;
  @Field(() => Int, { description: 'Assignments that move on once the category is decided.' }) waitingAssignmentCount!: number;
}

export const JobCategoryConnection = connectionOf('JobCategory', JobCategory, "A page of the agency's job categories, by job code title and work state.");

export const JobCategoryAwaitingApprovalConnection = connectionOf('JobCategoryAwaitingApproval', JobCategoryAwaitingApproval, 'A page of the operator review queue, oldest first.');
