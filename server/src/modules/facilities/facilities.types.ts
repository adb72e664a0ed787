import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A location where contractors work (hospital, venue, site), belonging to an agency.' })
export class Facility {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => Boolean, { description: 'Whether its Compliance Hub users may download certificates in bulk.' })
  bulkDownloadEnabled!: boolean;
}
