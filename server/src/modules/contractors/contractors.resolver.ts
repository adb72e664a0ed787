import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COUNT_LIMIT, type Language } from '@coverline/domain';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { LanguageEnum } from '../../graphql/enums.js';
import { firstOfList, NESTED_LIST_MAXIMUM, nestedFirst } from '../../graphql/nested-lists.js';
import { selectsField } from '../../graphql/selection.js';
import { listWorkHistory } from '../assignments/assignments.service.js';
import { Assignment } from '../assignments/assignments.types.js';
import { OptInReminder, SignedOptIn } from '../opt-ins/opt-ins.types.js';
import { PaymentMethod } from '../payments/payments.types.js';
import type { ContractorRow } from './contractors.store.js';
import {
  archiveContractor,
  contractorCanBeReminded,
  contractorCoverageLabel,
  contractorCurrentAssignment,
  contractorOptInUrl,
  contractorPaymentMethod,
  createContractor,
  findAgencyContractor,
  listContractorReminders,
  listSignedOptIns,
  listContractors,
  restoreContractor,
  type ContractorPage,
  revokeContractorLinks,
  setContractorLanguage,
  updateContractor,
} from './contractors.service.js';
import { Contractor, ContractorConnection, ContractorFilter, ContractorOrder, CreateContractorInput, UpdateContractorInput } from './contractors.types.js';

@Resolver(() => ContractorConnection)
export class ContractorConnectionResolver {
  @FieldResolver(() => Int, {
    description: `How many contractors match, up to ${COUNT_LIMIT.toLocaleString('en-US')}: past that, ${COUNT_LIMIT.toLocaleString('en-US')} and totalCountIsExact false ("${COUNT_LIMIT.toLocaleString('en-US')}+"). Counted only when asked for.`,
  })
  async totalCount(@Root() page: ContractorPage): Promise<number> {
    return (await page.total()).totalCount;
  }

  @FieldResolver(() => Boolean, { description: `false when more than ${COUNT_LIMIT.toLocaleString('en-US')} match, and totalCount is that lower bound.` })
  async totalCountIsExact(@Root() page: ContractorPage): Promise<boolean> {
    return (await page.total()).totalCountIsExact;
  }
}

@Resolver(() => Contractor)
export class ContractorsResolver {
  @Can('contractor:read')
  @Query(() => ContractorConnection, { description: "The agency's contractors, filtered and sorted (by name unless orderBy says otherwise)." })
  contractors(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ContractorFilter, { nullable: true }) filter?: ContractorFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('orderBy', () => ContractorOrder, { nullable: true }) orderBy?: ContractorOrder | null,
  ) {
    const totalSelected = selectsField(info, ['totalCount']) || selectsField(info, ['totalCountIsExact']);
    return listContractors(ctx.access, { filter, orderBy, first, after }, { totalSelected });
  }

  @Can('contractor:read')
  @Query(() => Contractor, { nullable: true, description: "One of the agency's contractors; null for any other id." })
  contractor(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findAgencyContractor(ctx.access, id);
  }

  @Can('contractor:create')
  @Mutation(() => Contractor, { description: 'Adds one contractor to the agency.' })
  createContractor(@Ctx() ctx: Context, @Arg('input', () => CreateContractorInput) input: CreateContractorInput) {
    return createContractor(ctx.access, input);
  }

  @Can('contractor:update')
  @Mutation(() => Contractor, { description: "Changes any of a contractor's details; the audit log keeps the old and new values." })
  updateContractor(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateContractorInput) input: UpdateContractorInput) {
    return updateContractor(ctx.access, id, input);
  }

  @Can('contractor:archive')
  @Mutation(() => Contractor, { description: 'Archives a contractor: off the default list, no new assignments. Refused while an assignment is under way.' })
  archiveContractor(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return archiveContractor(ctx.access, id);
  }

  @Can('contractor:archive')
  @Mutation(() => Contractor, { description: 'Brings an archived contractor back.' })
  restoreContractor(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return restoreContractor(ctx.access, id);
  }

  @Can('contractor-link:revoke')
  @Mutation(() => Int, { description: 'Revokes every sign-in link of a contractor (e.g. one forwarded by mistake); returns how many.' })
  revokeContractorLinks(@Ctx() ctx: Context, @Arg('contractorId', () => ID) contractorId: string) {
    return revokeContractorLinks(ctx.access, contractorId);
  }

  @Can('contractor-self:update')
  @Mutation(() => Contractor, { description: "Sets the signed-in contractor's language: their app's, and every email to them from now on." })
  setContractorLanguage(@Ctx() ctx: Context, @Arg('language', () => LanguageEnum) language: Language) {
    return setContractorLanguage(ctx.access, language);
  }

  @FieldResolver(() => String, { nullable: true, description: "The contractor's current personal link (opt-in and coverage): the agency's to share directly, and the contractor's own to open a waiting opt-in from their page." })
  optInUrl(@Root() contractor: Contractor, @Ctx() ctx: Context) {
    return contractorOptInUrl(ctx.access, contractor);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the contractor was archived.' })
  archived(@Root() contractor: ContractorRow) {
    return contractor.archivedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether "Send reminder" applies: an opt-in waits for the contractor, who is not archived.' })
  canBeReminded(@Root() contractor: ContractorRow, @Ctx() ctx: Context) {
    return contractorCanBeReminded(ctx.access, contractor);
  }

  @FieldResolver(() => PaymentMethod, { nullable: true, description: 'The card on file, for a contractor who pays for their coverage.' })
  paymentMethod(@Root() contractor: ContractorRow, @Ctx() ctx: Context) {
    return contractorPaymentMethod(ctx.access, contractor);
  }

  @FieldResolver(() => [OptInReminder], { description: 'Every opt-in reminder sent, newest first: by the schedule or by whom.' })
  reminders(@Root() contractor: ContractorRow, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.contractorReminders)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.contractorReminders, () => listContractorReminders(ctx.access, contractor));
  }

  @FieldResolver(() => [SignedOptIn], { description: 'The opt-ins the contractor signed, newest first, with the version and language of the terms of each.' })
  signedOptIns(@Root() contractor: ContractorRow, @Ctx() ctx: Context) {
    return listSignedOptIns(ctx.access, contractor);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether preferredLanguage is a choice the contractor made (on the language switcher, or by signing the opt-in in it) rather than the default; until then their app follows their browser.',
  })
  languageChosen(@Root() contractor: ContractorRow) {
    return contractor.languageChosenAt !== null;
  }

  @FieldResolver(() => String, { description: 'The coverage status in words (Covered, Awaiting opt-in, Payment declined, …).' })
  coverageStatusLabel(@Root() contractor: ContractorRow) {
    return contractorCoverageLabel(contractor);
  }

  @FieldResolver(() => Assignment, { nullable: true, description: 'The assignment the coverage status comes from; null when none is current.' })
  currentAssignment(@Root() contractor: ContractorRow, @Ctx() ctx: Context) {
    return contractorCurrentAssignment(ctx.access, contractor);
  }

  @FieldResolver(() => [Assignment], { description: 'Work history, newest first (all of it, a page at a time: `assignments(filter: { contractorId })`).' })
  assignments(@Root() contractor: Contractor, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.contractorAssignments)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.contractorAssignments, () => listWorkHistory(ctx.access, contractor));
  }
}
