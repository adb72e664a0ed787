import type { RefusalReason } from '@coverline/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RefusalReasonEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A problem of an import file, on a line of the file (the header row is line 1).' })
export class ContractorImportError {
  @Field(() => Int, { description: 'The line in the file where the row starts; 1 is the header row.' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The header of the column at fault, as the file writes it; null for a problem of the row or file as a whole.' })
  column!: string | null;
  @Field(() => String) message!: string;
  @Field(() => RefusalReasonEnum, { nullable: true, description: 'The stable reason, for the problems integrations branch on (as extensions.reason of the same refusal from createAssignment).' })
  reason?: RefusalReason;
}

@ObjectType({ description: 'One header of the file and what it fills.' })
export class ContractorImportColumn {
  @Field(() => String, { description: 'The header as the file writes it.' }) header!: string;
  @Field(() => String, { nullable: true, description: 'The import column it names (e.g. first_name); null for a header an import does not read.' }) column!: string | null;
  @Field(() => String, { nullable: true, description: "The form field it fills (e.g. firstName, the assignment's wageCents)." }) field!: string | null;
}

export const ContractorImportAction = { CREATE: 'CREATE', UPDATE: 'UPDATE' } as const;
export type ContractorImportAction = keyof typeof ContractorImportAction;
registerEnumType(ContractorImportAction, { name: 'ContractorImportAction', description: 'CREATE: a new contractor; UPDATE: the contractor with this external id (or email) already there.' });

@ObjectType({ description: 'One row of the file as it is (or would be) written.' })
export class ContractorImportPreviewRow {
  @Field(() => Int) line!: number;
  @Field(() => ContractorImportAction) action!: ContractorImportAction;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String, { nullable: true }) workState!: string | null;
  @Field(() => String, { nullable: true, description: 'The job name of the assignment the row creates.' }) assignmentJobName!: string | null;
}

@ObjectType({ description: 'What an import wrote, or with dryRun would write. With any error nothing is written and the counts are 0.' })
export class ContractorImportResult {
  @Field(() => Boolean, { description: 'True when the file was only checked.' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Data rows in the file.' }) rows!: number;
  @Field(() => Int, { description: 'Contractors written: created plus updated.' }) imported!: number;
  @Field(() => Int, { description: 'New contractors.' }) created!: number;
  @Field(() => Int, { description: 'Contractors already there (same external id, or same email when the row has none), updated.' }) updated!: number;
  @Field(() => Int, { description: 'Assignments created by rows with assignment columns.' }) assignmentsCreated!: number;
  @Field(() => [ContractorImportError], { description: 'Every problem of the file, by line and then column.' }) errors!: ContractorImportError[];
  @Field(() => [ContractorImportColumn], { description: "The file's header row, in order." }) columns!: ContractorImportColumn[];
  @Field(() => [ContractorImportPreviewRow], { description: 'The first rows that read cleanly.' }) preview!: ContractorImportPreviewRow[];
}
