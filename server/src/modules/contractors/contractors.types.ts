import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { ContractorCoverageStatus, OptInStatus } from '@coverline/domain';
import { ContractorCoverageStatusEnum, OptInStatusEnum } from '../../graphql/enums.js';
import { PageInfo } from '../../graphql/pagination.js';
import { MAX_SEARCH_LENGTH } from '../../db/search.js';

@ObjectType({ description: 'An independent contractor placed by an agency.' })
export class Contractor {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) addressLine1!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Residence state.' }) state!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) workState!: string | null;
  @Field(() => String, { nullable: true, description: 'The id of this contractor in an integration or import.' }) externalId!: string | null;
  @Field(() => OptInStatusEnum) optInStatus!: OptInStatus;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the contractor was archived; null while active.' }) archivedAt!: Date | null;
  @Field(() => ContractorCoverageStatusEnum, { description: 'Where their coverage stands, from all their assignments.' }) coverageStatus!: ContractorCoverageStatus;
}

export const ContractorInsuranceStatus = { COVERED: 'COVERED', PENDING: 'PENDING', NOT_COVERED: 'NOT_COVERED' } as const;
export type ContractorInsuranceStatus = keyof typeof ContractorInsuranceStatus;
registerEnumType(ContractorInsuranceStatus, {
  name: 'ContractorInsuranceStatus',
  description: 'COVERED: an assignment is covered now; PENDING: one waits for approval, opt-in or payment; NOT_COVERED: neither.',
});

export const MAX_AWAITING_OPT_IN_DAYS = 365;

@InputType()
export class ContractorFilter {
  @Field(() => String, { nullable: true, description: 'Work state.' }) state?: string | null;
  @Field(() => ID, { nullable: true, description: 'Has an assignment with this job code.' }) jobCodeId?: string | null;
  @Field(() => ContractorInsuranceStatus, { nullable: true }) insuranceStatus?: ContractorInsuranceStatus | null;
  @Field(() => String, { nullable: true, description: `Part of the name, email or external id (at most ${MAX_SEARCH_LENGTH} characters).` }) search?: string | null;
  @Field(() => [ContractorCoverageStatusEnum], { nullable: true, description: 'Any of these coverage statuses.' }) coverageStatus?: ContractorCoverageStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'false or left out: contractors not archived; true: only the archived ones.' }) archived?: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description: `Needing an opt-in (NEEDS_OPT_IN) whose open opt-in was requested more than this many days ago (0 to ${MAX_AWAITING_OPT_IN_DAYS}): companyOverview.needsAttention.awaitingOptInOverTwoDays lists 2.`,
  })
  awaitingOptInForDays?: number | null;
}

export const ContractorOrderField = { NAME: 'NAME', COVERAGE_STATUS: 'COVERAGE_STATUS', WORK_STATE: 'WORK_STATE' } as const;
export type ContractorOrderField = keyof typeof ContractorOrderField;
registerEnumType(ContractorOrderField, {
  name: 'ContractorOrderField',
  description: 'NAME: last name, first name; COVERAGE_STATUS and WORK_STATE: by that, then by name. A contractor without a work state comes last going up, first going down.',
});

export const SortDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortDirection = keyof typeof SortDirection;
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'The order of the contractors list (default: by name, A to Z).' })
export class ContractorOrder {
  @Field(() => ContractorOrderField) field!: ContractorOrderField;
  @Field(() => SortDirection, { nullable: true, description: 'ASC unless said.' }) direction?: SortDirection | null;
}

/**
 * The optional details, which create and update take alike (on update a null clears one). type-graphql
 * copies an input's superclass fields into it; no argument takes this type itself, so the schema leaves it out.
 */
@InputType()
class ContractorOptionalDetails {
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) addressLine1?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) workState?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

@InputType()
export class CreateContractorInput extends ContractorOptionalDetails {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) email!: string;
}

@InputType({ description: 'Any subset of the fields of CreateContractorInput; a null clears an optional field.' })
export class UpdateContractorInput extends ContractorOptionalDetails {
  @Field(() => String, { nullable: true }) firstName?: string;
  @Field(() => String, { nullable: true }) lastName?: string;
  @Field(() => String, { nullable: true }) email?: string;
}

@ObjectType()
export class ContractorEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Contractor) node!: Contractor;
}

/** totalCount and totalCountIsExact are resolved by ContractorConnectionResolver, and counted only when asked for. */
@ObjectType()
export class ContractorConnection {
  @Field(() => [ContractorEdge]) edges!: ContractorEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
