import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
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
  /** Whose rates the `rates` field answers: one work state's, or every state's (null). */
  ratesState!: string | null;
}

@ObjectType('JobCodeSummary', { description: 'The identifying fields of a job code.' })
export class JobCodeSummary {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
}

@InputType({ description: 'A job code of the catalogue, named by its code: created when the code is new, otherwise its other fields are replaced.' })
export class JobCodeInput {
  @Field(() => String, { description: 'Lowercase letters, digits and single hyphens (e.g. it-field-technician); at most 60 characters. Never changes once created.' })
  code!: string;
  @Field(() => String, { description: 'At most 120 characters.' }) title!: string;
  @Field(() => String, { description: 'At most 500 characters.' }) description!: string;
  @Field(() => String, { nullable: true, description: "Workers' compensation (NCCI) class code: 4 digits." }) wcClassCode?: string | null;
  @Field(() => String, { nullable: true, description: 'General liability (ISO) class code: 5 digits.' }) glClassCode?: string | null;
}

@InputType({ description: 'The rate of one coverage type for a job code in one work state.' })
export class JobCodeRateInput {
  @Field(() => String, { description: 'Two-letter US state code, or DC.' }) state!: string;
  @Field(() => CoverageTypeEnum) coverageType!: CoverageType;
  @Field(() => Float, { description: "Greater than 0, at most 4 decimals. Workers' compensation: dollars per $100 of wage. General liability: dollars per $1,000 of wage." })
  rate!: number;
  @Field(() => Int, { description: 'The least premium of this coverage line, in cents: 0 or more.' }) minimumPremiumCents!: number;
}
