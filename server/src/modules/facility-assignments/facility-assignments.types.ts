import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination.js';
import { Certificate } from '../certificates/certificates.types.js';
import { SortDirection } from '../contractors/contractors.types.js';

@InputType({ description: 'Inclusive date bounds (YYYY-MM-DD), any subset: an effective-date range and/or an end-date range.' })
export class FacilityAssignmentFilter {
  @Field(() => String, { nullable: true }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true }) effectiveTo?: string | null;
  @Field(() => String, { nullable: true }) endFrom?: string | null;
  @Field(() => String, { nullable: true }) endTo?: string | null;
}

export const FacilityAssignmentOrderField = { EFFECTIVE_DATE: 'EFFECTIVE_DATE', END_DATE: 'END_DATE', CONTRACTOR: 'CONTRACTOR' } as const;
export type FacilityAssignmentOrderField = keyof typeof FacilityAssignmentOrderField;
registerEnumType(FacilityAssignmentOrderField, {
  name: 'FacilityAssignmentOrderField',
  description: "EFFECTIVE_DATE and END_DATE: by that date; CONTRACTOR: by last name, first name, then each contractor's assignments by effective date.",
});

@InputType({ description: "The order of a facility's assignments (default: newest effective date first)." })
export class FacilityAssignmentOrder {
  @Field(() => FacilityAssignmentOrderField) field!: FacilityAssignmentOrderField;
  @Field(() => SortDirection, { nullable: true, description: 'ASC unless said.' }) direction?: SortDirection | null;
}

@ObjectType({ description: 'One covered assignment (a shift or a project) at a facility, with its certificate: one row per assignment, never per contractor.' })
export class FacilityAssignment {
  @Field(() => ID) id!: string;
  @Field(() => String) contractorName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) effectiveDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) endDate!: string;
  @Field(() => String) jobName!: string;
  @Field(() => Certificate) certificate!: Certificate;
}

@ObjectType()
export class FacilityAssignmentEdge {
  @Field(() => String) cursor!: string;
  @Field(() => FacilityAssignment) node!: FacilityAssignment;
}

@ObjectType()
export class FacilityAssignmentConnection {
  @Field(() => [FacilityAssignmentEdge]) edges!: FacilityAssignmentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Every assignment matching the filter, on all pages.' }) totalCount!: number;
  @Field(() => String, { nullable: true, description: 'The ZIP of every certificate matching the filter; null when the agency has not enabled bulk download for this facility.' })
  bulkDownloadUrl!: string | null;
}
