import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CoverageTypeEnum } from '../../graphql/enums.js';
import type { CoverageType } from '@coverline/domain';

@ObjectType({ description: 'The rate of one coverage type for a job code in one work state.' })
export class JobCodeRate {
  @Field(() => String) state!: string;
  @Field(() => CoverageTypeEnum) coverageType!: CoverageType;
  @Field(() => Float, { description: "Workers' compensation: dollars per $100 of wage. General liability: dollars per $1,000 of wage." })
  rate!: number;
  @Field(() => Int) minimumPremiumCents!: number;
}

@ObjectType({ description: 'A job code of the platform catalogue, pre-approved, with rates per work state.' })
export class JobCode {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) wcClassCode!: string | null;
  @Field(() => String, { nullable: true }) glClassCode!: string | null;
  @Field(() => [JobCodeRate]) rates!: JobCodeRate[];
}

@ObjectType('JobCodeSummary', { description: 'The identifying fields of a job code.' })
export class JobCodeSummary {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
}
