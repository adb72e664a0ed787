import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "A person on an agency's team." })
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { description: 'INVITED until the invitation is accepted, then ACTIVE.' }) status!: string;
}
