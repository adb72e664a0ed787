import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/pagination.js';

@ObjectType({ description: "A person on an agency's team." })
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { description: 'INVITED until the invitation is accepted, then ACTIVE; DISABLED once removed from the team.' }) status!: string;
  @Field(() => GraphQLDateTime, { description: 'When the person was first invited.' }) invitedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'The last sign-in (a password, an accepted invitation or a password reset); null before the first.' })
  lastSignInAt!: Date | null;
  @Field(() => Boolean, { description: 'The viewer may remove this member: an active member other than themselves, and not the last one.' })
  viewerCanRemove!: boolean;
  @Field(() => Boolean, { description: 'The viewer may resend or revoke this invitation (it is not accepted yet).' })
  viewerCanManageInvitation!: boolean;
}

export const TeamMemberConnection = connectionOf('TeamMember', TeamMember, "A page of the agency's team, by email.");
