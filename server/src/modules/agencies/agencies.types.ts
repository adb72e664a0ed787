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

@InputType()
export class CreateAgencyInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The first team member, who receives an invitation email.' }) firstMemberEmail!: string;
  @Field(() => String, { nullable: true }) billingEmail?: string | null;
  @Field(() => PayerEnum, { nullable: true }) defaultPayer?: Payer | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Chicago.' }) timeZone?: string | null;
}

@ObjectType({ description: "An agency's settings." })
export class AgencySettings {
  @Field(() => String, { nullable: true, description: 'Where invoices go, beside the PO contact.' }) billingEmail!: string | null;
  @Field(() => PayerEnum, { description: 'Who pays the premium of a new assignment unless it says otherwise.' }) defaultPayer!: Payer;
  @Field(() => String, { description: 'IANA time zone: "today" for new assignments, the invoice month.' }) timeZone!: string;
  @Field(() => [Int], { description: 'Days after the opt-in link was sent on which an automatic reminder goes out, ascending.' }) reminderDays!: number[];
}

@InputType({ description: 'Any subset of the settings; a field left out (or null) keeps its value.' })
export class AgencySettingsInput {
  @Field(() => String, { nullable: true }) billingEmail?: string | null;
  @Field(() => PayerEnum, { nullable: true }) defaultPayer?: Payer | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Chicago.' }) timeZone?: string | null;
  @Field(() => [Int], { nullable: true, description: '1 to 30, at most 5 days, each once; an empty list turns automatic reminders off.' })
  reminderDays?: number[] | null;
}
