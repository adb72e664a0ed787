import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PayerEnum } from '../../graphql/enums.js';
import type { Payer } from '@coverline/domain';

@ObjectType({ description: 'A staffing or creator agency: the tenant whose data its team sees.' })
export class Agency {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@InputType()
export class CreateAgencyInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The first team member, who receives an invitation email.' }) firstMemberEmail!: string;
  @Field(() => String, { nullable: true }) billingEmail?: string | null;
  @Field(() => PayerEnum, { nullable: true }) defaultPayer?: Payer | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Chicago.' }) timeZone?: string | null;
}
