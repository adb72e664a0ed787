import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { and, eq } from 'drizzle-orm';
import { contractors, facilities } from '../../db/schema.js';
import { Can } from '../../graphql/authorization.js';
import type { Context } from '../../graphql/context.js';
import { agencyViewer } from '../../graphql/scope.js';
import { findCertificateForAssignment } from '../certificates/certificates.service.js';
import { Certificate } from '../certificates/certificates.types.js';
import { Contractor } from '../contractors/contractors.types.js';
import { Facility } from '../facilities/facilities.types.js';
import { findJobCategory } from '../job-categories/job-categories.service.js';
import { JobCategory } from '../job-categories/job-categories.types.js';
import {
  assignmentStatusHistory,
  cancelAssignment,
  createAssignment,
  estimatePremium,
  extendAssignment,
  findAssignment,
  setPoNumber,
} from './assignments.service.js';
import { Assignment, AssignmentStatusChange, CreateAssignmentInput, PremiumEstimate, PremiumEstimateInput } from './assignments.types.js';

type AssignmentSource = Assignment & { agencyId: string; contractorId: string; jobCategoryId: string; facilityId: string | null };

@Resolver(() => Assignment)
export class AssignmentsResolver {
  @Can('assignment:read')
  @Query(() => Assignment, { nullable: true, description: "One of the agency's assignments; null for any other id." })
  assignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findAssignment(ctx, agencyViewer(ctx), id);
  }

  @Can('premium:estimate')
  @Query(() => PremiumEstimate, { description: 'The premium of a wage for a job category (or job code, state and coverage), from the rate table.' })
  estimatePremium(@Ctx() ctx: Context, @Arg('input', () => PremiumEstimateInput) input: PremiumEstimateInput) {
    const viewer = ctx.viewer.kind === 'AGENCY_MEMBER' || ctx.viewer.kind === 'AGENCY_API_KEY' ? ctx.viewer : null;
    return estimatePremium(ctx, viewer, input);
  }

  @Can('assignment:create')
  @Mutation(() => Assignment, { description: 'Creates an assignment; the result says what happens next (approval, opt-in, payment or coverage).' })
  createAssignment(@Ctx() ctx: Context, @Arg('input', () => CreateAssignmentInput) input: CreateAssignmentInput) {
    return createAssignment(ctx, agencyViewer(ctx), input);
  }

  @Can('assignment:change')
  @Mutation(() => Assignment, { description: 'Moves the end date later (at most one year after the effective date); the contractor is told.' })
  extendAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('endDate', () => String) endDate: string) {
    return extendAssignment(ctx, agencyViewer(ctx), { id, endDate });
  }

  @Can('assignment:change')
  @Mutation(() => Assignment, { description: 'Cancels an assignment before its effective date; the contractor is told.' })
  cancelAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string | null) {
    return cancelAssignment(ctx, agencyViewer(ctx), { id, reason });
  }

  @Can('assignment:change')
  @Mutation(() => [Assignment], { description: 'Sets one PO number on several assignments (one per campaign is the recommended practice).' })
  setPoNumber(@Ctx() ctx: Context, @Arg('assignmentIds', () => [ID]) assignmentIds: string[], @Arg('poNumber', () => String) poNumber: string) {
    return setPoNumber(ctx, agencyViewer(ctx), { assignmentIds, poNumber });
  }

  @FieldResolver(() => Contractor)
  async contractor(@Root() assignment: AssignmentSource, @Ctx() ctx: Context) {
    return ctx.deps.db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, assignment.agencyId), eq(contractors.id, assignment.contractorId)) });
  }

  @FieldResolver(() => JobCategory)
  jobCategory(@Root() assignment: AssignmentSource, @Ctx() ctx: Context) {
    return findJobCategory(ctx.deps.db, { agencyId: assignment.agencyId, id: assignment.jobCategoryId });
  }

  @FieldResolver(() => Facility, { nullable: true })
  async facility(@Root() assignment: AssignmentSource, @Ctx() ctx: Context) {
    if (!assignment.facilityId) return null;
    return (await ctx.deps.db.query.facilities.findFirst({ where: and(eq(facilities.agencyId, assignment.agencyId), eq(facilities.id, assignment.facilityId)) })) ?? null;
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The valid certificate of insurance, once coverage is bound.' })
  certificate(@Root() assignment: AssignmentSource, @Ctx() ctx: Context) {
    return findCertificateForAssignment(ctx.deps, assignment.agencyId, assignment.id);
  }

  @FieldResolver(() => [AssignmentStatusChange], { description: 'Every status change: who, when, from, to.' })
  statusHistory(@Root() assignment: AssignmentSource, @Ctx() ctx: Context) {
    return assignmentStatusHistory(ctx, assignment);
  }
}
