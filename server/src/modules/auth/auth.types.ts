import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@ObjectType({ description: "An invitation to join an agency's team, looked up by the token of its email link." })
export class TeamInvitation {
  @Field(() => String) email!: string;
  @Field(() => String) agencyName!: string;
  @Field(() => GraphQLDateTime) expiresAt!: Date;
}
