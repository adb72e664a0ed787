import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { PageInfo } from '../../graphql/pagination.js';
import { PayerEnum } from '../../graphql/enums.js';
import type { Payer } from '@coverline/domain';

@ObjectType({ description: 'A staffing or creator agency: the tenant whose data its team sees.' })
export class Agency {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
}

@ObjectType()
export class AgencyEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Agency) node!: Agency;
}

@ObjectType({ description: 'A page of agencies, newest first.' })
export class AgencyConnection {
  @Field(() => [AgencyEdge]) edges!: AgencyEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

const LIMIT = 'Whole dollars, in cents; null: no minimum beyond having the coverage.';

@ObjectType({ description: "What the agency requires of General Liability on every assignment." })
export class GeneralLiabilityRequirement {
  @Field(() => Boolean, { description: 'Every assignment must carry General Liability.' }) required!: boolean;
  @Field(() => Int, { nullable: true, description: `The least each-occurrence limit. ${LIMIT}` }) eachOccurrenceCents!: number | null;
  @Field(() => Int, { nullable: true, description: `The least general aggregate, at least each occurrence. ${LIMIT}` }) aggregateCents!: number | null;
}

@ObjectType({ description: "What the agency requires of Workers' Compensation: the coverage itself is statutory; employer's liability has three limits." })
export class WorkersCompensationRequirement {
  @Field(() => Boolean, { description: "Every assignment must carry Workers' Compensation." }) required!: boolean;
  @Field(() => Int, { nullable: true, description: `Employer's liability, each accident. ${LIMIT}` }) employersLiabilityEachAccidentCents!: number | null;
  @Field(() => Int, { nullable: true, description: `Employer's liability, disease, each employee. ${LIMIT}` }) employersLiabilityDiseaseEachEmployeeCents!: number | null;
  @Field(() => Int, { nullable: true, description: `Employer's liability, disease, policy limit (at least each employee). ${LIMIT}` })
  employersLiabilityDiseasePolicyLimitCents!: number | null;
}

@InputType({ description: 'General Liability as required: given, it replaces the whole requirement; a limit left out or null is no minimum; limits only when required.' })
export class GeneralLiabilityRequirementInput {
  @Field(() => Boolean) required!: boolean;
  @Field(() => Int, { nullable: true, description: 'Whole dollars in cents, more than $0, at most $20,000,000.' }) eachOccurrenceCents?: number | null;
  @Field(() => Int, { nullable: true, description: 'Whole dollars in cents, at least eachOccurrenceCents.' }) aggregateCents?: number | null;
}

@InputType({ description: "Workers' Compensation as required: given, it replaces the whole requirement; a limit left out or null is no minimum; limits only when required." })
export class WorkersCompensationRequirementInput {
  @Field(() => Boolean) required!: boolean;
  @Field(() => Int, { nullable: true, description: 'Whole dollars in cents, more than $0, at most $20,000,000.' }) employersLiabilityEachAccidentCents?: number | null;
  @Field(() => Int, { nullable: true, description: 'Whole dollars in cents, more than $0, at most $20,000,000.' }) employersLiabilityDiseaseEachEmployeeCents?: number | null;
  @Field(() => Int, { nullable: true, description: 'Whole dollars in cents, at least employersLiabilityDiseaseEachEmployeeCents.' })
  employersLiabilityDiseasePolicyLimitCents?: number | null;
}

@ObjectType({ description: "An agency's settings." })
export class AgencySettings {
  @Field(() => String, { nullable: true, description: 'Where invoices go, beside the PO contact.' }) billingEmail!: string | null;
  @Field(() => String, { nullable: true, description: "The contact of a new PO number entered without one: that purchase order's invoices go there." })
  defaultPoContactEmail!: string | null;
  @Field(() => PayerEnum, { description: 'Who pays the premium of a new assignment unless it says otherwise.' }) defaultPayer!: Payer;
  @Field(() => String, { description: 'IANA time zone: "today" for new assignments, the invoice month.' }) timeZone!: string;
  @Field(() => [Int], { description: 'Days after the opt-in link was sent on which an automatic reminder goes out, ascending.' }) reminderDays!: number[];
  @Field(() => GeneralLiabilityRequirement) generalLiability!: GeneralLiabilityRequirement;
  @Field(() => WorkersCompensationRequirement) workersCompensation!: WorkersCompensationRequirement;
}

@InputType({ description: 'Any subset of the settings; a field left out (or null) keeps its value; an empty billingEmail or defaultPoContactEmail clears it.' })
export class AgencySettingsInput {
  @Field(() => String, { nullable: true, description: 'An email; "" clears it (invoices then go to the PO contact only).' }) billingEmail?: string | null;
  @Field(() => String, { nullable: true, description: 'An email; "" clears it (a new PO number then has no contact unless one is given).' })
  defaultPoContactEmail?: string | null;
  @Field(() => PayerEnum, { nullable: true }) defaultPayer?: Payer | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Chicago.' }) timeZone?: string | null;
  @Field(() => [Int], { nullable: true, description: '1 to 30, at most 5 days, each once; an empty list turns automatic reminders off.' })
  reminderDays?: number[] | null;
  @Field(() => GeneralLiabilityRequirementInput, { nullable: true }) generalLiability?: GeneralLiabilityRequirementInput | null;
  @Field(() => WorkersCompensationRequirementInput, { nullable: true }) workersCompensation?: WorkersCompensationRequirementInput | null;
}

@InputType({ description: 'A new agency: its name, first team member and settings (settings left out take their defaults).' })
export class CreateAgencyInput extends AgencySettingsInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The first team member, who receives an invitation email; also the billing email unless one is given.' }) firstMemberEmail!: string;
}

@ObjectType({ description: 'The limits of a master policy of General Liability.' })
export class GeneralLiabilityLimits {
  @Field(() => Int, { nullable: true }) eachOccurrenceCents!: number | null;
  @Field(() => Int, { nullable: true }) aggregateCents!: number | null;
}

@ObjectType({ description: "The employer's liability limits of a master policy of Workers' Compensation (statutory)." })
export class WorkersCompensationLimits {
  @Field(() => Int, { nullable: true }) employersLiabilityEachAccidentCents!: number | null;
  @Field(() => Int, { nullable: true }) employersLiabilityDiseaseEachEmployeeCents!: number | null;
  @Field(() => Int, { nullable: true }) employersLiabilityDiseasePolicyLimitCents!: number | null;
}

@ObjectType({ description: "The limits Coverline's master policies in force today provide, per coverage type; null when none is in force." })
export class MasterPolicyLimits {
  @Field(() => GeneralLiabilityLimits, { nullable: true }) generalLiability!: GeneralLiabilityLimits | null;
  @Field(() => WorkersCompensationLimits, { nullable: true }) workersCompensation!: WorkersCompensationLimits | null;
}
