import { Field, ID, ObjectType } from 'type-graphql';
import { OptInStatusEnum } from '../../graphql/enums.js';
import type { OptInStatus } from '@coverline/domain';

@ObjectType({ description: 'An independent contractor placed by an agency.' })
export class Contractor {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) workState!: string | null;
  @Field(() => OptInStatusEnum) optInStatus!: OptInStatus;
}
