import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@ObjectType({ description: 'A location where contractors work (hospital, venue, site), belonging to an agency.' })
export class Facility {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => Boolean, { description: 'Whether its Compliance Hub users may download certificates in bulk.' })
  bulkDownloadEnabled!: boolean;
}

@ObjectType({ description: 'A person with Compliance Hub access to a facility.' })
export class FacilityTeamMember {
  @Field(() => ID, { description: 'The facility user.' }) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => GraphQLDateTime, { description: 'When they were given access to this facility.' }) grantedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) lastSignInAt!: Date | null;
  @Field(() => Boolean, { description: 'Whether this is the signed-in viewer.' }) isViewer!: boolean;
}
