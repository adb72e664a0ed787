import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { FACILITY_NAME_MAX_LENGTH } from '@coverline/domain';
import { connectionOf } from '../../graphql/pagination.js';

@ObjectType({ description: 'A location where contractors work (hospital, venue, site), belonging to an agency.' })
export class Facility {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Street address.' }) addressLine1!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state code (or DC).' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP code (5 digits or ZIP+4).' }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The facility contact, invited to its Compliance Hub when the facility was created or the contact last changed.' })
  contactEmail!: string | null;
  @Field(() => Boolean, { description: 'Whether its Compliance Hub users may download certificates in bulk.' })
  bulkDownloadEnabled!: boolean;
}

export const FacilityConnection = connectionOf('Facility', Facility, 'A page of facilities, by name.');

@InputType({ description: "A facility's details. Only the name is required; on updateFacility a field left out stays as it is and null clears it." })
export class FacilityInput {
  @Field(() => String, { description: `Unique among the agency's facilities (whatever the case), at most ${FACILITY_NAME_MAX_LENGTH} characters.` }) name!: string;
  @Field(() => String, { nullable: true }) addressLine1?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state code (or DC).' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP code: 5 digits or ZIP+4.' }) postalCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'That person is given Compliance Hub access to the facility and emailed a sign-in link. A previous contact keeps their access until it is revoked.',
  })
  contactEmail?: string | null;
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

export const FacilityTeamMemberConnection = connectionOf('FacilityTeamMember', FacilityTeamMember, 'A page of the people with Compliance Hub access to a facility, by email.');
