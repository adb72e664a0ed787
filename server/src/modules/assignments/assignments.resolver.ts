import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { firstOfList, NESTED_LIST_MAXIMUM, nestedFirst } from '../../graphql/nested-lists.js';
import { listAssignmentCertificates } from '../certificates/certificates.service.js';
import { Certificate } from '../certificates/certificates.types.js';
import { Contractor } from '../contractors/contractors.types.js';
import { Facility } from '../facilities/facilities.types.js';
import { JobCategory } from '../job-categories/job-categories.types.js';
import {
  assignmentCertificate,
  assignmentContractor,
  assignmentFacility,
  assignmentJobCategory,
  assignmentStatusHistory,
  cancelAssignment,
  createAssignment,
  estimatePremium,
  extendAssignment,
  findAssignment,
  listAssignments,
  setPoNumber,
  type PresentedAssignment,
} from './assignments.service.js';
import { Assignment, AssignmentConnection, AssignmentFilter, AssignmentStatusChange, CreateAssignmentInput, PremiumEstimate, PremiumEstimateInput } from './assignments.types.js';

@Resolver(() => Assignment)
export class AssignmentsResolver {
  @Can('assignment:read')
  @Query(() => Assignment, { nullable: true, description: "One of the agency's assignments; null for any other id." })
  assignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findAssignment(ctx.access, id);
  }

  @Can('assignment:read')
  @Query(() => AssignmentConnection, { description: "The agency's assignments, newest effective date first, filtered." })
  assignments(
    @Ctx() ctx: Context,
    @Arg('filter', () => AssignmentFilter, { nullable: true }) filter?: AssignmentFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listAssignments(ctx.access, { filter, first, after });
  }

  @Can('premium:estimate')
  @Query(() => PremiumEstimate, { description: 'The premium of a wage for a job category (or job code, state and coverage), from the rate table.' })
  estimatePremium(@Ctx() ctx: Context, @Arg('input', () => PremiumEstimateInput) input: PremiumEstimateInput) {
    return estimatePremium(ctx.access, input);
  }

  @Can('assignment:create')
  @Mutation(() => Assignment, { description: 'Creates an assignment; the result says what happens next (approval, opt-in, payment or coverage).' })
  createAssignment(@Ctx() ctx: Context, @Arg('input', () => CreateAssignmentInput) input: CreateAssignmentInput) {
    return createAssignment(ctx.access, input);
  }

  @Can('assignment:change')
  @Mutation(() => Assignment, { description: 'Moves the end date later (at most one year after the effective date); the contractor is told.' })
  extendAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('endDate', () => String) endDate: string) {
    return extendAssignment(ctx.access, { id, endDate });
  }

  @Can('assignment:change')
  @Mutation(() => Assignment, { description: 'Cancels an assignment before its effective date; the contractor is told.' })
  cancelAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string | null) {
    return cancelAssignment(ctx.access, { id, reason });
  }

  @Can('assignment:change')
  @Mutation(() => [Assignment], { description: 'Sets one PO number on several assignments, all or none (one per campaign is the recommended practice).' })
  setPoNumber(
    @Ctx() ctx: Context,
    @Arg('assignmentIds', () => [ID]) assignmentIds: string[],
    @Arg('poNumber', () => String) poNumber: string,
    @Arg('poContactEmail', () => String, { nullable: true, description: "Where this purchase order's invoices go; sets or replaces its contact." }) poContactEmail?: string | null,
  ) {
    return setPoNumber(ctx.access, { assignmentIds, poNumber, poContactEmail });
  }

  @FieldResolver(() => Contractor)
  contractor(@Root() assignment: PresentedAssignment, @Ctx() ctx: Context) {
    return assignmentContractor(ctx.access, assignment);
  }

  @FieldResolver(() => JobCategory)
  jobCategory(@Root() assignment: PresentedAssignment, @Ctx() ctx: Context) {
    return assignmentJobCategory(ctx.access, assignment);
  }

  @FieldResolver(() => Facility, { nullable: true })
  facility(@Root() assignment: PresentedAssignment, @Ctx() ctx: Context) {
    return assignmentFacility(ctx.access, assignment);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The valid certificate of insurance, once coverage is bound.' })
  certificate(@Root() assignment: PresentedAssignment, @Ctx() ctx: Context) {
    return assignmentCertificate(ctx.access, assignment);
  }

  @FieldResolver(() => [Certificate], { description: 'Every certificate, valid and void, newest first: after an extension, the replacement comes before the voided one.' })
  certificates(@Root() assignment: PresentedAssignment, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.assignmentCertificates)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.assignmentCertificates, () => listAssignmentCertificates(ctx.access, assignment));
  }

  @FieldResolver(() => [AssignmentStatusChange], { description: 'Every status change: who, when, from, to.' })
  statusHistory(@Root() assignment: PresentedAssignment, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.assignmentStatusHistory)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.assignmentStatusHistory, () => assignmentStatusHistory(ctx.access, assignment));
  }
}
